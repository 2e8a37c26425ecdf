/**
 * Counts failed repository reads per host during one cycle. After
 * `threshold` consecutive failures, or at once on a rate-limit answer, the
 * host is skipped for the rest of the cycle, so that a failing code host
 * costs one timeout, not one per entity.
 */
export class HostCircuitBreaker {
  readonly #threshold: number;
  readonly #failures = new Map<string, number>();
  readonly #open = new Map<string, string>();

  constructor(threshold: number) {
    this.#threshold = threshold;
  }

  /** Why the host is skipped, or undefined when it may be read. */
  openReason(host: string): string | undefined {
    return this.#open.get(host);
  }

  recordSuccess(host: string): void {
    this.#failures.set(host, 0);
  }

  recordFailure(host: string, reason: string, httpStatus?: number): void {
    const failures = (this.#failures.get(host) ?? 0) + 1;
    this.#failures.set(host, failures);
    const rateLimited = httpStatus === 403 || httpStatus === 429;
    if (rateLimited || failures >= this.#threshold) {
      this.#open.set(host, reason);
    }
  }
}
