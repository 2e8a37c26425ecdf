import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { ScmIntegrations } from '@backstage/integration';
import { maturityEvidenceProvidersExtensionPoint } from '@backstage-maturity/plugin-maturity-node';
import { readGitlabModuleConfig } from './config';
import { GitlabEvidenceProvider } from './GitlabEvidenceProvider';

/**
 * Maturity module that reads hosting-provider facts from the GitLab hosts
 * of `integrations.gitlab`.
 *
 * @public
 */
export const maturityModuleGitlab = createBackendModule({
  pluginId: 'maturity',
  moduleId: 'gitlab',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        providers: maturityEvidenceProvidersExtensionPoint,
      },
      async init({ config, logger, providers }) {
        const settings = readGitlabModuleConfig(config);
        if (!settings.enabled) {
          logger.info(
            'GitLab maturity evidence is disabled (maturity.gitlab.enabled)',
          );
          return;
        }
        const integrations = ScmIntegrations.fromConfig(config);
        const hosts = GitlabEvidenceProvider.hostsRead(integrations);
        if (hosts.length === 0) {
          logger.warn(
            'No host of integrations.gitlab has a token: GitLab maturity evidence is not read',
          );
          return;
        }
        logger.info(
          `Reading GitLab maturity evidence from ${hosts.join(', ')}, ` +
            `at most ${settings.requestsPerCycle} requests per cycle`,
        );
        providers.addEvidenceProvider(
          new GitlabEvidenceProvider({
            integrations,
            logger,
            requestsPerCycle: settings.requestsPerCycle,
            recentMergeRequests: settings.recentMergeRequests,
            cacheSize: settings.cacheSize,
          }),
        );
      },
    });
  },
});
