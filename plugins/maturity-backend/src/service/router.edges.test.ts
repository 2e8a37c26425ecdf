import {
  mockCredentials,
  mockErrorHandler,
  mockServices,
} from '@backstage/backend-test-utils';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { CampaignDefinition } from '@backstage-maturity/plugin-maturity-node';
import express from 'express';
import request from 'supertest';
import { createMaturityCampaigns } from '../campaigns/createMaturityCampaigns';
import { DatabaseMaturityStore } from '../store/DatabaseMaturityStore';
import { createTestDatabases } from '../store/testDatabases';
import {
  ALICE,
  checklist,
  createCatalog,
  createPermissions,
  GROUP_HIDDEN_FROM_ALICE,
  HIDDEN_FROM_ALICE,
  NOW,
  seed,
} from './__testUtils__/fixture';
import { createRouter } from './router';

const alice = mockCredentials.user.header(ALICE);

const campaign: CampaignDefinition = {
  id: 'readmes',
  title: 'A README everywhere',
  target: { checks: ['readme'] },
  entities: {},
  start: '2026-11-01',
  deadline: '2027-03-31',
};

/** Rules of entity ref parts, as the messages name them. */
const NAME_RULE =
  'a name is letters and digits with "-", "_" or "." between them, at most 63 characters';
const NAMESPACE_RULE =
  'a namespace is letters and digits with "-" between them, at most 63 characters';
