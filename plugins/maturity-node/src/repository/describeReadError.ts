import { isError, type ErrorLike } from '@backstage/errors';

/** What a failed read says, for an `unavailable` result. */
export interface ReadErrorDescription {
  reason: string;
  httpStatus?: number;
}

/** Credentials some providers put in URLs, masked out of messages. */
const SECRETS = /([?&](?:access_token|private_token|token|sig)=)[^&\s]+/gi;

/**
 * The one wording whose status is read from the message: Backstage's
 * default URL readers throw a plain `Error` for a failed response other
 * than 404 (`NotFoundError`) and 304 (`NotModifiedError`), with the status
 * only in its text, e.g. `Request failed for <url>, 403 Forbidden (rate
 * limit exceeded)`, `Failed to read tree from <url>, 500 Internal Server
 * Error` or `Failed to read tree (archive) from <url>, <archive url>, 403
 * Forbidden`. No other message is searched for a status.
 */
const DEFAULT_READER_FAILURE =
  /^(?:Request failed for|Failed to read tree(?: \([^)]*\))? from) (\S+), (?:\S+, )?([1-5]\d\d)([^(]*?)\s*(\(.*\))?$/s;

function asHttpStatus(value: unknown): number | undefined {
  return typeof value === 'number' && value >= 100 && value < 600
    ? value
    : undefined;
}

/**
 * The status an error carries as data: the name `NotFoundError`, a
 * `ResponseError`'s response, or a client library's `status`/`statusCode`.
 */
function statusField(error: ErrorLike): number | undefined {
  if (error.name === 'NotFoundError') return 404;
  const response = error.response as { status?: unknown } | undefined;
  return (
    asHttpStatus(response?.status) ??
    asHttpStatus(error.statusCode) ??
    asHttpStatus(error.status)
  );
}

/** The status of the error or of one of its causes, as data. */
function statusOf(error: ErrorLike): number | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && isError(current); depth++) {
    const status = statusField(current);
    if (status !== undefined) return status;
    current = current.cause;
  }
  return undefined;
}

/**
 * Turns an error of a `UrlReaderService` into a reason and, when the error
 * tells it (as data or, for the default readers, in their wording), the
 * HTTP status.
 */
export function describeReadError(error: unknown): ReadErrorDescription {
  if (!isError(error)) return { reason: String(error) };
  const message = error.message.replace(SECRETS, '$1***');
  const wording = DEFAULT_READER_FAILURE.exec(message);
  const httpStatus =
    statusOf(error) ?? (wording ? Number(wording[2]) : undefined);
  const reason = wording
    ? [`HTTP ${wording[2]}${wording[3]} for ${wording[1]}`, wording[4]]
        .filter(Boolean)
        .join(' ')
    : message || error.name;
  return httpStatus === undefined ? { reason } : { reason, httpStatus };
}
