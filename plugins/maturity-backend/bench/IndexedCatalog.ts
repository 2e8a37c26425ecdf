import {
  stringifyEntityRef,
  type CompoundEntityRef,
  type Entity,
} from '@backstage/catalog-model';
import type {
  GetEntitiesByRefsRequest,
  GetEntitiesByRefsResponse,
  QueryEntitiesRequest,
  QueryEntitiesResponse,
} from '@backstage/catalog-client';
import type { CatalogService } from '@backstage/plugin-catalog-node';

type Filter = Record<string, string | string[]>;

/** The value of a dot path of the entity, lower-cased when a string. */
function valueAt(entity: Entity, path: string): string | undefined {
  let value: unknown = entity;
  for (const part of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return typeof value === 'string'
    ? value.toLocaleLowerCase('en-US')
    : undefined;
}

function matches(entity: Entity, filters: Filter[]): boolean {
  return filters.some(filter =>
    Object.entries(filter).every(([path, expected]) => {
      const actual = valueAt(entity, path);
      return [expected]
        .flat()
        .some(e => e.toLocaleLowerCase('en-US') === actual);
    }),
  );
}

/**
 * The part of the catalog that the plugin calls, over entities held in
 * memory and indexed by ref, so that the benchmark measures the plugin
 * rather than a catalog double: the one of plugin-catalog-node's test
 * utilities scans and re-indexes every entity on each lookup.
 *
 * Filters compare dot paths (`kind`, `spec.type`) case-insensitively;
 * `fields` is ignored (whole entities are returned). Entities without a
 * uid get one, as the catalog gives every entity.
 */
export class IndexedCatalog {
  readonly #entities: Entity[];
  readonly #byRef: Map<string, Entity>;

  constructor(entities: Entity[]) {
    this.#entities = entities.map((e, i) =>
      e.metadata.uid
        ? e
        : { ...e, metadata: { ...e.metadata, uid: `bench-uid-${i}` } },
    );
    this.#byRef = new Map(
      this.#entities.map(e => [
        stringifyEntityRef(e).toLocaleLowerCase('en-US'),
        e,
      ]),
    );
  }

  /** As a CatalogService; the methods the plugin never calls throw. */
  asService(): CatalogService {
    return new Proxy(this, {
      get(target, property) {
        const value = Reflect.get(target, property);
        if (typeof value === 'function') return value.bind(target);
        return () => {
          throw new Error(`${String(property)} is not part of the benchmark`);
        };
      },
    }) as unknown as CatalogService;
  }

  async getEntityByRef(
    ref: string | CompoundEntityRef,
  ): Promise<Entity | undefined> {
    const key = typeof ref === 'string' ? ref : stringifyEntityRef(ref);
    return this.#byRef.get(key.toLocaleLowerCase('en-US'));
  }

  async getEntitiesByRefs(
    request: GetEntitiesByRefsRequest,
  ): Promise<GetEntitiesByRefsResponse> {
    return {
      items: request.entityRefs.map(ref =>
        this.#byRef.get(ref.toLocaleLowerCase('en-US')),
      ),
    };
  }

  async queryEntities(
    request: QueryEntitiesRequest = {},
  ): Promise<QueryEntitiesResponse> {
    const { filter, offset, limit } =
      'cursor' in request
        ? { ...JSON.parse(request.cursor), limit: request.limit }
        : {
            filter: request.filter,
            offset: request.offset ?? 0,
            limit: request.limit,
          };
    const filters = filter ? ([filter].flat() as Filter[]) : undefined;
    const all = filters
      ? this.#entities.filter(e => matches(e, filters))
      : this.#entities;
    const end = limit === undefined ? all.length : offset + limit;
    return {
      items: all.slice(offset, end),
      totalItems: all.length,
      pageInfo:
        end < all.length
          ? { nextCursor: JSON.stringify({ filter, offset: end }) }
          : {},
    };
  }
}
