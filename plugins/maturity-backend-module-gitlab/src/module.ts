import { ScmIntegrations } from '@backstage/integration';
import { createEvidenceProviderModule } from '@backstage-maturity/plugin-maturity-node';
import { readGitlabModuleConfig } from './config';
import { GitlabEvidenceProvider } from './GitlabEvidenceProvider';

/**
 * Maturity module that reads hosting-provider facts from the GitLab hosts
 * of `integrations.gitlab`.
 *
 * @public
 */
export const maturityModuleGitlab = createEvidenceProviderModule({
  moduleId: 'gitlab',
  createProvider({ config, logger }) {
    const settings = readGitlabModuleConfig(config);
    if (!settings.enabled) {
      logger.info(
        'GitLab maturity evidence is disabled (maturity.gitlab.enabled)',
      );
      return undefined;
    }
    const integrations = ScmIntegrations.fromConfig(config);
    const hosts = GitlabEvidenceProvider.hostsRead(integrations);
    if (hosts.length === 0) {
      logger.warn(
        'No host of integrations.gitlab has a token: GitLab maturity evidence is not read',
      );
      return undefined;
    }
    logger.info(
      `Reading GitLab maturity evidence from ${hosts.join(', ')}, ` +
        `at most ${settings.requestsPerCycle} requests per cycle`,
    );
    return new GitlabEvidenceProvider({
      integrations,
      logger,
      requestsPerCycle: settings.requestsPerCycle,
      recentMergeRequests: settings.recentMergeRequests,
      cacheSize: settings.cacheSize,
    });
  },
});
