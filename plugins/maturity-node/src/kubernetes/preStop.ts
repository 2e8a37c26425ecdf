import { getIn, isRecord } from './objectUtils';

/** What a container's `lifecycle.preStop` hook waits before SIGTERM. */
export type PreStopSleep =
  | { kind: 'none' }
  | { kind: 'sleep'; seconds: number }
  | { kind: 'unreadable'; reason: string };

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh']);
// `sleep 10`, `/bin/sleep 10s`, `exec sleep 5`
const SLEEP_COMMAND = /^(?:exec\s+)?(?:\S*\/)?sleep\s+(\S+)$/;
// GNU sleep: a number with an optional s/m/h/d suffix.
const SLEEP_ARGUMENT = /^(\d+(?:\.\d+)?)([smhd]?)$/;
const SUFFIX_SECONDS: Record<string, number> = {
  '': 1,
  s: 1,
  m: 60,
  h: 3600,
  d: 86400,
};

function sleepArgument(argument: string): number | undefined {
  const match = SLEEP_ARGUMENT.exec(argument);
  return match ? Number(match[1]) * SUFFIX_SECONDS[match[2]] : undefined;
}

function baseName(command: string): string {
  return command.slice(command.lastIndexOf('/') + 1);
}

/**
 * The sleeps of a shell script (`sleep 5`, `sleep 5 && nginx -s quit`),
 * summed. Other commands are taken to be quick; the sleep is what holds
 * the container back.
 */
function scriptSleep(script: string): number | undefined {
  const sleeps = script
    .split(/;|&&|\|\||\n/)
    .map(part => SLEEP_COMMAND.exec(part.trim()))
    .filter((match): match is RegExpExecArray => match !== null)
    .map(match => sleepArgument(match[1]));
  if (sleeps.length === 0 || sleeps.some(seconds => seconds === undefined)) {
    return undefined;
  }
  return sleeps.reduce<number>((sum, seconds) => sum + (seconds ?? 0), 0);
}

/** `["sleep", "10"]` or `["/bin/sh", "-c", "sleep 5"]`. */
function commandSleep(command: string[]): number | undefined {
  const [program, ...args] = command;
  if (program === undefined) {
    return undefined;
  }
  if (baseName(program) === 'sleep' && args.length === 1) {
    return sleepArgument(args[0]);
  }
  if (SHELLS.has(baseName(program)) && /^-\w*c$/.test(args[0] ?? '')) {
    return scriptSleep(args.slice(1).join(' '));
  }
  return undefined;
}

export function readPreStopSleep(
  container: Record<string, unknown>,
): PreStopSleep {
  const preStop = getIn(container, ['lifecycle', 'preStop']);
  if (preStop === undefined || preStop === null) {
    return { kind: 'none' };
  }
  // Native sleep action (Kubernetes 1.29+).
  const nativeSeconds = getIn(preStop, ['sleep', 'seconds']);
  if (typeof nativeSeconds === 'number' && nativeSeconds >= 0) {
    return { kind: 'sleep', seconds: nativeSeconds };
  }
  const command = getIn(preStop, ['exec', 'command']);
  if (
    Array.isArray(command) &&
    command.every(part => typeof part === 'string')
  ) {
    const seconds = commandSleep(command);
    if (seconds !== undefined) {
      return { kind: 'sleep', seconds };
    }
    return {
      kind: 'unreadable',
      reason: `preStop command ${JSON.stringify(command)} is not a sleep`,
    };
  }
  const action = isRecord(preStop) ? Object.keys(preStop).join(', ') : '';
  return {
    kind: 'unreadable',
    reason: `preStop ${action || 'hook'} has no readable sleep`,
  };
}
