import { readDurationFromConfig, type Config } from '@backstage/config';
import { durationToMilliseconds, type HumanDuration } from '@backstage/types';
import type { MaturityConfigIssue } from './MaturityConfigError';

/** What the platform's duration readers accept, for messages. */
export const DURATION_FORMS = `a duration such as { minutes: 5 }, '5m' or 'PT5M'`;

/**
 * Why the platform refused a duration, without its repetition of the key:
 * `Invalid duration 'soon' in config at 'x', Error: Not a valid duration
 * string, ...` becomes `Not a valid duration string, ...`. A value of the
 * wrong type (a number) needs no reason.
 */
export function durationProblem(error: unknown, value: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const reason = text.match(/, (?:\w*Error): (.*)$/s)?.[1] ?? text;
  const expected = `expected ${DURATION_FORMS}, got ${shown(value)}`;
  return reason.startsWith('Invalid type in config')
    ? expected
    : `${expected} (${reason})`;
}

/** `{"minutes":0}` or `'PT-5M'`, as the value was given. */
export function shown(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
}

/**
 * The milliseconds of a duration, or undefined when one of its parts is
 * negative (`{ hours: 1, minutes: -5 }` is refused rather than summed).
 */
export function positiveMilliseconds(
  duration: HumanDuration,
): number | undefined {
  if (
    Object.values(duration).some(part => typeof part === 'number' && part < 0)
  ) {
    return undefined;
  }
  return durationToMilliseconds(duration);
}

/**
 * Reads the duration at `key` (an object, an ISO string or a string such as
 * `5m`) and checks that it is at least `min` milliseconds (more than 0 when
 * `min` is 0). A wrong value is added to `issues` and the fallback used.
 */
export function readBoundedDuration(
  config: Config,
  key: string,
  options: { fallbackMs: number; minMs?: number; minText?: string },
  issues: MaturityConfigIssue[],
): number {
  if (!config.has(key)) return options.fallbackMs;
  let duration: HumanDuration;
  try {
    duration = readDurationFromConfig(config, { key });
  } catch (error) {
    issues.push({
      path: key,
      message: durationProblem(error, config.getOptional(key)),
    });
    return options.fallbackMs;
  }
  const ms = positiveMilliseconds(duration);
  const minMs = options.minMs ?? 0;
  if (ms === undefined || ms <= 0 || ms < minMs) {
    issues.push({
      path: key,
      message: `expected ${
        minMs > 0 ? `at least ${options.minText}` : 'a positive duration'
      }, got ${shown(config.getOptional(key))}`,
    });
    return options.fallbackMs;
  }
  return ms;
}
