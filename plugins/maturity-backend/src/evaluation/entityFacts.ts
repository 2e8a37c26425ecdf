import type { Entity } from '@backstage/catalog-model';
import type { StoredEntityFacts } from '../store/types';
import { ownerRef, refOf, systemRef } from './CycleCatalog';

/** What the API filters and groups an entity by, read from the entity. */
export function entityFacts(
  entity: Entity,
  domainOfSystem: Record<string, string>,
): StoredEntityFacts {
  const system = systemRef(entity);
  const text = (value: unknown) =>
    typeof value === 'string' ? value : undefined;
  return {
    entityRef: refOf(entity),
    // Lower case, like every entity ref the API filters by.
    kind: entity.kind.toLocaleLowerCase('en-US'),
    namespace: entity.metadata.namespace ?? 'default',
    name: entity.metadata.name,
    title: entity.metadata.title,
    type: text(entity.spec?.type),
    lifecycle: text(entity.spec?.lifecycle),
    owner: ownerRef(entity),
    system,
    domain: system ? domainOfSystem[system] : undefined,
    tags: (entity.metadata.tags ?? [])
      .filter((tag): tag is string => typeof tag === 'string')
      .map(tag => tag.toLocaleLowerCase('en-US')),
  };
}
