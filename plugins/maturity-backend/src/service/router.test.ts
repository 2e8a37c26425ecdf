import {
  mockCredentials,
  mockErrorHandler,
  mockServices,
} from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { ConflictError } from '@backstage/errors';
import express from 'express';
import request from 'supertest';
import { DatabaseMaturityStore } from '../store/DatabaseMaturityStore';
import { recordOf } from '../store/__testUtils__/scorecards';
import { createTestDatabases } from '../store/testDatabases';
import {
  ALICE,
  checklist,
  createCatalog,
  createPermissions,
  HIDDEN_FROM_ALICE,
  NOW,
  seed,
} from './__testUtils__/fixture';
import { createMaturityCampaigns } from '../campaigns/createMaturityCampaigns';
import { createRouter } from './router';

const TASK_ID = 'maturity-evaluate-catalog';
const alice = mockCredentials.user.header(ALICE);

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())('createRouter on %p', databaseId => {
  let store: DatabaseMaturityStore;
  let knex: Awaited<ReturnType<typeof databases.init>>;
  let denied: Set<string>;
  let scheduler: ReturnType<typeof mockServices.scheduler.mock>;
  let auditor: ReturnType<typeof mockServices.auditor.mock>;
  let evaluateEntities: jest.Mock;

  /** The audit events so far: what each said and how it ended. */
  async function auditEvents() {
    return Promise.all(
      auditor.createEvent.mock.calls.map(async ([options], i) => {
        const event = await auditor.createEvent.mock.results[i].value;
        return {
          eventId: options.eventId,
          severityLevel: options.severityLevel,
          meta: options.meta,
          request: options.request && {
            method: options.request.method,
            path: options.request.path,
          },
          succeeded: event.success.mock.calls.map(
            ([result]: [{ meta?: object }?]) => result?.meta ?? {},
          ),
          failed: event.fail.mock.calls.map(
            ([result]: [{ error: Error }]) => result.error.name,
          ),
        };
      }),
    );
  }

  async function createApp(
    httpAuth = mockServices.httpAuth(),
  ): Promise<express.Express> {
    const router = await createRouter({
      logger: mockServices.logger.mock(),
      auditor,
      store,
      checklist,
      entityFilter: [{ kind: 'component' }],
      catalog: createCatalog(),
      auth: mockServices.auth(),
      httpAuth,
      permissions: createPermissions(denied),
      scheduler,
      evaluationTaskId: TASK_ID,
      evaluator: { evaluateEntities },
      campaigns: createMaturityCampaigns({
        db: knex,
        configured: [],
        catalog: createCatalog(),
        auth: mockServices.auth(),
        checklist,
        logger: mockServices.logger.mock(),
        now: () => NOW,
      }),
      now: () => NOW,
    });
    return express().use(router).use(mockErrorHandler());
  }

  let app: express.Express;

  beforeAll(async () => {
    knex = await databases.init(databaseId);
    store = await DatabaseMaturityStore.create({
      database: mockServices.database({ knex }),
    });
    await seed(store);
  });

  beforeEach(async () => {
    denied = new Set();
    scheduler = mockServices.scheduler.mock();
    auditor = mockServices.auditor.mock();
    // Evaluating stores what the evaluator would: here, every check passes.
    evaluateEntities = jest.fn(async (entities: Entity[]) => {
      const runId = await store.startRun(NOW);
      await store.saveEvaluations(
        entities.map(e =>
          recordOf(
            e.metadata.name,
            Object.fromEntries(
              checklist.checks.map(c => [c.id, 'pass' as const]),
            ),
          ),
        ),
        { runId, at: NOW },
      );
      return { runId, entities: entities.length };
    });
    app = await createApp();
  });

  describe('authentication and read permission', () => {
    it.each([
      ['get', '/checklist'],
      ['get', '/entities'],
      ['get', '/entities/component/default/payments-api'],
      ['get', '/badges/component/default/payments-api.svg'],
      ['get', '/summary'],
      ['get', '/trend'],
      ['post', '/refresh'],
      ['post', '/entities/component/default/payments-api/refresh'],
    ] as const)(
      'answers %s %s with 401 without credentials',
      async (method, path) => {
        const anonymous = await createApp(
          mockServices.httpAuth({ defaultCredentials: mockCredentials.none() }),
        );
        const response = await request(anonymous)[method](path);
        expect(response.status).toBe(401);
      },
    );

    it('lets /health through without credentials', async () => {
      const anonymous = await createApp(
        mockServices.httpAuth({ defaultCredentials: mockCredentials.none() }),
      );
      const response = await request(anonymous).get('/health');
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ status: 'ok' });
    });

    it.each([
      '/checklist',
      '/entities',
      '/entities/component/default/payments-api',
      '/entities/component/default/payments-api/history',
      '/entities/component/default/payments-api/waivers',
      '/badges/component/default/payments-api.svg',
      '/summary',
      '/teams/default/team-payments',
      '/trend',
      '/runs',
    ])('answers GET %s with 403 without the read permission', async path => {
      denied.add('maturity.scorecard.read');
      const response = await request(app).get(path);
      expect(response.status).toBe(403);
      expect(response.body.error.name).toBe('NotAllowedError');
    });
  });

  describe('GET /checklist', () => {
    it('lists phases, tracks and checks with their guidance, without rules', async () => {
      const response = await request(app).get('/checklist');
      expect(response.status).toBe(200);
      expect(response.body.phases.map((p: { id: string }) => p.id)).toEqual([
        'foundation',
        'operable',
        'excellent',
      ]);
      expect(response.body.checks).toContainEqual({
        id: 'readme',
        title: 'readme',
        phase: 'foundation',
        required: true,
        why: 'Without readme things go wrong',
        howToPass: 'Add readme',
        attestable: false,
        details: ['files readme.md'],
      });
      expect(response.body.checks).toContainEqual(
        expect.objectContaining({
          id: 'dependabot',
          track: 'security',
          required: false,
          attestable: true,
        }),
      );
    });
  });

  describe('GET /entities', () => {
    const names = (body: { items: Array<{ name: string }> }) => {
      if (!body.items) throw new Error(JSON.stringify(body));
      return body.items.map(i => i.name);
    };

    it('pages and sorts the evaluated entities', async () => {
      const response = await request(app).get(
        '/entities?sort=phase&order=desc&limit=2',
      );
      expect(response.status).toBe(200);
      expect(response.body.totalCount).toBe(5);
      expect(names(response.body)).toEqual(['payments-api', 'payments-ledger']);
      expect(response.body.items[0]).toMatchObject({
        entityRef: 'component:default/payments-api',
        phase: 'operable',
        nextPhase: 'excellent',
        owner: 'group:default/team-payments',
        blocking: ['slo'],
      });

      const next = await request(app).get(
        '/entities?sort=phase&order=desc&limit=2&offset=2',
      );
      expect(names(next.body)).toEqual([HIDDEN_FROM_ALICE, 'search-api']);
    });

    it('filters by owner, including sub-groups', async () => {
      const response = await request(app).get(
        '/entities?owner=group:default/team-payments',
      );
      expect(names(response.body)).toEqual([
        'payments-api',
        'payments-ledger',
        HIDDEN_FROM_ALICE,
      ]);
      // A bare name is a group; sub-groups of sub-groups count too.
      const all = await request(app).get('/entities?owner=engineering');
      expect(all.body.totalCount).toBe(4);
    });

    it('filters by phase, kind, type, lifecycle, system, domain and search', async () => {
      const get = async (query: string) =>
        names((await request(app).get(`/entities?${query}`)).body);
      expect(await get('phase=not-started')).toEqual(['search-api', 'website']);
      expect(await get('phase=operable&phase=excellent')).toEqual([
        'payments-api',
      ]);
      expect(await get('kind=Component&type=website')).toEqual(['website']);
      expect(await get('lifecycle=experimental')).toEqual(['search-api']);
      expect(await get('system=web')).toEqual(['website']);
      expect(await get('domain=domain:default/marketing')).toEqual(['website']);
      expect(await get('search=PAYMENTS')).toEqual([
        'payments-api',
        'payments-ledger',
      ]);
    });

    it('lists the entities that a check blocks, and names an unknown check', async () => {
      const get = async (query: string) =>
        names((await request(app).get(`/entities?${query}`)).body);
      expect(await get('blocker=alerts')).toEqual([
        'payments-ledger',
        HIDDEN_FROM_ALICE,
      ]);
      expect(await get('blocker=alerts&owner=team-search')).toEqual([]);
      expect(await get('phase=unknown')).toEqual([]);

      const response = await request(app).get(
        '/entities?blocker=no-such-check',
      );
      expect(response.status).toBe(400);
      expect(response.body.error.message).toBe(
        'Invalid query parameter "blocker": "no-such-check" is not a check of the checklist',
      );
    });

    it('leaves out entities that the catalog hides from the caller', async () => {
      const response = await request(app)
        .get('/entities')
        .set('authorization', alice);
      expect(response.status).toBe(200);
      expect(response.body.totalCount).toBe(4);
      expect(names(response.body)).not.toContain(HIDDEN_FROM_ALICE);
    });

    it('shows nothing when the catalog denies all reads', async () => {
      denied.add('catalog.entity.read');
      const response = await request(app).get('/entities');
      expect(response.body).toEqual({ items: [], totalCount: 0 });
    });

    it.each([
      ['limit=0', 'limit'],
      ['limit=501', 'limit'],
      ['limit=ten', 'limit'],
      ['offset=-1', 'offset'],
      ['sort=bogus', 'sort'],
      ['order=sideways', 'order'],
      ['phase=bogus', 'phase'],
      ['owner=group%3A', 'owner'],
      ['colour=red', 'colour'],
    ])('answers ?%s with 400 naming "%s"', async (query, parameter) => {
      const response = await request(app).get(`/entities?${query}`);
      expect(response.status).toBe(400);
      expect(response.body.error.name).toBe('InputError');
      expect(response.body.error.message).toContain(parameter);
    });
  });

  describe('GET /entities/{kind}/{namespace}/{name}', () => {
    it('returns the scorecard with guidance, progress and waivers', async () => {
      const response = await request(app).get(
        '/entities/component/default/payments-api',
      );
      expect(response.status).toBe(200);
      const { summary, phases, tracks, checks, waivers } = response.body;
      expect(summary).toMatchObject({ phase: 'operable', progress: 0 });
      expect(phases).toEqual([
        expect.objectContaining({ phaseId: 'foundation', reached: true }),
        expect.objectContaining({ phaseId: 'operable', reached: true }),
        expect.objectContaining({
          phaseId: 'excellent',
          name: 'Excellent',
          reached: false,
          blocking: ['slo'],
        }),
      ]);
      expect(tracks).toEqual([
        { trackId: 'security', name: 'Security', met: 0, total: 1 },
      ]);
      expect(checks.map((c: { checkId: string }) => c.checkId)).toEqual(
        checklist.checks.map(c => c.id),
      );
      expect(
        checks.find((c: { checkId: string }) => c.checkId === 'slo'),
      ).toMatchObject({
        outcome: 'fail',
        blocking: true,
        lookedFor: ['slo.md'],
        title: 'slo',
        phase: 'excellent',
        why: 'Without slo things go wrong',
        howToPass: 'Add slo',
      });
      expect(Array.isArray(waivers)).toBe(true);
    });

    it('leaves the guidance out with guidance=false, results unchanged', async () => {
      const path = '/entities/component/default/payments-api';
      const full = await request(app).get(path);
      const lean = await request(app).get(`${path}?guidance=false`);
      expect(lean.status).toBe(200);
      const definitionMembers = [
        'title',
        'phase',
        'track',
        'required',
        'why',
        'howToPass',
        'guidanceUrl',
        'attestable',
        'details',
      ];
      expect(lean.body.checks).toEqual(
        full.body.checks.map((check: Record<string, unknown>) =>
          Object.fromEntries(
            Object.entries(check).filter(
              ([key]) => !definitionMembers.includes(key),
            ),
          ),
        ),
      );
      expect(lean.body.checks[0]).not.toHaveProperty('why');
      expect({ ...lean.body, checks: [] }).toEqual({
        ...full.body,
        checks: [],
      });
      expect(JSON.stringify(lean.body).length).toBeLessThan(
        JSON.stringify(full.body).length,
      );
    });

    it('answers 400 naming guidance when it is not a boolean', async () => {
      const response = await request(app).get(
        '/entities/component/default/payments-api?guidance=maybe',
      );
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain('guidance');
    });

    it('answers 404 for an entity that is not in the catalog', async () => {
      const response = await request(app).get(
        '/entities/component/default/nope',
      );
      expect(response.status).toBe(404);
    });

    it('answers 404 for an entity that the catalog hides from the caller', async () => {
      const response = await request(app)
        .get(`/entities/component/default/${HIDDEN_FROM_ALICE}`)
        .set('authorization', alice);
      expect(response.status).toBe(404);
      // ...but not to whom it is visible.
      const visible = await request(app).get(
        `/entities/component/default/${HIDDEN_FROM_ALICE}`,
      );
      expect(visible.status).toBe(200);
    });

    it('answers 404 for an entity that has not been evaluated', async () => {
      const response = await request(app).get(
        '/entities/component/default/new-service',
      );
      expect(response.status).toBe(404);
      expect(response.body.error.message).toContain('not been evaluated');
    });
  });

  describe('GET /entities/{kind}/{namespace}/{name}/history', () => {
    it('returns the phase timeline and the latest transitions', async () => {
      const response = await request(app).get(
        '/entities/component/default/payments-api/history?limit=50',
      );
      expect(response.status).toBe(200);
      expect(
        response.body.phases.map((p: { from: string; to: string }) => [
          p.from,
          p.to,
        ]),
      ).toEqual([
        [null, 'foundation'],
        ['foundation', 'operable'],
      ]);
      expect(response.body.checks[0]).toEqual({
        at: '2026-11-20T10:00:00.000Z',
        checkId: 'alerts',
        from: 'fail',
        to: 'pass',
      });
    });

    it('answers 400 naming limit when it is out of range', async () => {
      const response = await request(app).get(
        '/entities/component/default/payments-api/history?limit=1000',
      );
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain('limit');
    });
  });

  describe('GET /badges/{kind}/{namespace}/{name}.svg', () => {
    it('draws the phase of the entity', async () => {
      const response = await request(app).get(
        '/badges/component/default/payments-api.svg',
      );
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^image\/svg\+xml/);
      const svg = response.body.toString();
      expect(svg).toContain('<svg');
      expect(svg).toContain('maturity: Operable');
    });

    it('draws a grey "not evaluated" badge for an entity without results', async () => {
      const response = await request(app).get(
        '/badges/component/default/new-service.svg',
      );
      expect(response.status).toBe(200);
      expect(response.body.toString()).toContain('maturity: not evaluated');
    });

    it('answers 404 for a hidden entity', async () => {
      const response = await request(app)
        .get(`/badges/component/default/${HIDDEN_FROM_ALICE}.svg`)
        .set('authorization', alice);
      expect(response.status).toBe(404);
    });
  });

  describe('GET /summary', () => {
    it('counts every phase in ladder order and the top blockers', async () => {
      const response = await request(app).get('/summary');
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        total: 5,
        phases: [
          { phase: 'unknown', name: 'Unknown', count: 0 },
          { phase: 'not-started', name: 'Not started', count: 2 },
          { phase: 'foundation', name: 'Foundation', count: 2 },
          { phase: 'operable', name: 'Operable', count: 1 },
          { phase: 'excellent', name: 'Excellent', count: 0 },
        ],
        blockers: [
          { checkId: 'alerts', title: 'alerts', phase: 'operable', count: 2 },
          { checkId: 'readme', title: 'readme', phase: 'foundation', count: 2 },
          { checkId: 'ci', title: 'ci', phase: 'foundation', count: 1 },
          { checkId: 'slo', title: 'slo', phase: 'excellent', count: 1 },
        ],
        blockerCount: 4,
      });
    });

    it('applies the filters', async () => {
      const response = await request(app).get('/summary?owner=team-payments');
      expect(response.body.total).toBe(3);
      expect(response.body.blockers[0]).toMatchObject({
        checkId: 'alerts',
        count: 2,
      });
    });

    it('counts only the entities that the caller may read', async () => {
      const response = await request(app)
        .get('/summary')
        .set('authorization', alice);
      expect(response.body.total).toBe(4);
      expect(response.body.phases[2]).toEqual({
        phase: 'foundation',
        name: 'Foundation',
        count: 1,
      });
      expect(response.body.blockers[0]).toMatchObject({
        checkId: 'readme',
        count: 2,
      });
    });
  });

  describe('GET /blockers', () => {
    it('pages through every check that blocks an entity, most entities first', async () => {
      const first = await request(app).get('/blockers?limit=2');
      expect(first.status).toBe(200);
      expect(first.body).toEqual({
        items: [
          { checkId: 'alerts', title: 'alerts', phase: 'operable', count: 2 },
          { checkId: 'readme', title: 'readme', phase: 'foundation', count: 2 },
        ],
        totalCount: 4,
      });
      const second = await request(app).get('/blockers?limit=2&offset=2');
      expect(
        second.body.items.map((b: { checkId: string }) => b.checkId),
      ).toEqual(['ci', 'slo']);
    });

    it('answers 400 naming an unknown phase', async () => {
      const response = await request(app).get('/blockers?phase=bogus');
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain(
        'unknown phase "bogus", expected one of unknown, not-started, foundation',
      );
    });
  });

  describe('GET /teams/{namespace}/{name}', () => {
    it('rolls up a group and its sub-groups', async () => {
      const response = await request(app).get('/teams/default/engineering');
      expect(response.status).toBe(200);
      expect(response.body.groups).toEqual([
        {
          entityRef: 'group:default/engineering',
          name: 'engineering',
          parent: null,
        },
        {
          entityRef: 'group:default/team-payments',
          name: 'team-payments',
          parent: 'group:default/engineering',
        },
        {
          entityRef: 'group:default/team-search',
          name: 'team-search',
          parent: 'group:default/engineering',
        },
        {
          entityRef: 'group:default/team-payments-core',
          name: 'team-payments-core',
          parent: 'group:default/team-payments',
        },
      ]);
      expect(response.body.group.entityRef).toBe('group:default/engineering');
      const totals = (row: { total: number }) => row.total;
      expect(response.body.owners.map(totals)).toEqual([0, 2, 1, 1]);
      expect(response.body.owners[1].phases).toEqual([
        { phase: 'unknown', name: 'Unknown', count: 0 },
        { phase: 'not-started', name: 'Not started', count: 0 },
        { phase: 'foundation', name: 'Foundation', count: 1 },
        { phase: 'operable', name: 'Operable', count: 1 },
        { phase: 'excellent', name: 'Excellent', count: 0 },
      ]);
      expect(response.body.totals.total).toBe(4);
      expect(response.body.blockers[0]).toMatchObject({
        checkId: 'alerts',
        count: 2,
      });
    });

    it('counts only what the caller may read', async () => {
      const response = await request(app)
        .get('/teams/default/team-payments')
        .set('authorization', alice);
      expect(response.body.totals.total).toBe(2);
    });

    it('answers 404 for an unknown group', async () => {
      const response = await request(app).get('/teams/default/nobody');
      expect(response.status).toBe(404);
    });
  });

  describe('GET /owners', () => {
    const byOwner = (body: { items: Array<Record<string, unknown>> }) =>
      Object.fromEntries(
        body.items.map(({ owner: ref, parent, direct, total }) => [
          ref,
          { parent, direct, total },
        ]),
      );

    it('gives a row per owner with sub-groups rolled up into their parents', async () => {
      const response = await request(app).get('/owners');
      expect(response.status).toBe(200);
      expect(byOwner(response.body)).toEqual({
        'group:default/engineering': { parent: null, direct: 0, total: 4 },
        'group:default/team-payments': {
          parent: 'group:default/engineering',
          direct: 2,
          total: 3,
        },
        'group:default/team-payments-core': {
          parent: 'group:default/team-payments',
          direct: 1,
          total: 1,
        },
        'group:default/team-search': {
          parent: 'group:default/engineering',
          direct: 1,
          total: 1,
        },
        'group:default/marketing': { parent: null, direct: 0, total: 1 },
        'group:default/marketing-stealth': {
          parent: 'group:default/marketing',
          direct: 0,
          total: 1,
        },
        'group:default/marketing-web': {
          parent: 'group:default/marketing-stealth',
          direct: 1,
          total: 1,
        },
      });
      const engineering = response.body.items.find(
        (row: { owner: string }) => row.owner === 'group:default/engineering',
      );
      expect(
        engineering.phases.reduce(
          (sum: number, p: { count: number }) => sum + p.count,
          0,
        ),
      ).toBe(4);
    });

    it('leaves out the groups above a filtered team', async () => {
      const response = await request(app).get('/owners?owner=team-payments');
      expect(byOwner(response.body)).toEqual({
        'group:default/team-payments': { parent: null, direct: 2, total: 3 },
        'group:default/team-payments-core': {
          parent: 'group:default/team-payments',
          direct: 1,
          total: 1,
        },
      });
    });

    it('counts only what the caller may read', async () => {
      const response = await request(app)
        .get('/owners')
        .set('authorization', alice);
      expect(byOwner(response.body)['group:default/engineering'].total).toBe(3);
    });

    it('rejects an owner that is not an entity ref', async () => {
      const response = await request(app).get('/owners?owner=user:');
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain('"owner"');
    });
  });

  describe('GET /trend', () => {
    it('returns the counts per phase per day, zeros included', async () => {
      const response = await request(app).get(
        '/trend?from=2026-11-01&to=2026-11-30',
      );
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        from: '2026-11-01',
        to: '2026-11-30',
        days: [
          {
            day: '2026-11-20',
            phases: {
              unknown: 0,
              'not-started': 2,
              foundation: 2,
              operable: 1,
              excellent: 0,
            },
          },
        ],
      });
    });

    it('defaults to the last 90 days and filters by owner', async () => {
      const response = await request(app).get('/trend?owner=team-payments');
      expect(response.body.from).toBe('2026-08-23');
      expect(response.body.to).toBe('2026-11-21');
      expect(response.body.days[0].phases).toEqual({
        unknown: 0,
        'not-started': 0,
        foundation: 2,
        operable: 1,
        excellent: 0,
      });
    });

    it.each([
      ['from=2026-11-30&to=2026-11-01', 'from'],
      ['from=2026-02-30', 'from'],
      ['to=yesterday', 'to'],
      ['from=2020-01-01&to=2026-01-01', 'from'],
    ])('answers ?%s with 400 naming "%s"', async (query, parameter) => {
      const response = await request(app).get(`/trend?${query}`);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain(`${parameter}`);
    });
  });

  describe('GET /runs', () => {
    it('lists the evaluation runs, newest first', async () => {
      const response = await request(app).get('/runs?limit=2');
      expect(response.status).toBe(200);
      expect(response.body.items).toHaveLength(2);
      const [newest, older] = response.body.items;
      expect(newest.id).toBeGreaterThan(older.id);
    });

    it('answers 400 naming limit', async () => {
      const response = await request(app).get('/runs?limit=0');
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain('limit');
    });
  });

  describe('POST /entities/{kind}/{namespace}/{name}/refresh', () => {
    it('evaluates the catalog entity now, audits and returns its summary', async () => {
      const response = await request(app).post(
        '/entities/component/default/new-service/refresh',
      );
      expect(response.status).toBe(200);
      expect(response.body.summary).toMatchObject({
        entityRef: 'component:default/new-service',
        phase: 'excellent',
      });
      expect(evaluateEntities).toHaveBeenCalledWith([
        expect.objectContaining({
          kind: 'Component',
          metadata: expect.objectContaining({ name: 'new-service' }),
        }),
      ]);
      expect(await auditEvents()).toEqual([
        {
          eventId: 'entity-refresh',
          severityLevel: undefined,
          meta: { entityRef: 'component:default/new-service' },
          request: {
            method: 'POST',
            path: '/entities/component/default/new-service/refresh',
          },
          succeeded: [{ phase: 'excellent' }],
          failed: [],
        },
      ]);
      await store.deleteEntities(['component:default/new-service']);
    });

    it('shows the new evaluation at once in a scorecard read before it', async () => {
      const path = '/entities/component/default/payments-api';
      const before = await request(app).get(path);
      expect(before.body.summary.phase).not.toBe('excellent');

      await request(app).post(`${path}/refresh`).expect(200);

      const after = await request(app).get(path);
      expect(after.body.summary.phase).toBe('excellent');
      expect(
        after.body.checks.every(
          (c: { outcome: string }) => c.outcome === 'pass',
        ),
      ).toBe(true);
    });

    it('answers 403 without the refresh permission, auditing the attempt', async () => {
      denied.add('maturity.entity.refresh');
      const response = await request(app).post(
        '/entities/component/default/payments-api/refresh',
      );
      expect(response.status).toBe(403);
      expect(evaluateEntities).not.toHaveBeenCalled();
      expect(await auditEvents()).toMatchObject([
        {
          eventId: 'entity-refresh',
          succeeded: [],
          failed: ['NotAllowedError'],
        },
      ]);
    });

    it('answers 404 for a hidden entity', async () => {
      const response = await request(app)
        .post(`/entities/component/default/${HIDDEN_FROM_ALICE}/refresh`)
        .set('authorization', alice);
      expect(response.status).toBe(404);
      expect(evaluateEntities).not.toHaveBeenCalled();
    });

    it('answers 400 for an entity that the plugin does not evaluate', async () => {
      const response = await request(app).post(
        '/entities/group/default/marketing/refresh',
      );
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain('entityFilter');
      expect(evaluateEntities).not.toHaveBeenCalled();
    });
  });

  describe('POST /refresh', () => {
    it('triggers the scheduled evaluation and audits the request', async () => {
      const response = await request(app).post('/refresh');
      expect(response.status).toBe(202);
      expect(response.body).toEqual({ status: 'started' });
      expect(scheduler.triggerTask).toHaveBeenCalledWith(TASK_ID);
      expect(await auditEvents()).toEqual([
        {
          eventId: 'catalog-refresh',
          severityLevel: undefined,
          meta: undefined,
          request: { method: 'POST', path: '/refresh' },
          succeeded: [{ status: 'started' }],
          failed: [],
        },
      ]);
    });

    it('reports a run in progress', async () => {
      scheduler.triggerTask.mockRejectedValue(
        new ConflictError(`Task ${TASK_ID} is currently running`),
      );
      const response = await request(app).post('/refresh');
      expect(response.status).toBe(202);
      expect(response.body).toEqual({ status: 'already-running' });
      expect(await auditEvents()).toMatchObject([
        { succeeded: [{ status: 'already-running' }] },
      ]);
    });

    it('answers 403 without the catalog refresh permission, auditing the attempt', async () => {
      denied.add('maturity.catalog.refresh');
      const response = await request(app).post('/refresh');
      expect(response.status).toBe(403);
      expect(scheduler.triggerTask).not.toHaveBeenCalled();
      expect(await auditEvents()).toMatchObject([
        { eventId: 'catalog-refresh', failed: ['NotAllowedError'] },
      ]);
    });
  });

  describe('waivers', () => {
    const waivers = '/entities/component/default/payments-api/waivers';
    const exemption = {
      checkId: 'slo',
      kind: 'exemption',
      reason: 'SLOs are defined by the platform team for this service',
      expiresAt: '2027-03-31',
    };

    it('creates, lists, audits and revokes an exemption', async () => {
      const created = await request(app).post(waivers).send(exemption);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        ...exemption,
        entityRef: 'component:default/payments-api',
        createdBy: 'user:default/mock',
        createdAt: NOW.toISOString(),
        source: 'api',
        active: true,
      });
      const { id } = created.body;

      const listed = await request(app).get(waivers);
      expect(listed.status).toBe(200);
      expect(listed.body.items).toContainEqual(created.body);
      const scorecard = await request(app).get(
        '/entities/component/default/payments-api',
      );
      expect(scorecard.body.waivers).toContainEqual(created.body);

      const again = await request(app).post(waivers).send(exemption);
      expect(again.status).toBe(409);

      const revoked = await request(app)
        .delete(`/waivers/${id}`)
        .send({ reason: 'SLOs are in place now' });
      expect(revoked.status).toBe(200);
      expect(revoked.body).toMatchObject({
        id,
        revokedAt: NOW.toISOString(),
        revokedBy: 'user:default/mock',
        active: false,
      });

      const twice = await request(app)
        .delete(`/waivers/${id}`)
        .send({ reason: 'SLOs are in place now' });
      expect(twice.status).toBe(409);

      expect(await auditEvents()).toEqual([
        {
          eventId: 'waiver-create',
          severityLevel: 'medium',
          meta: {
            entityRef: 'component:default/payments-api',
            checkId: 'slo',
            waiverKind: 'exemption',
            reason: exemption.reason,
            expiresAt: '2027-03-31',
          },
          request: { method: 'POST', path: waivers },
          succeeded: [{ waiverId: id }],
          failed: [],
        },
        expect.objectContaining({
          eventId: 'waiver-create',
          succeeded: [],
          failed: ['ConflictError'],
        }),
        {
          eventId: 'waiver-revoke',
          severityLevel: 'medium',
          meta: { waiverId: id, reason: 'SLOs are in place now' },
          request: { method: 'DELETE', path: `/waivers/${id}` },
          succeeded: [
            { entityRef: 'component:default/payments-api', checkId: 'slo' },
          ],
          failed: [],
        },
        expect.objectContaining({
          eventId: 'waiver-revoke',
          succeeded: [],
          failed: ['ConflictError'],
        }),
      ]);
    });

    it('creates an attestation of an attestable check with evidence', async () => {
      const response = await request(app).post(waivers).send({
        checkId: 'dependabot',
        kind: 'attestation',
        reason: 'Renovate runs on the organisation level',
        expiresAt: '2027-01-01T00:00:00Z',
        evidenceUrl: 'https://wiki.example.com/renovate',
      });
      expect(response.status).toBe(201);
      expect(response.body.kind).toBe('attestation');
    });

    it.each([
      [{ checkId: 'bogus' }, 'checkId'],
      [{ kind: 'attestation', checkId: 'readme' }, 'kind'],
      [{ kind: 'attestation', checkId: 'dependabot' }, 'evidenceUrl'],
      [{ expiresAt: '2026-11-01' }, 'expiresAt'],
      [{ expiresAt: '2028-01-01' }, 'expiresAt'],
      [{ expiresAt: '2027-02-30' }, 'expiresAt'],
      [{ expiresAt: '2027-01-01T10:00' }, 'expiresAt'],
      [{ reason: 'because' }, 'reason'],
      [{ reason: '           .' }, 'reason'],
      [{ kind: 'waiver' }, 'kind'],
      [{ evidenceUrl: 'ftp://example.com/evidence' }, 'evidenceUrl'],
      [{ extra: true }, 'additional properties'],
    ])('answers %j with 400 naming "%s"', async (change, field) => {
      const response = await request(app)
        .post(waivers)
        .send({ ...exemption, checkId: 'ci', ...change });
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain(field);
    });

    it('answers 403 without the exemption permission, auditing the attempt', async () => {
      denied.add('maturity.exemption.manage');
      const created = await request(app).post(waivers).send(exemption);
      expect(created.status).toBe(403);
      expect(await auditEvents()).toMatchObject([
        {
          eventId: 'waiver-create',
          succeeded: [],
          failed: ['NotAllowedError'],
        },
      ]);
    });

    it('answers 403 for revoking without the exemption permission', async () => {
      const created = await request(app)
        .post(waivers)
        .send({ ...exemption, checkId: 'logging' });
      denied.add('maturity.exemption.manage');
      const response = await request(app)
        .delete(`/waivers/${created.body.id}`)
        .send({ reason: 'no longer needed' });
      expect(response.status).toBe(403);
    });

    it('answers 404 for waivers of hidden entities and unknown waivers', async () => {
      const hidden = `/entities/component/default/${HIDDEN_FROM_ALICE}/waivers`;
      const created = await request(app).post(hidden).send(exemption);
      expect(created.status).toBe(201);

      for (const response of [
        await request(app).get(hidden).set('authorization', alice),
        await request(app)
          .post(hidden)
          .set('authorization', alice)
          .send(exemption),
        await request(app)
          .delete(`/waivers/${created.body.id}`)
          .set('authorization', alice)
          .send({ reason: 'not mine to keep' }),
        await request(app)
          .delete('/waivers/no-such-waiver')
          .send({ reason: 'not there any more' }),
      ]) {
        expect(response.status).toBe(404);
      }
    });

    it('answers 400 naming reason when a revocation has none', async () => {
      const response = await request(app).delete('/waivers/whatever').send({});
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain('reason');
    });
  });
});
