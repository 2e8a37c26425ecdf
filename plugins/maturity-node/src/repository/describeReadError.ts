/** What a failed read says, for an `unavailable` result. */
export interface ReadErrorDescription {
  reason: string;
  httpStatus?: number;
}

/** Credentials some providers put in URLs, masked out of messages. */
const SECRETS = /([?&](?:access_token|private_token|token|sig)=)[^&\s]+/gi;

/**
 * `Request failed for <url>, 403 Forbidden (rate limit exceeded)` and the
 * like, as the default readers word a failed response.
 */
const REQUEST_FAILED =
  /^(?:Request failed for|Failed to read tree(?: \([^)]*\))? from) (\S+), ([1-5]\d\d)([^(]*?)\s*(\(.*\))?$/s;
const STATUS = /, ([1-5]\d\d)\b/;

function statusOf(error: Error & Record<string, unknown>): number | undefined {
  for (const value of [
    error.statusCode,
    error.status,
    (error.response as { status?: unknown } | undefined)?.status,
  ]) {
    if (typeof value === 'number' && value >= 100 && value < 600) return value;
  }
  const match = STATUS.exec(error.message);
  return match ? Number(match[1]) : undefined;
}

/**
 * Turns an error of a `UrlReaderService` into a reason and, when the error
 * tells it (as a field or, for the default readers, in its message), the
 * HTTP status.
 */
export function describeReadError(error: unknown): ReadErrorDescription {
  if (!(error instanceof Error)) return { reason: String(error) };
  const message = error.message.replace(SECRETS, '$1***');
  const httpStatus = statusOf(error as Error & Record<string, unknown>);
  const match = REQUEST_FAILED.exec(message);
  const reason = match
    ? [`HTTP ${match[2]}${match[3]} for ${match[1]}`, match[4]]
        .filter(Boolean)
        .join(' ')
    : message || error.name;
  return httpStatus === undefined ? { reason } : { reason, httpStatus };
}
