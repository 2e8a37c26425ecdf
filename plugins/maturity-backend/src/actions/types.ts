import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import type { Checklist } from '@backstage-maturity/plugin-maturity-common';
import type { MaturityCampaigns } from '../campaigns/createMaturityCampaigns';
import type { RouteAccess } from '../service/access';
import type { GroupHierarchy } from '../service/groups';
import type { MaturityStore } from '../store/MaturityStore';

/** What the actions use: the REST API's access checks, store and checklist. */
export interface MaturityActionDeps {
  actionsRegistry: ActionsRegistryService;
  access: RouteAccess;
  store: MaturityStore;
  checklist: Checklist;
  campaigns: MaturityCampaigns;
  /** The group hierarchy that team rows are titled from. */
  groups: GroupHierarchy;
}

/** The zod that the actions registry hands to schema functions. */
export type Zod = Parameters<
  Parameters<ActionsRegistryService['register']>[0]['schema']['input']
>[0];
