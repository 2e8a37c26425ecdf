import type {
  AuthService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { Checklist } from '@backstage-maturity/plugin-maturity-common';
import { RouteAccess } from './access';
import { GroupHierarchy } from './groups';
import { EntityVisibility } from './visibility';

/**
 * What the REST API and the actions check before they read: the caller's
 * permissions, the catalog entities they may see and the group hierarchy
 * that owner filters expand.
 */
export function createReadAccess(options: {
  catalog: CatalogService;
  auth: AuthService;
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  checklist: Checklist;
  /** The catalog filter of the evaluated entities (`maturity.entityFilter`). */
  entityFilter: Array<Record<string, string | string[]>>;
}) {
  const { catalog, permissions, checklist } = options;
  const visibility = new EntityVisibility({
    catalog,
    permissions,
    entityFilter: options.entityFilter,
  });
  const groups = new GroupHierarchy({ catalog, auth: options.auth });
  const access = new RouteAccess({
    httpAuth: options.httpAuth,
    permissions,
    visibility,
    checklist,
    groups,
  });
  return { access, visibility, groups };
}
