/**
 * The requests one evaluation cycle may send to GitLab. A request is counted
 * when it is sent and given back when GitLab answers 304 Not Modified, so
 * that conditional requests for unchanged projects cost nothing.
 */
export class RequestBudget {
  readonly limit: number;
  #spent = 0;
  #notModified = 0;
  #onSpent?: () => void;

  constructor(limit: number, onSpent?: () => void) {
    this.limit = limit;
    this.#onSpent = onSpent;
  }

  /** Requests counted against the budget. */
  get spent(): number {
    return this.#spent;
  }

  /** Conditional requests that GitLab answered 304 (not counted). */
  get notModified(): number {
    return this.#notModified;
  }

  /** The reason given for facts not read because the budget is spent. */
  get spentReason(): string {
    return `GitLab request budget of ${this.limit} per cycle spent; read again next cycle`;
  }

  /** Takes one request from the budget; false when none is left. */
  take(): boolean {
    if (this.#spent >= this.limit) {
      // Said once per cycle, when the first request is refused.
      this.#onSpent?.();
      this.#onSpent = undefined;
      return false;
    }
    this.#spent += 1;
    return true;
  }

  /** Gives back a request that GitLab answered 304. */
  returnNotModified(): void {
    this.#spent -= 1;
    this.#notModified += 1;
  }
}
