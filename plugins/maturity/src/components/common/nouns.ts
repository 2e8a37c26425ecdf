import type { Entity } from '@backstage/catalog-model';
import type { EntityFilters, EntitySummary, MaturityApi } from '../../api';

/** What to call entities, one and many: "service", "services". */
export interface Noun {
  one: string;
  many: string;
}

/** The plural of an English noun, for the words of catalog types and kinds. */
function plural(word: string): string {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

/** A catalog type or kind as a noun ("service", "library"). */
export function nounOf(word: string): Noun {
  const one = word.toLocaleLowerCase('en-US');
  return { one, many: plural(one) };
}

/**
 * The word for evaluated entities of mixed or unknown types: the kind the
 * maturity backend evaluates unless configured otherwise.
 */
export const COMPONENTS: Noun = nounOf('component');

/** The word for entities of several kinds. */
const ENTITIES: Noun = nounOf('entity');

/** A count with its noun: "1 service", "4 services". */
export function countOf(count: number, noun: Noun): string {
  return `${count} ${count === 1 ? noun.one : noun.many}`;
}

/** A word with a capital first letter, for headings ("Services"). */
export function capitalized(word: string): string {
  return word.charAt(0).toLocaleUpperCase('en-US') + word.slice(1);
}

// Kinds whose `spec.type` names what the entity is (a website, a library, a
// database); for an API the type is its format, so the kind reads better.
const KINDS_NAMED_BY_TYPE = new Set(['component', 'resource']);

/**
 * What to call one entity in a sentence: its type or kind in lower case,
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

/**
 * The word for what the filters list: the type filtered by ("websites"),
 * else the kind ("components", "systems"), else "components", or
 * "entities" when several kinds are chosen.
 */
export function nounFor(filters: EntityFilters): Noun {
  const types = filters.type ?? [];
  const kinds = filters.kind ?? [];
  if (types.length === 1) return nounOf(types[0]);
  if (kinds.length === 1) return nounOf(kinds[0]);
  if (kinds.length > 1) return ENTITIES;
  return COMPONENTS;
}

/**
 * The noun for two entities at the ends of a list sorted by type: their
 * type when both share it (then every entity between them does too),
 * otherwise their kind, otherwise "entities".
 */
export function nounForRange(
  first: EntitySummary | undefined,
  last: EntitySummary | undefined,
): Noun {
  if (!first || !last) return COMPONENTS;
  if (first.type && first.type === last.type && first.kind === last.kind) {
    return nounOf(first.type);
  }
  if (
    first.kind.toLocaleLowerCase('en-US') ===
    last.kind.toLocaleLowerCase('en-US')
  ) {
    return nounOf(first.kind);
  }
  return ENTITIES;
}

/**
 * How to word counts of the entities that the filters match: "services"
 * only when all of them are services. Two one-row pages, sorted by type
 * both ways, tell whether all share a type. Never fails: without an answer
 * the entities are "components".
 */
export async function describeEntities(
  api: Pick<MaturityApi, 'listEntities'>,
  filters: EntityFilters,
): Promise<Noun> {
  try {
    const ends = await Promise.all(
      (['asc', 'desc'] as const).map(order =>
        api
          .listEntities({ ...filters, sort: 'type', order, limit: 1 })
          .then(page => page.items[0]),
      ),
    );
    return nounForRange(ends[0], ends[1]);
  } catch {
    return COMPONENTS;
  }
}
