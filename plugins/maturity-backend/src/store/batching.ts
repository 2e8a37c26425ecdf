/**
 * Most values bound in one statement by the batched reads: SQLite builds
 * older than 3.32 allow 999 variables per statement, so lists are read in
 * chunks well below that.
 */
export const READ_CHUNK_SIZE = 500;

/**
 * Most variables bound in one multi-row insert. SQLite (3.32+, as bundled
 * by better-sqlite3) allows 32766 and PostgreSQL 65535; staying well below
 * keeps statements small while writing thousands of rows per statement.
 */
const MAX_WRITE_VARIABLES = 8000;

/**
 * Most rows in one multi-row insert: knex writes them on SQLite as one
 * compound SELECT, which may have at most 500 terms.
 */
const MAX_WRITE_ROWS = 500;

/** Splits `items` into arrays of at most `size` items. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    chunks.push(items.slice(i, i + size));
  }
  return chunks;
}

/** Splits rows for multi-row inserts, by the number of their columns. */
export function chunkRows<T extends object>(rows: readonly T[]): T[][] {
  if (rows.length === 0) {
    return [];
  }
  const columns = Object.keys(rows[0]).length;
  const size = Math.floor(MAX_WRITE_VARIABLES / columns);
  return chunk(rows, Math.max(1, Math.min(MAX_WRITE_ROWS, size)));
}
