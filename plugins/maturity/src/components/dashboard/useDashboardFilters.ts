import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { EntityFilters, EntitySortField } from '../../api';
import {
  DEFAULT_PAGE_SIZE,
  FACETS,
  PAGE_SIZES,
  SORT_FIELDS,
  type Facet,
} from './urlParams';

export { FACETS, type Facet } from './urlParams';

/** What a drill-down link changes; the page always starts again at 1. */
export interface ListChange {
  owner?: string[];
  phase?: string[];
  blocker?: string[];
}

/** The dashboard's filters, read from and written to the query string. */
export interface DashboardFilters {
  /** The query string itself, for checking its values. */
  params: URLSearchParams;
  /** Facets and search: what the aggregates and the entity list share. */
  filters: EntityFilters;
  /** Phases the entity list is narrowed to; the aggregates ignore it. */
  phase: string[];
  /** Check ids the entity list is narrowed to; the aggregates ignore it. */
  blocker: string[];
  sort: EntitySortField;
  order: 'asc' | 'desc';
  /** The page of the entity list, from 0. */
  page: number;
  pageSize: number;
  /** Changes whenever `filters` changes; a stable dependency for effects. */
  filtersKey: string;
  /** Whether any facet or search narrows the aggregates. */
  active: boolean;
  setFacet(facet: Facet, values: string[]): void;
  setSearch(search: string): void;
  setPhase(phase: string[]): void;
  setBlocker(blocker: string[]): void;
  setSort(sort: EntitySortField, order: 'asc' | 'desc'): void;
  setPage(page: number): void;
  setPageSize(pageSize: number): void;
  /** The query string (with `?`) of the current view with `change` applied. */
  linkTo(change: ListChange): string;
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

function replaceAll(params: URLSearchParams, key: string, values: string[]) {
  params.delete(key);
  values.forEach(value => params.append(key, value));
}

/** Applies a change of what is listed; any such change starts at page 1. */
function applyChange(params: URLSearchParams, change: ListChange) {
  for (const [key, values] of Object.entries(change)) {
    replaceAll(params, key, values ?? []);
  }
  params.delete('page');
}

/**
 * Keeps the dashboard's filters, phase, blocker, sort order and page in the
 * query string (`?owner=group:default/team-a&phase=foundation&page=2`), so
 * that reloading, going back and sharing a link all show the same view.
 * Values that cannot be used fall back to defaults here; `findParamProblems`
 * tells the user about them.
 */
export function useDashboardFilters(): DashboardFilters {
  const [params, setParams] = useSearchParams();

  const filters = useMemo(() => readFilters(params), [params]);
  const filtersKey = useMemo(() => JSON.stringify(filters), [filters]);
  const phaseKey = params.getAll('phase').filter(Boolean).join('\n');
  const phase = useMemo(
    () => (phaseKey ? phaseKey.split('\n') : []),
    [phaseKey],
  );
  const blockerKey = params.getAll('blocker').filter(Boolean).join('\n');
  const blocker = useMemo(
    () => (blockerKey ? blockerKey.split('\n') : []),
    [blockerKey],
  );
  const sortParam = params.get('sort') as EntitySortField | null;
  const sort: EntitySortField =
    sortParam && SORT_FIELDS.includes(sortParam) ? sortParam : 'name';
  const order = params.get('order') === 'desc' ? 'desc' : 'asc';
  const pageParam = Number(params.get('page') ?? 1);
  const page =
    Number.isInteger(pageParam) && pageParam >= 1 ? pageParam - 1 : 0;
  const sizeParam = Number(params.get('pageSize') ?? DEFAULT_PAGE_SIZE);
  const pageSize = PAGE_SIZES.includes(sizeParam)
    ? sizeParam
    : DEFAULT_PAGE_SIZE;

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
        replaceAll(next, facet, values);
        next.delete('page');
      }),
    [update],
  );

  // Typing would otherwise leave a history entry per keystroke.
  const setSearch = useCallback(
    (search: string) =>
      update(next => {
        if (search.trim()) next.set('search', search);
        else next.delete('search');
        next.delete('page');
      }, true),
    [update],
  );

  const setPhase = useCallback(
    (phases: string[]) => update(next => applyChange(next, { phase: phases })),
    [update],
  );

  const setBlocker = useCallback(
    (blockers: string[]) =>
      update(next => applyChange(next, { blocker: blockers })),
    [update],
  );

  const setSort = useCallback(
    (field: EntitySortField, direction: 'asc' | 'desc') =>
      update(next => {
        next.set('sort', field);
        next.set('order', direction);
        next.delete('page');
      }, true),
    [update],
  );

  const setPage = useCallback(
    (index: number) =>
      update(next => {
        if (index > 0) next.set('page', String(index + 1));
        else next.delete('page');
      }),
    [update],
  );

  const setPageSize = useCallback(
    (size: number) =>
      update(next => {
        if (size === DEFAULT_PAGE_SIZE) next.delete('pageSize');
        else next.set('pageSize', String(size));
        next.delete('page');
      }),
    [update],
  );

  const linkTo = useCallback(
    (change: ListChange) => {
      const next = new URLSearchParams(params);
      applyChange(next, change);
      return `?${next.toString()}`;
    },
    [params],
  );

  const clear = useCallback(
    () =>
      update(next => {
        [...FACETS, 'search', 'phase', 'blocker', 'page'].forEach(key =>
          next.delete(key),
        );
      }),
    [update],
  );

  return {
    params,
    filters,
    phase,
    blocker,
    sort,
    order,
    page,
    pageSize,
    filtersKey,
    active: filtersKey !== '{}',
    setFacet,
    setSearch,
    setPhase,
    setBlocker,
    setSort,
    setPage,
    setPageSize,
    linkTo,
    clear,
  };
}
