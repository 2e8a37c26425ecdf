import type { Entity } from '@backstage/catalog-model';
import type { TableColumn } from '@backstage/core-components';
import { MaturityPhaseCell } from './MaturityPhaseCell';
import { maturityPhaseOf } from './MaturityPhaseFilter';
import { phaseRank } from './phaseDefinitions';

/** @public */
export interface MaturityPhaseColumnOptions {
  /** The column's title; "Maturity" by default. */
  title?: string;
}

/**
 * A catalog table column with each entity's maturity phase (from the
 * catalog label), sorted in ladder order: not evaluated, Unknown, Not
 * started, then the phases from lowest to highest. `TRow` is the table's
 * row type, e.g. `createMaturityPhaseColumn<CatalogTableRow>()` for the
 * columns of `CatalogIndexPage`.
 *
 * @public
 */
export function createMaturityPhaseColumn<
  TRow extends { entity: Entity } = { entity: Entity },
>(options: MaturityPhaseColumnOptions = {}): TableColumn<TRow> {
  return {
    title: options.title ?? 'Maturity',
    customSort: (a, b) =>
      phaseRank(maturityPhaseOf(a.entity)) -
      phaseRank(maturityPhaseOf(b.entity)),
    render: row => <MaturityPhaseCell entity={row.entity} />,
  };
}
