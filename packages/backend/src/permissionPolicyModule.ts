import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { MaturityPortalPolicy } from './permissionPolicy';

/** Installs the example portal's permission policy. */
export default createBackendModule({
  pluginId: 'permission',
  moduleId: 'maturity-portal-policy',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        policy: policyExtensionPoint,
      },
      async init({ config, policy }) {
        policy.setPolicy(
          new MaturityPortalPolicy({
            adminGroupRefs: config.getOptionalStringArray(
              'permission.adminGroups',
            ) ?? ['group:default/platform-admins'],
          }),
        );
      },
    });
  },
});
