/**
 * One problem found in the checklist configuration.
 *
 * @public
 */
export interface ChecklistConfigIssue {
  /** Config path of the offending value, e.g. `maturity.checklist.checks[3].rule.files`. */
  path: string;
  /** What is wrong, e.g. `expected a list of globs`. */
  message: string;
}

/**
 * Thrown when the checklist configuration is invalid. Its message lists
 * every issue, one `<path>: <message>` per line, so that one failed startup
 * shows everything there is to fix.
 *
 * @public
 */
export class ChecklistConfigError extends Error {
  readonly issues: ChecklistConfigIssue[];

  constructor(issues: ChecklistConfigIssue[]) {
    super(issues.map(issue => `${issue.path}: ${issue.message}`).join('\n'));
    this.name = 'ChecklistConfigError';
    this.issues = issues;
  }
}
