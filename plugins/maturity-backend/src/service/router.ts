import type {
  AuthService,
  HttpAuthService,
  LoggerService,
  PermissionsService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import {
  parseEntityRef,
  type CompoundEntityRef,
} from '@backstage/catalog-model';
import { ConflictError, isError, NotFoundError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  maturityCatalogRefreshPermission,
  maturityEntityRefreshPermission,
  maturityExemptionManagePermission,
  maturityReadPermission,
  type Checklist,
} from '@backstage-maturity/plugin-maturity-common';
import { waiverExpiry } from '@backstage-maturity/plugin-maturity-node';
import type express from 'express';
import type { CatalogEvaluator } from '../evaluation/CatalogEvaluator';
import { refOf } from '../evaluation/CycleCatalog';
import { createOpenApiRouter } from '../schema/openapi/generated/router';
import type { MaturityStore } from '../store/MaturityStore';
import type { EntityFilter, EntitySummary } from '../store/types';
import { actorOf, type CallerCredentials } from './actor';
import { authorizeBasic, authorizeEntity } from './authorize';
import { phaseBadge } from './badge';
import { parseDayRange } from './dates';
import { EntityRefresher } from './EntityRefresher';
import { parseEntityFilter, parseRefs, type FilterParameters } from './filters';
import { GroupHierarchy } from './groups';
import { ownerRollupView } from './ownerRollup';
import {
  blockersView,
  checklistView,
  distributionView,
  ownerRowsView,
  scorecardJson,
  trendDaysView,
  waiverView,
} from './views';
import { EntityVisibility } from './visibility';
import { parseNewWaiver, parseRevokeReason } from './waiverInput';

export interface RouterOptions {
  logger: LoggerService;
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
  now?: () => Date;
}

const BLOCKERS = 10;

/** Any request of the typed router, whatever its parameters. */
type AnyRequest = Parameters<HttpAuthService['credentials']>[0];

export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { logger, store, checklist, httpAuth, permissions, scheduler } =
    options;
  const now = options.now ?? (() => new Date());
  const router = await createOpenApiRouter();
  const visibility = new EntityVisibility({
    catalog: options.catalog,
    permissions,
    entityFilter: options.entityFilter,
  });
  const groups = new GroupHierarchy({
    catalog: options.catalog,
    auth: options.auth,
  });
  const refresher = new EntityRefresher(options);

  const caller = (req: AnyRequest): Promise<CallerCredentials> =>
    httpAuth.credentials(req, { allow: ['user', 'service'] });

  const authorizeRead = (credentials: CallerCredentials) =>
    authorizeBasic(permissions, maturityReadPermission, credentials);

  /** The catalog entity as the caller sees it; 404 when hidden or gone. */
  async function visibleEntity(
    ref: CompoundEntityRef,
    credentials: CallerCredentials,
  ) {
    const entity = await visibility.findEntity(ref, credentials);
    if (!entity) {
      throw new NotFoundError(
        `No entity ${ref.kind}:${ref.namespace}/${ref.name}`,
      );
    }
    return { entity, ref: refOf(entity) };
  }

  /** For read routes of one entity: read permission and catalog visibility. */
  async function readEntity(req: AnyRequest, ref: CompoundEntityRef) {
    const credentials = await caller(req);
    const [, visible] = await Promise.all([
      authorizeRead(credentials),
      visibleEntity(ref, credentials),
    ]);
    return visible;
  }

  /** For list routes: the parameters' filter, narrowed to readable entities. */
  async function readableFilter(
    credentials: CallerCredentials,
    parameters: FilterParameters,
  ): Promise<EntityFilter> {
    const [, filter, entityRefs] = await Promise.all([
      authorizeRead(credentials),
      parseEntityFilter(parameters, { checklist, groups }),
      visibility.readableEntityRefs(credentials),
    ]);
    return { ...filter, entityRefs };
  }

  async function summaryOf(ref: string): Promise<EntitySummary | undefined> {
    const { items } = await store.listEntities({
      filter: { entityRefs: [ref] },
      sort: 'name',
      order: 'asc',
      limit: 1,
      offset: 0,
    });
    return items[0];
  }

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/checklist', async (req, res) => {
    await authorizeRead(await caller(req));
    res.json(checklistView(checklist));
  });

  router.get('/entities', async (req, res) => {
    const filter = await readableFilter(await caller(req), req.query);
    res.json(
      await store.listEntities({
        filter,
        sort: req.query.sort ?? 'name',
        order: req.query.order ?? 'asc',
        limit: req.query.limit ?? 50,
        offset: req.query.offset ?? 0,
      }),
    );
  });

  router.get('/entities/:kind/:namespace/:name', async (req, res) => {
    const { ref } = await readEntity(req, req.params);
    const [stored, waivers] = await Promise.all([
      store.getEntity(ref),
      store.listWaivers(ref),
    ]);
    if (!stored) {
      throw new NotFoundError(`${ref} has not been evaluated yet`);
    }
    // Sent as the view serializes it (the typed response expects an object).
    (res as express.Response).type('json').send(
      scorecardJson(checklist, stored, waivers, {
        now: now(),
        guidance: req.query.guidance ?? true,
      }),
    );
  });

  router.get('/entities/:kind/:namespace/:name/history', async (req, res) => {
    const { ref } = await readEntity(req, req.params);
    const [phases, checks] = await Promise.all([
      store.getPhaseTimeline(ref),
      store.getCheckHistory(ref, req.query.limit ?? 100),
    ]);
    res.json({ phases, checks });
  });

  router.get('/badges/:kind/:namespace/:name.svg', async (req, res) => {
    const { ref } = await readEntity(req, req.params);
    const summary = await summaryOf(ref);
    res
      .type('image/svg+xml')
      .set('Cache-Control', 'private, max-age=300')
      .send(phaseBadge(checklist, summary ? summary.phase : undefined));
  });

  router.post('/entities/:kind/:namespace/:name/refresh', async (req, res) => {
    const credentials = await caller(req);
    const { entity, ref } = await visibleEntity(req.params, credentials);
    await authorizeEntity(
      permissions,
      maturityEntityRefreshPermission,
      ref,
      credentials,
    );
    await refresher.assertInScope(entity, credentials);
    const actor = actorOf(credentials);
    await store.addAudit({
      at: now().toISOString(),
      actor,
      action: 'evaluation.requested',
      entityRef: ref,
      details: {},
    });
    logger.info(`${actor} requested an evaluation of ${ref}`);
    await refresher.refresh(entity);
    const summary = await summaryOf(ref);
    if (!summary) {
      throw new Error(`The evaluation of ${ref} stored no results`);
    }
    res.json({ summary });
  });

  router.post('/refresh', async (req, res) => {
    const credentials = await caller(req);
    await authorizeBasic(
      permissions,
      maturityCatalogRefreshPermission,
      credentials,
    );
    const actor = actorOf(credentials);
    await store.addAudit({
      at: now().toISOString(),
      actor,
      action: 'catalog-evaluation.requested',
      details: {},
    });
    logger.info(`${actor} requested an evaluation of the catalog`);
    try {
      await scheduler.triggerTask(options.evaluationTaskId);
      res.status(202).json({ status: 'started' });
    } catch (error) {
      // The scheduler refuses while the task runs: that run is the refresh.
      if (isError(error) && error.name === 'ConflictError') {
        res.status(202).json({ status: 'already-running' });
        return;
      }
      throw error;
    }
  });

  router.get('/entities/:kind/:namespace/:name/waivers', async (req, res) => {
    const { ref } = await readEntity(req, req.params);
    const waivers = await store.listWaivers(ref);
    res.json({ items: waivers.map(w => waiverView(w, now())) });
  });

  router.post('/entities/:kind/:namespace/:name/waivers', async (req, res) => {
    const credentials = await caller(req);
    const { ref } = await visibleEntity(req.params, credentials);
    await authorizeEntity(
      permissions,
      maturityExemptionManagePermission,
      ref,
      credentials,
    );
    const at = now();
    const input = parseNewWaiver(req.body, checklist, at);
    const active = (await store.listWaivers(ref)).find(
      w =>
        w.checkId === input.checkId &&
        !w.revokedAt &&
        waiverExpiry(w) > at.getTime(),
    );
    if (active) {
      throw new ConflictError(
        `${ref} has an active ${active.kind} of ${active.checkId} (${active.id}); revoke it first`,
      );
    }
    const actor = actorOf(credentials);
    const created = await store.createWaiver(
      { ...input, entityRef: ref, createdBy: actor, source: 'api' },
      actor,
      at,
    );
    res.status(201).json(waiverView(created, at));
  });

  router.delete('/waivers/:id', async (req, res) => {
    const credentials = await caller(req);
    const waiver = await store.getWaiver(req.params.id);
    const entity =
      waiver &&
      (await visibility.findEntity(
        parseEntityRef(waiver.entityRef),
        credentials,
      ));
    if (!waiver || !entity) {
      throw new NotFoundError(`No waiver ${req.params.id}`);
    }
    await authorizeEntity(
      permissions,
      maturityExemptionManagePermission,
      waiver.entityRef,
      credentials,
    );
    const reason = parseRevokeReason(req.body.reason);
    if (waiver.revokedAt) {
      throw new ConflictError(
        `Waiver ${waiver.id} was revoked at ${waiver.revokedAt}`,
      );
    }
    const at = now();
    const revoked = await store.revokeWaiver(
      waiver.id,
      actorOf(credentials),
      reason,
      at,
    );
    if (!revoked) {
      throw new NotFoundError(`No waiver ${req.params.id}`);
    }
    res.json(waiverView(revoked, at));
  });

  router.get('/summary', async (req, res) => {
    const filter = await readableFilter(await caller(req), req.query);
    const [distribution, blockers] = await Promise.all([
      store.getPhaseDistribution(filter),
      store.getBlockers(filter, BLOCKERS),
    ]);
    res.json({
      ...distributionView(checklist, distribution),
      blockers: blockersView(checklist, blockers),
    });
  });

  router.get('/owners', async (req, res) => {
    const filter = await readableFilter(await caller(req), req.query);
    const [rows, groupFacts] = await Promise.all([
      store.getOwnerDistribution(filter),
      groups.parents(),
    ]);
    res.json({
      items: ownerRollupView(checklist, rows, groupFacts, filter.owners),
    });
  });

  router.get('/teams/:namespace/:name', async (req, res) => {
    const { namespace, name } = req.params;
    const credentials = await caller(req);
    const [group, filter] = await Promise.all([
      visibleEntity({ kind: 'group', namespace, name }, credentials),
      readableFilter(credentials, req.query),
    ]);
    const tree = await groups.tree(group.ref);
    // A group younger than the cached hierarchy has no sub-groups yet.
    const members = tree.length
      ? tree
      : [
          {
            entityRef: group.ref,
            name: group.entity.metadata.name,
            parent: null,
          },
        ];
    const teamFilter = { ...filter, owners: members.map(g => g.entityRef) };
    const [owners, blockers] = await Promise.all([
      store.getOwnerDistribution(teamFilter),
      store.getBlockers(teamFilter, BLOCKERS),
    ]);
    res.json({
      group: members[0],
      groups: members,
      owners: ownerRowsView(checklist, members, owners),
      totals: distributionView(checklist, owners),
      blockers: blockersView(checklist, blockers),
    });
  });

  router.get('/trend', async (req, res) => {
    const credentials = await caller(req);
    await authorizeRead(credentials);
    const range = parseDayRange(req.query, now());
    const owners = parseRefs('owner', req.query.owner, 'group');
    const rows = await store.getTrend({
      ...range,
      owners: owners && (await groups.expandOwners(owners)),
    });
    res.json({ ...range, days: trendDaysView(checklist, rows) });
  });

  router.get('/runs', async (req, res) => {
    await authorizeRead(await caller(req));
    res.json({ items: await store.listRuns(req.query.limit ?? 20) });
  });

  return router;
}
