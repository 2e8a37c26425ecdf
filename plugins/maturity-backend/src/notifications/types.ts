import type { CampaignDefinition } from '@backstage-maturity/plugin-maturity-node';
import type { NotificationPayload } from '@backstage/plugin-notifications-common';
import type { Knex } from 'knex';
import type { Ladder } from './ladder';
import type { SentLog } from './sentLog';
import type { NotificationSettings } from './settings';

/** The kinds of notification, as `maturity.notifications` names them. */
export const NOTIFICATION_KINDS = [
  'phaseRegression',
  'checkFailing',
  'waiverExpiry',
  'campaignDeadline',
  'weeklyDigest',
] as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** A notification to send to the owner of what it is about. */
export interface Outgoing {
  /** Dedup key: sent once per key, by one replica; also the payload's scope. */
  key: string;
  kind: NotificationKind;
  /** Entity ref of the owner (a group, usually): the recipient. */
  owner: string;
  entityRef?: string;
  /** For transitions: the id of the history row it reports. */
  historyId?: number;
  payload: Omit<NotificationPayload, 'scope'>;
}

/** What a kind finds to send in one run. */
export interface KindBatch {
  outgoing: Outgoing[];
  /** Records the run as done, given the notifications that failed to go out. */
  finish?(failed: Outgoing[]): Promise<void>;
}

/** What every kind reads from. */
export interface NotifyContext {
  db: Knex;
  sentLog: SentLog;
  ladder: Ladder;
  settings: NotificationSettings;
  campaigns: () => Promise<CampaignDefinition[]>;
  /** When this run happens. */
  now: Date;
}
