import type {
  AuditorService,
  LoggerService,
  PermissionsService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import type { ApiRouter } from '@backstage/backend-openapi-utils';
import type { Checklist } from '@backstage-maturity/plugin-maturity-common';
import type { spec } from '../../schema/openapi/generated/router';
import type { MaturityCampaigns } from '../../campaigns/createMaturityCampaigns';
import type { MaturityStore } from '../../store/MaturityStore';
import type { RouteAccess } from '../access';
import type { EntityRefresher } from '../EntityRefresher';
import type { GroupHierarchy } from '../groups';
import type { EntityVisibility } from '../visibility';

/** The router typed and validated by the OpenAPI spec. */
export type MaturityRouter = ApiRouter<typeof spec>;

/** What the routes use. */
export interface RouteDeps {
  logger: LoggerService;
  auditor: AuditorService;
  store: MaturityStore;
  checklist: Checklist;
  permissions: PermissionsService;
  scheduler: SchedulerService;
  /** Id of the scheduled evaluation of the catalog, triggered by `POST /refresh`. */
  evaluationTaskId: string;
  access: RouteAccess;
  visibility: EntityVisibility;
  groups: GroupHierarchy;
  refresher: EntityRefresher;
  campaigns: MaturityCampaigns;
  now: () => Date;
}
