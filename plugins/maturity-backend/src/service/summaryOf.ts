import type { MaturityStore } from '../store/MaturityStore';
import type { EntitySummary } from '../store/types';

/** The stored summary of one entity, if it has been evaluated. */
export async function summaryOf(
  store: Pick<MaturityStore, 'listEntities'>,
  entityRef: string,
): Promise<EntitySummary | undefined> {
  const { items } = await store.listEntities({
    filter: { entityRefs: [entityRef] },
    sort: 'name',
    order: 'asc',
    limit: 1,
    offset: 0,
  });
  return items[0];
}
