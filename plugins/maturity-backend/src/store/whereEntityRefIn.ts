import type { Knex } from 'knex';
import { isPostgres } from './jsonRows';
import { chunk, READ_CHUNK_SIZE } from './batching';

/**
 * Restricts a query to rows whose `column` is one of `values`, in a single
 * statement however long the list is, so that ordering, paging and counting
 * stay correct (chunking into several queries would break them).
 *
 * Short lists use a plain `IN`. Long ones (e.g. the thousands of entities a
 * caller may read) are bound as one value: a PostgreSQL array, or a JSON
 * array that SQLite expands with `json_each`.
 */
export function whereEntityRefIn<Q extends Knex.QueryBuilder>(
  query: Q,
  values: readonly string[],
  column: string = 'entity_ref',
): Q {
  const dialect = String(query.client.config.client);
  if (values.length <= READ_CHUNK_SIZE) {
    query.whereIn(column, values as string[]);
  } else if (isPostgres(query)) {
    query.whereRaw('?? = ANY(?::text[])', [column, values as string[]]);
  } else if (dialect.includes('sqlite')) {
    query.whereRaw('?? IN (SELECT value FROM json_each(?))', [
      column,
      JSON.stringify(values),
    ]);
  } else {
    // Other databases: one statement with several IN lists.
    query.where(q => {
      for (const part of chunk(values, READ_CHUNK_SIZE)) {
        q.orWhereIn(column, part);
      }
    });
  }
  return query;
}
