/**
 * The caller's abort signal combined with a time limit, and the words for
 * why a read stopped.
 */
export class Deadline {
  readonly signal: AbortSignal;
  readonly #caller?: AbortSignal;
  readonly #timeoutMs?: number;

  constructor(caller?: AbortSignal, timeoutMs?: number) {
    this.#caller = caller;
    this.#timeoutMs = timeoutMs;
    const signals: AbortSignal[] = [];
    if (caller) signals.push(caller);
    if (timeoutMs) signals.push(AbortSignal.timeout(timeoutMs));
    this.signal = signals.length === 1 ? signals[0] : AbortSignal.any(signals);
  }

  get expired(): boolean {
    return this.signal.aborted;
  }

  /** Why the read stopped, once `expired`. */
  reason(): string {
    if (this.#caller?.aborted || !this.#timeoutMs) return 'read aborted';
    return `timed out after ${Number((this.#timeoutMs / 1000).toFixed(1))} s`;
  }

  /**
   * Settles with the promise, or rejects as soon as the deadline passes:
   * not every reader honours the signal in every request it makes.
   */
  race<T>(promise: Promise<T>): Promise<T> {
    const { signal } = this;
    if (signal.aborted) return Promise.reject(signal.reason);
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => reject(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
      promise.then(resolve, reject).finally(() => {
        signal.removeEventListener('abort', onAbort);
      });
    });
  }
}
