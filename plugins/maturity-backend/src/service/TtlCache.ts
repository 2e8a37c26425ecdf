import { LRUCache } from 'lru-cache';

/**
 * A small cache of values loaded asynchronously, each kept for `ttlMs`.
 * Concurrent requests for a key share one load; a failed load is not kept.
 * Beyond `maxEntries` the least recently used entry goes first.
 */
export class TtlCache<V> {
  readonly #entries: LRUCache<string, Promise<V>>;

  constructor(options: {
    ttlMs: number;
    maxEntries?: number;
    now?: () => number;
  }) {
    this.#entries = new LRUCache<string, Promise<V>>({
      max: options.maxEntries ?? 1000,
      ttl: options.ttlMs,
      // Read the clock on every get: a given `now` is a test's clock.
      ttlResolution: 0,
      ...(options.now && { perf: { now: options.now } }),
    });
  }

  get(key: string, load: () => Promise<V>): Promise<V> {
    const kept = this.#entries.get(key);
    if (kept) {
      return kept;
    }
    const value = load();
    this.#entries.set(key, value);
    value.catch(() => {
      if (this.#entries.peek(key) === value) this.#entries.delete(key);
    });
    return value;
  }
}
