import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';

/**
 * Those of `entities` that the evaluation covers (`maturity.entityFilter`),
 * in one catalog query by uid. An entity without a uid (not from the
 * catalog) is not covered.
 */
export async function entitiesInScope(
  catalog: CatalogService,
  entityFilter: Array<Record<string, string | string[]>>,
  entities: Entity[],
  credentials: BackstageCredentials,
): Promise<Entity[]> {
  const uids = entities.flatMap(e => (e.metadata.uid ? [e.metadata.uid] : []));
  if (uids.length === 0) return [];
  const { items } = await catalog.queryEntities(
    {
      filter: entityFilter.map(f => ({ ...f, 'metadata.uid': uids })),
      fields: ['metadata.uid'],
      limit: uids.length,
    },
    { credentials },
  );
  const covered = new Set(items.map(e => e.metadata.uid));
  return entities.filter(e => covered.has(e.metadata.uid));
}
