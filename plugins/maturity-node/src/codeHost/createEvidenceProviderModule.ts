import {
  coreServices,
  createBackendModule,
  type BackendFeature,
  type LoggerService,
  type RootConfigService,
} from '@backstage/backend-plugin-api';
import type { MaturityEvidenceProvider } from '../evidence';
import { maturityEvidenceProvidersExtensionPoint } from '../extensions';

/**
 * Options of {@link createEvidenceProviderModule}.
 *
 * @public
 */
export interface EvidenceProviderModuleOptions {
  /** The module's id, e.g. `github`. */
  moduleId: string;
  /**
   * Makes the provider at start-up. Undefined adds none (say why in the
   * log); a throw stops the backend, e.g. for invalid settings.
   */
  createProvider(context: {
    config: RootConfigService;
    logger: LoggerService;
  }): MaturityEvidenceProvider | undefined;
}

/**
 * A backend module of the maturity plugin that adds one evidence provider,
 * made from the app config at start-up.
 *
 * @public
 */
export function createEvidenceProviderModule(
  options: EvidenceProviderModuleOptions,
): BackendFeature {
  return createBackendModule({
    pluginId: 'maturity',
    moduleId: options.moduleId,
    register(reg) {
      reg.registerInit({
        deps: {
          config: coreServices.rootConfig,
          logger: coreServices.logger,
          providers: maturityEvidenceProvidersExtensionPoint,
        },
        async init({ config, logger, providers }) {
          const provider = options.createProvider({ config, logger });
          if (provider) providers.addEvidenceProvider(provider);
        },
      });
    },
  });
}
