import {
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
} from '@backstage/core-plugin-api';
import { rootRouteRef } from './routes';

/**
 * The maturity plugin for the legacy frontend system.
 *
 * @public
 */
export const maturityPlugin = createPlugin({
  id: 'maturity',
  routes: { root: rootRouteRef },
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
