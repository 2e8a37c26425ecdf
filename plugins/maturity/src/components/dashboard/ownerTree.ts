import type { OwnerRollupRow } from '../../api';

/** A row of the owner table with the rows rolled up into it. */
export interface OwnerNode {
  row: OwnerRollupRow;
  depth: number;
  children: OwnerNode[];
}

/** Sort keys of the owner table: `owner`, `total`, `direct` or a phase id. */
export type OwnerSortKey = string;

export function countOf(row: OwnerRollupRow, key: OwnerSortKey): number {
  if (key === 'total') return row.total;
  if (key === 'direct') return row.direct;
  return row.phases.find(p => p.phase === key)?.count ?? 0;
}

/**
 * Nests rows under their parents (a row whose parent is not among the rows
 * is a root) and sorts siblings, so children stay under their parent
 * whatever the order.
 */
export function buildOwnerTree(
  rows: OwnerRollupRow[],
  sortKey: OwnerSortKey,
  order: 'asc' | 'desc',
  labelOf: (row: OwnerRollupRow) => string,
): OwnerNode[] {
  const known = new Set(rows.map(row => row.owner));
  const byParent = new Map<string | null, OwnerRollupRow[]>();
  for (const row of rows) {
    const parent =
      row.parent && known.has(row.parent) && row.parent !== row.owner
        ? row.parent
        : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), row]);
  }

  const direction = order === 'asc' ? 1 : -1;
  const compare = (a: OwnerRollupRow, b: OwnerRollupRow) => {
    const byName = labelOf(a).localeCompare(labelOf(b));
    if (sortKey === 'owner') return direction * byName;
    return direction * (countOf(a, sortKey) - countOf(b, sortKey)) || byName;
  };

  const visited = new Set<string>();
  const nest = (parent: string | null, depth: number): OwnerNode[] =>
    [...(byParent.get(parent) ?? [])]
      .filter(row => !visited.has(row.owner))
      .sort(compare)
      .map(row => {
        visited.add(row.owner);
        return { row, depth, children: nest(row.owner, depth + 1) };
      });

  const roots = nest(null, 0);
  // Rows of a cycle in the group hierarchy have no root; show them anyway.
  for (const row of rows) {
    if (!visited.has(row.owner)) {
      visited.add(row.owner);
      roots.push({ row, depth: 0, children: nest(row.owner, 1) });
    }
  }
  return roots;
}
