import type { TeamRollup } from '../../api';
import { rollUpGroups, subGroupDepths } from './rollUpGroups';

const phases = (ws: number) => [
  { phase: 'walking-skeleton', name: 'Walking Skeleton', count: ws },
];

const rollup: TeamRollup = {
  group: { entityRef: 'group:default/a', name: 'a', parent: null },
  groups: [
    { entityRef: 'group:default/a', name: 'a', parent: null },
    { entityRef: 'group:default/b', name: 'b', parent: 'group:default/a' },
    { entityRef: 'group:default/c', name: 'c', parent: 'group:default/b' },
    { entityRef: 'group:default/d', name: 'd', parent: 'group:default/a' },
  ],
  owners: [
    { owner: 'group:default/a', total: 1, phases: phases(1) },
    { owner: 'group:default/b', total: 2, phases: phases(2) },
    { owner: 'group:default/c', total: 4, phases: phases(4) },
    { owner: 'group:default/d', total: 8, phases: phases(8) },
  ],
  totals: { total: 15, phases: phases(15) },
  blockers: [],
};

describe('rollUpGroups', () => {
  it('adds every sub-group into each group above it', () => {
    const counts = rollUpGroups(rollup);
    expect(counts.get('group:default/a')?.total).toBe(15);
    expect(counts.get('group:default/b')?.total).toBe(6);
    expect(counts.get('group:default/b')?.phases.get('walking-skeleton')).toBe(
      6,
    );
    expect(counts.get('group:default/c')?.total).toBe(4);
  });
});

describe('subGroupDepths', () => {
  it('counts levels below the group', () => {
    const depths = subGroupDepths(rollup);
    expect(depths.get('group:default/b')).toBe(0);
    expect(depths.get('group:default/c')).toBe(1);
    expect(depths.get('group:default/d')).toBe(0);
  });
});
