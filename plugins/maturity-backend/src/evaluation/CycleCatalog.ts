import {
  parseEntityRef,
  stringifyEntityRef,
  type Entity,
} from '@backstage/catalog-model';
import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { RelatedEntity } from '@backstage-maturity/plugin-maturity-common';

/** Lower-cased entity ref, the form relations use. */
export function refOf(entity: Entity): string {
  return stringifyEntityRef(entity).toLocaleLowerCase('en-US');
}

const PAGE = 1000;

/**
 * What one evaluation cycle knows of the catalog beyond the entities it
 * evaluates: which owners exist, the dependsOn graph among components, and
 * the kind and type of related entities. Read in pages, once per cycle.
 */
export class CycleCatalog {
  readonly #catalog: CatalogService;
  readonly #credentials: BackstageCredentials;
  readonly #owners: Set<string>;
  readonly componentDependsOn: Record<string, string[]>;

  private constructor(
    catalog: CatalogService,
    credentials: BackstageCredentials,
    owners: Set<string>,
    componentDependsOn: Record<string, string[]>,
  ) {
    this.#catalog = catalog;
    this.#credentials = credentials;
    this.#owners = owners;
    this.componentDependsOn = componentDependsOn;
  }

  static async load(
    catalog: CatalogService,
    credentials: BackstageCredentials,
  ): Promise<CycleCatalog> {
    const owners = new Set<string>();
    for await (const entity of pages(catalog, credentials, {
      filter: { kind: ['group', 'user'] },
      fields: ['kind', 'metadata.name', 'metadata.namespace'],
    })) {
      owners.add(refOf(entity));
    }
    const graph: Record<string, string[]> = {};
    for await (const entity of pages(catalog, credentials, {
      filter: { kind: 'component' },
      fields: ['kind', 'metadata.name', 'metadata.namespace', 'relations'],
    })) {
      graph[refOf(entity)] = (entity.relations ?? [])
        .filter(
          r =>
            r.type === 'dependsOn' &&
            r.targetRef.toLocaleLowerCase('en-US').startsWith('component:'),
        )
        .map(r => r.targetRef.toLocaleLowerCase('en-US'));
    }
    return new CycleCatalog(catalog, credentials, owners, graph);
  }

  ownerExists(owner: string | undefined): boolean {
    return owner !== undefined && this.#owners.has(owner);
  }

  /**
   * Kind, type and (for systems) domain of the targets of the entities'
   * relations and of their systems, in one catalog request.
   */
  async related(entities: Entity[]): Promise<{
    related: Record<string, RelatedEntity>;
    domainOfSystem: Record<string, string>;
  }> {
    const refs = new Set<string>();
    for (const entity of entities) {
      for (const relation of entity.relations ?? []) {
        refs.add(relation.targetRef.toLocaleLowerCase('en-US'));
      }
      const system = systemRef(entity);
      if (system) refs.add(system);
    }
    const related: Record<string, RelatedEntity> = {};
    const domainOfSystem: Record<string, string> = {};
    const list = [...refs];
    for (let i = 0; i < list.length; i += PAGE) {
      const { items } = await this.#catalog.getEntitiesByRefs(
        {
          entityRefs: list.slice(i, i + PAGE),
          fields: [
            'kind',
            'metadata.name',
            'metadata.namespace',
            'spec.type',
            'spec.domain',
          ],
        },
        { credentials: this.#credentials },
      );
      for (const item of items) {
        if (!item) continue;
        const ref = refOf(item);
        const type = item.spec?.type;
        related[ref] = {
          ref,
          kind: item.kind,
          ...(typeof type === 'string' && { type }),
        };
        const domain = item.spec?.domain;
        if (
          item.kind.toLocaleLowerCase('en-US') === 'system' &&
          typeof domain === 'string'
        ) {
          domainOfSystem[ref] = stringifyEntityRef(
            parseEntityRef(domain, {
              defaultKind: 'domain',
              defaultNamespace: item.metadata.namespace,
            }),
          ).toLocaleLowerCase('en-US');
        }
      }
    }
    return { related, domainOfSystem };
  }
}

/** The entity's system as an entity ref, if it names one. */
export function systemRef(entity: Entity): string | undefined {
  const system = entity.spec?.system;
  if (typeof system !== 'string' || system === '') return undefined;
  return stringifyEntityRef(
    parseEntityRef(system, {
      defaultKind: 'system',
      defaultNamespace: entity.metadata.namespace,
    }),
  ).toLocaleLowerCase('en-US');
}

/** The entity's owner as an entity ref, if it names one. */
export function ownerRef(entity: Entity): string | undefined {
  const owned = entity.relations?.find(r => r.type === 'ownedBy');
  if (owned) return owned.targetRef.toLocaleLowerCase('en-US');
  const owner = entity.spec?.owner;
  if (typeof owner !== 'string' || owner === '') return undefined;
  return stringifyEntityRef(
    parseEntityRef(owner, {
      defaultKind: 'group',
      defaultNamespace: entity.metadata.namespace,
    }),
  ).toLocaleLowerCase('en-US');
}

type CatalogFilter =
  | Record<string, string | string[]>
  | Array<Record<string, string | string[]>>;

/** Pages of catalog entities, read with cursor queries. */
export async function* entityPages(
  catalog: CatalogService,
  credentials: BackstageCredentials,
  request: { filter: CatalogFilter; fields?: string[]; limit?: number },
): AsyncGenerator<Entity[]> {
  const limit = request.limit ?? PAGE;
  let response = await catalog.queryEntities(
    { filter: request.filter, fields: request.fields, limit },
    { credentials },
  );
  for (;;) {
    yield response.items;
    const cursor = response.pageInfo.nextCursor;
    if (!cursor) return;
    response = await catalog.queryEntities({ cursor, limit }, { credentials });
  }
}

/** Catalog entities one by one, read in pages. */
export async function* pages(
  catalog: CatalogService,
  credentials: BackstageCredentials,
  request: { filter: CatalogFilter; fields?: string[]; limit?: number },
): AsyncGenerator<Entity> {
  for await (const page of entityPages(catalog, credentials, request)) {
    yield* page;
  }
}
