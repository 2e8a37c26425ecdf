import type {
  AuditorService,
  AuthService,
  HttpAuthService,
  LoggerService,
  PermissionsService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { Checklist } from '@backstage-maturity/plugin-maturity-common';
import express from 'express';
import type { CatalogEvaluator } from '../evaluation/CatalogEvaluator';
import { createOpenApiRouter, spec } from '../schema/openapi/generated/router';
import type { MaturityStore } from '../store/MaturityStore';
import { EntityRefresher } from './EntityRefresher';
import { createReadAccess } from './readAccess';
import { registerBadgeRoutes } from './routes/badges';
import { registerChecklistRoutes } from './routes/checklist';
import { registerEntityRoutes } from './routes/entities';
import { registerRefreshRoutes } from './routes/refresh';
import { registerSummaryRoutes } from './routes/summaries';
import { registerCampaignRoutes } from './routes/campaigns';
import type { MaturityCampaigns } from '../campaigns/createMaturityCampaigns';
import type { RouteDeps } from './routes/types';
import { registerWaiverRoutes } from './routes/waivers';
import { strictInput } from './strictInput';

export interface RouterOptions {
  logger: LoggerService;
  /** Records who created and revoked waivers and requested evaluations. */
  auditor: AuditorService;
  store: MaturityStore;
  checklist: Checklist;
  /** The catalog filter of the evaluated entities (`maturity.entityFilter`). */
  entityFilter: Array<Record<string, string | string[]>>;
  catalog: CatalogService;
  auth: AuthService;
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  scheduler: SchedulerService;
  /** Id of the scheduled evaluation of the catalog, triggered by `POST /refresh`. */
  evaluationTaskId: string;
  evaluator: Pick<CatalogEvaluator, 'evaluateEntities'>;
  /** Campaigns of app-config and the API, their store and tracker. */
  campaigns: MaturityCampaigns;
  now?: () => Date;
}

/**
 * The plugin's REST API, as `src/schema/openapi.yaml` describes it: the
 * router generated from the spec validates requests (after
 * {@link strictInput} refused what its validation would let through), and
 * each group of routes only parses, authorizes and calls the store or the
 * evaluator.
 */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { checklist, permissions } = options;
  // The default body parser, then what the spec's validation lets through.
  const router = await createOpenApiRouter({
    middleware: [express.json(), strictInput(spec)],
  });
  const { access, visibility, groups } = createReadAccess(options);
  const deps: RouteDeps = {
    logger: options.logger,
    auditor: options.auditor,
    store: options.store,
    checklist,
    permissions,
    scheduler: options.scheduler,
    evaluationTaskId: options.evaluationTaskId,
    access,
    visibility,
    groups,
    refresher: new EntityRefresher(options),
    campaigns: options.campaigns,
    now: options.now ?? (() => new Date()),
  };

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  registerChecklistRoutes(router, deps);
  registerEntityRoutes(router, deps);
  registerBadgeRoutes(router, deps);
  registerRefreshRoutes(router, deps);
  registerWaiverRoutes(router, deps);
  registerSummaryRoutes(router, deps);
  registerCampaignRoutes(router, deps);
  return router;
}
