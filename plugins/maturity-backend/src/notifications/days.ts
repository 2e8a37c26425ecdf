import type { Weekday } from './settings';
import { WEEKDAYS } from './settings';

/** Milliseconds in a UTC day. */
export const DAY_MS = 24 * 60 * 60 * 1000;

/** Days since the epoch of the UTC day that `ms` falls on. */
export function utcDayNumber(ms: number): number {
  return Math.floor(ms / DAY_MS);
}

/** `YYYY-MM-DD` of the UTC day that `ms` falls on. */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * The reminder due when `daysLeft` whole UTC days remain until the last day
 * (0 = today is the last day): the smallest of `daysBefore` not below
 * `daysLeft`, or undefined when it is too early or already over. With
 * [14, 3], days 14 to 4 give 14 and days 3 to 0 give 3, so that a reminder
 * whose day no cycle saw is still sent once, on the next cycle.
 */
export function dueReminder(
  daysLeft: number,
  daysBefore: readonly number[],
): number | undefined {
  if (daysLeft < 0) return undefined;
  const due = daysBefore.filter(days => days >= daysLeft);
  return due.length === 0 ? undefined : Math.min(...due);
}

/** ISO 8601 day of the week of a time, in UTC: 1 (Monday) to 7 (Sunday). */
export function isoWeekday(date: Date): number {
  return ((date.getUTCDay() + 6) % 7) + 1;
}

/** The ISO weekday number of a weekday name: monday = 1. */
export function weekdayNumber(weekday: Weekday): number {
  return WEEKDAYS.indexOf(weekday) + 1;
}

/** ISO 8601 week of a time, in UTC, e.g. `2026-W50`. */
export function isoWeek(date: Date): string {
  // The week belongs to the year of its Thursday.
  const day = utcDayNumber(date.getTime());
  const thursday = new Date((day - isoWeekday(date) + 4) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const firstDay = utcDayNumber(Date.UTC(year, 0, 1));
  const week =
    Math.floor((utcDayNumber(thursday.getTime()) - firstDay) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}
