import type { EntityListQuery, EntityPage, MaturityApi } from '../../api';

/** The most rows an export holds; beyond that a report belongs in the API. */
export const EXPORT_CAP = 10_000;

/** The most that the list routes return at once. */
const PAGE_SIZE = 500;

/**
 * Every item of a paged list route, a page of 500 at a time, up to `cap`.
 */
export async function collectPages<Item>(
  readPage: (page: {
    limit: number;
    offset: number;
  }) => Promise<{ items: Item[]; totalCount: number }>,
  cap = EXPORT_CAP,
): Promise<{ items: Item[]; totalCount: number }> {
  const items: Item[] = [];
  let totalCount = 0;
  do {
    const page = await readPage({
      limit: Math.min(PAGE_SIZE, cap - items.length),
      offset: items.length,
    });
    totalCount = page.totalCount;
    items.push(...page.items);
    if (page.items.length === 0) break;
  } while (items.length < Math.min(totalCount, cap));
  return { items, totalCount };
}

/**
 * Every entity matching the query, up to `cap`. Reads summaries only,
 * never scorecards.
 */
export function collectEntities(
  api: Pick<MaturityApi, 'listEntities'>,
  query: Omit<EntityListQuery, 'limit' | 'offset'>,
  cap = EXPORT_CAP,
): Promise<EntityPage> {
  return collectPages(page => api.listEntities({ ...query, ...page }), cap);
}
