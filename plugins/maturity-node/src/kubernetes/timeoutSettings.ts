import { parseDurationSeconds, type DurationUnit } from './duration';

/**
 * Recognises an application's shutdown timeout among named settings
 * (environment variables, command-line flags, configuration keys).
 *
 * Names are compared without case and separators, so one pattern covers
 * `SHUTDOWN_TIMEOUT`, `--shutdown-timeout`, `HostOptions__ShutdownTimeout`,
 * `HostOptions:ShutdownTimeout` and `shutdownTimeout`.
 */

/** A timeout that was found, or a setting that was found but not read. */
export type TimeoutReading =
  | { readable: true; seconds: number; source: string }
  | { readable: false; source: string; reason: string };

export interface TimeoutFindings {
  /** The first explicit timeout setting. */
  explicit?: TimeoutReading;
  /**
   * Spring's default phase timeout (30 s), implied by `server.shutdown=graceful`
   * without an explicit `spring.lifecycle.timeout-per-shutdown-phase`.
   */
  implied?: TimeoutReading;
}

/** A named setting; `value` is undefined when it comes from elsewhere. */
export interface Setting {
  name: string;
  value?: unknown;
  source: string;
  /** Why the value is not known (e.g. an env var from a Secret). */
  unknownBecause?: string;
}

const SPRING_DEFAULT_PHASE_SECONDS = 30;

function normalise(name: string): string {
  return name.replace(/[^A-Za-z0-9]/g, '').toUpperCase();
}

/** The unit of bare numbers for a timeout setting, or undefined for others. */
export function timeoutUnit(name: string): DurationUnit | undefined {
  const key = normalise(name);
  // Spring binds a bare number of `timeout-per-shutdown-phase` as milliseconds.
  if (key.endsWith('TIMEOUTPERSHUTDOWNPHASE')) {
    return 'milliseconds';
  }
  // SHUTDOWN_TIMEOUT(_SECONDS|_MS), --graceful-timeout (gunicorn),
  // --timeout-graceful-shutdown (uvicorn), quarkus.shutdown.timeout.
  const match =
    /(?:SHUTDOWNTIMEOUT|GRACEFULTIMEOUT|TIMEOUTGRACEFULSHUTDOWN)(MS|MILLIS|MILLISECONDS|S|SEC|SECS|SECONDS)?$/.exec(
      key,
    );
  if (!match) {
    return undefined;
  }
  return match[1]?.startsWith('M') ? 'milliseconds' : 'seconds';
}

function isGracefulServerShutdown(setting: Setting): boolean {
  return (
    normalise(setting.name).endsWith('SERVERSHUTDOWN') &&
    typeof setting.value === 'string' &&
    setting.value.trim().toLowerCase() === 'graceful'
  );
}

/** `${SHUTDOWN_TIMEOUT:30s}` (a Spring placeholder) reads as its default. */
function placeholderDefault(value: unknown): unknown {
  if (typeof value !== 'string') {
    return value;
  }
  const match = /^\$\{[^:}]+:([^}]*)\}$/.exec(value.trim());
  return match ? match[1] : value;
}

function reading(setting: Setting, unit: DurationUnit): TimeoutReading {
  if (setting.unknownBecause !== undefined) {
    return {
      readable: false,
      source: setting.source,
      reason: setting.unknownBecause,
    };
  }
  const seconds = parseDurationSeconds(placeholderDefault(setting.value), unit);
  if (seconds === undefined) {
    return {
      readable: false,
      source: setting.source,
      reason: `${JSON.stringify(setting.value)} is not a duration`,
    };
  }
  return { readable: true, seconds, source: setting.source };
}

/** The first explicit and the first implied timeout among `settings`. */
export function findTimeouts(settings: Iterable<Setting>): TimeoutFindings {
  const findings: TimeoutFindings = {};
  for (const setting of settings) {
    const unit = timeoutUnit(setting.name);
    if (unit !== undefined) {
      findings.explicit ??= reading(setting, unit);
    } else if (isGracefulServerShutdown(setting)) {
      findings.implied ??= {
        readable: true,
        seconds: SPRING_DEFAULT_PHASE_SECONDS,
        source: `${setting.source} (Spring's default timeout-per-shutdown-phase)`,
      };
    }
  }
  return findings;
}

// `--name=value`, `--name value`, `-Dname=value` (JVM system properties).
const FLAG = /^(?:-D|--?)([A-Za-z_][\w.:-]*)(?:=(.*))?$/;

function unquote(text: string): string {
  return text.replace(/^(["'])(.*)\1$/, '$2');
}

/**
 * The flags of command-line words as settings. Words are split on
 * whitespace, so a shell script (`sh -c "gunicorn --graceful-timeout 30"`)
 * or an options variable (`JAVA_OPTS`, `GUNICORN_CMD_ARGS`) reads too.
 */
export function flagSettings(words: string[], where: string): Setting[] {
  const tokens = words.flatMap(word => word.split(/\s+/)).filter(Boolean);
  const settings: Setting[] = [];
  tokens.forEach((token, index) => {
    const match = FLAG.exec(unquote(token));
    if (!match) {
      return;
    }
    const next = tokens[index + 1];
    const value =
      match[2] ?? (next !== undefined && !next.startsWith('-') ? next : '');
    settings.push({
      name: match[1],
      value: unquote(value),
      source: `${match[1]} in ${where}`,
    });
  });
  return settings;
}
