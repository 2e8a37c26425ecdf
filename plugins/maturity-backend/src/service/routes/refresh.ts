import { isError } from '@backstage/errors';
import {
  maturityCatalogRefreshPermission,
  maturityEntityRefreshPermission,
} from '@backstage-maturity/plugin-maturity-common';
import { actorOf } from '../actor';
import { audited } from '../audit';
import { authorizeBasic, authorizeEntity } from '../authorize';
import { summaryOf } from '../summaryOf';
import type { MaturityRouter, RouteDeps } from './types';

/** Requested evaluations, of one entity now or of the whole catalog. */
export function registerRefreshRoutes(
  router: MaturityRouter,
  deps: Pick<
    RouteDeps,
    | 'access'
    | 'auditor'
    | 'campaigns'
    | 'logger'
    | 'permissions'
    | 'refresher'
    | 'scheduler'
    | 'store'
    | 'evaluationTaskId'
  >,
) {
  const {
    access,
    auditor,
    campaigns,
    logger,
    permissions,
    refresher,
    scheduler,
    store,
  } = deps;

  router.post('/entities/:kind/:namespace/:name/refresh', async (req, res) => {
    const { kind, namespace, name } = req.params;
    const summary = await audited(
      auditor,
      {
        eventId: 'entity-refresh',
        request: req,
        meta: {
          entityRef: `${kind}:${namespace}/${name}`.toLocaleLowerCase('en-US'),
        },
      },
      async () => {
        const credentials = await access.caller(req);
        const { entity, ref } = await access.visibleEntity(
          req.params,
          credentials,
        );
        await authorizeEntity(
          permissions,
          maturityEntityRefreshPermission,
          ref,
          credentials,
        );
        await refresher.assertInScope(entity, credentials);
        logger.info(
          `${actorOf(credentials)} requested an evaluation of ${ref}`,
        );
        await refresher.refresh(entity);
        // The entity's campaign banner says what is left after the change.
        await campaigns.tracker.refreshEntities([ref]);
        const evaluated = await summaryOf(store, ref);
        if (!evaluated) {
          throw new Error(`The evaluation of ${ref} stored no results`);
        }
        return evaluated;
      },
      evaluated => ({ phase: evaluated.phase }),
    );
    res.json({ summary });
  });

  router.post('/refresh', async (req, res) => {
    const status = await audited(
      auditor,
      { eventId: 'catalog-refresh', request: req },
      async () => {
        const credentials = await access.caller(req);
        await authorizeBasic(
          permissions,
          maturityCatalogRefreshPermission,
          credentials,
        );
        logger.info(
          `${actorOf(credentials)} requested an evaluation of the catalog`,
        );
        try {
          // Every shard of the cycle (see EvaluationTasks.trigger): a shard
          // whose lock a dead run holds is released and started.
          await scheduler.triggerTask(deps.evaluationTaskId);
          return 'started' as const;
        } catch (error) {
          // Refused while every shard runs, alive: that run is the refresh.
          if (isError(error) && error.name === 'ConflictError') {
            return 'already-running' as const;
          }
          throw error;
        }
      },
      started => ({ status: started }),
    );
    res.status(202).json({ status });
  });
}
