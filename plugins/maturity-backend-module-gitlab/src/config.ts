import type { Config } from '@backstage/config';

/**
 * The module's settings, `maturity.gitlab.*`.
 *
 * @public
 */
export interface GitlabModuleConfig {
  enabled: boolean;
  requestsPerCycle: number;
  recentMergeRequests: number;
  cacheSize: number;
}

/** Defaults of `maturity.gitlab.*`. */
export const GITLAB_MODULE_DEFAULTS: GitlabModuleConfig = {
  enabled: true,
  requestsPerCycle: 2000,
  recentMergeRequests: 20,
  cacheSize: 20000,
};

const KEY = 'maturity.gitlab';

/** Each key's check: the value, or what was expected. */
const FIELDS: Record<
  keyof GitlabModuleConfig,
  (value: unknown) => { value: boolean | number } | { expected: string }
> = {
  enabled: value => {
    if (typeof value === 'boolean') return { value };
    if (value === 'true' || value === 'false')
      return { value: value === 'true' };
    return { expected: 'true or false' };
  },
  requestsPerCycle: value => wholeNumber(value, 1, Number.MAX_SAFE_INTEGER),
  // GitLab's GraphQL API returns at most 100 nodes a page.
  recentMergeRequests: value => wholeNumber(value, 0, 100),
  cacheSize: value => wholeNumber(value, 1, Number.MAX_SAFE_INTEGER),
};

function wholeNumber(
  value: unknown,
  min: number,
  max: number,
): { value: number } | { expected: string } {
  const number =
    typeof value === 'string' && /^\s*\d+\s*$/.test(value)
      ? Number(value)
      : value;
  if (
    typeof number === 'number' &&
    Number.isInteger(number) &&
    number >= min &&
    number <= max
  ) {
    return { value: number };
  }
  const range =
    max === Number.MAX_SAFE_INTEGER
      ? `a whole number of at least ${min}`
      : `a whole number from ${min} to ${max}`;
  return { expected: range };
}

/**
 * Reads `maturity.gitlab`. Every wrong or unknown key is named in one
 * error, one `<key>: <problem>` per line, so that one failed start-up
 * shows everything there is to fix.
 *
 * @public
 */
export function readGitlabModuleConfig(config: Config): GitlabModuleConfig {
  const block = config.getOptional(KEY);
  if (block === undefined) return { ...GITLAB_MODULE_DEFAULTS };
  if (block === null || typeof block !== 'object' || Array.isArray(block)) {
    throw new Error(
      `Invalid GitLab maturity configuration:\n${KEY}: expected an object`,
    );
  }
  const settings: GitlabModuleConfig = { ...GITLAB_MODULE_DEFAULTS };
  const problems: string[] = [];
  for (const [name, value] of Object.entries(block)) {
    const check = FIELDS[name as keyof GitlabModuleConfig];
    if (!check) {
      problems.push(
        `${KEY}.${name}: unknown key (known keys: ${Object.keys(FIELDS).join(
          ', ',
        )})`,
      );
      continue;
    }
    const result = check(value);
    if ('expected' in result) {
      problems.push(
        `${KEY}.${name}: expected ${result.expected}, got ${JSON.stringify(
          value,
        )}`,
      );
    } else {
      (settings as unknown as Record<string, boolean | number>)[name] =
        result.value;
    }
  }
  if (problems.length > 0) {
    throw new Error(
      `Invalid GitLab maturity configuration:\n${problems.join('\n')}`,
    );
  }
  return settings;
}
