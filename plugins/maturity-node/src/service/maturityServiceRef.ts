import {
  coreServices,
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import { DefaultMaturityService } from './DefaultMaturityService';
import type { MaturityService } from './MaturityService';

/**
 * The maturity plugin's results for other backend plugins and modules, read
 * through its REST API wherever it runs (`discovery` finds it).
 *
 * @public
 */
export const maturityServiceRef = createServiceRef<MaturityService>({
  id: 'maturity.service',
  scope: 'plugin',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: {
        auth: coreServices.auth,
        discovery: coreServices.discovery,
      },
      factory: ({ auth, discovery }) =>
        DefaultMaturityService.create({ auth, discovery }),
    }),
});
