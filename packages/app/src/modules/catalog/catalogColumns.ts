import {
  CatalogTable,
  type CatalogTableColumnsFunc,
  type CatalogTableRow,
} from '@backstage/plugin-catalog';
import { createMaturityPhaseColumn } from '@backstage-maturity/plugin-maturity';

const maturityColumn = createMaturityPhaseColumn<CatalogTableRow>();

/**
 * The catalog's default columns, with the maturity phase before the
 * description for components, the kind the maturity backend evaluates.
 */
export const catalogColumns: CatalogTableColumnsFunc = context => {
  const columns = CatalogTable.defaultColumnsFunc(context);
  if (context.filters.kind?.value.toLocaleLowerCase('en-US') !== 'component') {
    return columns;
  }
  const description = columns.findIndex(
    column => column.field === 'entity.metadata.description',
  );
  const at = description < 0 ? columns.length : description;
  return [...columns.slice(0, at), maturityColumn, ...columns.slice(at)];
};
