import { DateTime } from 'luxon';

/*
 * Campaign days are UTC days written `YYYY-MM-DD`: the start is the first
 * day, the deadline the last one.
 */

function utcDay(day: string): DateTime {
  return DateTime.fromISO(day, { zone: 'utc' }).startOf('day');
}

/** Today's UTC day, `YYYY-MM-DD`. */
export function todayUtc(): string {
  return DateTime.utc().toISODate()!;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round(utcDay(to).diff(utcDay(from), 'days').days);
}

/** The day `count` days after `day`. */
export function addDays(day: string, count: number): string {
  return utcDay(day).plus({ days: count }).toISODate()!;
}

/** A day as the reader's locale writes it briefly: "Mar 31, 2027". */
export function formatDay(day: string): string {
  const date = utcDay(day);
  return date.isValid ? date.toLocaleString(DateTime.DATE_MED) : day;
}

/** A day as the reader's locale writes it in full: "March 31, 2027". */
export function formatDayInFull(day: string): string {
  const date = utcDay(day);
  return date.isValid ? date.toLocaleString(DateTime.DATE_FULL) : day;
}

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

/** How far a deadline is from today: "in 12 days", "today", "3 days ago". */
export function deadlineInWords(
  deadline: string,
  today: string = todayUtc(),
): string {
  const left = daysBetween(today, deadline);
  if (left === 0) return 'today';
  return left > 0 ? `in ${days(left)}` : `${days(-left)} ago`;
}
