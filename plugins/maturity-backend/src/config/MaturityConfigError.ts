/** One problem found in `maturity.*`. */
export interface MaturityConfigIssue {
  /** Config path of the offending value, e.g. `maturity.schedule.frequency`. */
  path: string;
  /** What is wrong, e.g. `expected at least 1 minute, got 0 seconds`. */
  message: string;
}

/**
 * Thrown at start-up when `maturity.*` is invalid. Its message lists every
 * issue of the section (its own keys, the checklist, campaigns and
 * notifications), one `<path>: <message>` per line, so that one failed
 * start-up shows everything there is to fix.
 */
export class MaturityConfigError extends Error {
  readonly issues: MaturityConfigIssue[];

  constructor(issues: MaturityConfigIssue[]) {
    super(issues.map(issue => `${issue.path}: ${issue.message}`).join('\n'));
    this.name = 'MaturityConfigError';
    this.issues = issues;
  }
}
