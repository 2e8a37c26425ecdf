/**
 * The requests one evaluation cycle may spend. Every request takes one
 * before it is sent; an answer `304 Not Modified`, which GitHub does not
 * count against the rate limit, gives it back.
 *
 * @public
 */
export class RequestBudget {
  readonly limit: number;
  #spent = 0;
  #notModified = 0;

  constructor(limit: number) {
    this.limit = limit;
  }

  /** Requests sent that cost rate limit (every answer but 304). */
  get spent(): number {
    return this.#spent;
  }

  /** Conditional requests answered `304 Not Modified`. */
  get notModified(): number {
    return this.#notModified;
  }

  get exhausted(): boolean {
    return this.#spent >= this.limit;
  }

  /** Takes one request from the budget; false when none is left. */
  take(): boolean {
    if (this.exhausted) return false;
    this.#spent += 1;
    return true;
  }

  /** Gives back the request of a `304 Not Modified`. */
  giveBack(): void {
    this.#spent -= 1;
    this.#notModified += 1;
  }
}
