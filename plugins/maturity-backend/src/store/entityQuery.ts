import { UNKNOWN_ID } from '@backstage-maturity/plugin-maturity-common';
import type { Knex } from 'knex';
import { isPostgres } from './jsonRows';
import type { EntityFilter, EntityListQuery, EntitySortField } from './types';
import { whereEntityRefIn } from './whereEntityRefIn';

/**
 * SQL of the standing of an entity row as aggregates count it: `unknown`,
 * or the phase reached (null when not started). Plain text without
 * bindings, so that PostgreSQL sees the same expression in SELECT, GROUP BY
 * and ORDER BY.
 */
export const STANDING_SQL = `CASE WHEN unknown_standing IS NOT NULL THEN '${UNKNOWN_ID}' ELSE phase END`;

/**
 * SQL of the elements of a JSON array column (an entity's `blocking` check
 * ids, its `tags`), one row each as `<alias>.value`; the column is bound as
 * `??`.
 */
export function jsonArrayElementsSql(
  db: Pick<Knex, 'client'>,
  alias: string,
): string {
  return isPostgres(db)
    ? `jsonb_array_elements_text(??::jsonb) AS ${alias}(value)`
    : `json_each(??) AS ${alias}`;
}

/** Rows whose JSON array `column` holds one of `values`; none given: no filter. */
function whereJsonArrayHasAny(
  query: Knex.QueryBuilder,
  column: string,
  values: string[] | undefined,
) {
  if (!values || values.length === 0) return;
  const placeholders = values.map(() => '?').join(', ');
  query.whereRaw(
    `EXISTS (SELECT 1 FROM ${jsonArrayElementsSql(
      query,
      'element',
    )} WHERE element.value IN (${placeholders}))`,
    [column, ...values],
  );
}

/**
 * Applies an {@link EntityFilter} to a query on `maturity_entities`, whose
 * columns are prefixed with `alias.` when given (for joins).
 *
 * An empty list of owners, systems, types (...) or phases does not filter;
 * an empty `entityRefs` matches nothing, since it lists the only entities
 * the caller may read.
 */
export function applyEntityFilter<Q extends Knex.QueryBuilder>(
  query: Q,
  filter: EntityFilter,
  alias?: string,
): Q {
  const col = (name: string) => (alias ? `${alias}.${name}` : name);

  const facets: Array<[string, string[] | undefined]> = [
    ['owner', filter.owners],
    ['system', filter.systems],
    ['domain', filter.domains],
    ['type', filter.types],
    ['lifecycle', filter.lifecycles],
    ['kind', filter.kinds],
  ];
  for (const [column, values] of facets) {
    if (values && values.length > 0) {
      whereEntityRefIn(query, values, col(column));
    }
  }

  if (filter.phases && filter.phases.length > 0) {
    const named = filter.phases.filter(
      (p): p is string => p !== null && p !== UNKNOWN_ID,
    );
    const notStarted = filter.phases.includes(null);
    const unknown = filter.phases.includes(UNKNOWN_ID);
    query.where(q => {
      if (named.length > 0 || notStarted) {
        q.orWhere(known => {
          known.whereNull(col('unknown_standing')).where(phase => {
            if (named.length > 0) phase.whereIn(col('phase'), named);
            if (notStarted) phase.orWhereNull(col('phase'));
          });
        });
      }
      if (unknown) {
        q.orWhereNotNull(col('unknown_standing'));
      }
    });
  }

  whereJsonArrayHasAny(query, col('blocking'), filter.blockers);
  whereJsonArrayHasAny(query, col('tags'), filter.tags);

  const search = filter.search?.trim().toLowerCase();
  if (search) {
    const pattern = `%${search.replace(/[\\%_]/g, c => `\\${c}`)}%`;
    query.where(q => {
      q.whereRaw(`lower(??) LIKE ? ESCAPE '\\'`, [col('name'), pattern]);
      q.orWhereRaw(`lower(coalesce(??, '')) LIKE ? ESCAPE '\\'`, [
        col('title'),
        pattern,
      ]);
    });
  }

  if (filter.entityRefs) {
    if (filter.entityRefs.length === 0) {
      query.whereRaw('1 = 0');
    } else {
      whereEntityRefIn(query, filter.entityRefs, col('entity_ref'));
    }
  }

  return query;
}

/** Columns to order by for each sort field; phase sorts in ladder order. */
const SORT_COLUMNS: Record<EntitySortField, string[]> = {
  name: ['name'],
  phase: ['phase_rank', 'progress'],
  progress: ['progress'],
  owner: ['owner'],
  system: ['system'],
  type: ['type'],
  lifecycle: ['lifecycle'],
  evaluatedAt: ['evaluated_at'],
};

/**
 * Orders by the sort field with empty values last in both directions (as
 * SQLite and PostgreSQL disagree on where NULL goes), then by name and
 * entity ref so that pages are stable.
 */
export function applyEntitySort<Q extends Knex.QueryBuilder>(
  query: Q,
  sort: EntityListQuery['sort'],
  order: EntityListQuery['order'],
): Q {
  const direction = order === 'desc' ? 'desc' : 'asc';
  for (const column of SORT_COLUMNS[sort] ?? SORT_COLUMNS.name) {
    query.orderByRaw(
      `CASE WHEN ?? IS NULL THEN 1 ELSE 0 END, ?? ${direction}`,
      [column, column],
    );
  }
  query.orderBy([
    { column: 'name', order: 'asc' },
    { column: 'entity_ref', order: 'asc' },
  ]);
  return query;
}
