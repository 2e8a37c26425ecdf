import type { LoggerService } from '@backstage/backend-plugin-api';

/** How long to wait when a rate-limited answer does not say. */
const DEFAULT_PAUSE_MS = 60_000;

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
 * the later of `Retry-After` (seconds or an HTTP date) and `RateLimit-Reset`
 * (epoch seconds; else `RateLimit-ResetTime`), or a minute when neither is
 * given.
 */
export function resumeTimeOf(headers: Headers, nowMs: number): number {
  const times: number[] = [];
  const retryAfter = headers.get('retry-after')?.trim();
  if (retryAfter) {
    const seconds = Number(retryAfter);
    const time = Number.isFinite(seconds)
      ? nowMs + seconds * 1000
      : Date.parse(retryAfter);
    if (!Number.isNaN(time)) times.push(time);
  }
  const reset = headers.get('ratelimit-reset')?.trim();
  const resetTime = headers.get('ratelimit-resettime')?.trim();
  if (reset && Number.isFinite(Number(reset))) {
    times.push(Number(reset) * 1000);
  } else if (resetTime && !Number.isNaN(Date.parse(resetTime))) {
    times.push(Date.parse(resetTime));
  }
  return times.length > 0 ? Math.max(...times) : nowMs + DEFAULT_PAUSE_MS;
}

/**
 * A time as people read it in a reason: `14:05 UTC`, with the date when it
 * is not today. Rounded up to the minute, so that it is never too early.
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
 * Which GitLab hosts asked to be left alone, and until when. Lives as long
 * as the provider, so that a pause outlasts the cycle that hit the limit.
 */
export class HostRateLimits {
  readonly #resumeAt = new Map<string, number>();
  readonly #logger?: LoggerService;

  constructor(logger?: LoggerService) {
    this.#logger = logger;
  }

  /** Why the host may not be called now, or undefined when it may. */
  reasonToWait(host: string, nowMs: number): string | undefined {
    const resumeAt = this.#resumeAt.get(host);
    if (resumeAt === undefined) return undefined;
    if (resumeAt <= nowMs) {
      this.#resumeAt.delete(host);
      return undefined;
    }
    return rateLimitReason(host, resumeAt, nowMs);
  }

  /** Stops calls to the host until `resumeAtMs`. */
  pause(host: string, resumeAtMs: number, nowMs: number): void {
    const known = this.#resumeAt.get(host);
    if (known !== undefined && known >= resumeAtMs) return;
    this.#resumeAt.set(host, resumeAtMs);
    if (known === undefined || known <= nowMs) {
      this.#logger?.warn(
        `${rateLimitReason(
          host,
          resumeAtMs,
          nowMs,
        )}; GitLab facts of entities on it are unknown until then`,
      );
    }
  }
}

export function rateLimitReason(
  host: string,
  resumeAtMs: number,
  nowMs: number,
): string {
  return `${host} rate limit reached; resumes at ${formatResumeTime(
    resumeAtMs,
    nowMs,
  )}`;
}
