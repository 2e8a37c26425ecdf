import { UNKNOWN_ID } from '@backstage-maturity/plugin-maturity-common';
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

/** The standing of an entity: `unknown`, or its phase (null: not started). */
export function standingOf(summary: EntitySummary): string | null {
  return summary.unknown ? UNKNOWN_ID : summary.phase;
}
