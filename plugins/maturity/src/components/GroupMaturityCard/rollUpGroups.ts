import type { TeamRollup } from '../../api';

/** A group's counts including all its sub-groups. */
export interface GroupCounts {
  total: number;
  phases: Map<string, number>;
}

/**
 * Each group's own rows added up into every group above it. Relies on
 * `groups` listing parents before children.
 */
export function rollUpGroups(rollup: TeamRollup): Map<string, GroupCounts> {
  const counts = new Map<string, GroupCounts>();
  for (const group of rollup.groups) {
    counts.set(group.entityRef, { total: 0, phases: new Map() });
  }
  for (const row of rollup.owners) {
    const own = counts.get(row.owner);
    if (!own) continue;
    own.total += row.total;
    for (const phase of row.phases) {
      own.phases.set(
        phase.phase,
        (own.phases.get(phase.phase) ?? 0) + phase.count,
      );
    }
  }
  for (const group of [...rollup.groups].reverse()) {
    const own = counts.get(group.entityRef);
    const parent = group.parent ? counts.get(group.parent) : undefined;
    if (!own || !parent || group.parent === group.entityRef) continue;
    parent.total += own.total;
    own.phases.forEach((count, phase) =>
      parent.phases.set(phase, (parent.phases.get(phase) ?? 0) + count),
    );
  }
  return counts;
}

/** How deep each sub-group sits below the roll-up's group (its children are 0). */
export function subGroupDepths(rollup: TeamRollup): Map<string, number> {
  const depths = new Map<string, number>([[rollup.group.entityRef, -1]]);
  for (const group of rollup.groups) {
    if (depths.has(group.entityRef)) continue;
    const parentDepth = group.parent ? depths.get(group.parent) : undefined;
    depths.set(
      group.entityRef,
      parentDepth === undefined ? 0 : parentDepth + 1,
    );
  }
  return depths;
}
