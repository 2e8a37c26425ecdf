import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';

/** The "Maturity" tab on the pages of components. */
export const entityMaturityContent = EntityContentBlueprint.make({
  params: {
    path: '/maturity',
    title: 'Maturity',
    filter: { kind: 'component' },
    loader: () =>
      import('../components/EntityMaturityContent').then(m => (
        <m.EntityMaturityContent />
      )),
  },
});
