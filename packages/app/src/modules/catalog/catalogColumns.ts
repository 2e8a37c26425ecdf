import {
  CatalogTable,
  type CatalogTableColumnsFunc,
  type CatalogTableRow,
} from '@backstage/plugin-catalog';
import type { TableColumn } from '@backstage/core-components';
import { createMaturityPhaseColumn } from '@backstage-maturity/plugin-maturity';

const maturityColumn = createMaturityPhaseColumn<CatalogTableRow>();

/**
 * Cells that wrap between words only: the catalog's own cells may break a
 * word anywhere, which a table with one more column makes happen.
 */
function withWholeWords(column: TableColumn<CatalogTableRow>) {
  return {
    ...column,
    cellStyle: {
      ...(column.cellStyle as object | undefined),
      overflowWrap: 'normal',
      wordBreak: 'normal',
    },
  } as TableColumn<CatalogTableRow>;
}

/**
 * The catalog's default columns, with the maturity phase before the
 * description for components, the kind the maturity backend evaluates. The
 * tags column gives way to it: tags stay on each entity's page.
 */
export const catalogColumns: CatalogTableColumnsFunc = context => {
  const columns = CatalogTable.defaultColumnsFunc(context);
  if (context.filters.kind?.value.toLocaleLowerCase('en-US') !== 'component') {
    return columns;
  }
  const kept = columns.filter(
    column => column.field !== 'entity.metadata.tags',
  );
  const description = kept.findIndex(
    column => column.field === 'entity.metadata.description',
  );
  const at = description < 0 ? kept.length : description;
  return [...kept.slice(0, at), maturityColumn, ...kept.slice(at)].map(
    withWholeWords,
  );
};
