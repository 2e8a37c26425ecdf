import { rateLimitReason } from './rateLimitReason';

/**
 * Options of {@link HostPauses}.
 *
 * @public
 */
export interface HostPausesOptions {
  /** Called with the reason when a pause starts (not when one is extended). */
  onPause?: (reason: string) => void;
}

/**
 * Which code hosts, or APIs of a host, asked to be left alone for their
 * rate limit, and until when. Kept as long as the provider, so that a pause
 * outlasts the cycle that hit the limit.
 *
 * A key is what the reason names: a host (`gitlab.com`) or one of its APIs
 * (`github.com GraphQL`).
 *
 * @public
 */
export class HostPauses {
  readonly #resumeAt = new Map<string, number>();
  readonly #onPause?: (reason: string) => void;

  constructor(options: HostPausesOptions = {}) {
    this.#onPause = options.onPause;
  }

  /** Why `key` may not be called now, or undefined when it may. */
  reasonToWait(key: string, nowMs: number): string | undefined {
    const resumeAt = this.#resumeAt.get(key);
    if (resumeAt === undefined) return undefined;
    if (resumeAt <= nowMs) {
      this.#resumeAt.delete(key);
      return undefined;
    }
    return rateLimitReason(key, resumeAt, nowMs);
  }

  /** Stops calls to `key` until `resumeAtMs`; never shortens a pause. */
  pause(key: string, resumeAtMs: number, nowMs: number): void {
    const known = this.#resumeAt.get(key);
    if (known !== undefined && known >= resumeAtMs) return;
    this.#resumeAt.set(key, resumeAtMs);
    if (known === undefined || known <= nowMs) {
      this.#onPause?.(rateLimitReason(key, resumeAtMs, nowMs));
    }
  }
}
