import { InputError } from '@backstage/errors';
import { DateTime } from 'luxon';

const MAX_RANGE_DAYS = 731;
const DEFAULT_RANGE_DAYS = 90;

function parseDay(parameter: string, value: string): DateTime {
  const day = DateTime.fromISO(value, { zone: 'utc' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !day.isValid) {
    throw new InputError(
      `Invalid query parameter "${parameter}": ${value} is not a date (YYYY-MM-DD)`,
    );
  }
  return day;
}

/**
 * The days of a trend: `to` defaults to today (UTC), `from` to 90 days
 * before `to`; at most two years.
 */
export function parseDayRange(
  parameters: { from?: string; to?: string },
  now: Date,
): { from: string; to: string } {
  const to = parameters.to
    ? parseDay('to', parameters.to)
    : DateTime.fromJSDate(now, { zone: 'utc' }).startOf('day');
  const from = parameters.from
    ? parseDay('from', parameters.from)
    : to.minus({ days: DEFAULT_RANGE_DAYS });
  if (from > to) {
    throw new InputError(
      `Invalid query parameter "from": ${from.toISODate()} is after "to" ${to.toISODate()}`,
    );
  }
  if (to.diff(from, 'days').days > MAX_RANGE_DAYS) {
    throw new InputError(
      `Invalid query parameters "from" and "to": at most ${MAX_RANGE_DAYS} days apart`,
    );
  }
  return { from: from.toISODate()!, to: to.toISODate()! };
}
