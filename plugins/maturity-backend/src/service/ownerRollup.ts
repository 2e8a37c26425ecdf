import type { Checklist } from '@backstage-maturity/plugin-maturity-common';
import { distributionView } from './views';

type OwnerPhaseRow = { owner: string; phase: string | null; count: number };
type GroupFacts = Map<string, { title?: string; parent: string | null }>;

/**
 * The org-wide per-owner table: a row per owner with entities and per
 * group above them, each group counting its sub-groups' entities too.
 * With `within` (an owner filter expanded to sub-groups), groups outside
 * it are left out, so a filtered team is not shown inside its parents.
 */
export function ownerRollupView(
  checklist: Checklist,
  rows: OwnerPhaseRow[],
  groups: GroupFacts,
  within?: string[],
) {
  const allowed = within && new Set(within);
  const isShown = (ref: string) => !allowed || allowed.has(ref);
  const parentOf = (ref: string) => {
    const parent = groups.get(ref)?.parent ?? null;
    return parent !== null && isShown(parent) ? parent : null;
  };

  const rolledUp = new Map<string, OwnerPhaseRow[]>();
  const direct = new Map<string, number>();
  for (const row of rows) {
    direct.set(row.owner, (direct.get(row.owner) ?? 0) + row.count);
    // Up the hierarchy; `seen` cuts cycles.
    const seen = new Set<string>();
    for (
      let ref: string | null = row.owner;
      ref !== null && !seen.has(ref);
      ref = parentOf(ref)
    ) {
      seen.add(ref);
      const own = rolledUp.get(ref) ?? [];
      own.push({ ...row, owner: ref });
      rolledUp.set(ref, own);
    }
  }

  return [...rolledUp.keys()].sort().map(owner => {
    const title = groups.get(owner)?.title;
    return {
      owner,
      ...(title !== undefined && { title }),
      parent: parentOf(owner),
      direct: direct.get(owner) ?? 0,
      ...distributionView(checklist, rolledUp.get(owner)!),
    };
  });
}
