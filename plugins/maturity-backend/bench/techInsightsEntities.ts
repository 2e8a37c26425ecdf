import {
  parseEntityRef,
  stringifyEntityRef,
  type Entity,
} from '@backstage/catalog-model';
import { mirroredEntities } from './benchSupport';

export const TEAMS = 40;
export const USERS = 20;

/** The owner of component `i`: none, a User, or its team. */
function ownerOf(component: Entity, i: number): string | undefined {
  if (i % 10 === 0) return undefined;
  if (i % 10 === 1) return `user:user-${i % USERS}`;
  return String(component.spec?.owner);
}

/**
 * Component `i` of the mirrored catalog, varied so that every compared
 * check both passes and fails: one in ten has no owner and one in ten a
 * User as owner (the rest a team), two in three a description, three in
 * four tags, two in five TechDocs.
 */
function varied(component: Entity, i: number): Entity {
  const annotations = { ...component.metadata.annotations };
  if (i % 5 < 2) {
    annotations['backstage.io/techdocs-ref'] = 'dir:.';
  }
  const owner = ownerOf(component, i);
  return {
    ...component,
    metadata: {
      ...component.metadata,
      annotations,
      ...(i % 3 !== 0 && { description: `Service number ${i}` }),
      ...(i % 4 !== 1 && { tags: ['bench', `tier-${i % 3}`] }),
    },
    spec: { ...component.spec, owner },
    relations: owner
      ? [
          {
            type: 'ownedBy',
            targetRef: stringifyEntityRef(
              parseEntityRef(owner, {
                defaultKind: 'Group',
                defaultNamespace: 'default',
              }),
            ),
          },
        ]
      : [],
  };
}

/**
 * The catalog that both products are given: the teams and `count`
 * Components of the mirrored repositories (benchSupport), users, and the
 * variations above.
 */
export function benchCatalog(count: number): Entity[] {
  const users: Entity[] = Array.from({ length: USERS }, (_, i) => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: `user-${i}`, namespace: 'default' },
    spec: { memberOf: [`team-${i % TEAMS}`] },
  }));
  let component = 0;
  const entities = mirroredEntities(count, TEAMS).map(entity =>
    entity.kind === 'Component' ? varied(entity, component++) : entity,
  );
  return [...users, ...entities];
}
