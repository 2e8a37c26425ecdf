/**
 * Longest list bound value by value (`IN (?, ?, ...)`): SQLite builds older
 * than 3.32 allow 999 variables per statement. Longer lists are bound as
 * one value (see `whereEntityRefIn`).
 */
export const READ_CHUNK_SIZE = 500;

/**
 * Values bound in one multi-row insert at most: within the 32,766 variables
 * of a statement on SQLite (as bundled by better-sqlite3) and the 65,535 of
 * PostgreSQL.
 */
const MAX_BOUND_VALUES = 30_000;

/**
 * Rows in one knex multi-row insert at most: on SQLite knex writes the rows
 * as a compound SELECT, which may have 500 terms.
 */
const MAX_INSERT_ROWS = 500;

/** Rows of `columns` columns that one knex multi-row insert may write. */
export function rowsPerInsert(columns: number): number {
  return Math.max(
    1,
    Math.min(MAX_INSERT_ROWS, Math.floor(MAX_BOUND_VALUES / columns)),
  );
}

/** Splits `items` into arrays of at most `size` items. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    chunks.push(items.slice(i, i + size));
  }
  return chunks;
}
