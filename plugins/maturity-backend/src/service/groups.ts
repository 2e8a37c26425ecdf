import type { AuthService } from '@backstage/backend-plugin-api';
import {
  parseEntityRef,
  stringifyEntityRef,
  type Entity,
} from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { TeamGroup } from '@backstage-maturity/plugin-maturity-common';
import { pages, refOf } from '../evaluation/CycleCatalog';
import { TtlCache } from './TtlCache';

/** A group of a roll-up, as the team roll-up answers it. */
export type GroupNode = TeamGroup;

interface GroupInfo {
  entityRef: string;
  name: string;
  title?: string;
  children: Set<string>;
}

/** Group refs named by `spec.children` or `spec.parent`; malformed ones are skipped. */
function groupRefs(value: unknown, namespace: string): string[] {
  const values = Array.isArray(value) ? value : [value];
  return values.flatMap(v => {
    if (typeof v !== 'string' || v === '') return [];
    try {
      const ref = parseEntityRef(v, {
        defaultKind: 'group',
        defaultNamespace: namespace,
      });
      return [stringifyEntityRef(ref).toLocaleLowerCase('en-US')];
    } catch {
      return [];
    }
  });
}

function titleOf(entity: Entity): string | undefined {
  const profile = entity.spec?.profile as { displayName?: unknown } | undefined;
  const displayName = profile?.displayName;
  return (
    entity.metadata.title ??
    (typeof displayName === 'string' ? displayName : undefined)
  );
}

/**
 * The first of `start` and the groups above it that `readable` allows, or
 * null when none is (cycles cut): where a hidden group's sub-groups hang.
 */
export function nearestReadable(
  start: string | null,
  parentOf: (entityRef: string) => string | null,
  readable: (entityRef: string) => boolean,
): string | null {
  const seen = new Set<string>();
  let current = start;
  while (current !== null && !readable(current)) {
    if (seen.has(current)) return null;
    seen.add(current);
    current = parentOf(current);
  }
  return current;
}

/**
 * The groups of a roll-up that the caller may read: hidden groups are left
 * out, and their readable sub-groups hang from their nearest readable
 * ancestor. Parents stay before children.
 */
export function narrowTree(
  nodes: GroupNode[],
  readable: (entityRef: string) => boolean,
): GroupNode[] {
  const parents = new Map(nodes.map(n => [n.entityRef, n.parent]));
  const parentOf = (ref: string) => parents.get(ref) ?? null;
  return nodes
    .filter(node => readable(node.entityRef))
    .map(node => ({
      ...node,
      parent: nearestReadable(node.parent, parentOf, readable),
    }));
}

/**
 * The group hierarchy of the catalog, read with the plugin's own
 * credentials and kept for a minute: owner filters and team roll-ups expand
 * a group to its sub-groups. Edges come from both `spec.children` and
 * `spec.parent`, so either side of a relation suffices; cycles are cut.
 */
export class GroupHierarchy {
  readonly #catalog: CatalogService;
  readonly #auth: AuthService;
  readonly #cache: TtlCache<Map<string, GroupInfo>>;

  constructor(options: {
    catalog: CatalogService;
    auth: AuthService;
    ttlMs?: number;
    now?: () => number;
  }) {
    this.#catalog = options.catalog;
    this.#auth = options.auth;
    this.#cache = new TtlCache({
      ttlMs: options.ttlMs ?? 60_000,
      maxEntries: 1,
      now: options.now,
    });
  }

  /**
   * The group and its sub-groups, parents before children; empty when the
   * catalog has no such group.
   */
  async tree(groupRef: string): Promise<GroupNode[]> {
    const groups = await this.#groups();
    const root = groups.get(groupRef.toLocaleLowerCase('en-US'));
    if (!root) {
      return [];
    }
    const nodes: GroupNode[] = [];
    const seen = new Set<string>([root.entityRef]);
    const queue: Array<{ group: GroupInfo; parent: string | null }> = [
      { group: root, parent: null },
    ];
    for (let i = 0; i < queue.length; i++) {
      const { group, parent } = queue[i];
      nodes.push({
        entityRef: group.entityRef,
        name: group.name,
        ...(group.title !== undefined && { title: group.title }),
        parent,
      });
      for (const childRef of [...group.children].sort()) {
        const child = groups.get(childRef);
        if (child && !seen.has(childRef)) {
          seen.add(childRef);
          queue.push({ group: child, parent: group.entityRef });
        }
      }
    }
    return nodes;
  }

  /**
   * Owner refs with every group replaced by itself and its sub-groups;
   * other refs (users, unknown groups) stay as they are.
   */
  async expandOwners(ownerRefs: string[]): Promise<string[]> {
    const expanded = new Set<string>();
    for (const ref of ownerRefs) {
      const nodes = ref.startsWith('group:') ? await this.tree(ref) : [];
      if (nodes.length === 0) {
        expanded.add(ref);
      }
      for (const node of nodes) {
        expanded.add(node.entityRef);
      }
    }
    return [...expanded];
  }

  /**
   * Every group's title and parent (the first by ref when several groups
   * name it as a child), for roll-ups over the whole catalog.
   */
  async parents(): Promise<
    Map<string, { title?: string; parent: string | null }>
  > {
    const groups = await this.#groups();
    const parentOf = new Map<string, string>();
    for (const ref of [...groups.keys()].sort()) {
      for (const child of groups.get(ref)!.children) {
        if (!parentOf.has(child) && child !== ref) parentOf.set(child, ref);
      }
    }
    const result = new Map<string, { title?: string; parent: string | null }>();
    for (const [ref, group] of groups) {
      result.set(ref, {
        ...(group.title !== undefined && { title: group.title }),
        parent: parentOf.get(ref) ?? null,
      });
    }
    return result;
  }

  #groups(): Promise<Map<string, GroupInfo>> {
    return this.#cache.get('groups', () => this.#load());
  }

  async #load(): Promise<Map<string, GroupInfo>> {
    const credentials = await this.#auth.getOwnServiceCredentials();
    const groups = new Map<string, GroupInfo>();
    const parents: Array<[string, string]> = [];
    for await (const entity of pages(this.#catalog, credentials, {
      filter: { kind: 'group' },
      fields: [
        'kind',
        'metadata.namespace',
        'metadata.name',
        'metadata.title',
        'spec.profile.displayName',
        'spec.parent',
        'spec.children',
      ],
    })) {
      const ref = refOf(entity);
      const namespace = entity.metadata.namespace ?? 'default';
      groups.set(ref, {
        entityRef: ref,
        name: entity.metadata.name,
        title: titleOf(entity),
        children: new Set(groupRefs(entity.spec?.children, namespace)),
      });
      for (const parent of groupRefs(entity.spec?.parent, namespace)) {
        parents.push([parent, ref]);
      }
    }
    for (const [parent, child] of parents) {
      groups.get(parent)?.children.add(child);
    }
    return groups;
  }
}
