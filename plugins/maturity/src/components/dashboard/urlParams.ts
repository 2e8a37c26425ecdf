import type { EntitySortField } from '../../api';

/** The catalog facets the dashboard filters by, in the order they are shown. */
export const FACETS = [
  'owner',
  'system',
  'domain',
  'kind',
  'type',
  'lifecycle',
] as const;

/** @public */
export type Facet = (typeof FACETS)[number];

export const SORT_FIELDS: EntitySortField[] = [
  'name',
  'phase',
  'progress',
  'owner',
  'system',
  'type',
  'lifecycle',
  'evaluatedAt',
];

export const PAGE_SIZES = [10, 25, 50, 100];
export const DEFAULT_PAGE_SIZE = 25;

/** A query-string value the dashboard cannot use, and what it takes instead. */
export interface ParamProblem {
  param: string;
  value: string;
  allowed: string;
}

/** Ids the URL's `phase` and `blocker` values are checked against, once known. */
export interface KnownIds {
  phases?: string[];
  checks?: string[];
}

const POSITIVE_INTEGER = /^[1-9]\d*$/;

/**
 * The values of the query string that the dashboard cannot use, so that a
 * mistyped or outdated link says what is wrong instead of failing in the
 * backend. Facets and search take any text and are not checked.
 */
export function findParamProblems(
  params: URLSearchParams,
  known: KnownIds,
): ParamProblem[] {
  const problems: ParamProblem[] = [];
  const check = (
    param: string,
    valid: (value: string) => boolean,
    allowed: string,
  ) => {
    for (const value of params.getAll(param)) {
      if (!valid(value)) problems.push({ param, value, allowed });
    }
  };
  const oneOf = (values: readonly (string | number)[]) =>
    values.map(String).join(', ');

  if (known.phases) {
    const phases = known.phases;
    check('phase', v => phases.includes(v), oneOf(phases));
  }
  if (known.checks) {
    const checks = known.checks;
    check('blocker', v => checks.includes(v), 'a check id of the checklist');
  }
  check('sort', v => (SORT_FIELDS as string[]).includes(v), oneOf(SORT_FIELDS));
  check('order', v => v === 'asc' || v === 'desc', 'asc, desc');
  check('page', v => POSITIVE_INTEGER.test(v), 'a whole number from 1');
  check('pageSize', v => PAGE_SIZES.map(String).includes(v), oneOf(PAGE_SIZES));
  return problems;
}
