/**
 * Options of {@link RequestBudget}.
 *
 * @public
 */
export interface RequestBudgetOptions {
  /** The code host as people know it (`GitHub`, `GitLab`), for the reason. */
  hostName?: string;
  /** Called once, when the first request is refused for a spent budget. */
  onSpent?: () => void;
}

/**
 * The requests one evaluation cycle may send to a code host. A request is
 * taken when it is sent and given back when the host answers
 * `304 Not Modified`, so that conditional requests for unchanged
 * repositories cost nothing.
 *
 * @public
 */
export class RequestBudget {
  readonly limit: number;
  readonly #hostName: string;
  #onSpent?: () => void;
  #spent = 0;
  #notModified = 0;

  constructor(limit: number, options: RequestBudgetOptions = {}) {
    this.limit = limit;
    this.#hostName = options.hostName ?? 'Code host';
    this.#onSpent = options.onSpent;
  }

  /** Requests counted against the budget (every answer but 304). */
  get spent(): number {
    return this.#spent;
  }

  /** Conditional requests answered `304 Not Modified` (not counted). */
  get notModified(): number {
    return this.#notModified;
  }

  /** Whether no request is left. */
  get exhausted(): boolean {
    return this.#spent >= this.limit;
  }

  /** The reason given for facts not read because the budget is spent. */
  get spentReason(): string {
    return `${this.#hostName} request budget of ${
      this.limit
    } per cycle spent; read again next cycle`;
  }

  /** Takes one request from the budget; false when none is left. */
  take(): boolean {
    if (this.exhausted) {
      this.#onSpent?.();
      this.#onSpent = undefined;
      return false;
    }
    this.#spent += 1;
    return true;
  }

  /** Gives back the request of a `304 Not Modified`. */
  giveBack(): void {
    this.#spent -= 1;
    this.#notModified += 1;
  }
}
