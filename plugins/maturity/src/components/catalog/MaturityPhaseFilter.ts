import type { Entity } from '@backstage/catalog-model';
import { MATURITY_PHASE_LABEL } from '@backstage-maturity/plugin-maturity-common';
import type {
  DefaultEntityFilters,
  EntityFilter,
} from '@backstage/plugin-catalog-react';

/** The maturity phase label of a catalog entity; undefined before its first evaluation. */
export function maturityPhaseOf(entity: Entity): string | undefined {
  return entity.metadata.labels?.[MATURITY_PHASE_LABEL];
}

/**
 * Catalog list filter on the maturity phase label: entities at any of the
 * given phase ids, `not-started` or `unknown`.
 *
 * @public
 */
export class MaturityPhaseFilter implements EntityFilter {
  constructor(readonly values: string[]) {}

  getCatalogFilters(): Record<string, string[]> {
    return { [`metadata.labels.${MATURITY_PHASE_LABEL}`]: this.values };
  }

  filterEntity(entity: Entity): boolean {
    const phase = maturityPhaseOf(entity);
    return phase !== undefined && this.values.includes(phase);
  }

  toQueryValue(): string[] {
    return this.values;
  }
}

/**
 * The catalog list's filters with the maturity phase, for
 * `useEntityList<MaturityPhaseFilters>()`.
 *
 * @public
 */
export type MaturityPhaseFilters = DefaultEntityFilters & {
  maturityPhase?: MaturityPhaseFilter;
};
