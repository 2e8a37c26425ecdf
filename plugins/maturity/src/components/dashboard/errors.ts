/** The HTTP status of a `ResponseError`, if the error came from a response. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown } | undefined)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

/**
 * What the server said went wrong: the message of a `ResponseError`'s cause
 * (its own message is only "Request failed with 500 …"), else the error's.
 */
export function causeOf(error: Error): string {
  const cause = (error as { cause?: { message?: unknown } }).cause;
  if (statusOf(error) !== undefined && typeof cause?.message === 'string') {
    return cause.message;
  }
  return error.message;
}

/** What to do about a failed request, in words. */
export function adviceFor(error: Error): string {
  const status = statusOf(error);
  if (status === undefined) {
    return 'The maturity backend could not be reached. Check your connection and try again.';
  }
  if (status >= 500) {
    return `The maturity backend failed (status ${status}). Try again; if it keeps failing, its logs tell why.`;
  }
  return `The maturity backend refused the request (status ${status}).`;
}
