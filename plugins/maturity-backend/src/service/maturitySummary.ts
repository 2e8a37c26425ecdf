import type { Checklist } from '@backstage-maturity/plugin-maturity-common';
import type { MaturityStore } from '../store/MaturityStore';
import type { EntityFilter } from '../store/types';
import { blockersView, distributionView } from './views';

/** How many of the checks that block most entities the aggregates list. */
export const TOP_BLOCKERS = 10;

/** Counts per standing and the top blockers of the filtered entities. */
export async function maturitySummary(
  deps: {
    store: Pick<MaturityStore, 'getPhaseDistribution' | 'getBlockers'>;
    checklist: Checklist;
  },
  filter: EntityFilter,
) {
  const { store, checklist } = deps;
  const [distribution, blockers] = await Promise.all([
    store.getPhaseDistribution(filter),
    store.getBlockers(filter, { limit: TOP_BLOCKERS }),
  ]);
  return {
    ...distributionView(checklist, distribution),
    blockers: blockersView(checklist, blockers.items),
    blockerCount: blockers.totalCount,
  };
}
