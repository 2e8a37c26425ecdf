import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';

/** The maturity summary card on the overview of components. */
export const entityMaturityCard = EntityCardBlueprint.make({
  name: 'summary',
  params: {
    filter: { kind: 'component' },
    loader: () =>
      import('../components/EntityMaturityCard').then(m => (
        <m.EntityMaturityCard />
      )),
  },
});

/** A team's services by phase and what blocks them, on group pages. */
export const groupMaturityCard = EntityCardBlueprint.make({
  name: 'group',
  params: {
    filter: { kind: 'group' },
    loader: () =>
      import('../components/GroupMaturityCard').then(m => (
        <m.GroupMaturityCard />
      )),
  },
});

/** Where the components of a system or a domain stand, on their pages. */
export const systemMaturityCard = EntityCardBlueprint.make({
  name: 'system',
  params: {
    filter: { kind: { $in: ['system', 'domain'] } },
    loader: () =>
      import('../components/SystemMaturityCard').then(m => (
        <m.SystemMaturityCard />
      )),
  },
});
