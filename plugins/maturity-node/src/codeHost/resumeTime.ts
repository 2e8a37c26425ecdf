/** How long to wait when a rate-limited answer does not say. */
const DEFAULT_PAUSE_MS = 60_000;

/**
 * Options of {@link resumeTime}: the host's own headers.
 *
 * @public
 */
export interface ResumeTimeOptions {
  /**
   * Headers that name when the limit's window resets, in epoch seconds or
   * as an HTTP date; the first one that can be read counts.
   */
  resetHeaders: string[];
  /**
   * Whether a readable `Retry-After` alone decides, rather than the later of
   * it and the reset. For GitHub, which sends its primary window's reset
   * with every answer, also with a secondary limit's shorter `Retry-After`.
   */
  retryAfterFirst?: boolean;
}

/**
 * When calls may resume after a rate-limited answer, in epoch milliseconds:
 * the later of `Retry-After` (seconds or an HTTP date) and the reset header,
 * or a minute when neither is given. A reset already past (a clock ahead of
 * the host's) still waits a second.
 *
 * @public
 */
export function resumeTime(
  headers: Headers,
  nowMs: number,
  options: ResumeTimeOptions,
): number {
  const retryAfter = retryAfterTime(headers, nowMs);
  if (retryAfter !== undefined && options.retryAfterFirst) return retryAfter;
  const times = [retryAfter, resetTime(headers, nowMs, options.resetHeaders)];
  const known = times.filter((time): time is number => time !== undefined);
  return known.length > 0 ? Math.max(...known) : nowMs + DEFAULT_PAUSE_MS;
}

function retryAfterTime(headers: Headers, nowMs: number): number | undefined {
  const value = headers.get('retry-after')?.trim();
  if (!value) return undefined;
  const seconds = Number(value);
  return Number.isFinite(seconds) ? nowMs + seconds * 1000 : dateOf(value);
}

function resetTime(
  headers: Headers,
  nowMs: number,
  names: string[],
): number | undefined {
  for (const name of names) {
    const value = headers.get(name)?.trim();
    if (!value) continue;
    const seconds = Number(value);
    const time = Number.isFinite(seconds) ? seconds * 1000 : dateOf(value);
    if (time !== undefined) return Math.max(time, nowMs + 1000);
  }
  return undefined;
}

function dateOf(value: string): number | undefined {
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : time;
}
