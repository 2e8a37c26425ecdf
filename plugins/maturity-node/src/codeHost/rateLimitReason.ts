/**
 * A time as people read it in a reason: `14:05 UTC`, with the date when it
 * is not today. Rounded up to the minute, so that it is never too early.
 *
 * @public
 */
export function formatResumeTime(resumeAtMs: number, nowMs: number): string {
  const rounded = new Date(Math.ceil(resumeAtMs / 60_000) * 60_000);
  const iso = rounded.toISOString();
  const time = iso.slice(11, 16);
  const sameDay =
    iso.slice(0, 10) === new Date(nowMs).toISOString().slice(0, 10);
  return sameDay ? `${time} UTC` : `${iso.slice(0, 10)} ${time} UTC`;
}

/**
 * Why a code host is not called, e.g.
 * `gitlab.com rate limit reached; resumes at 14:05 UTC`.
 *
 * @param limited - what hit the limit: a host, or one of its APIs
 *   (`github.com GraphQL`)
 * @public
 */
export function rateLimitReason(
  limited: string,
  resumeAtMs: number,
  nowMs: number,
): string {
  return `${limited} rate limit reached; resumes at ${formatResumeTime(
    resumeAtMs,
    nowMs,
  )}`;
}
