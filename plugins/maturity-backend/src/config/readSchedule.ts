import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  type SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { ConfigReader, type Config } from '@backstage/config';
import type { HumanDuration, JsonObject } from '@backstage/types';
import type { MaturityConfigIssue } from './MaturityConfigError';
import { durationProblem, positiveMilliseconds, shown } from './durations';

const KEY = 'maturity.schedule';

const DURATION_KEYS = ['frequency', 'timeout', 'initialDelay'] as const;

const DEFAULT_SCHEDULE: Record<(typeof DURATION_KEYS)[number], HumanDuration> =
  {
    frequency: { minutes: 30 },
    timeout: { minutes: 20 },
    initialDelay: { seconds: 10 },
  };

/** Shortest frequency unless `allowShortFrequency` is set. */
const MIN_FREQUENCY_MS = 60_000;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The schedule of the evaluation task, read from `maturity.schedule` by the
 * platform's reader (durations as strings or objects, `frequency` also as
 * `{ cron }` or `{ trigger: manual }`). A key left out takes its default.
 * The task is always `global`.
 *
 * Each key is read on its own, beneath the defaults of the others, so that
 * every wrong key is added to `issues` (and takes its default) rather than
 * only the first. Durations must be positive (`initialDelay` may be 0), and
 * a frequency at least a minute unless `allowShortFrequency: true`.
 */
export function readSchedule(
  config: Config,
  issues: MaturityConfigIssue[],
): SchedulerServiceTaskScheduleDefinition {
  const schedule: SchedulerServiceTaskScheduleDefinition = {
    ...DEFAULT_SCHEDULE,
  };
  const configured = config.getOptional(KEY);
  // Not an object: reported with the unknown keys.
  if (!isObject(configured)) return schedule;

  let allowShortFrequency = false;
  const allow = configured.allowShortFrequency;
  if (allow === true || allow === 'true') allowShortFrequency = true;
  else if (allow !== undefined && allow !== false && allow !== 'false') {
    issues.push({
      path: `${KEY}.allowShortFrequency`,
      message: `expected true or false, got ${shown(allow)}`,
    });
  }

  for (const key of DURATION_KEYS) {
    const value = configured[key];
    if (value === undefined) continue;
    const path = `${KEY}.${key}`;
    const single = new ConfigReader({ ...DEFAULT_SCHEDULE, [key]: value });
    let read: SchedulerServiceTaskScheduleDefinition[typeof key];
    try {
      read = readSchedulerServiceTaskScheduleDefinitionFromConfig(single)[key];
    } catch (error) {
      issues.push({ path, message: durationProblem(error, value) });
      continue;
    }
    if (read === undefined) continue;
    if ('cron' in read || 'trigger' in read) {
      schedule.frequency = read;
      continue;
    }
    const ms = positiveMilliseconds(read);
    let problem: string | undefined;
    if (key === 'frequency' && !allowShortFrequency) {
      if (ms === undefined || ms < MIN_FREQUENCY_MS) {
        problem = `expected at least 1 minute (${KEY}.allowShortFrequency: true allows less, for tests and demos)`;
      }
    } else if (
      ms === undefined ||
      ms < 0 ||
      (ms === 0 && key !== 'initialDelay')
    ) {
      problem =
        key === 'initialDelay'
          ? 'expected a duration of 0 or more'
          : 'expected a positive duration';
    }
    if (problem) {
      issues.push({ path, message: `${problem}, got ${shown(value)}` });
      continue;
    }
    (schedule as unknown as Record<string, unknown>)[key] = read;
  }
  return schedule;
}
