/** Milliseconds in a UTC day. */
export const DAY_MS = 24 * 60 * 60 * 1000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Start of the UTC day of a `YYYY-MM-DD` date, in epoch milliseconds, or
 * undefined when the text is no such date (including `2027-02-30`).
 */
export function utcDayStart(text: string): number | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number);
  const time = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 2027-02-30 over into March; a real date round-trips.
  return new Date(time).toISOString().startsWith(text) ? time : undefined;
}
