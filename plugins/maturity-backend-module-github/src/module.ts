import { ScmIntegrations } from '@backstage/integration';
import { createEvidenceProviderModule } from '@backstage-maturity/plugin-maturity-node';
import { readGithubEvidenceConfig } from './config';
import { GithubEvidenceProvider } from './GithubEvidenceProvider';

/**
 * Adds GitHub (and GitHub Enterprise) as a source of evidence of the
 * maturity scorecard, for the `integrations.github` hosts with credentials.
 *
 * @public
 */
export const maturityModuleGithub = createEvidenceProviderModule({
  moduleId: 'github',
  createProvider({ config, logger }) {
    const settings = readGithubEvidenceConfig(config);
    if (!settings.enabled) {
      logger.info(
        'GitHub evidence is disabled (maturity.github.enabled: false)',
      );
      return undefined;
    }
    const provider = GithubEvidenceProvider.fromConfig(config, { logger });
    for (const { config: host } of ScmIntegrations.fromConfig(
      config,
    ).github.list()) {
      if (!host.apiBaseUrl && (host.token || host.apps?.length)) {
        logger.warn(
          `GitHub evidence cannot read ${host.host}: its integrations.github entry has credentials but no apiBaseUrl`,
        );
      }
    }
    const hosts = provider.hosts;
    if (hosts.length === 0) {
      logger.warn(
        'GitHub evidence reads nothing: no integrations.github host has a token or a GitHub App',
      );
      return undefined;
    }
    logger.info(
      `GitHub evidence reads ${hosts
        .map(({ host, credentials }) => `${host} (${credentials})`)
        .join(', ')}; at most ${settings.requestsPerCycle} requests per cycle`,
    );
    return provider;
  },
});
