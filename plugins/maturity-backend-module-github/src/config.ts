import type { Config } from '@backstage/config';

/**
 * The module's settings, `maturity.github.*`. Hosts and credentials come
 * from `integrations.github`.
 *
 * @public
 */
export interface GithubEvidenceConfig {
  /** Whether the module reads anything. Default true. */
  enabled: boolean;
  /** Requests that cost rate limit, at most, per evaluation cycle. Default 2000. */
  requestsPerCycle: number;
  /** Merged pull requests whose reviews are counted, 0 to 100. Default 20. */
  recentPullRequests: number;
  /** Repositories whose last answer is kept in memory. Default 20000. */
  cacheSize: number;
}

const PREFIX = 'maturity.github';

type Reader<T> = (value: unknown) => T | string;

/** A whole number in a range, also from an environment variable's string. */
function wholeNumber(
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): Reader<number> {
  return value => {
    const number =
      typeof value === 'string' && /^\s*\d+\s*$/.test(value)
        ? Number(value)
        : value;
    if (
      typeof number !== 'number' ||
      !Number.isInteger(number) ||
      number < min ||
      number > max
    ) {
      const range =
        max === Number.MAX_SAFE_INTEGER
          ? `of at least ${min}`
          : `from ${min} to ${max}`;
      return `expected a whole number ${range}, got ${JSON.stringify(value)}`;
    }
    return number;
  };
}

const boolean: Reader<boolean> = value => {
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  return `expected true or false, got ${JSON.stringify(value)}`;
};

const KEYS = {
  enabled: { read: boolean, fallback: true },
  requestsPerCycle: { read: wholeNumber(1), fallback: 2000 },
  recentPullRequests: { read: wholeNumber(0, 100), fallback: 20 },
  cacheSize: { read: wholeNumber(1), fallback: 20_000 },
} as const;

/**
 * Reads `maturity.github.*`. Every wrong key is named in one error, which
 * stops the backend at start-up.
 *
 * @public
 */
export function readGithubEvidenceConfig(config: Config): GithubEvidenceConfig {
  const problems: string[] = [];
  const section = config.getOptional(PREFIX);
  if (
    section !== undefined &&
    (typeof section !== 'object' || section === null || Array.isArray(section))
  ) {
    throw new Error(
      `Invalid configuration: ${PREFIX}: expected an object, got ${JSON.stringify(
        section,
      )}`,
    );
  }
  const known = Object.keys(KEYS);
  for (const key of Object.keys(section ?? {})) {
    if (!known.includes(key)) {
      problems.push(
        `${PREFIX}.${key}: unknown key (known: ${known.join(', ')})`,
      );
    }
  }
  const settings: Record<string, unknown> = {};
  for (const [key, { read, fallback }] of Object.entries(KEYS)) {
    const value = config.getOptional(`${PREFIX}.${key}`);
    if (value === undefined) {
      settings[key] = fallback;
      continue;
    }
    const result = (read as Reader<unknown>)(value);
    if (typeof result === 'string')
      problems.push(`${PREFIX}.${key}: ${result}`);
    else settings[key] = result;
  }
  if (problems.length > 0) {
    throw new Error(`Invalid configuration: ${problems.join('; ')}`);
  }
  return settings as unknown as GithubEvidenceConfig;
}
