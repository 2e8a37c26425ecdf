import type { Knex } from 'knex';

/**
 * Column types of rows bound as JSON. A `json` column holds JSON text (an
 * array or object, or null), stored as text as it is.
 */
export type ColumnType =
  | 'text'
  | 'json'
  | 'integer'
  | 'double precision'
  | 'boolean';

export type Columns<Row> = { [K in keyof Row & string]?: ColumnType };

/** Rows bound as two JSON values; see {@link jsonRowsQuery}. */
export interface JsonChunk {
  /** The rows: an array of arrays of their values, in column order. */
  rows: string;
  /** The distinct values of `json` columns, which rows give by index. */
  texts: string;
  /** The number of rows. */
  count: number;
}

/**
 * Most characters of JSON bound in one statement: tens of thousands of
 * result rows, while keeping a statement's memory bounded whatever the size
 * of the evidence.
 */
const MAX_JSON_CHARS = 16 * 1024 * 1024;

/** Whether a database (or a query on it) is PostgreSQL. */
export function isPostgres(knex: Pick<Knex, 'client'>): boolean {
  const client = String(knex.client.config.client);
  return client === 'pg' || client.startsWith('postgres');
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

function checkIdentifiers(names: string[]): void {
  for (const name of names) {
    if (!IDENTIFIER.test(name)) {
      throw new Error(`Not a plain column name: ${name}`);
    }
  }
}

/**
 * The rows as {@link JsonChunk}s, made one at a time so that only one is
 * held in memory; a chunk ends with the row that takes it past `maxChars`.
 *
 * JSON columns repeat a lot (what a check looked for is the same for every
 * entity that fails it): each distinct value is sent once per chunk.
 */
export function* jsonChunks<Row extends object>(
  columns: Columns<Row>,
  rows: Iterable<Row>,
  maxChars: number = MAX_JSON_CHARS,
): Generator<JsonChunk> {
  const names = Object.keys(columns);
  const types = Object.values(columns) as ColumnType[];
  let parts: string[] = [];
  let texts = new Map<string, number>();
  let length = 0;
  const flush = (): JsonChunk => {
    const chunk = {
      rows: `[${parts.join(',')}]`,
      texts: `[${[...texts.keys()].join(',')}]`,
      count: parts.length,
    };
    parts = [];
    texts = new Map();
    length = 0;
    return chunk;
  };
  for (const row of rows) {
    if (parts.length > 0 && length > maxChars) {
      yield flush();
    }
    const values: unknown[] = [];
    for (let i = 0; i < names.length; i++) {
      const value = (row as Record<string, unknown>)[names[i]] ?? null;
      if (value === null || types[i] !== 'json') {
        values.push(value);
        continue;
      }
      let index = texts.get(value as string);
      if (index === undefined) {
        index = texts.size;
        texts.set(value as string, index);
        length += (value as string).length + 1;
      }
      values.push(index);
    }
    // One flat string per row: appending value by value would hold a rope
    // of small strings per row until the chunk is joined.
    const json = JSON.stringify(values);
    parts.push(json);
    length += json.length + 1;
  }
  if (parts.length > 0) {
    yield flush();
  }
}

/**
 * A `SELECT` of rows bound as a {@link JsonChunk} (expanded with
 * `json_each` on SQLite, `jsonb_array_elements` on PostgreSQL), as a
 * `WITH` clause to put in front of the statement and a select to use in
 * it, and the bindings of a chunk in the order of their placeholders.
 *
 * Binding two values per statement, rather than one per column per row,
 * writes tens of thousands of rows per statement: knex's multi-row insert
 * is bounded by the number of bound variables (32766 on SQLite, 65535 on
 * PostgreSQL) and, on SQLite, by 500 terms of a compound SELECT. Needs
 * SQLite 3.35 (as bundled by better-sqlite3) or PostgreSQL 12.
 */
export function jsonRowsQuery<Row extends object>(
  knex: Knex,
  columns: Columns<Row>,
): { with: string; select: string; bindings(chunk: JsonChunk): string[] } {
  const names = Object.keys(columns);
  checkIdentifiers(names);
  const types = Object.values(columns) as ColumnType[];
  const postgres = isPostgres(knex);
  const joins: string[] = [];
  const values = names.map((name, i) => {
    if (types[i] === 'json') {
      // Materialized, so that both databases look texts up by key (an
      // index or hash) instead of scanning them for every row.
      joins.push(
        postgres
          ? `LEFT JOIN texts AS t${i} ON t${i}.key = (r.v->>${i})::integer`
          : `LEFT JOIN texts AS t${i} ON t${i}.key = json_extract(r.value, '$[${i}]')`,
      );
      return `t${i}.value AS ${name}`;
    }
    if (postgres) {
      return types[i] === 'text'
        ? `r.v->>${i} AS ${name}`
        : `(r.v->>${i})::${types[i]} AS ${name}`;
    }
    return `json_extract(r.value, '$[${i}]') AS ${name}`;
  });
  const hasTexts = joins.length > 0;
  // PostgreSQL reads JSON texts as they were sent from `json`; `jsonb`
  // rows make reading each column a lookup rather than a parse.
  const texts = postgres
    ? 'SELECT n - 1 AS key, value FROM json_array_elements_text(?::json) WITH ORDINALITY AS d(value, n)'
    : 'SELECT key, value FROM json_each(?)';
  const from = postgres
    ? 'jsonb_array_elements(?::jsonb) AS r(v)'
    : 'json_each(?) AS r';
  return {
    with: hasTexts ? `WITH texts AS MATERIALIZED (${texts}) ` : '',
    // `WHERE true` keeps SQLite from reading a following ON CONFLICT as a
    // join constraint.
    select: `SELECT ${values.join(', ')} FROM ${from} ${joins.join(
      ' ',
    )} WHERE true`,
    bindings: chunk => (hasTexts ? [chunk.texts, chunk.rows] : [chunk.rows]),
  };
}

/**
 * Inserts the rows with as few statements as their JSON allows (one per
 * `maxChars`, {@link MAX_JSON_CHARS} by default), optionally as an upsert:
 * on a conflict with `onConflict`, the `merge` columns are set to their SQL
 * expressions, in which `excluded.<column>` is the new value. Returns the
 * number of rows.
 */
export async function insertJsonRows<Row extends object>(
  knex: Knex,
  table: string,
  columns: Columns<Row>,
  rows: Iterable<Row>,
  options: {
    upsert?: { onConflict: string[]; merge: Record<string, string> };
    maxChars?: number;
  } = {},
): Promise<number> {
  const { upsert, maxChars } = options;
  checkIdentifiers([table]);
  let conflict = '';
  if (upsert) {
    checkIdentifiers([...upsert.onConflict, ...Object.keys(upsert.merge)]);
    const sets = Object.entries(upsert.merge).map(
      ([column, expression]) => `${column} = ${expression}`,
    );
    conflict = ` ON CONFLICT (${upsert.onConflict.join(
      ', ',
    )}) DO UPDATE SET ${sets.join(', ')}`;
  }
  const query = jsonRowsQuery(knex, columns);
  const sql = `${query.with}INSERT INTO ${table} (${Object.keys(columns).join(
    ', ',
  )}) ${query.select}${conflict}`;
  let count = 0;
  for (const chunk of jsonChunks(columns, rows, maxChars)) {
    await knex.raw(sql, query.bindings(chunk));
    count += chunk.count;
  }
  return count;
}
