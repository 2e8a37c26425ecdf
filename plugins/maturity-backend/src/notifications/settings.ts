import type { Config } from '@backstage/config';
import { z } from 'zod';

/** The config key that `readNotificationsConfig` reads. */
export const NOTIFICATIONS_CONFIG_PATH = 'maturity.notifications';

/** Days of the week, as `weeklyDigest.weekday` names them. */
export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;

export type Weekday = (typeof WEEKDAYS)[number];

/** What `maturity.notifications` asks for, with every default filled in. */
export interface NotificationSettings {
  /** Off: nothing is sent at all. */
  enabled: boolean;
  /**
   * On the first run (nothing processed yet), only transitions of the last
   * this many hours are notified, so that installing does not flood owners.
   */
  lookbackHours: number;
  phaseRegression: { enabled: boolean };
  checkFailing: { enabled: boolean };
  /** Reminder days before a waiver ends, largest first. */
  waiverExpiry: { enabled: boolean; daysBefore: number[] };
  /** Reminder days before a campaign deadline, largest first. */
  campaignDeadline: { enabled: boolean; daysBefore: number[] };
  weeklyDigest: { enabled: boolean; weekday: Weekday };
}

/**
 * Thrown when `maturity.notifications` is invalid. Its message lists every
 * issue, one `<path>: <message>` per line.
 */
export class NotificationsConfigError extends Error {
  readonly issues: Array<{ path: string; message: string }>;

  constructor(issues: Array<{ path: string; message: string }>) {
    super(issues.map(issue => `${issue.path}: ${issue.message}`).join('\n'));
    this.name = 'NotificationsConfigError';
    this.issues = issues;
  }
}

/** A strict object: an unknown key is an error that names the known ones. */
function strictObject<T extends z.core.$ZodLooseShape>(shape: T) {
  const known = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: issue =>
      issue.code === 'unrecognized_keys'
        ? `unknown key; expected one of ${known}`
        : 'expected an object',
  });
}

const flag = z.boolean({ error: 'expected true or false' });

const MAX_DAYS = 365;

const daysBefore = z
  .array(
    z
      .number({ error: 'expected a positive whole number of days' })
      .int('expected a positive whole number of days')
      .min(1, 'expected a positive whole number of days')
      .max(MAX_DAYS, `expected at most ${MAX_DAYS} days`),
    { error: 'expected a list of days, e.g. [14, 3]' },
  )
  .min(1, 'expected at least one day; set enabled: false to send none')
  .transform(days => [...new Set(days)].sort((a, b) => b - a));

const reminder = (defaultDays: number[]) =>
  strictObject({
    enabled: flag.default(true),
    daysBefore: daysBefore.default(defaultDays),
  }).prefault({});

const schema = strictObject({
  enabled: flag.default(true),
  lookbackHours: z
    .number({ error: 'expected a whole number of hours' })
    .int('expected a whole number of hours')
    .min(0, 'expected a whole number of hours, 0 or more')
    .default(24),
  phaseRegression: strictObject({ enabled: flag.default(true) }).prefault({}),
  checkFailing: strictObject({ enabled: flag.default(true) }).prefault({}),
  waiverExpiry: reminder([14, 3]),
  campaignDeadline: reminder([14, 3]),
  weeklyDigest: strictObject({
    enabled: flag.default(false),
    weekday: z
      .enum(WEEKDAYS, { error: `expected one of ${WEEKDAYS.join(', ')}` })
      .default('monday'),
  }).prefault({}),
});

/** `maturity.notifications.waiverExpiry.daysBefore[1]`. */
function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>(
    (text, segment) =>
      typeof segment === 'number'
        ? `${text}[${segment}]`
        : `${text}.${String(segment)}`,
    NOTIFICATIONS_CONFIG_PATH,
  );
}

/** The settings of an already-read block, or every issue in it. */
export function parseNotificationsConfig(block: unknown): NotificationSettings {
  const parsed = schema.safeParse(block ?? {});
  if (parsed.success) return parsed.data;
  throw new NotificationsConfigError(
    parsed.error.issues.flatMap(issue =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map(key => ({
            path: formatPath([...issue.path, key]),
            message: issue.message,
          }))
        : [{ path: formatPath(issue.path), message: issue.message }],
    ),
  );
}

/**
 * Reads `maturity.notifications`; every key is optional. Call it at
 * start-up: an invalid block throws a {@link NotificationsConfigError} that
 * names every wrong key at once.
 */
export function readNotificationsConfig(config: Config): NotificationSettings {
  return parseNotificationsConfig(
    config.getOptional(NOTIFICATIONS_CONFIG_PATH),
  );
}
