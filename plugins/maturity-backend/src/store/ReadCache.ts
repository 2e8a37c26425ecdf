import { createHash } from 'node:crypto';

/** Keys longer than this are hashed (filters may list thousands of refs). */
const MAX_KEY_CHARS = 200;

/**
 * Results of reads that aggregate or sort many rows, kept until the store
 * writes (`clear`), or for `ttlMs` at most: writes of this process clear it
 * at once, and the time limit bounds how long the writes of other replicas
 * sharing the database go unseen. Concurrent reads of a key share one
 * query; a failed read is not kept. Beyond `maxEntries` the oldest goes.
 */
export class ReadCache {
  readonly #entries = new Map<
    string,
    { expires: number; value: Promise<unknown> }
  >();
  readonly #ttlMs: number;
  readonly #maxEntries: number;
  readonly #now: () => number;

  constructor(options: {
    ttlMs: number;
    maxEntries: number;
    now?: () => number;
  }) {
    this.#ttlMs = options.ttlMs;
    this.#maxEntries = options.maxEntries;
    this.#now = options.now ?? Date.now;
  }

  /** The value read for these arguments, read now if not kept. */
  get<T>(args: unknown[], read: () => Promise<T>): Promise<T> {
    const json = JSON.stringify(args);
    const key =
      json.length > MAX_KEY_CHARS
        ? createHash('sha256').update(json).digest('base64')
        : json;
    const now = this.#now();
    const kept = this.#entries.get(key);
    if (kept && kept.expires > now) {
      return kept.value as Promise<T>;
    }
    this.#entries.delete(key);
    if (this.#entries.size >= this.#maxEntries) {
      // Maps iterate in insertion order: the first key is the oldest.
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
    const value = read();
    const entry = { expires: now + this.#ttlMs, value };
    this.#entries.set(key, entry);
    value.catch(() => {
      if (this.#entries.get(key) === entry) this.#entries.delete(key);
    });
    return value;
  }

  /** Forgets every value: the data they were read from changed. */
  clear(): void {
    this.#entries.clear();
  }
}
