import { LRUCache } from 'lru-cache';

/** What a read of one entity gives: text to send, valid until a time. */
export interface EntityRead {
  text: string;
  /** When it stops being right without a write (a waiver expiring), in ms. */
  validUntil?: number;
}

/**
 * Texts read for single entities (a scorecard as sent), kept until the
 * entity is written by this process, for `ttlMs` at most (other replicas'
 * writes), or until the time the text says it is valid until. Bounded by
 * the characters kept; the least recently used go first. Concurrent reads
 * of a key share one read; a failed read is not kept.
 */
export class EntityReadCache {
  readonly #texts: LRUCache<string, string>;
  readonly #pending = new Map<string, Promise<string>>();
  readonly #keysOf = new Map<string, Set<string>>();
  readonly #now: () => number;
  readonly #ttlMs: number;
  /** Counts writes: a read during which one happened may be stale. */
  #writes = 0;

  constructor(options: {
    ttlMs: number;
    maxChars: number;
    now?: () => number;
  }) {
    this.#now = options.now ?? Date.now;
    this.#ttlMs = options.ttlMs;
    this.#texts = new LRUCache<string, string>({
      maxSize: options.maxChars,
      sizeCalculation: text => Math.max(1, text.length),
      ttl: options.ttlMs,
      ttlResolution: 0,
      ...(options.now && { perf: { now: options.now } }),
      dispose: (_text, key) => this.#unlink(key),
    });
  }

  /** The text for this entity and variant, read now if not kept. */
  get(
    entityRef: string,
    variant: string,
    read: () => Promise<EntityRead>,
  ): Promise<string> {
    const key = `${entityRef}\n${variant}`;
    const kept = this.#texts.get(key);
    if (kept !== undefined) return Promise.resolve(kept);
    const pending = this.#pending.get(key);
    if (pending) return pending;
    const writes = this.#writes;
    // Only this read's own entry goes when it settles, not a later one's.
    const own: { value?: Promise<string> } = {};
    const settled = () => {
      if (this.#pending.get(key) === own.value) this.#pending.delete(key);
    };
    const value: Promise<string> = read().then(
      ({ text, validUntil }) => {
        settled();
        // A write while reading may make the text stale: sent, not kept.
        if (writes === this.#writes) {
          // Never longer than the minute that bounds other replicas' writes.
          const ttl = Math.min(
            this.#ttlMs,
            validUntil === undefined ? Infinity : validUntil - this.#now(),
          );
          if (ttl > 0) {
            this.#texts.set(key, text, { ttl });
            this.#link(entityRef, key);
          }
        }
        return text;
      },
      error => {
        settled();
        throw error;
      },
    );
    own.value = value;
    this.#pending.set(key, value);
    return value;
  }

  /** Forgets what was read of these entities: they were written. */
  forget(entityRefs: Iterable<string>): void {
    this.#writes++;
    for (const ref of entityRefs) {
      for (const key of [...(this.#keysOf.get(ref) ?? [])]) {
        this.#texts.delete(key);
      }
      // Later requests read again rather than share a read under way.
      for (const key of [...this.#pending.keys()]) {
        if (key.startsWith(`${ref}\n`)) this.#pending.delete(key);
      }
    }
  }

  /** Forgets everything: entities were written that are not named. */
  clear(): void {
    this.#writes++;
    this.#texts.clear();
    this.#pending.clear();
  }

  #link(entityRef: string, key: string): void {
    let keys = this.#keysOf.get(entityRef);
    if (!keys) {
      keys = new Set();
      this.#keysOf.set(entityRef, keys);
    }
    keys.add(key);
  }

  #unlink(key: string): void {
    const entityRef = key.slice(0, key.indexOf('\n'));
    const keys = this.#keysOf.get(entityRef);
    keys?.delete(key);
    if (keys?.size === 0) this.#keysOf.delete(entityRef);
  }
}
