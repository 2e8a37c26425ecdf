import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import type { Checklist } from '@backstage-maturity/plugin-maturity-common';
import type { MaturityStore } from '../store/MaturityStore';
import type { RouteAccess } from '../service/access';

/** What the actions use: the REST API's access checks, store and checklist. */
export interface MaturityActionDeps {
  actionsRegistry: ActionsRegistryService;
  access: RouteAccess;
  store: MaturityStore;
  checklist: Checklist;
}

/** The zod that the actions registry hands to schema functions. */
export type Zod = Parameters<
  Parameters<ActionsRegistryService['register']>[0]['schema']['input']
>[0];
