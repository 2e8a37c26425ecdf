import {
  dailyFreshnessToken,
  parseDailyFreshnessToken,
} from '@backstage-maturity/plugin-maturity-node';
import type { GitlabProject } from './gitlabTypes';

/**
 * The token of a project's evidence: its ETag (else its last activity) and
 * the UTC day. Ages move with the day, and protection and approval rules
 * are not part of the project's ETag, so a project is read in full at
 * least once a day. Undefined when neither is known.
 */
export function freshnessToken(
  etag: string | undefined,
  project: GitlabProject | undefined,
  now: Date,
): string | undefined {
  if (etag) return dailyFreshnessToken(etag, now);
  if (project?.last_activity_at) {
    return dailyFreshnessToken(`activity:${project.last_activity_at}`, now);
  }
  return undefined;
}

/**
 * The ETag inside a token, to ask GitLab whether the project changed since
 * (also after a restart, when nothing is cached).
 */
export function etagOfToken(token: string | undefined): string | undefined {
  const etag = parseDailyFreshnessToken(token)?.version;
  return etag?.startsWith('"') || etag?.startsWith('W/"') ? etag : undefined;
}
