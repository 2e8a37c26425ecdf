import type { Entity } from '@backstage/catalog-model';
import { MaturityPhaseFilter } from './MaturityPhaseFilter';

const at = (phase?: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: `at-${phase ?? 'none'}`,
    labels: phase ? { 'maturity.backstage.io/phase': phase } : undefined,
  },
});

describe('MaturityPhaseFilter', () => {
  const filter = new MaturityPhaseFilter(['unknown', 'foundation']);

  it('asks the catalog for entities with one of the phase labels', () => {
    expect(filter.getCatalogFilters()).toEqual({
      'metadata.labels.maturity.backstage.io/phase': ['unknown', 'foundation'],
    });
    expect(filter.toQueryValue()).toEqual(['unknown', 'foundation']);
  });

  it('keeps the entities at the chosen phases only', () => {
    expect(filter.filterEntity(at('unknown'))).toBe(true);
    expect(filter.filterEntity(at('foundation'))).toBe(true);
    expect(filter.filterEntity(at('not-started'))).toBe(false);
    expect(filter.filterEntity(at())).toBe(false);
  });
});
