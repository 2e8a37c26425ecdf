import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';

/** Keys longer than this are hashed (filters may list thousands of refs). */
const MAX_KEY_CHARS = 200;

/**
 * Results of reads that aggregate or sort many rows, kept until the store
 * writes (`clear`), or for `ttlMs` at most: writes of this process clear it
 * at once, and the time limit bounds how long the writes of other replicas
 * sharing the database go unseen. Concurrent reads of a key share one
 * query; a failed read is not kept. Beyond `maxEntries` the least recently
 * used goes.
 */
export class ReadCache {
  readonly #entries: LRUCache<string, Promise<unknown>>;

  constructor(options: {
    ttlMs: number;
    maxEntries: number;
    now?: () => number;
  }) {
    this.#entries = new LRUCache<string, Promise<unknown>>({
      max: options.maxEntries,
      ttl: options.ttlMs,
      // Read the clock on every get: a given `now` is a test's clock.
      ttlResolution: 0,
      ...(options.now && { perf: { now: options.now } }),
    });
  }

  /** The value read for these arguments, read now if not kept. */
  get<T>(args: unknown[], read: () => Promise<T>): Promise<T> {
    const json = JSON.stringify(args);
    const key =
      json.length > MAX_KEY_CHARS
        ? createHash('sha256').update(json).digest('base64')
        : json;
    const kept = this.#entries.get(key);
    if (kept) {
      return kept as Promise<T>;
    }
    const value = read();
    this.#entries.set(key, value);
    value.catch(() => {
      if (this.#entries.peek(key) === value) this.#entries.delete(key);
    });
    return value;
  }

  /** Forgets every value: the data they were read from changed. */
  clear(): void {
    this.#entries.clear();
  }
}
