import fs from 'node:fs/promises';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import {
  parseEntityRef,
  stringifyEntityRef,
  type Entity,
  type EntityRelation,
} from '@backstage/catalog-model';

/** Spec fields that the catalog turns into relations, with default kinds. */
const RELATION_FIELDS: Array<[field: string, type: string, kind?: string]> = [
  ['providesApis', 'providesApi', 'api'],
  ['consumesApis', 'consumesApi', 'api'],
  ['dependsOn', 'dependsOn'],
  ['owner', 'ownedBy', 'group'],
];

/**
 * The relations the catalog would derive from the entity's spec, so that
 * relation rules see them without a catalog.
 */
function relationsFromSpec(entity: Entity): EntityRelation[] {
  const relations: EntityRelation[] = [];
  const namespace = entity.metadata.namespace ?? 'default';
  for (const [field, type, defaultKind] of RELATION_FIELDS) {
    const raw = entity.spec?.[field];
    const refs = (Array.isArray(raw) ? raw : [raw]).filter(
      (ref): ref is string => typeof ref === 'string',
    );
    for (const ref of refs) {
      try {
        const target = parseEntityRef(ref, {
          defaultKind,
          defaultNamespace: namespace,
        });
        relations.push({ type, targetRef: stringifyEntityRef(target) });
      } catch {
        // A ref without a kind where none is implied: the catalog would
        // reject it too, so it yields no relation.
      }
    }
  }
  return relations;
}

/**
 * The entity described by the directory's catalog-info.yaml: its first
 * Component, or else its first entity. Undefined when there is no such file.
 */
export async function readCatalogInfo(
  directory: string,
): Promise<Entity | undefined> {
  const file = path.join(directory, 'catalog-info.yaml');
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const entities: Entity[] = [];
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length > 0) {
      throw new Error(
        `${file}: invalid YAML (${doc.errors[0].message.split('\n')[0]})`,
      );
    }
    const value = doc.toJS();
    if (value && typeof value === 'object' && value.kind && value.metadata) {
      const entity: Entity = {
        ...value,
        metadata: { namespace: 'default', ...value.metadata },
      };
      entities.push({
        ...entity,
        relations: entity.relations ?? relationsFromSpec(entity),
      });
    }
  }
  return (
    entities.find(e => e.kind.toLocaleLowerCase('en-US') === 'component') ??
    entities[0]
  );
}
