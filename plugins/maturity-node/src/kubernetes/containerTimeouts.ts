import { recordsOf } from './objectUtils';
import {
  findTimeouts,
  flagSettings,
  type Setting,
  type TimeoutFindings,
} from './timeoutSettings';

function words(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((word): word is string => typeof word === 'string')
    : [];
}

/**
 * The shutdown timeout a container states itself, in this order: command
 * and args flags (a command line overrides the environment in Spring and
 * .NET), `env` values, flags inside `env` values (`JAVA_OPTS`,
 * `GUNICORN_CMD_ARGS`). An env var set from a ConfigMap or Secret is found
 * but unreadable.
 */
export function containerTimeouts(
  container: Record<string, unknown>,
): TimeoutFindings {
  const env = recordsOf(container.env).filter(
    (entry): entry is Record<string, unknown> & { name: string } =>
      typeof entry.name === 'string',
  );
  const envSettings: Setting[] = env.map(entry => {
    const source = `env ${entry.name}`;
    if (entry.value === undefined && entry.valueFrom !== undefined) {
      return {
        name: entry.name,
        source,
        unknownBecause: 'its value comes from valueFrom',
      };
    }
    return { name: entry.name, value: entry.value ?? '', source };
  });
  const envFlags = env.flatMap(entry =>
    typeof entry.value === 'string'
      ? flagSettings([entry.value], `env ${entry.name}`)
      : [],
  );
  return findTimeouts([
    ...flagSettings(words(container.command), 'command'),
    ...flagSettings(words(container.args), 'args'),
    ...envSettings,
    ...envFlags,
  ]);
}
