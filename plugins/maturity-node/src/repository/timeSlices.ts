/** Longest stretch of synchronous file-system calls between two yields. */
const SLICE_MS = 10;

/**
 * Runs synchronous file-system calls in short slices of time, giving the
 * event loop back between slices so that timers (the read's deadline) and
 * other work (a backend's requests) go on.
 *
 * Listing and reading thousands of small files is several times faster with
 * synchronous calls than with promises: each asynchronous call is a round
 * trip through the thread pool, and a file takes four (open, fstat, read,
 * close). The price is that one call cannot be interrupted: a slice ends
 * after its last call returns.
 */
export class TimeSlices {
  readonly #signal?: AbortSignal;
  #end: number;

  /** Fails at once when `signal` is already aborted. */
  constructor(signal?: AbortSignal) {
    signal?.throwIfAborted();
    this.#signal = signal;
    this.#end = performance.now() + SLICE_MS;
  }

  /** Whether the current slice is used up: call `pause` before going on. */
  get due(): boolean {
    return performance.now() >= this.#end;
  }

  /**
   * Lets the event loop run, then starts a new slice; throws the signal's
   * reason if the read was aborted or timed out meanwhile.
   */
  async pause(): Promise<void> {
    await new Promise<void>(resolve => setImmediate(resolve));
    this.#signal?.throwIfAborted();
    this.#end = performance.now() + SLICE_MS;
  }
}
