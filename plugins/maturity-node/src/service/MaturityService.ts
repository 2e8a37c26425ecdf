import type {
  EntityListQuery,
  EntityPage,
} from '@backstage-maturity/plugin-maturity-common';

/**
 * Options of a {@link MaturityService} call.
 *
 * @public
 */
export interface MaturityServiceRequestOptions {
  /** Aborts the request. */
  signal?: AbortSignal;
}

/**
 * What other backend plugins and modules read of the maturity plugin,
 * through its REST API and as the calling plugin's own service. Failures
 * are thrown as `ResponseError` (from `@backstage/errors`).
 *
 * @public
 */
export interface MaturityService {
  /**
   * A page of the evaluated entities, each with its phase, next phase and
   * progress, as `GET /entities` answers it (at most 500 per page).
   */
  listEntities(
    query?: EntityListQuery,
    options?: MaturityServiceRequestOptions,
  ): Promise<EntityPage>;
}
