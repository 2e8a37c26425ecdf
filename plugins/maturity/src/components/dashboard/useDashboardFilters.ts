import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { EntityFilters, EntitySortField } from '../../api';

/** The catalog facets the dashboard filters by, in the order they are shown. */
export const FACETS = [
  'owner',
  'system',
  'domain',
  'type',
  'lifecycle',
] as const;

/** @public */
export type Facet = (typeof FACETS)[number];

const SORT_FIELDS: EntitySortField[] = [
  'name',
  'phase',
  'progress',
  'owner',
  'system',
  'type',
  'lifecycle',
  'evaluatedAt',
];

/** The dashboard's filters, read from and written to the query string. */
export interface DashboardFilters {
  /** Facets and search: what the aggregates and the entity list share. */
  filters: EntityFilters;
  /** Phases the entity list is narrowed to; the aggregates ignore it. */
  phase: string[];
  sort: EntitySortField;
  order: 'asc' | 'desc';
  /** Changes whenever `filters` changes; a stable dependency for effects. */
  filtersKey: string;
  /** Whether any facet or search narrows the aggregates. */
  active: boolean;
  setFacet(facet: Facet, values: string[]): void;
  setSearch(search: string): void;
  setPhase(phase: string[]): void;
  setSort(sort: EntitySortField, order: 'asc' | 'desc'): void;
  clear(): void;
}

function readFilters(params: URLSearchParams): EntityFilters {
  const filters: EntityFilters = {};
  for (const facet of FACETS) {
    const values = params.getAll(facet).filter(Boolean);
    if (values.length) filters[facet] = values;
  }
  const search = params.get('search')?.trim();
  if (search) filters.search = search;
  return filters;
}

/**
 * Keeps the dashboard's filters, phase and sort order in the query string
 * (`?owner=group:default/team-a&lifecycle=production`), so that reloading,
 * going back and sharing a link all show the same view.
 */
export function useDashboardFilters(): DashboardFilters {
  const [params, setParams] = useSearchParams();

  const filters = useMemo(() => readFilters(params), [params]);
  const filtersKey = useMemo(() => JSON.stringify(filters), [filters]);
  const phase = useMemo(() => params.getAll('phase').filter(Boolean), [params]);
  const sortParam = params.get('sort') as EntitySortField | null;
  const sort: EntitySortField =
    sortParam && SORT_FIELDS.includes(sortParam) ? sortParam : 'name';
  const order = params.get('order') === 'desc' ? 'desc' : 'asc';

  const update = useCallback(
    (change: (next: URLSearchParams) => void, replace = false) =>
      setParams(
        previous => {
          const next = new URLSearchParams(previous);
          change(next);
          return next;
        },
        { replace },
      ),
    [setParams],
  );

  const setFacet = useCallback(
    (facet: Facet, values: string[]) =>
      update(next => {
        next.delete(facet);
        values.forEach(value => next.append(facet, value));
      }),
    [update],
  );

  // Typing would otherwise leave a history entry per keystroke.
  const setSearch = useCallback(
    (search: string) =>
      update(next => {
        if (search.trim()) next.set('search', search);
        else next.delete('search');
      }, true),
    [update],
  );

  const setPhase = useCallback(
    (phases: string[]) =>
      update(next => {
        next.delete('phase');
        phases.forEach(value => next.append('phase', value));
      }),
    [update],
  );

  const setSort = useCallback(
    (field: EntitySortField, direction: 'asc' | 'desc') =>
      update(next => {
        next.set('sort', field);
        next.set('order', direction);
      }, true),
    [update],
  );

  const clear = useCallback(
    () =>
      update(next => {
        [...FACETS, 'search', 'phase'].forEach(key => next.delete(key));
      }),
    [update],
  );

  return {
    filters,
    phase,
    sort,
    order,
    filtersKey,
    active: filtersKey !== '{}',
    setFacet,
    setSearch,
    setPhase,
    setSort,
    clear,
  };
}
