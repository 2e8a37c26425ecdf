import type { EntityFilters } from '../../api';

/** What the dashboard calls the entities it lists, one and many. */
export interface Noun {
  one: string;
  many: string;
}

function plural(word: string): string {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

const noun = (word: string): Noun => ({ one: word, many: plural(word) });

/**
 * The word for what the filters list: the type filtered by ("websites"),
 * else the kind ("components", "systems"), else "components" (the kind the
 * maturity backend evaluates unless configured otherwise) or "entities"
 * when several kinds are chosen.
 */
export function nounFor(filters: EntityFilters): Noun {
  const types = filters.type ?? [];
  const kinds = filters.kind ?? [];
  if (types.length === 1) return noun(types[0].toLocaleLowerCase('en-US'));
  if (kinds.length === 1) return noun(kinds[0].toLocaleLowerCase('en-US'));
  if (kinds.length > 1) return noun('entity');
  return noun('component');
}

/** `3 websites`, `1 website`. */
export function counted(count: number, word: Noun): string {
  return `${count} ${count === 1 ? word.one : word.many}`;
}

/** `Websites`. */
export function capitalized(word: string): string {
  return word.charAt(0).toLocaleUpperCase('en-US') + word.slice(1);
}
