import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import type { PermissionsService } from '@backstage/backend-plugin-api';
import type { CompoundEntityRef, Entity } from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { pages, refOf } from '../evaluation/CycleCatalog';
import { actorOf, type CallerCredentials } from './actor';
import { TtlCache } from './TtlCache';

const PAGE_SIZE = 1000;

/**
 * Which evaluated entities a caller may read in the catalog, so that lists
 * and aggregates leave out what the catalog hides from them.
 */
export class EntityVisibility {
  readonly #catalog: CatalogService;
  readonly #permissions: PermissionsService;
  readonly #entityFilter: Array<Record<string, string | string[]>>;
  readonly #cache: TtlCache<string[] | undefined>;

  constructor(options: {
    catalog: CatalogService;
    permissions: PermissionsService;
    /** The catalog filter of the entities that the plugin evaluates. */
    entityFilter: Array<Record<string, string | string[]>>;
    ttlMs?: number;
    now?: () => number;
  }) {
    this.#catalog = options.catalog;
    this.#permissions = options.permissions;
    this.#entityFilter = options.entityFilter;
    // Per caller for a minute: listing what a restricted user may see pages
    // through the catalog, too slow to repeat on every request.
    this.#cache = new TtlCache({
      ttlMs: options.ttlMs ?? 60_000,
      maxEntries: 500,
      now: options.now,
    });
  }

  /**
   * The refs (lower case) of the evaluated entities that the caller may
   * read, or undefined when they may read all of them.
   */
  readableEntityRefs(
    credentials: CallerCredentials,
  ): Promise<string[] | undefined> {
    return this.#cache.get(actorOf(credentials), () =>
      this.#loadReadableRefs(credentials),
    );
  }

  /** The entity as the caller sees it: undefined when hidden or gone. */
  findEntity(
    ref: CompoundEntityRef,
    credentials: CallerCredentials,
  ): Promise<Entity | undefined> {
    return this.#catalog.getEntityByRef(ref, { credentials });
  }

  /**
   * Which of the refs (lower case) the caller may read in the catalog,
   * asked in one request whatever their number (none when the caller may
   * read everything).
   */
  async readableOf(
    refs: string[],
    credentials: CallerCredentials,
  ): Promise<Set<string>> {
    if (refs.length === 0) return new Set();
    // A caller who may read every entity (cached per caller) costs no call.
    if ((await this.readableEntityRefs(credentials)) === undefined) {
      return new Set(refs);
    }
    const { items } = await this.#catalog.getEntitiesByRefs(
      {
        entityRefs: refs,
        fields: ['kind', 'metadata.namespace', 'metadata.name'],
      },
      { credentials },
    );
    return new Set(refs.filter((_, i) => items[i]));
  }

  async #loadReadableRefs(
    credentials: CallerCredentials,
  ): Promise<string[] | undefined> {
    const [decision] = await this.#permissions.authorizeConditional(
      [{ permission: catalogEntityReadPermission }],
      { credentials },
    );
    if (decision.result === AuthorizeResult.ALLOW) {
      return undefined;
    }
    if (decision.result === AuthorizeResult.DENY) {
      return [];
    }
    // Conditional: the catalog applies the caller's conditions itself.
    const refs: string[] = [];
    for await (const entity of pages(this.#catalog, credentials, {
      filter: this.#entityFilter,
      fields: ['kind', 'metadata.namespace', 'metadata.name'],
      limit: PAGE_SIZE,
    })) {
      refs.push(refOf(entity));
    }
    return refs;
  }
}
