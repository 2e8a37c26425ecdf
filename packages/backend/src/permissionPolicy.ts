import {
  AuthorizeResult,
  isPermission,
  type PolicyDecision,
} from '@backstage/plugin-permission-common';
import { catalogEntityDeletePermission } from '@backstage/plugin-catalog-common/alpha';
import type {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import {
  maturityCatalogRefreshPermission,
  maturityEntityRefreshPermission,
  maturityExemptionManagePermission,
} from '@backstage-maturity/plugin-maturity-common';

/** Options of the example portal's permission policy. */
export interface MaturityPortalPolicyOptions {
  /** Entity refs of the groups whose members administer the portal. */
  adminGroupRefs: string[];
}

/**
 * The example portal's policy: everyone reads; owners of an entity may
 * re-evaluate it and manage its exemptions and attestations; only members of
 * an admin group may re-evaluate the whole catalog or delete catalog entities.
 */
export class MaturityPortalPolicy implements PermissionPolicy {
  readonly #adminGroupRefs: Set<string>;

  constructor(options: MaturityPortalPolicyOptions) {
    this.#adminGroupRefs = new Set(
      options.adminGroupRefs.map(ref => ref.toLocaleLowerCase('en-US')),
    );
  }

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    const { permission } = request;
    const isAdmin = this.#isAdmin(user);

    if (isPermission(permission, maturityCatalogRefreshPermission)) {
      return decide(isAdmin);
    }
    if (
      isPermission(permission, maturityEntityRefreshPermission) ||
      isPermission(permission, maturityExemptionManagePermission)
    ) {
      if (isAdmin) {
        return { result: AuthorizeResult.ALLOW };
      }
      return createCatalogConditionalDecision(
        permission,
        catalogConditions.isEntityOwner({
          claims: user?.info.ownershipEntityRefs ?? [],
        }),
      );
    }
    if (isPermission(permission, catalogEntityDeletePermission)) {
      return decide(isAdmin);
    }
    return { result: AuthorizeResult.ALLOW };
  }

  #isAdmin(user?: PolicyQueryUser): boolean {
    return (user?.info.ownershipEntityRefs ?? []).some(ref =>
      this.#adminGroupRefs.has(ref.toLocaleLowerCase('en-US')),
    );
  }
}

function decide(allowed: boolean): PolicyDecision {
  return { result: allowed ? AuthorizeResult.ALLOW : AuthorizeResult.DENY };
}
