import type { LoggerService } from '@backstage/backend-plugin-api';
import type { CampaignDefinition } from '@backstage-maturity/plugin-maturity-node';
import type { CampaignStore } from '../store/CampaignStore';

/** A campaign with where it is defined. */
export interface CampaignRecord {
  definition: CampaignDefinition;
  /** `config` campaigns are changed in app-config, `api` ones through the API. */
  source: 'config' | 'api';
  createdBy?: string;
  updatedAt?: string;
}

/**
 * Every campaign: those of `maturity.campaigns`, read at start-up, and
 * those created through the API. A config campaign's id is reserved: an
 * API campaign stored under the same id (created before the config one
 * was added) is left out, and said so in the log.
 */
export class CampaignRegistry {
  readonly #configured: CampaignDefinition[];
  readonly #store: Pick<CampaignStore, 'listCampaigns'>;
  readonly #logger?: LoggerService;
  readonly #shadowedLogged = new Set<string>();

  constructor(options: {
    configured: CampaignDefinition[];
    store: Pick<CampaignStore, 'listCampaigns'>;
    logger?: LoggerService;
  }) {
    this.#configured = options.configured;
    this.#store = options.store;
    this.#logger = options.logger;
  }

  /** Whether the id belongs to a campaign of app-config. */
  isConfigured(id: string): boolean {
    return this.#configured.some(c => c.id === id);
  }

  /** Every campaign, by deadline, then title. */
  async list(): Promise<CampaignRecord[]> {
    const stored = await this.#store.listCampaigns();
    const records: CampaignRecord[] = this.#configured.map(definition => ({
      definition,
      source: 'config',
    }));
    for (const campaign of stored) {
      const { id } = campaign.definition;
      if (this.isConfigured(id)) {
        if (!this.#shadowedLogged.has(id)) {
          this.#shadowedLogged.add(id);
          this.#logger?.warn(
            `Campaign "${id}" created through the API is hidden by the campaign of the same id in maturity.campaigns; delete one of them`,
          );
        }
        continue;
      }
      records.push({
        definition: campaign.definition,
        source: 'api',
        createdBy: campaign.createdBy,
        updatedAt: campaign.updatedAt,
      });
    }
    return records.sort(
      (a, b) =>
        a.definition.deadline.localeCompare(b.definition.deadline) ||
        a.definition.title.localeCompare(b.definition.title),
    );
  }

  async get(id: string): Promise<CampaignRecord | undefined> {
    return (await this.list()).find(record => record.definition.id === id);
  }
}
