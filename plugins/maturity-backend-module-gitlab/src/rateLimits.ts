import { resumeTime } from '@backstage-maturity/plugin-maturity-node';

/**
 * Whether GitLab refused a call for its rate limit: 429, or 403 with no
 * requests remaining (as some GitLab versions and proxies answer).
 */
export function isRateLimited(status: number, headers: Headers): boolean {
  return (
    status === 429 ||
    (status === 403 && headers.get('ratelimit-remaining')?.trim() === '0')
  );
}

/**
 * When calls may resume after a rate-limited answer, in epoch milliseconds:
 * the later of `Retry-After` and `RateLimit-Reset` (epoch seconds; else
 * `RateLimit-ResetTime`), or a minute when neither is given.
 */
export function gitlabResumeTime(headers: Headers, nowMs: number): number {
  return resumeTime(headers, nowMs, {
    resetHeaders: ['ratelimit-reset', 'ratelimit-resettime'],
  });
}
