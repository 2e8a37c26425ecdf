import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  type RootConfigService,
  type SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { ConfigReader } from '@backstage/config';
import { InputError, stringifyError } from '@backstage/errors';
import type { HumanDuration } from '@backstage/types';

const KEY = 'maturity.schedule';

const DEFAULT_SCHEDULE: Record<
  'frequency' | 'timeout' | 'initialDelay',
  HumanDuration
> = {
  frequency: { minutes: 30 },
  timeout: { minutes: 20 },
  initialDelay: { seconds: 10 },
};

/**
 * The schedule of the evaluation task, read from `maturity.schedule` by the
 * platform's reader (durations as strings or objects, `frequency` also as
 * `{ cron }` or `{ trigger: manual }`). A key left out takes its default.
 * The task is always `global`: a `scope` in config is not read.
 */
export function readSchedule(
  config: RootConfigService,
): SchedulerServiceTaskScheduleDefinition {
  const configured = config.getOptionalConfig(KEY);
  // Defaults sit beneath the configured keys, one key at a time: a
  // configured duration is never merged with the default's object.
  const defaults = Object.fromEntries(
    Object.entries(DEFAULT_SCHEDULE).filter(([key]) => !configured?.has(key)),
  );
  const merged = ConfigReader.fromConfigs([
    {
      context: 'maturity defaults',
      data: { maturity: { schedule: defaults } },
    },
    {
      context: 'app-config',
      data: { maturity: { schedule: configured?.get() ?? {} } },
    },
  ]);
  try {
    const { frequency, timeout, initialDelay } =
      readSchedulerServiceTaskScheduleDefinitionFromConfig(
        merged.getConfig(KEY),
      );
    return { frequency, timeout, initialDelay };
  } catch (error) {
    throw new InputError(`Invalid config at ${KEY}: ${stringifyError(error)}`);
  }
}