const KIND_RULE =
  'a kind is a letter followed by letters and digits, at most 63 characters';

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())(
  'the API at its edges on %p',
  databaseId => {
    let store: DatabaseMaturityStore;
    let knex: Awaited<ReturnType<typeof databases.init>>;
    const denied = new Set<string>();
    let app: express.Express;
    let getEntitiesByRefs: jest.Mock;

    /** The fixture's catalog, counting the batched lookups. */
    function spiedCatalog(): CatalogService {
      const catalog = createCatalog();
      getEntitiesByRefs = jest.fn((...args: any[]) =>
        (catalog.getEntitiesByRefs as Function)(...args),
      );
      return new Proxy(catalog, {
        get: (target, method: keyof CatalogService) =>
          method === 'getEntitiesByRefs' ? getEntitiesByRefs : target[method],
      });
    }

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      store = await DatabaseMaturityStore.create({
        database: mockServices.database({ knex }),
      });
      await seed(store);
    });

    // One router for all tests (building it compiles the spec's validators).
    beforeAll(async () => {
      const campaigns = createMaturityCampaigns({
        db: knex,
        configured: [campaign],
        catalog: createCatalog(),
        auth: mockServices.auth(),
        checklist,
        logger: mockServices.logger.mock(),
        now: () => NOW,
      });
      const router = await createRouter({
        logger: mockServices.logger.mock(),
        auditor: mockServices.auditor.mock(),
        store,
        checklist,
        entityFilter: [{ kind: 'component' }],
        catalog: spiedCatalog(),
        auth: mockServices.auth(),
        httpAuth: mockServices.httpAuth(),
        permissions: createPermissions(denied),
        scheduler: mockServices.scheduler.mock(),
        evaluationTaskId: 'task',
        evaluator: { evaluateEntities: jest.fn() },
        campaigns,
        now: () => NOW,
      });
      app = express().use(router).use(mockErrorHandler());
    });

    beforeEach(() => {
      denied.clear();
      getEntitiesByRefs.mockClear();
    });

    const exemption = {
      checkId: 'slo',
      kind: 'exemption',
      reason: 'SLOs are defined by the platform team for this service',
      expiresAt: '2027-03-31',
    };

    describe('waivers only for evaluated entities', () => {
      it('refuses a waiver of a group, naming why, and stores nothing', async () => {
        const waivers = '/entities/group/default/marketing/waivers';
        const response = await request(app).post(waivers).send(exemption);
        expect(response.status).toBe(400);
        expect(response.body.error.message).toBe(
          'group:default/marketing is not evaluated: maturity.entityFilter covers kind component',
        );
        expect((await request(app).get(waivers)).body).toEqual({ items: [] });
      });

      it('still creates waivers of evaluated entities', async () => {
        const response = await request(app)
          .post('/entities/component/default/website/waivers')
          .send(exemption);
        expect(response.status).toBe(201);
        expect(response.body.entityRef).toBe('component:default/website');
      });
    });

    describe('numeric parameters only as decimal integers', () => {
      it.each([
        ['/entities?limit=Infinity', 'limit', 'Infinity'],
        ['/entities?offset=0x10', 'offset', '0x10'],
        ['/entities?limit=1e1', 'limit', '1e1'],
        ['/entities?limit=2.0', 'limit', '2.0'],
        ['/entities?limit=%202', 'limit', ' 2'],
        ['/blockers?offset=0x10', 'offset', '0x10'],
        ['/runs?limit=Infinity', 'limit', 'Infinity'],
        [
          '/entities/component/default/payments-api/history?limit=0b11',
          'limit',
          '0b11',
        ],
        ['/campaigns/readmes/entities?limit=Infinity', 'limit', 'Infinity'],
        ['/campaigns/readmes/entities?offset=1e3', 'offset', '1e3'],
      ])('answers %s with 400 naming "%s"', async (path, parameter, value) => {
        const response = await request(app).get(path);
        expect(response.status).toBe(400);
        expect(response.body.error.message).toBe(
          `Invalid query parameter "${parameter}": "${value}" is not a decimal integer such as 10`,
        );
      });

      it('reads plain decimal integers, and leaves ranges to the spec', async () => {
        const page = await request(app).get('/entities?limit=2&offset=03');
        expect(page.status).toBe(200);
        expect(page.body.items.map((i: { name: string }) => i.name)).toEqual([
          HIDDEN_FROM_ALICE,
          'website',
        ]);
        const negative = await request(app).get('/entities?offset=-1');
        expect(negative.status).toBe(400);
        expect(negative.body.error.message).toBe(
          'request/query/offset must be >= 0',
        );
      });
    });

    describe('entity refs as the catalog allows them', () => {
      it.each([
        ['get', '/entities/component/default/caf%C3%A9', 'name', 'café'],
        ['get', '/entities/component/default/a%00b', 'name', 'a\\u0000b'],
        ['get', '/entities/comp%C3%B6nent/default/x', 'kind', 'compönent'],
        ['get', '/entities/component/d%C3%A9faut/x', 'namespace', 'défaut'],
        ['get', '/entities/component/default/x%00/history', 'name', 'x\\u0000'],
        ['get', '/entities/component/default/-x/waivers', 'name', '-x'],
        [
          'get',
          '/entities/component/default/caf%C3%A9/campaigns',
          'name',
          'café',
        ],
        ['get', '/badges/component/default/caf%C3%A9.svg', 'name', 'café'],
        ['get', '/teams/default/caf%C3%A9', 'name', 'café'],
        ['get', '/teams/d%00/team-payments', 'namespace', 'd\\u0000'],
        [
          'post',
          '/entities/component/default/caf%C3%A9/refresh',
          'name',
          'café',
        ],
      ] as const)(
        'answers %s %s with 400 naming "%s"',
        async (method, path, parameter, value) => {
          const response = await request(app)[method](path);
          expect(response.status).toBe(400);
          const rule = {
            kind: KIND_RULE,
            namespace: NAMESPACE_RULE,
            name: NAME_RULE,
          }[parameter];
          expect(response.body.error.message).toBe(
            `Invalid path parameter "${parameter}": "${value}" is not an entity ${parameter} (${rule})`,
          );
        },
      );

      it('answers a waiver for a name that is no entity name with 400', async () => {
        const response = await request(app)
          .post('/entities/component/default/caf%C3%A9/waivers')
          .send(exemption);
        expect(response.status).toBe(400);
        expect(response.body.error.message).toBe(
          `Invalid path parameter "name": "café" is not an entity name (${NAME_RULE})`,
        );
      });

      it.each([
        ['/entities?owner=caf%C3%A9', 'owner', 'café', 'group', NAME_RULE],
        [
          '/entities?system=system:d%C3%A9faut/web',
          'system',
          'system:défaut/web',
          'system',
          NAMESPACE_RULE,
        ],
        [
          '/summary?domain=d%C3%B6main:marketing',
          'domain',
          'dömain:marketing',
          'domain',
          KIND_RULE,
        ],
        [
          '/owners?owner=team%E2%80%8B',
          'owner',
          'team\u200b',
          'group',
          NAME_RULE,
        ],
        ['/trend?owner=caf%C3%A9', 'owner', 'café', 'group', NAME_RULE],
        ['/campaigns?owner=caf%C3%A9', 'owner', 'café', 'group', NAME_RULE],
        [
          '/campaigns/readmes/entities?owner=caf%C3%A9',
          'owner',
          'café',
          'group',
          NAME_RULE,
        ],
      ])(
        'answers %s with 400 naming "%s"',
        async (path, parameter, value, kind, rule) => {
          const response = await request(app).get(path);
          expect(response.status).toBe(400);
          expect(response.body.error.message).toBe(
            `Invalid query parameter "${parameter}": "${value}" is not an entity ref such as ${kind}:default/name (${rule})`,
          );
        },
      );

      it.each([
        ['get', '/campaigns/a%00b'],
        ['get', '/campaigns/caf%C3%A9/burndown'],
        ['get', '/campaigns/caf%C3%A9/entities'],
        ['delete', '/campaigns/a%00b'],
      ] as const)(
        'answers %s %s with 400 naming campaignId',
        async (method, path) => {
          const response = await request(app)[method](path);
          expect(response.status).toBe(400);
          expect(response.body.error.message).toBe(
            'request/params/campaignId must match pattern "^[a-z0-9]+(-[a-z0-9]+)*$"',
          );
        },
      );

      it.each([
        ['owner', 'café', 'group', NAME_RULE],
        ['system', 'system:défaut/web', 'system', NAMESPACE_RULE],
        ['domain', 'dömain:marketing', 'domain', KIND_RULE],
      ])(
        'answers a campaign whose %s is %j with 400 naming the field',
        async (key, value, kind, rule) => {
          const response = await request(app)
            .post('/campaigns')
            .send({ ...campaign, id: 'refs', entities: { [key]: [value] } });
          expect(response.status).toBe(400);
          expect(response.body.error.message).toBe(
            `Invalid campaign: body.entities.${key}[0]: "${value}" is not an entity ref such as ${kind}:default/name (${rule})`,
          );
        },
      );

      it('answers a waiver id with a control character with 400 naming id', async () => {
        const response = await request(app)
          .delete('/waivers/a%00b')
          .send({ reason: 'no longer needed at all' });
        expect(response.status).toBe(400);
        expect(response.body.error.message).toBe(
          'request/params/id must match pattern "^[A-Za-z0-9][A-Za-z0-9-]*$"',
        );
      });
    });

    describe('waiver expiry offsets of real time zones', () => {
      it.each(['+23:59', '-13:00', '+14:30', '-23:00'])(
        'answers an expiry with offset %s with 400 naming expiresAt',
        async offset => {
          const expiresAt = `2027-01-01T00:00:00${offset}`;
          const response = await request(app)
            .post('/entities/component/default/payments-ledger/waivers')
            .send({ ...exemption, expiresAt });
          expect(response.status).toBe(400);
          expect(response.body.error.message).toBe(
            `Invalid body field "expiresAt": ${expiresAt} has an offset no time zone has (from -12:00 to +14:00)`,
          );
        },
      );

      it.each([
        ['+14:00', 'ci'],
        ['-12:00', 'logging'],
        ['+05:45', 'alerts'],
      ])('accepts an expiry with offset %s', async (offset, checkId) => {
        const response = await request(app)
          .post('/entities/component/default/payments-ledger/waivers')
          .send({
            ...exemption,
            checkId,
            expiresAt: `2027-01-01T00:00:00${offset}`,
          });
        expect(response.status).toBe(201);
        expect(response.body.expiresAt).toBe(`2027-01-01T00:00:00${offset}`);
      });
    });

    describe('no control characters in strings', () => {
      it.each([
        ['/entities?search=%00', 'search', 'U+0000'],
        ['/entities?search=pay%0Ament', 'search', 'U+000A'],
        ['/entities?type=a%1Fb', 'type', 'U+001F'],
        ['/summary?lifecycle=%7F', 'lifecycle', 'U+007F'],
        ['/blockers?kind=component%C2%85', 'kind', 'U+0085'],
        ['/campaigns?owner=team%00', 'owner', 'U+0000'],
        [
          '/entities/component/default/payments-api?guidance=%00',
          'guidance',
          'U+0000',
        ],
      ])('answers %s with 400 naming "%s"', async (path, parameter, char) => {
        const response = await request(app).get(path);
        expect(response.status).toBe(400);
        expect(response.body.error.message).toBe(
          `Invalid query parameter "${parameter}": control character ${char} is not allowed`,
        );
      });

      it('searches with text, and never with a NUL that would match every entity', async () => {
        const found = await request(app).get('/entities?search=ledger');
        expect(found.body.totalCount).toBe(1);
        const nul = await request(app).get('/entities?search=%00');
        expect(nul.status).toBe(400);
        expect(nul.body.items).toBeUndefined();
      });

      it.each([
        [{ reason: 'SLOs are defined\u0000 elsewhere' }, 'reason', 'U+0000'],
        [{ checkId: 'slo\u001b' }, 'checkId', 'U+001B'],
        [{ expiresAt: '2027-03-31\u0000' }, 'expiresAt', 'U+0000'],
        [
          { evidenceUrl: 'https://example.com/\u0007' },
          'evidenceUrl',
          'U+0007',
        ],
      ])(
        'answers a waiver with %j with 400 naming "%s"',
        async (change, field, char) => {
          const response = await request(app)
            .post('/entities/component/default/search-api/waivers')
            .send({ ...exemption, ...change });
          expect(response.status).toBe(400);
          expect(response.body.error.message).toBe(
            `Invalid body field "${field}": control character ${char} is not allowed`,
          );
        },
      );

      it('keeps line breaks and tabs in a reason', async () => {
        const reason = 'SLOs are defined\n\tby the platform team';
        const response = await request(app)
          .post('/entities/component/default/search-api/waivers')
          .send({ ...exemption, reason });
        expect(response.status).toBe(201);
        expect(response.body.reason).toBe(reason);

        const revoked = await request(app)
          .delete(`/waivers/${response.body.id}`)
          .send({ reason: 'no longer \u0000 needed' });
        expect(revoked.status).toBe(400);
        expect(revoked.body.error.message).toBe(
          'Invalid body field "reason": control character U+0000 is not allowed',
        );
      });

      it.each([
        [{ title: 'Readmes \u0007 now' }, 'title', 'U+0007'],
        [{ description: 'All\u0000' }, 'description', 'U+0000'],
        [
          { entities: { owner: ['team\u0000'] } },
          'entities.owner[0]',
          'U+0000',
        ],
        [
          { target: { checks: ['readme\u0008'] } },
          'target.checks[0]',
          'U+0008',
        ],
      ])(
        'answers a campaign with %j with 400 naming "%s"',
        async (change, field, char) => {
          const body = {
            ...campaign,
            id: 'readmes-again',
            ...change,
          };
          const created = await request(app).post('/campaigns').send(body);
          expect(created.status).toBe(400);
          expect(created.body.error.message).toBe(
            `Invalid body field "${field}": control character ${char} is not allowed`,
          );
          const { id: _id, ...change2 } = body;
          const changed = await request(app)
            .put('/campaigns/readmes-again')
            .send(change2);
          expect(changed.status).toBe(400);
          expect(changed.body.error.message).toBe(
            `Invalid body field "${field}": control character ${char} is not allowed`,
          );
        },
      );
    });

    describe('GET /teams/{namespace}/{name}', () => {
      it('shows every sub-group to a caller who may read them all', async () => {
        const response = await request(app).get('/teams/default/marketing');
        expect(response.status).toBe(200);
        expect(response.body.groups).toEqual([
          {
            entityRef: 'group:default/marketing',
            name: 'marketing',
            parent: null,
          },
          {
            entityRef: `group:default/${GROUP_HIDDEN_FROM_ALICE}`,
            name: GROUP_HIDDEN_FROM_ALICE,
            parent: 'group:default/marketing',
          },
          {
            entityRef: 'group:default/marketing-web',
            name: 'marketing-web',
            parent: `group:default/${GROUP_HIDDEN_FROM_ALICE}`,
          },
        ]);
      });

      it('leaves out the sub-groups hidden from the caller, asking the catalog once', async () => {
        const response = await request(app)
          .get('/teams/default/marketing')
          .set('authorization', alice);
        expect(response.status).toBe(200);
        expect(response.body.groups).toEqual([
          {
            entityRef: 'group:default/marketing',
            name: 'marketing',
            parent: null,
          },
          {
            entityRef: 'group:default/marketing-web',
            name: 'marketing-web',
            parent: 'group:default/marketing',
          },
        ]);
        expect(
          response.body.owners.map((o: { owner: string }) => o.owner),
        ).toEqual(['group:default/marketing', 'group:default/marketing-web']);
        expect(JSON.stringify(response.body)).not.toContain(
          GROUP_HIDDEN_FROM_ALICE,
        );
        expect(response.body.totals.total).toBe(1);
        expect(getEntitiesByRefs).toHaveBeenCalledTimes(1);
        expect(getEntitiesByRefs.mock.calls[0][0].entityRefs).toEqual([
          `group:default/${GROUP_HIDDEN_FROM_ALICE}`,
          'group:default/marketing-web',
        ]);
      });

      it('answers 404 for a hidden group itself', async () => {
        const response = await request(app)
          .get(`/teams/default/${GROUP_HIDDEN_FROM_ALICE}`)
          .set('authorization', alice);
        expect(response.status).toBe(404);
        expect(response.body.error.message).toBe(
          `No entity group:default/${GROUP_HIDDEN_FROM_ALICE}`,
        );
      });
    });

    describe('GET /owners', () => {
      const rowOf = (response: request.Response, owner: string) =>
        response.body.items.find((o: { owner: string }) => o.owner === owner);

      it('rolls owners up through every group for a caller who may read them all', async () => {
        const response = await request(app).get('/owners');
        expect(response.status).toBe(200);
        expect(rowOf(response, 'group:default/marketing-web').parent).toBe(
          `group:default/${GROUP_HIDDEN_FROM_ALICE}`,
        );
        expect(
          rowOf(response, `group:default/${GROUP_HIDDEN_FROM_ALICE}`),
        ).toBeDefined();
      });

      it('skips the groups hidden from the caller, counting through them', async () => {
        const response = await request(app)
          .get('/owners')
          .set('authorization', alice);
        expect(response.status).toBe(200);
        expect(JSON.stringify(response.body)).not.toContain(
          GROUP_HIDDEN_FROM_ALICE,
        );
        const web = rowOf(response, 'group:default/marketing-web');
        expect(web.parent).toBe('group:default/marketing');
        expect(web.total).toBe(1);
        expect(rowOf(response, 'group:default/marketing').total).toBe(1);
      });
    });

    describe('GET /runs', () => {
      const newest = (response: request.Response) => response.body.items[0];

      it('gives the catalog-wide counts to those who may start a run', async () => {
        const response = await request(app).get('/runs?limit=1');
        expect(response.status).toBe(200);
        expect(newest(response)).toMatchObject({
          entities: 5,
          errors: 0,
          unreadable: 1,
        });
      });

      it('gives the runs without counts to everyone else', async () => {
        denied.add('maturity.catalog.refresh');
        const response = await request(app)
          .get('/runs?limit=2')
          .set('authorization', alice);
        expect(response.status).toBe(200);
        expect(response.body.items).toHaveLength(2);
        for (const run of response.body.items) {
          expect(run).toEqual(
            expect.objectContaining({
              id: expect.any(Number),
              startedAt: expect.any(String),
              finishedAt: expect.any(String),
            }),
          );
          expect(run).not.toHaveProperty('entities');
          expect(run).not.toHaveProperty('errors');
          expect(run).not.toHaveProperty('unreadable');
        }
      });
    });
  },
);
