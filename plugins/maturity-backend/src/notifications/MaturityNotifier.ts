import type { LoggerService } from '@backstage/backend-plugin-api';
import { toError } from '@backstage/errors';
import type { Checklist } from '@backstage-maturity/plugin-maturity-common';
import type { CampaignDefinition } from '@backstage-maturity/plugin-maturity-node';
import type { NotificationService } from '@backstage/plugin-notifications-node';
import type { Knex } from 'knex';
import pLimit from 'p-limit';
import { campaignDeadlines } from './campaignDeadlines';
import { checkFailures, skipCheckFailures } from './checkFailures';
import { DAY_MS } from './days';
import { Ladder } from './ladder';
import { phaseRegressions, skipPhaseRegressions } from './phaseRegressions';
import { SentLog } from './sentLog';
import type { NotificationSettings } from './settings';
import {
  NOTIFICATION_KINDS,
  type KindBatch,
  type NotificationKind,
  type NotifyContext,
  type Outgoing,
} from './types';
import { waiverExpiries } from './waiverExpiries';
import { weeklyDigest } from './weeklyDigest';

const COLLECT: Record<
  NotificationKind,
  (context: NotifyContext) => Promise<KindBatch>
> = {
  phaseRegression: phaseRegressions,
  checkFailing: checkFailures,
  waiverExpiry: waiverExpiries,
  campaignDeadline: campaignDeadlines,
  weeklyDigest,
};

/**
 * What a kind switched off does: transitions move the watermark on, so that
 * switching them on again does not tell what happened while they were off.
 */
const SKIP: Partial<
  Record<NotificationKind, (context: NotifyContext) => Promise<void>>
> = {
  phaseRegression: skipPhaseRegressions,
  checkFailing: skipCheckFailures,
};

/** Sends in parallel at most. */
const SEND_CONCURRENCY = 4;

/**
 * Keys are kept this long: reminders look ahead a year at most, and
 * history rows are never read twice.
 */
const KEEP_SENT_MS = 400 * DAY_MS;

/**
 * Tells the owners of entities, through Backstage's notifications, what the
 * last evaluation cycle changed for them: phase regressions, newly failing
 * required checks, waivers and campaign deadlines coming up, and a weekly
 * digest. Each notification goes to the owner (`{ type: 'entity' }`, which
 * the notifications backend resolves to the group's users) once, across
 * runs and replicas; entities without an owner get none.
 */
export class MaturityNotifier {
  readonly #db: Knex;
  readonly #notifications: NotificationService;
  readonly #ladder: Ladder;
  readonly #logger: LoggerService;
  readonly #settings: NotificationSettings;
  readonly #campaigns: () => Promise<CampaignDefinition[]>;
  readonly #now: () => Date;
  readonly #sentLog: SentLog;

  constructor(options: {
    db: Knex;
    notifications: NotificationService;
    checklist: Checklist;
    logger: LoggerService;
    settings: NotificationSettings;
    campaigns: () => Promise<CampaignDefinition[]>;
    now?: () => Date;
  }) {
    this.#db = options.db;
    this.#notifications = options.notifications;
    this.#ladder = new Ladder(options.checklist);
    this.#logger = options.logger;
    this.#settings = options.settings;
    this.#campaigns = options.campaigns;
    this.#now = options.now ?? (() => new Date());
    this.#sentLog = new SentLog(options.db);
  }

  /**
   * Sends what the last cycle calls for; returns counts per kind sent. A
   * kind that fails is logged and leaves the others to run.
   */
  async notify(): Promise<Record<string, number>> {
    const counts: Record<string, number> = Object.fromEntries(
      NOTIFICATION_KINDS.map(kind => [kind, 0]),
    );
    const now = this.#now();
    const context: NotifyContext = {
      db: this.#db,
      sentLog: this.#sentLog,
      ladder: this.#ladder,
      settings: this.#settings,
      campaigns: this.#campaigns,
      now,
    };
    for (const kind of NOTIFICATION_KINDS) {
      try {
        if (this.#settings.enabled && this.#settings[kind].enabled) {
          counts[kind] = await this.#send(await COLLECT[kind](context), now);
        } else {
          await SKIP[kind]?.(context);
        }
      } catch (error) {
        this.#logger.error(
          `Maturity notifications of kind ${kind} failed: ${
            toError(error).message
          }`,
        );
      }
    }
    try {
      await this.#sentLog.prune(new Date(now.getTime() - KEEP_SENT_MS));
    } catch (error) {
      this.#logger.warn(
        `Could not prune old maturity notification keys: ${
          toError(error).message
        }`,
      );
    }
    return counts;
  }

  /** Sends the notifications whose key this replica claims; returns how many went out. */
  async #send(batch: KindBatch, now: Date): Promise<number> {
    const byKey = new Map(batch.outgoing.map(o => [o.key, o]));
    const claimed = await this.#sentLog.claim([...byKey.values()], now);
    const limit = pLimit(SEND_CONCURRENCY);
    const failed: Outgoing[] = [];
    let sent = 0;
    await Promise.all(
      [...byKey.values()]
        .filter(o => claimed.has(o.key))
        .map(o =>
          limit(async () => {
            try {
              await this.#notifications.send({
                recipients: { type: 'entity', entityRef: o.owner },
                payload: { ...o.payload, scope: o.key },
              });
              sent += 1;
            } catch (error) {
              failed.push(o);
              await this.#sentLog.release(o.key);
              this.#logger.warn(
                `Could not send maturity notification ${o.key} to ${
                  o.owner
                }, will retry: ${toError(error).message}`,
              );
            }
          }),
        ),
    );
    await batch.finish?.(failed);
    return sent;
  }
}
