import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { ScmIntegrations } from '@backstage/integration';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { maturityPermissions } from '@backstage-maturity/plugin-maturity-common';
import {
  ChecklistConfigError,
  customRuleProblems,
  defaultChecklist,
  LocalDirectoryRepositoryReader,
  maturityChecksExtensionPoint,
  maturityEvidenceProvidersExtensionPoint,
  maturityRuleKindsExtensionPoint,
  UrlReaderRepositoryReader,
} from '@backstage-maturity/plugin-maturity-node';
import { registerMaturityActions } from './actions/registerMaturityActions';
import { createMaturityCampaigns } from './campaigns/createMaturityCampaigns';
import { ReevaluationQueue } from './events/ReevaluationQueue';
import { subscribeToChanges } from './events/subscribeToChanges';
import { DatabaseEventLookups } from './store/DatabaseEventLookups';
import { readMaturityConfig } from './config/readMaturityConfig';
import { CatalogEvaluator } from './evaluation/CatalogEvaluator';
import { EvaluationTasks, livenessFor } from './evaluation/EvaluationTasks';
import { EVALUATION_TASK_ID } from './evaluation/shards';
import { RepositoryEvidenceProvider } from './evaluation/RepositoryEvidenceProvider';
import { mirroredGitHistory } from './evaluation/mirroredGitHistory';
import { EvidenceProviders, ModuleChecks, RuleKinds } from './extensionPoints';
import { DatabaseMaturityStore } from './store/DatabaseMaturityStore';
import { MaturityNotifier } from './notifications';
import { createReadAccess } from './service/readAccess';
import { createRouter } from './service/router';

/** Id of the scheduled evaluation of the catalog (of its only shard). */
export { EVALUATION_TASK_ID } from './evaluation/shards';

/**
 * The maturity backend plugin.
 *
 * @public
 */
