import { CatalogFilterBlueprint } from '@backstage/plugin-catalog-react/alpha';

/** The maturity phase filter on the catalog index page. */
export const maturityPhaseCatalogFilter = CatalogFilterBlueprint.make({
  name: 'phase',
  params: {
    loader: () =>
      import('../components/catalog').then(m => <m.MaturityPhasePicker />),
  },
});
