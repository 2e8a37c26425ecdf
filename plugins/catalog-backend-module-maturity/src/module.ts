import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { maturityServiceRef } from '@backstage-maturity/plugin-maturity-node';
import { readCatalogLabelsConfig } from './config';
import { MaturityChangeProcessor } from './MaturityChangeProcessor';
import { MaturityLabelProcessor } from './MaturityLabelProcessor';
import { MaturityResultsLoader } from './MaturityResultsLoader';
import { MaturityStandingsCache } from './MaturityStandingsCache';

/** Id of the scheduled reload of the maturity results. */
export const REFRESH_TASK_ID = 'maturity-catalog-labels-refresh';

/**
 * Catalog module that labels each evaluated entity with its maturity phase
 * and annotates its progress, and tells the maturity backend when an
 * entity's definition changes.
 *
 * @public
 */
export const catalogModuleMaturity = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'maturity',
  register(reg) {
    reg.registerInit({
      deps: {
        catalog: catalogProcessingExtensionPoint,
        config: coreServices.rootConfig,
        events: eventsServiceRef,
        logger: coreServices.logger,
        maturity: maturityServiceRef,
        rootLifecycle: coreServices.rootLifecycle,
        scheduler: coreServices.scheduler,
      },
      async init({
        catalog,
        config,
        events,
        logger,
        maturity,
        rootLifecycle,
        scheduler,
      }) {
        const settings = readCatalogLabelsConfig(config);
        // Changed entities are re-evaluated at once (see the maturity
        // backend's events), whether or not labels are written.
        catalog.addProcessor(new MaturityChangeProcessor({ events, logger }));
        if (!settings.enabled) {
          logger.info(
            'Maturity labels are disabled (maturity.catalogLabels.enabled)',
          );
          return;
        }

        const standings = new MaturityStandingsCache({
          loader: new MaturityResultsLoader({ maturity }),
          logger,
        });
        catalog.addProcessor(new MaturityLabelProcessor({ standings, logger }));

        // Each replica holds its own copy, hence the local scope.
        await scheduler.scheduleTask({
          id: REFRESH_TASK_ID,
          scope: 'local',
          frequency: settings.refresh,
          timeout: settings.refresh,
          initialDelay: settings.refresh,
          fn: signal => standings.refresh(signal),
        });
        // The first load runs as soon as every plugin of this backend is up,
        // rather than after a guessed delay or against a maturity plugin
        // that is still starting.
        rootLifecycle.addStartupHook(async () => {
          try {
            await scheduler.triggerTask(REFRESH_TASK_ID);
          } catch (error) {
            logger.warn(`Could not start loading maturity results: ${error}`);
          }
        });
      },
    });
  },
});
