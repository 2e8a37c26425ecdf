import type { AddressInfo } from 'node:net';
import express, { type Router } from 'express';
import type { Knex } from 'knex';
import type { SchedulerService } from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  mockCredentials,
  mockErrorHandler,
  mockServices,
} from '@backstage/backend-test-utils';
import { defaultChecklist } from '@backstage-maturity/plugin-maturity-node';
import { createMaturityCampaigns } from '../src/campaigns/createMaturityCampaigns';
import type { CatalogEvaluator } from '../src/evaluation/CatalogEvaluator';
import { createRouter } from '../src/service/router';
import type { DatabaseMaturityStore } from '../src/store/DatabaseMaturityStore';
import { allowAll, quietLogger } from './benchSupport';

/**
 * The plugin's router as the backend mounts it, over a store and catalog
 * of a benchmark: every permission allowed, reads not audited.
 */
export async function benchRouter(options: {
  knex: Knex;
  store: DatabaseMaturityStore;
  catalog: CatalogService;
  evaluator: CatalogEvaluator;
}): Promise<Router> {
  const { knex, store, catalog, evaluator } = options;
  const noop = async () => {};
  return createRouter({
    logger: quietLogger,
    auditor: { createEvent: async () => ({ success: noop, fail: noop }) },
    store,
    checklist: defaultChecklist,
    entityFilter: [{ kind: 'component' }],
    catalog,
    auth: mockServices.auth(),
    httpAuth: mockServices.httpAuth(),
    permissions: { authorize: allowAll, authorizeConditional: allowAll },
    scheduler: {} as SchedulerService,
    evaluationTaskId: 'bench',
    evaluator,
    campaigns: createMaturityCampaigns({
      db: knex,
      configured: [],
      catalog,
      auth: mockServices.auth(),
      checklist: defaultChecklist,
      logger: quietLogger,
    }),
  });
}

/** A served app: its base URL, a user's `authorization` header, and close. */
export interface BenchServer {
  url: string;
  token: string;
  close(): void;
}

/** Serves `app` on a free port of the loopback interface. */
export async function serve(app: express.Express): Promise<BenchServer> {
  const server = app.use(mockErrorHandler()).listen(0, '127.0.0.1');
  await new Promise(resolve => server.once('listening', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    token: mockCredentials.user.header(),
    close: () => server.close(),
  };
}
