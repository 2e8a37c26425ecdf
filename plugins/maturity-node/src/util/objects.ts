/** Small helpers for walking parsed YAML, JSON, XML and configuration. */

/** Whether a value is a mapping (not a list, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The value at `keys` below `value`, or undefined. Lists are walked by index
 * (`spec.tags.0`).
 */
export function getIn(value: unknown, keys: readonly string[]): unknown {
  let current = value;
  for (const key of keys) {
    if (current === null || typeof current !== 'object') {
      return undefined;
    }
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
