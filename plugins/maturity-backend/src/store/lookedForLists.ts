import { hash } from 'node:crypto';
import type { Knex } from 'knex';
import { parseJson } from './parseJson';

export const LOOKED_FOR = 'maturity_looked_for';

/** A list of what a check looked for, as stored once for all results. */
export interface LookedForEntry {
  /** Hash of `text`: the same list has the same id in every process. */
  id: string;
  /** The list's JSON text. */
  text: string;
}

/**
 * Entries of shared lists (the evaluator gives every entity that fails a
 * check the same one), made once per list.
 */
const entries = new WeakMap<readonly string[], LookedForEntry>();

/** The stored form of a list; undefined for an empty one (nothing stored). */
export function lookedForEntry(
  list: readonly string[] | undefined,
): LookedForEntry | undefined {
  if (!list || list.length === 0) {
    return undefined;
  }
  let entry = entries.get(list);
  if (entry === undefined) {
    const text = JSON.stringify(list);
    entry = { id: hash('sha1', text, 'base64url'), text };
    entries.set(list, entry);
  }
  return entry;
}

/** Of a result row: the list's id, or the list itself in rows written before ids. */
export interface LookedForColumns {
  looked_for: string;
  looked_for_id: string | null;
}

const MAX_HELD = 10_000;
const IDS_PER_QUERY = 10_000;

/**
 * The lists that result rows refer to, read from the database once per
 * process: an id names its content, so a held list is never stale.
 */
export class LookedForLists {
  readonly #held = new Map<string, readonly string[]>();
  /** Parsed `looked_for` texts of rows written before ids. */
  readonly #inline = new Map<string, readonly string[]>();

  /**
   * A function that gives each of these rows its list, after reading the
   * lists not held yet (one query per 10,000).
   */
  async reader(
    db: Knex,
    rows: readonly LookedForColumns[],
  ): Promise<(row: LookedForColumns) => string[]> {
    const lists = new Map<string, readonly string[]>();
    const missing = new Set<string>();
    for (const { looked_for_id: id } of rows) {
      if (id === null || lists.has(id)) continue;
      const held = this.#held.get(id);
      if (held) lists.set(id, held);
      else missing.add(id);
    }
    const ids = [...missing];
    const read: Array<{ id: string; list: string }> = [];
    // Within the bound parameters a statement may have on SQLite.
    for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
      read.push(
        ...(await db(LOOKED_FOR)
          .select('id', 'list')
          .whereIn('id', ids.slice(i, i + IDS_PER_QUERY))),
      );
    }
    if (read.length > 0) {
      if (this.#held.size + read.length > MAX_HELD) this.#held.clear();
      for (const { id, list } of read) {
        const parsed = parseJson<string[]>(list, []);
        lists.set(id, parsed);
        this.#held.set(id, parsed);
      }
    }
    // Shared by every result that looked for the same: read-only. A list
    // that is gone (which pruning rules out) reads as nothing looked for.
    return row =>
      (row.looked_for_id === null
        ? this.#inlineList(row.looked_for)
        : lists.get(row.looked_for_id) ?? []) as string[];
  }

  #inlineList(text: string): readonly string[] {
    let list = this.#inline.get(text);
    if (list === undefined) {
      list = parseJson<string[]>(text, []);
      if (this.#inline.size >= MAX_HELD) this.#inline.clear();
      this.#inline.set(text, list);
    }
    return list;
  }
}
