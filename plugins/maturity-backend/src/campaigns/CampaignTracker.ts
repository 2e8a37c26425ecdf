import type { LoggerService } from '@backstage/backend-plugin-api';
import { toError } from '@backstage/errors';
import type { Checklist } from '@backstage-maturity/plugin-maturity-common';
import {
  campaignEntityStatus,
  targetChecks,
  type CampaignDefinition,
} from '@backstage-maturity/plugin-maturity-node';
import type { GroupHierarchy } from '../service/groups';
import type { CampaignStore } from '../store/CampaignStore';
import { campaignEntityFilter } from './campaignEntityFilter';
import type { CampaignRegistry } from './CampaignRegistry';

/**
 * Computes where the entities of each campaign stand from the stored
 * results, and stores it with the day's counts: after each evaluation
 * cycle, and at once when a campaign is created or changed.
 */
export class CampaignTracker {
  readonly #store: CampaignStore;
  readonly #registry: CampaignRegistry;
  readonly #groups: GroupHierarchy;
  readonly #checklist: Checklist;
  readonly #logger: LoggerService;
  readonly #now: () => Date;

  constructor(options: {
    store: CampaignStore;
    registry: CampaignRegistry;
    groups: GroupHierarchy;
    checklist: Checklist;
    logger: LoggerService;
    now?: () => Date;
  }) {
    this.#store = options.store;
    this.#registry = options.registry;
    this.#groups = options.groups;
    this.#checklist = options.checklist;
    this.#logger = options.logger;
    this.#now = options.now ?? (() => new Date());
  }

  /** Every campaign; one that fails is logged and the others go on. */
  async refreshAll(): Promise<void> {
    const records = await this.#registry.list();
    for (const { definition } of records) {
      try {
        await this.refresh(definition);
      } catch (error) {
        this.#logger.error(
          `Campaign "${definition.id}" could not be computed: ${
            toError(error).message
          }`,
        );
      }
    }
    await this.#store.pruneStatuses(records.map(r => r.definition.id));
  }

  /**
   * What changed for some entities, e.g. after one was re-evaluated on
   * request, in every campaign.
   */
  async refreshEntities(entityRefs: string[]): Promise<void> {
    for (const { definition } of await this.#registry.list()) {
      await this.refresh(definition, { only: entityRefs });
    }
  }

  /**
   * One campaign, or only some of its entities; returns the number of
   * entities computed.
   */
  async refresh(
    campaign: CampaignDefinition,
    options: { only?: string[] } = {},
  ): Promise<number> {
    const checklist = this.#checklist;
    const now = this.#now();
    const filter = await campaignEntityFilter(campaign.entities, {
      checklist,
      groups: this.#groups,
    });
    const standings = await this.#store.readStandings(
      options.only ? { ...filter, entityRefs: options.only } : filter,
      targetChecks(campaign.target, checklist),
    );
    const rows = standings.map(standing => ({
      entityRef: standing.entityRef,
      owner: standing.owner,
      ...campaignEntityStatus(campaign, standing, now, checklist),
    }));
    await this.#store.saveStatuses(campaign.id, rows, now, options);
    return rows.length;
  }
}
