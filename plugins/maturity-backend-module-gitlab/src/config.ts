import type { Config } from '@backstage/config';
import {
  booleanSetting,
  readSettings,
  wholeNumberSetting,
} from '@backstage-maturity/plugin-maturity-node';

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

const CHECKS = {
  enabled: booleanSetting,
  requestsPerCycle: wholeNumberSetting(1),
  // GitLab's GraphQL API returns at most 100 nodes a page.
  recentMergeRequests: wholeNumberSetting(0, 100),
  cacheSize: wholeNumberSetting(1),
};

/**
 * Reads `maturity.gitlab`. Every wrong or unknown key is named in one
 * error, one `<key>: <problem>` per line, so that one failed start-up
 * shows everything there is to fix.
 *
 * @public
 */
export function readGitlabModuleConfig(config: Config): GitlabModuleConfig {
  const { settings, problems } = readSettings(
    config,
    'maturity.gitlab',
    CHECKS,
    GITLAB_MODULE_DEFAULTS,
  );
  if (problems.length > 0) {
    throw new Error(
      `Invalid GitLab maturity configuration:\n${problems.join('\n')}`,
    );
  }
  return settings;
}
