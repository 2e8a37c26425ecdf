import type { EntitySummary, EntityFilters, MaturityApi } from '../../api';

/** How a count of entities is worded: "1 service", "3 services". */
export interface Noun {
  one: string;
  other: string;
}

/** The word for evaluated entities of mixed or unknown types. */
export const COMPONENTS: Noun = { one: 'component', other: 'components' };

const ENTITIES: Noun = { one: 'entity', other: 'entities' };

/** The plural of an English noun, for the words of catalog types and kinds. */
function plural(word: string): string {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

/** A catalog type or kind as a noun ("service", "library"). */
export function nounOf(word: string): Noun {
  const one = word.toLocaleLowerCase('en-US');
  return { one, other: plural(one) };
}

/** A count with its noun: "1 service", "4 services". */
export function countOf(count: number, noun: Noun): string {
  return `${count} ${count === 1 ? noun.one : noun.other}`;
}

/** A noun with a capital first letter, for headings ("Services"). */
export function capitalised(word: string): string {
  return word.charAt(0).toLocaleUpperCase('en-US') + word.slice(1);
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
