/**
 * A freshness token of a code host's answer: its version (an ETag) and the
 * UTC day, `"abc"|2024-05-02`. Ages move with the day, so evidence under
 * such a token is read again at least once a day.
 *
 * @public
 */
export function dailyFreshnessToken(version: string, now: Date): string {
  return `${version}|${now.toISOString().slice(0, 10)}`;
}

/**
 * The version and day of a {@link dailyFreshnessToken}; undefined for any
 * other token.
 *
 * @public
 */
export function parseDailyFreshnessToken(
  token: string | undefined,
): { version: string; day: string } | undefined {
  // A day holds no `|`: the version is all before the last one.
  const match = token && /^(.*)\|(\d{4}-\d{2}-\d{2})$/.exec(token);
  return match ? { version: match[1], day: match[2] } : undefined;
}
