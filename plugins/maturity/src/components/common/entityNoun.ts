import type { Entity } from '@backstage/catalog-model';

// Kinds whose `spec.type` names what the entity is (a website, a library, a
// database); for an API the type is its format, so the kind reads better.
const KINDS_NAMED_BY_TYPE = new Set(['component', 'resource']);

/**
 * What to call the entity in a sentence: its type or kind in lower case,
 * "service", "website", "library", "component", "API", "system".
 */
export function entityNoun(entity: Entity): string {
  const kind = entity.kind.toLocaleLowerCase('en-US');
  const type = entity.spec?.type;
  if (KINDS_NAMED_BY_TYPE.has(kind) && typeof type === 'string' && type) {
    return type.toLocaleLowerCase('en-US');
  }
  return kind === 'api' ? 'API' : kind;
}
