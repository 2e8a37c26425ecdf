import type {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import type { CompoundEntityRef } from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import {
  maturityReadPermission,
  type Checklist,
} from '@backstage-maturity/plugin-maturity-common';
import { refOf } from '../evaluation/CycleCatalog';
import type { EntityFilter } from '../store/types';
import type { CallerCredentials } from './actor';
import { authorizeBasic } from './authorize';
import { parsePathRef } from './entityRefs';
import { parseEntityFilter, type FilterParameters } from './filters';
import type { GroupHierarchy } from './groups';
import type { EntityVisibility } from './visibility';

/** Any request of the typed router, whatever its parameters. */
export type AnyRequest = Parameters<HttpAuthService['credentials']>[0];

/**
 * Who calls and what they may see: their credentials, the read permission
 * and the catalog entities visible to them.
 */
export class RouteAccess {
  readonly #httpAuth: HttpAuthService;
  readonly #permissions: PermissionsService;
  readonly #visibility: EntityVisibility;
  readonly #checklist: Checklist;
  readonly #groups: GroupHierarchy;

  constructor(options: {
    httpAuth: HttpAuthService;
    permissions: PermissionsService;
    visibility: EntityVisibility;
    checklist: Checklist;
    groups: GroupHierarchy;
  }) {
    this.#httpAuth = options.httpAuth;
    this.#permissions = options.permissions;
    this.#visibility = options.visibility;
    this.#checklist = options.checklist;
    this.#groups = options.groups;
  }

  /** The caller, a user or a service; 401 for anyone else. */
  caller(req: AnyRequest): Promise<CallerCredentials> {
    return this.#httpAuth.credentials(req, { allow: ['user', 'service'] });
  }

  authorizeRead(credentials: CallerCredentials): Promise<void> {
    return authorizeBasic(
      this.#permissions,
      maturityReadPermission,
      credentials,
    );
  }

  /**
   * The catalog entity as the caller sees it; 400 naming the path
   * parameter that is no entity ref part, 404 when hidden or gone.
   */
  async visibleEntity(ref: CompoundEntityRef, credentials: CallerCredentials) {
    const entity = await this.#visibility.findEntity(
      parsePathRef(ref),
      credentials,
    );
    if (!entity) {
      throw new NotFoundError(
        `No entity ${ref.kind}:${ref.namespace}/${ref.name}`,
      );
    }
    return { entity, ref: refOf(entity) };
  }

  /** For read routes of one entity: read permission and catalog visibility. */
  async readEntity(req: AnyRequest, ref: CompoundEntityRef) {
    return this.readEntityAs(await this.caller(req), ref);
  }

  /** What `readEntity` checks, for callers known by their credentials. */
  async readEntityAs(credentials: CallerCredentials, ref: CompoundEntityRef) {
    const [, visible] = await Promise.all([
      this.authorizeRead(credentials),
      this.visibleEntity(ref, credentials),
    ]);
    return visible;
  }

  /** For list routes: the parameters' filter, narrowed to readable entities. */
  async readableFilter(
    credentials: CallerCredentials,
    parameters: FilterParameters,
  ): Promise<EntityFilter> {
    const [, filter, entityRefs] = await Promise.all([
      this.authorizeRead(credentials),
      parseEntityFilter(parameters, {
        checklist: this.#checklist,
        groups: this.#groups,
      }),
      this.#visibility.readableEntityRefs(credentials),
    ]);
    return { ...filter, entityRefs };
  }

  /** For list routes: the request's filter, narrowed as `readableFilter` does. */
  async requestFilter(
    req: AnyRequest & { query: FilterParameters },
  ): Promise<EntityFilter> {
    return this.readableFilter(await this.caller(req), req.query);
  }
}
