import type { Checklist } from '@backstage-maturity/plugin-maturity-common';
import { nearestReadable } from './groups';
import { distributionView } from './views';

type OwnerPhaseRow = { owner: string; phase: string | null; count: number };
type GroupFacts = Map<string, { title?: string; parent: string | null }>;

/** The groups above these owners, nearest first (cycles cut). */
export function ancestorsOf(owners: Iterable<string>, groups: GroupFacts) {
  const found = new Set<string>();
  for (const owner of owners) {
    const seen = new Set([owner]);
    for (
      let ref = groups.get(owner)?.parent ?? null;
      ref !== null && !seen.has(ref);
      ref = groups.get(ref)?.parent ?? null
    ) {
      seen.add(ref);
      found.add(ref);
    }
  }
  return found;
}

/**
 * The org-wide per-owner table: a row per owner with entities and per
 * group above them, each group counting its sub-groups' entities too.
 * With `within` (an owner filter expanded to sub-groups), groups outside
 * it are left out, so a filtered team is not shown inside its parents.
 * Groups that `visible` hides from the caller are skipped over: their
 * sub-groups hang from the nearest visible group above.
 */
export function ownerRollupView(
  checklist: Checklist,
  rows: OwnerPhaseRow[],
  groups: GroupFacts,
  options: { within?: string[]; visible?: (ref: string) => boolean } = {},
) {
  const allowed = options.within && new Set(options.within);
  const visible = options.visible ?? (() => true);
  const isShown = (ref: string) => !allowed || allowed.has(ref);
  const groupParent = (ref: string) => groups.get(ref)?.parent ?? null;
  const parentOf = (ref: string) => {
    const parent = nearestReadable(groupParent(ref), groupParent, visible);
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
