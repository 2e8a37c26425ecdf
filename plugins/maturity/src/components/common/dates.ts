import { DateTime } from 'luxon';

/** A date (or date-time) as the reader's locale writes a day. */
export function formatDate(iso: string): string {
  const date = DateTime.fromISO(iso);
  return date.isValid ? date.toLocaleString(DateTime.DATE_MED) : iso;
}

/** How long ago (or ahead) a date-time is, in words. */
export function formatRelative(iso: string): string {
  const date = DateTime.fromISO(iso);
  return (date.isValid && date.toRelative()) || iso;
}

/** A date-time in full, for tooltips. */
export function formatDateTime(iso: string): string {
  const date = DateTime.fromISO(iso);
  return date.isValid ? date.toLocaleString(DateTime.DATETIME_MED) : iso;
}
