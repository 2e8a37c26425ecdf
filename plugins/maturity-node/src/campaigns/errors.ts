import type { ChecklistConfigIssue } from '../config/errors';

/**
 * Thrown when `maturity.campaigns` is invalid. Its message lists every
 * issue, one `<path>: <message>` per line, so that one failed startup shows
 * everything there is to fix.
 *
 * @public
 */
export class CampaignsConfigError extends Error {
  readonly issues: ChecklistConfigIssue[];

  constructor(issues: ChecklistConfigIssue[]) {
    super(issues.map(issue => `${issue.path}: ${issue.message}`).join('\n'));
    this.name = 'CampaignsConfigError';
    this.issues = issues;
  }
}
