import type { EntitySummary } from '../api/types';

/**
 * A listed service at Walking Skeleton, blocked by two checks and evaluated
 * just now; `extra` overrides any field.
 */
export const entitySummary = (
  name: string,
  extra: Partial<EntitySummary> = {},
): EntitySummary => ({
  entityRef: `component:default/${name}`,
  kind: 'Component',
  namespace: 'default',
  name,
  type: 'service',
  lifecycle: 'production',
  owner: 'group:default/team-a',
  system: 'checkout',
  phase: 'walking-skeleton',
  nextPhase: 'foundation',
  progress: 0.5,
  counts: {
    pass: 5,
    fail: 2,
    'not-applicable': 0,
    exempt: 0,
    attested: 0,
    error: 0,
  },
  blocking: ['health-checks', 'iac'],
  evaluatedAt: new Date().toISOString(),
  phaseSince: '2026-01-01T00:00:00.000Z',
  ...extra,
});
