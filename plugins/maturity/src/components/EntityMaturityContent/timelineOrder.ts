import { DateTime } from 'luxon';

function millis(at: string): number {
  const date = DateTime.fromISO(at);
  return date.isValid ? date.toMillis() : Date.parse(at) || 0;
}

/**
 * Changes newest first. Changes at the same instant keep their order in
 * time as the API gives it: `oldest-first` lists (phases) are reversed,
 * `newest-first` ones (checks) kept.
 */
export function newestFirst<T extends { at: string }>(
  items: T[],
  apiOrder: 'oldest-first' | 'newest-first',
): T[] {
  const tieBreak = apiOrder === 'oldest-first' ? -1 : 1;
  return items
    .map((item, index) => ({ item, index, at: millis(item.at) }))
    .sort((a, b) => b.at - a.at || tieBreak * (a.index - b.index))
    .map(entry => entry.item);
}
