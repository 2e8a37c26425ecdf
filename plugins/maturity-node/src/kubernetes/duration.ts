/**
 * Reads the duration notations that shutdown timeouts are written in, as
 * seconds: plain numbers (in `defaultUnit`), Go/Spring/humantime units
 * (`30s`, `1m30s`, `500ms`), ISO 8601 (`PT30S`, as Spring and Quarkus
 * accept) and .NET TimeSpan (`00:00:30`, `1.00:00:00`).
 */

export type DurationUnit = 'seconds' | 'milliseconds';

const UNIT_SECONDS: Record<string, number> = {
  ns: 1e-9,
  us: 1e-6,
  µs: 1e-6,
  ms: 1e-3,
  millis: 1e-3,
  milliseconds: 1e-3,
  s: 1,
  sec: 1,
  secs: 1,
  second: 1,
  seconds: 1,
  m: 60,
  min: 60,
  mins: 60,
  minute: 60,
  minutes: 60,
  h: 3600,
  hr: 3600,
  hour: 3600,
  hours: 3600,
  d: 86400,
  day: 86400,
  days: 86400,
};

// Longest units first so that `ms` is not read as `m` followed by `s`.
const UNIT_PATTERN = Object.keys(UNIT_SECONDS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const UNIT_PART = new RegExp(
  `(\\d+(?:\\.\\d+)?)\\s*(${UNIT_PATTERN})\\s*`,
  'iy',
);
const NUMBER = /^\d+(?:\.\d+)?$/;
const ISO_8601 =
  /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i;
const TIME_SPAN =
  /^(?:(\d+)\.)?(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?$/;

/** `1m30s`: consecutive number-unit parts covering the whole text. */
function unitsSum(text: string): number | undefined {
  UNIT_PART.lastIndex = 0;
  let total = 0;
  for (;;) {
    const match = UNIT_PART.exec(text);
    if (!match) {
      return undefined;
    }
    total += Number(match[1]) * UNIT_SECONDS[match[2].toLowerCase()];
    if (UNIT_PART.lastIndex === text.length) {
      return total;
    }
  }
}

function iso8601(text: string): number | undefined {
  const match = ISO_8601.exec(text);
  if (!match || !match.slice(1).some(Boolean)) {
    return undefined;
  }
  const [days, hours, minutes, seconds] = match
    .slice(1)
    .map(part => Number(part ?? 0));
  return days * 86400 + hours * 3600 + minutes * 60 + seconds;
}

function timeSpan(text: string): number | undefined {
  const match = TIME_SPAN.exec(text);
  if (!match) {
    return undefined;
  }
  const [days, hours, minutes, seconds] = match
    .slice(1, 5)
    .map(part => Number(part ?? 0));
  const fraction = match[5] ? Number(`0.${match[5]}`) : 0;
  return days * 86400 + hours * 3600 + minutes * 60 + seconds + fraction;
}

/** The duration in seconds, or undefined when `value` is no duration. */
export function parseDurationSeconds(
  value: unknown,
  defaultUnit: DurationUnit = 'seconds',
): number | undefined {
  const scale = defaultUnit === 'milliseconds' ? 1e-3 : 1;
  if (typeof value === 'number') {
    return Number.isFinite(value) && value >= 0 ? value * scale : undefined;
  }
  if (typeof value !== 'string') {
    return undefined;
  }
  const text = value.trim();
  if (NUMBER.test(text)) {
    return Number(text) * scale;
  }
  return iso8601(text) ?? timeSpan(text) ?? unitsSum(text);
}
