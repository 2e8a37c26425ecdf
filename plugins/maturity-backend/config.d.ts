export interface Config {
  /** Configuration of the maturity scorecard. */
  maturity?: {};
}
