/**
 * Longest list bound value by value (`IN (?, ?, ...)`): SQLite builds older
 * than 3.32 allow 999 variables per statement. Longer lists are bound as
 * one value (see `whereEntityRefIn`).
 */
export const READ_CHUNK_SIZE = 500;

/** Splits `items` into arrays of at most `size` items. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    chunks.push(items.slice(i, i + size));
  }
  return chunks;
}
