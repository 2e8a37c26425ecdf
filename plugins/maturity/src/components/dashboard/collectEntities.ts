import type {
  EntityListQuery,
  EntityPage,
  EntitySummary,
  MaturityApi,
} from '../../api';

/** The most rows an export holds; beyond that a report belongs in the API. */
export const EXPORT_CAP = 10_000;

const PAGE_SIZE = 500;

/**
 * Every entity matching the query, a page of 500 at a time, up to `cap`.
 * Reads summaries only, never scorecards.
 */
export async function collectEntities(
  api: Pick<MaturityApi, 'listEntities'>,
  query: Omit<EntityListQuery, 'limit' | 'offset'>,
  cap = EXPORT_CAP,
): Promise<EntityPage> {
  const items: EntitySummary[] = [];
  let totalCount = 0;
  do {
    const page = await api.listEntities({
      ...query,
      limit: Math.min(PAGE_SIZE, cap - items.length),
      offset: items.length,
    });
    totalCount = page.totalCount;
    items.push(...page.items);
    if (page.items.length === 0) break;
  } while (items.length < Math.min(totalCount, cap));
  return { items, totalCount };
}
