import type { Evidence } from '@backstage-maturity/plugin-maturity-common';

/**
 * Three-valued truth: `unknown` when the evidence needed could not be read.
 * An unknown rule makes an `error` outcome, never a `fail`.
 */
export type Truth = boolean | 'unknown';

/** What evaluating one rule found. */
export interface RuleResult {
  value: Truth;
  /** What was found (for true rules: what made them true). */
  evidence: Evidence[];
  /** What was looked for and not found, in words. */
  lookedFor: string[];
  /** Why the value is unknown. */
  problems: string[];
  /**
   * Files that could not be read for their meaning but could not have been
   * the evidence either (their text does not hold what the rule looks for):
   * ignored, and named on the check.
   */
  warnings?: string[];
  /**
   * What a false rule saw that tells why (a provider's fact, e.g. "none of
   * the 50 recent commits carries a Co-authored-by trailer"): shown on a
   * failing check beside what was looked for.
   */
  seen?: Evidence[];
}
