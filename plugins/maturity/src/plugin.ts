import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { MaturityClient, maturityApiRef } from './api';
import { campaignRouteRef, campaignsRouteRef, rootRouteRef } from './routes';

/**
 * The maturity plugin for the legacy frontend system.
 *
 * @public
 */
export const maturityPlugin = createPlugin({
  id: 'maturity',
  apis: [
    createApiFactory({
      api: maturityApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new MaturityClient({ discoveryApi, fetchApi }),
    }),
  ],
  routes: {
    root: rootRouteRef,
    campaigns: campaignsRouteRef,
    campaign: campaignRouteRef,
  },
});

/**
 * The org-wide maturity dashboard page.
 *
 * @public
 */
export const MaturityPage = maturityPlugin.provide(
  createRoutableExtension({
    name: 'MaturityPage',
    component: () =>
      import('./components/MaturityPage').then(m => m.MaturityPage),
    mountPoint: rootRouteRef,
  }),
);

/**
 * The "Maturity" tab content of an entity page.
 *
 * @public
 */
export const EntityMaturityContent = maturityPlugin.provide(
  createComponentExtension({
    name: 'EntityMaturityContent',
    component: {
      lazy: () =>
        import('./components/EntityMaturityContent').then(
          m => m.EntityMaturityContent,
        ),
    },
  }),
);

/**
 * The maturity summary card for an entity's overview tab.
 *
 * @public
 */
export const EntityMaturityCard = maturityPlugin.provide(
  createComponentExtension({
    name: 'EntityMaturityCard',
    component: {
      lazy: () =>
        import('./components/EntityMaturityCard').then(
          m => m.EntityMaturityCard,
        ),
    },
  }),
);

/**
 * A team's services by phase and what blocks them, for group pages.
 *
 * @public
 */
export const GroupMaturityCard = maturityPlugin.provide(
  createComponentExtension({
    name: 'GroupMaturityCard',
    component: {
      lazy: () =>
        import('./components/GroupMaturityCard').then(m => m.GroupMaturityCard),
    },
  }),
);

/**
 * Where the components of a system or a domain stand, for system and
 * domain pages.
 *
 * @public
 */
export const SystemMaturityCard = maturityPlugin.provide(
  createComponentExtension({
    name: 'SystemMaturityCard',
    component: {
      lazy: () =>
        import('./components/SystemMaturityCard').then(
          m => m.SystemMaturityCard,
        ),
    },
  }),
);
