import type { Config } from '@backstage/config';
import {
  booleanSetting,
  readSettings,
  wholeNumberSetting,
} from '@backstage-maturity/plugin-maturity-node';

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

/** Defaults of `maturity.github.*`. */
export const GITHUB_EVIDENCE_DEFAULTS: GithubEvidenceConfig = {
  enabled: true,
  requestsPerCycle: 2000,
  recentPullRequests: 20,
  cacheSize: 20_000,
};

const CHECKS = {
  enabled: booleanSetting,
  requestsPerCycle: wholeNumberSetting(1),
  recentPullRequests: wholeNumberSetting(0, 100),
  cacheSize: wholeNumberSetting(1),
};

/**
 * Reads `maturity.github.*`. Every wrong key is named in one error, which
 * stops the backend at start-up.
 *
 * @public
 */
export function readGithubEvidenceConfig(config: Config): GithubEvidenceConfig {
  const { settings, problems } = readSettings(
    config,
    'maturity.github',
    CHECKS,
    GITHUB_EVIDENCE_DEFAULTS,
  );
  if (problems.length > 0) {
    throw new Error(`Invalid configuration: ${problems.join('; ')}`);
  }
  return settings;
}