export const maturityPlugin = createBackendPlugin({
  pluginId: 'maturity',
  register(env) {
    const providers = new EvidenceProviders();
    const moduleChecks = new ModuleChecks();
    const ruleKinds = new RuleKinds();
    env.registerExtensionPoint(
      maturityEvidenceProvidersExtensionPoint,
      providers,
    );
    env.registerExtensionPoint(maturityChecksExtensionPoint, moduleChecks);
    env.registerExtensionPoint(maturityRuleKindsExtensionPoint, ruleKinds);

    env.registerInit({
      deps: {
        actionsRegistry: actionsRegistryServiceRef,
        auditor: coreServices.auditor,
        auth: coreServices.auth,
        catalog: catalogServiceRef,
        config: coreServices.rootConfig,
        database: coreServices.database,
        events: eventsServiceRef,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        lifecycle: coreServices.lifecycle,
        logger: coreServices.logger,
        notifications: notificationService,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        scheduler: coreServices.scheduler,
        urlReader: coreServices.urlReader,
      },
      async init(deps) {
        const { config, logger, scheduler } = deps;
        // Fails start-up with the key at fault when configuration is wrong.
        // Checks that modules added are part of the default checklist, so
        // that configuration applies to them as to every other check.
        const settings = readMaturityConfig(config, {
          baseChecklist: {
            ...defaultChecklist,
            checks: [...defaultChecklist.checks, ...moduleChecks.list()],
          },
        });
        const notificationSettings = settings.notifications;
        const installedRuleKinds = ruleKinds.map();
        const ruleProblems = customRuleProblems(
          settings.checklist,
          installedRuleKinds,
        );
        if (ruleProblems.length > 0) {
          throw new ChecklistConfigError(ruleProblems);
        }
        deps.permissionsRegistry.addPermissions(maturityPermissions);

        const store = await DatabaseMaturityStore.create({
          database: deps.database,
        });
        const { repositories } = settings;
        const integrations = ScmIntegrations.fromConfig(config);
        const repositoryProvider = new RepositoryEvidenceProvider({
          urlReader: new UrlReaderRepositoryReader({
            urlReader: deps.urlReader,
            limits: repositories.limits,
            timeoutMs: repositories.readTimeoutMs,
          }),
          localReader:
            repositories.mirrors.length > 0
              ? new LocalDirectoryRepositoryReader({
                  roots: repositories.mirrors.map(m => m.directory),
                  limits: repositories.limits,
                  timeoutMs: repositories.readTimeoutMs,
                })
              : undefined,
          mirrors: repositories.mirrors,
          circuitBreakerFailures: repositories.circuitBreakerFailures,
          integrations,
          // Mirrors are read, and repositories evaluated, off the event
          // loop that serves the API.
          workers:
            repositories.workers > 0
              ? {
                  threads: repositories.workers,
                  roots: repositories.mirrors.map(m => m.directory),
                  limits: repositories.limits,
                  timeoutMs: repositories.readTimeoutMs,
                }
              : undefined,
        });
        deps.lifecycle.addShutdownHook(() => repositoryProvider.close());
        // Mirrors that are clones also show how the team works (branches,
        // commits, tags); ahead of code host modules, which answer for the
        // repositories read from their host.
        const builtInProviders =
          repositories.gitHistory.enabled && repositories.mirrors.length > 0
            ? [
                repositoryProvider,
                mirroredGitHistory({
                  mirrors: repositories.mirrors,
                  integrations,
                  maxCommits: repositories.gitHistory.maxCommits,
                }),
              ]
            : [repositoryProvider];
        const evaluator = new CatalogEvaluator({
          catalog: deps.catalog,
          auth: deps.auth,
          store,
          logger,
          checklist: settings.checklist,
          entityFilter: settings.entityFilter,
          batchSize: settings.batchSize,
          concurrency: repositories.concurrency,
          retentionMs: settings.retentionMs,
          providers: providers.list(...builtInProviders),
          ruleKinds: installedRuleKinds,
          liveness: livenessFor(settings.schedule.timeout),
        });

        const campaigns = createMaturityCampaigns({
          db: await deps.database.getClient(),
          configured: settings.campaigns,
          catalog: deps.catalog,
          auth: deps.auth,
          checklist: settings.checklist,
          logger,
        });

        const notifier = new MaturityNotifier({
          db: await deps.database.getClient(),
          notifications: deps.notifications,
          checklist: settings.checklist,
          logger,
          settings: notificationSettings,
          campaigns: async () =>
            (await campaigns.registry.list()).map(r => r.definition),
        });

        // One global task per shard of the catalog (one unless
        // `maturity.shards` says more), and on each replica a search for
        // runs that died with the scheduler's lock.
        const evaluationTasks = new EvaluationTasks({
          scheduler,
          db: await deps.database.getClient(),
          store,
          evaluator,
          logger,
          schedule: settings.schedule,
          shards: settings.shards,
          afterCycle: async () => {
            // Campaigns read what the cycle stored, notifications both.
            await campaigns.tracker.refreshAll();
            await notifier.notify();
          },
        });
        await evaluationTasks.schedule();

        deps.httpRouter.use(
          await createRouter({
            logger,
            auditor: deps.auditor,
            store,
            checklist: settings.checklist,
            entityFilter: settings.entityFilter,
            catalog: deps.catalog,
            auth: deps.auth,
            httpAuth: deps.httpAuth,
            permissions: deps.permissions,
            // Triggering the evaluation triggers every shard.
            scheduler: evaluationTasks.schedulerForRouter(),
            evaluationTaskId: EVALUATION_TASK_ID,
            evaluator,
            campaigns,
          }),
        );
        const readAccess = createReadAccess({
          ...deps,
          checklist: settings.checklist,
          entityFilter: settings.entityFilter,
        });
        registerMaturityActions({
          actionsRegistry: deps.actionsRegistry,
          access: readAccess.access,
          groups: readAccess.groups,
          store,
          checklist: settings.checklist,
          campaigns,
        });
        // A changed entity or a push to its repository is re-evaluated
        // within seconds; the cycle stays as the safety net.
        if (settings.events.enabled) {
          const lookups = new DatabaseEventLookups(
            await deps.database.getClient(),
          );
          await subscribeToChanges({
            events: deps.events,
            lookups,
            logger,
            queue: new ReevaluationQueue({
              lookups,
              catalog: deps.catalog,
              auth: deps.auth,
              entityFilter: settings.entityFilter,
              evaluator,
              afterEvaluation: refs => campaigns.tracker.refreshEntities(refs),
              logger,
              debounceMs: settings.events.debounceMs,
            }),
          });
        }
        deps.httpRouter.addAuthPolicy({
          path: '/health',
          allow: 'unauthenticated',
        });
      },
    });
  },
});
