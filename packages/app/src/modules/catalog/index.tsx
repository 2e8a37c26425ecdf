import { Fragment } from 'react';
import {
  coreExtensionData,
  createFrontendModule,
} from '@backstage/frontend-plugin-api';
import catalogPlugin, {
  CatalogIndexPage,
} from '@backstage/plugin-catalog/alpha';
import { catalogColumns } from './catalogColumns';

/**
 * The catalog index page with a "Maturity" column. The page of the new
 * frontend system takes extra filters as extensions but no columns, so this
 * override renders the same page with the catalog's filters, its pagination
 * and export settings, and the columns of `catalogColumns`.
 */
const catalogIndexPage = catalogPlugin.getExtension('page:catalog').override({
  factory(originalFactory, { inputs, config }) {
    return originalFactory({
      params: {
        loader: async () => (
          <CatalogIndexPage
            filters={inputs.filters.map(filter => (
              <Fragment key={filter.node.spec.id}>
                {filter.get(coreExtensionData.reactElement)}
              </Fragment>
            ))}
            columns={catalogColumns}
            pagination={config.pagination}
            exportSettings={
              config.exportSettings?.enabled ? config.exportSettings : undefined
            }
          />
        ),
      },
    });
  },
});

/** The example portal's changes to the catalog plugin. */
export const catalogModule = createFrontendModule({
  pluginId: 'catalog',
  extensions: [catalogIndexPage],
});
