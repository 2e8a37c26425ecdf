/** Most distinct lists kept; beyond, sharing starts over. */
const MAX_LISTS = 10_000;

/**
 * One copy of each distinct list of strings. The evaluator builds what a
 * check looked for anew for every entity, although it is the same for every
 * entity that fails the check; sharing one copy keeps a batch of
 * scorecards small while it waits to be saved.
 */
export class SharedLists {
  readonly #lists = new Map<string, string[]>();

  share(list: string[]): string[] {
    if (list.length === 0) {
      return list;
    }
    const key = JSON.stringify(list);
    const shared = this.#lists.get(key);
    if (shared) {
      return shared;
    }
    if (this.#lists.size >= MAX_LISTS) {
      this.#lists.clear();
    }
    this.#lists.set(key, list);
    return list;
  }
}
