import { mockServices } from '@backstage/backend-test-utils';
import type { CheckOutcome } from '@backstage-maturity/plugin-maturity-common';
import type { CampaignDefinition } from '@backstage-maturity/plugin-maturity-node';
import type {
  NotificationSendOptions,
  NotificationService,
} from '@backstage/plugin-notifications-node';
import type { Knex } from 'knex';
import { DatabaseMaturityStore } from '../../store/DatabaseMaturityStore';
import {
  checklist,
  foundationOutcomes,
  recordOf,
} from '../../store/__testUtils__/scorecards';
import type { EntityFacts } from '@backstage-maturity/plugin-maturity-common';
import { MaturityNotifier } from '../MaturityNotifier';
import { parseNotificationsConfig } from '../settings';

/** What the owner of the test entities receives. */
export const TEAM = 'group:default/team-payments';

/** A store with migrations run, a clock, and notifiers over its database. */
export class Harness {
  /** The time every notifier of this harness reads. */
  now: Date;
  /** Campaigns the notifiers are given. */
  campaigns: CampaignDefinition[] = [];

  private constructor(
    readonly knex: Knex,
    readonly store: DatabaseMaturityStore,
    now: Date,
  ) {
    this.now = now;
  }

  static async create(knex: Knex, now: Date): Promise<Harness> {
    const store = await DatabaseMaturityStore.create({
      database: mockServices.database({ knex }),
    });
    return new Harness(knex, store, now);
  }

  /**
   * Saves one evaluation cycle of an entity, as CatalogEvaluator does, at
   * `at`: the store writes the history rows of what changed.
   */
  async evaluate(
    name: string,
    outcomes: Partial<Record<string, CheckOutcome>>,
    at: Date,
    facts: Partial<EntityFacts> = {},
  ): Promise<void> {
    const runId = await this.store.startRun(at);
    await this.store.saveEvaluations(
      [
        recordOf(
          name,
          { ...foundationOutcomes, ...outcomes } as Record<
            string,
            CheckOutcome
          >,
          { facts },
        ),
      ],
      { runId, at },
    );
  }

  /** A notifier (a replica) with its own mocked notification service. */
  notifier(settings: unknown = {}): {
    notifier: MaturityNotifier;
    send: jest.Mock<Promise<void>, [NotificationSendOptions]>;
  } {
    const send = jest.fn(async (_: NotificationSendOptions) => {});
    const notifications: NotificationService = { send };
    const notifier = new MaturityNotifier({
      db: this.knex,
      notifications,
      checklist,
      logger: mockServices.logger.mock(),
      settings: parseNotificationsConfig(settings),
      campaigns: async () => this.campaigns,
      now: () => this.now,
    });
    return { notifier, send };
  }
}

/** The notifications a mocked service was asked to send, of one topic. */
export function sentOf(
  send: jest.Mock<Promise<void>, [NotificationSendOptions]>,
  topic?: string,
): NotificationSendOptions[] {
  return send.mock.calls
    .map(([options]) => options)
    .filter(o => topic === undefined || o.payload.topic === topic);
}

export { checklist };
