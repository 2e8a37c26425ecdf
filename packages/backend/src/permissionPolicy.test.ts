import { AuthorizeResult } from '@backstage/plugin-permission-common';
import type { PolicyQueryUser } from '@backstage/plugin-permission-node';
import { catalogEntityDeletePermission } from '@backstage/plugin-catalog-common/alpha';
import {
  maturityCatalogRefreshPermission,
  maturityEntityRefreshPermission,
  maturityExemptionManagePermission,
  maturityReadPermission,
} from '@backstage-maturity/plugin-maturity-common';
import { MaturityPortalPolicy } from './permissionPolicy';

function userOwning(...ownershipEntityRefs: string[]): PolicyQueryUser {
  return {
    info: { userEntityRef: ownershipEntityRefs[0], ownershipEntityRefs },
  } as PolicyQueryUser;
}

describe('MaturityPortalPolicy', () => {
  const policy = new MaturityPortalPolicy({
    adminGroupRefs: ['group:default/platform-admins'],
  });
  const developer = userOwning('user:default/ana', 'group:default/team-a');
  const admin = userOwning('user:default/bo', 'group:default/Platform-Admins');

  it('lets every signed-in user read scorecards', async () => {
    await expect(
      policy.handle({ permission: maturityReadPermission }, developer),
    ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
  });

  it('lets only admin group members re-evaluate the whole catalog', async () => {
    await expect(
      policy.handle(
        { permission: maturityCatalogRefreshPermission },
        developer,
      ),
    ).resolves.toEqual({ result: AuthorizeResult.DENY });
    await expect(
      policy.handle({ permission: maturityCatalogRefreshPermission }, admin),
    ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
  });

  it.each([
    ['re-evaluate', maturityEntityRefreshPermission],
    ['manage exemptions of', maturityExemptionManagePermission],
  ])(
    'lets owners %s an entity, decided on the entity itself',
    async (_action, permission) => {
      const decision = await policy.handle({ permission }, developer);
      expect(decision).toEqual({
        result: AuthorizeResult.CONDITIONAL,
        pluginId: 'catalog',
        resourceType: 'catalog-entity',
        conditions: {
          rule: 'IS_ENTITY_OWNER',
          resourceType: 'catalog-entity',
          params: { claims: ['user:default/ana', 'group:default/team-a'] },
        },
      });
      await expect(policy.handle({ permission }, admin)).resolves.toEqual({
        result: AuthorizeResult.ALLOW,
      });
    },
  );

  it('leaves an anonymous caller no ownership to claim', async () => {
    const decision = await policy.handle({
      permission: maturityExemptionManagePermission,
    });
    expect(decision).toMatchObject({
      result: AuthorizeResult.CONDITIONAL,
      conditions: { params: { claims: [] } },
    });
  });

  it('keeps deleting catalog entities to admins', async () => {
    await expect(
      policy.handle({ permission: catalogEntityDeletePermission }, developer),
    ).resolves.toEqual({ result: AuthorizeResult.DENY });
    await expect(
      policy.handle({ permission: catalogEntityDeletePermission }, admin),
    ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
  });
});
