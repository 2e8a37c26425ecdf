import {
  createPermission,
  type Permission,
} from '@backstage/plugin-permission-common';
import { RESOURCE_TYPE_CATALOG_ENTITY } from '@backstage/plugin-catalog-common/alpha';

/**
 * Read scorecards, summaries, history and badges. Results are additionally
 * filtered by what the caller may read in the catalog.
 *
 * @public
 */
export const maturityReadPermission = createPermission({
  name: 'maturity.scorecard.read',
  attributes: { action: 'read' },
});

/**
 * Re-evaluate one entity now. A resource permission on the catalog entity,
 * so a policy can grant it to the entity's owners.
 *
 * @public
 */
export const maturityEntityRefreshPermission = createPermission({
  name: 'maturity.entity.refresh',
  attributes: { action: 'update' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/**
 * Re-evaluate the whole catalog now.
 *
 * @public
 */
export const maturityCatalogRefreshPermission = createPermission({
  name: 'maturity.catalog.refresh',
  attributes: { action: 'update' },
});

/**
 * Create, change or revoke exemptions and attestations for an entity.
 *
 * @public
 */
export const maturityExemptionManagePermission = createPermission({
  name: 'maturity.exemption.manage',
  attributes: { action: 'update' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/**
 * Create, change and delete campaigns through the API. Campaigns defined in
 * `app-config` are changed there.
 *
 * @public
 */
export const maturityCampaignManagePermission = createPermission({
  name: 'maturity.campaign.manage',
  attributes: { action: 'update' },
});

/**
 * Every permission of the maturity plugin, for registration.
 *
 * @public
 */
export const maturityPermissions: Permission[] = [
  maturityReadPermission,
  maturityEntityRefreshPermission,
  maturityCatalogRefreshPermission,
  maturityExemptionManagePermission,
  maturityCampaignManagePermission,
];
