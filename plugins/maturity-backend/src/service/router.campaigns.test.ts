import {
  mockCredentials,
  mockErrorHandler,
  mockServices,
} from '@backstage/backend-test-utils';
import type { CampaignDefinition } from '@backstage-maturity/plugin-maturity-node';
import express from 'express';
import request from 'supertest';
import {
  createMaturityCampaigns,
  type MaturityCampaigns,
} from '../campaigns/createMaturityCampaigns';
import { DatabaseMaturityStore } from '../store/DatabaseMaturityStore';
import { recordOf } from '../store/__testUtils__/scorecards';
import { createTestDatabases } from '../store/testDatabases';
import {
  ALICE,
  checklist,
  createCatalog,
  createPermissions,
  NOW,
  seed,
} from './__testUtils__/fixture';
import { createRouter } from './router';

const alice = mockCredentials.user.header(ALICE);

/**
 * Engineering's services to Operable by March: payments-api is there;
 * payments-ledger and secret-service (team-payments and its sub-group) miss
 * alerts; search-api (team-search) misses readme, logging and alerts.
 * website (marketing-web) is not covered.
 */
const operable: CampaignDefinition = {
  id: 'operable-by-march',
  title: 'Engineering operable by March',
  description: 'Alerts *everywhere*.',
  target: { phase: 'operable' },
  entities: { owner: ['group:default/engineering'] },
  start: '2026-11-01',
  deadline: '2027-03-31',
};

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())(
  'campaign routes on %p',
  databaseId => {
    let store: DatabaseMaturityStore;
    let knex: Awaited<ReturnType<typeof databases.init>>;
    let campaigns: MaturityCampaigns;
    let denied: Set<string>;
    let auditor: ReturnType<typeof mockServices.auditor.mock>;
    let app: express.Express;
    let now: Date;
    /** Re-evaluating an entity on request: every check now passes. */
    const evaluateEntities: jest.Mock = jest.fn(
      async (entities: Array<{ metadata: { name: string } }>) => {
        const runId = await store.startRun(now);
        await store.saveEvaluations(
          entities.map(e =>
            recordOf(
              e.metadata.name,
              Object.fromEntries(
                checklist.checks.map(c => [c.id, 'pass' as const]),
              ),
              { facts: { owner: 'group:default/team-payments-core' } },
            ),
          ),
          { runId, at: now },
        );
        return { runId, entities: entities.length };
      },
    );

    async function auditEvents() {
      return Promise.all(
        auditor.createEvent.mock.calls.map(async ([options], i) => {
          const event = await auditor.createEvent.mock.results[i].value;
          return {
            eventId: options.eventId,
            meta: options.meta,
            succeeded: event.success.mock.calls.length,
            failed: event.fail.mock.calls.map(
              ([result]: [{ error: Error }]) => result.error.name,
            ),
          };
        }),
      );
    }

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      store = await DatabaseMaturityStore.create({
        database: mockServices.database({ knex }),
      });
      await seed(store);
    });

    beforeEach(async () => {
      denied = new Set();
      now = NOW;
      auditor = mockServices.auditor.mock();
      await knex('maturity_campaigns').delete();
      campaigns = createMaturityCampaigns({
        db: knex,
        configured: [operable],
        catalog: createCatalog(),
        auth: mockServices.auth(),
        checklist,
        logger: mockServices.logger.mock(),
        now: () => now,
      });
      await campaigns.tracker.refreshAll();
      const router = await createRouter({
        logger: mockServices.logger.mock(),
        auditor,
        store,
        checklist,
        entityFilter: [{ kind: 'component' }],
        catalog: createCatalog(),
        auth: mockServices.auth(),
        httpAuth: mockServices.httpAuth(),
        permissions: createPermissions(denied),
        scheduler: mockServices.scheduler.mock(),
        evaluationTaskId: 'task',
        evaluator: { evaluateEntities },
        campaigns,
        now: () => now,
      });
      app = express().use(router).use(mockErrorHandler());
    });

    describe('reading progress', () => {
      it('lists the campaign with its progress over the entities the caller may read', async () => {
        const all = await request(app).get('/campaigns');
        expect(all.status).toBe(200);
        expect(all.body.items).toEqual([
          {
            campaign: {
              ...operable,
              source: 'config',
              targetTitle: 'Operable',
            },
            progress: {
              total: 4,
              done: 1,
              onTrack: 3,
              atRisk: 0,
              overdue: 0,
              doneShare: 0.25,
            },
          },
        ]);

        const hidden = await request(app)
          .get('/campaigns')
          .set('Authorization', alice);
        expect(hidden.body.items[0].progress).toMatchObject({
          total: 3,
          onTrack: 2,
        });
      });

      it('narrows progress to an owner and its sub-groups, leaving out campaigns without its entities', async () => {
        const payments = await request(app)
          .get('/campaigns')
          .query({ owner: 'group:default/team-payments' });
        expect(payments.body.items[0].progress).toMatchObject({
          total: 3,
          done: 1,
          onTrack: 2,
        });
        const marketing = await request(app)
          .get('/campaigns')
          .query({ owner: 'marketing' });
        expect(marketing.body.items).toEqual([]);
      });

      it('answers a campaign with a row per direct owner, most entities not done first', async () => {
        const response = await request(app).get('/campaigns/operable-by-march');
        expect(response.status).toBe(200);
        expect(response.body.computedAt).toBe(NOW.toISOString());
        expect(
          response.body.teams.map(
            (t: {
              owner: string;
              progress: { total: number; done: number };
            }) => [t.owner, t.progress.total, t.progress.done],
          ),
        ).toEqual([
          ['group:default/team-payments', 2, 1],
          ['group:default/team-payments-core', 1, 0],
          ['group:default/team-search', 1, 0],
        ]);
        expect((await request(app).get('/campaigns/nope')).status).toBe(404);
      });

      it('lists the entities not done with the target checks they miss, hidden ones left out', async () => {
        const response = await request(app)
          .get('/campaigns/operable-by-march/entities')
          .query({ status: ['on-track', 'at-risk', 'overdue'] })
          .set('Authorization', alice);
        expect(response.status).toBe(200);
        expect(response.body.totalCount).toBe(2);
        expect(response.body.items).toEqual([
          {
            entityRef: 'component:default/payments-ledger',
            name: 'payments-ledger',
            owner: 'group:default/team-payments-core',
            status: 'on-track',
            met: 3,
            total: 4,
            remaining: [{ checkId: 'alerts', title: 'alerts' }],
          },
          expect.objectContaining({
            name: 'search-api',
            met: 1,
            remaining: [
              { checkId: 'readme', title: 'readme' },
              { checkId: 'logging', title: 'logging' },
              { checkId: 'alerts', title: 'alerts' },
            ],
          }),
        ]);
      });

      it("answers an entity's campaigns, and 404 for an entity the caller may not see", async () => {
        const ledger = await request(app).get(
          '/entities/component/default/payments-ledger/campaigns',
        );
        expect(ledger.body.items).toEqual([
          expect.objectContaining({
            campaign: expect.objectContaining({ id: 'operable-by-march' }),
            status: 'on-track',
            remaining: [{ checkId: 'alerts', title: 'alerts' }],
          }),
        ]);
        const website = await request(app).get(
          '/entities/component/default/website/campaigns',
        );
        expect(website.body.items).toEqual([]);
        const hidden = await request(app)
          .get('/entities/component/default/secret-service/campaigns')
          .set('Authorization', alice);
        expect(hidden.status).toBe(404);
      });

      it('answers 403 without the read permission', async () => {
        denied.add('maturity.scorecard.read');
        for (const path of [
          '/campaigns',
          '/campaigns/operable-by-march',
          '/campaigns/operable-by-march/entities',
          '/campaigns/operable-by-march/burndown',
        ]) {
          expect((await request(app).get(path)).status).toBe(403);
        }
      });

      it('keeps a row per day for the burndown, rewriting the day as cycles run', async () => {
        now = new Date('2026-11-22T08:00:00.000Z');
        await campaigns.tracker.refreshAll();
        now = new Date('2026-11-22T20:00:00.000Z');
        await campaigns.tracker.refreshAll();
        const response = await request(app).get(
          '/campaigns/operable-by-march/burndown',
        );
        expect(response.body).toEqual({
          start: '2026-11-01',
          deadline: '2027-03-31',
          days: [
            {
              day: '2026-11-21',
              total: 4,
              done: 1,
              onTrack: 3,
              atRisk: 0,
              overdue: 0,
            },
            {
              day: '2026-11-22',
              total: 4,
              done: 1,
              onTrack: 3,
              atRisk: 0,
              overdue: 0,
            },
          ],
        });
      });

      it('turns entities not done at risk 14 days before the deadline and overdue the day after it', async () => {
        const statusesAt = async (at: string) => {
          now = new Date(at);
          await campaigns.tracker.refreshAll();
          const response = await request(app).get(
            '/campaigns/operable-by-march',
          );
          return response.body.progress;
        };
        expect(await statusesAt('2027-03-16T23:59:59.000Z')).toMatchObject({
          onTrack: 0,
          atRisk: 3,
        });
        expect(await statusesAt('2027-03-31T23:59:59.000Z')).toMatchObject({
          atRisk: 3,
          overdue: 0,
        });
        expect(await statusesAt('2027-04-01T00:00:00.000Z')).toMatchObject({
          atRisk: 0,
          overdue: 3,
          done: 1,
        });
      });
    });

    it('recomputes the campaigns of an entity re-evaluated on request, leaving the others as they were', async () => {
      const refreshed = await request(app).post(
        '/entities/component/default/payments-ledger/refresh',
      );
      expect(refreshed.status).toBe(200);
      const ledger = await request(app).get(
        '/entities/component/default/payments-ledger/campaigns',
      );
      expect(ledger.body.items[0]).toMatchObject({
        status: 'done',
        remaining: [],
      });
      const progress = await request(app).get('/campaigns/operable-by-march');
      expect(progress.body.progress).toMatchObject({ done: 2, onTrack: 2 });
      // Back to the seeded results for the other tests.
      await store.saveEvaluations(
        [
          recordOf('payments-ledger', undefined, {
            facts: { owner: 'group:default/team-payments-core' },
          }),
        ],
        { runId: await store.startRun(NOW), at: NOW },
      );
    });

    describe('managing campaigns through the API', () => {
      const readmes = {
        id: 'readmes-everywhere',
        title: 'A README in every repository',
        target: { checks: ['readme'] },
        entities: { owner: ['team-search'], lifecycle: ['experimental'] },
        start: '2026-11-01',
        deadline: '2026-12-31',
      };

      it('creates a campaign, computes it at once, audits who did it, and deletes it', async () => {
        const created = await request(app).post('/campaigns').send(readmes);
        expect(created.status).toBe(201);
        expect(created.body).toMatchObject({
          ...readmes,
          entities: {
            owner: ['group:default/team-search'],
            lifecycle: ['experimental'],
          },
          source: 'api',
          targetTitle: 'readme',
          createdBy: 'user:default/mock',
        });
        const progress = await request(app).get(
          '/campaigns/readmes-everywhere',
        );
        // 0 of 1 met with a third of the campaign gone: at risk.
        expect(progress.body.progress).toMatchObject({ total: 1, atRisk: 1 });

        expect(
          (await request(app).post('/campaigns').send(readmes)).status,
        ).toBe(409);
        const deleted = await request(app).delete(
          '/campaigns/readmes-everywhere',
        );
        expect(deleted.status).toBe(204);
        expect(
          (await request(app).get('/campaigns/readmes-everywhere')).status,
        ).toBe(404);
        expect(
          (await request(app).get('/campaigns')).body.items.map(
            (i: { campaign: { id: string } }) => i.campaign.id,
          ),
        ).toEqual(['operable-by-march']);

        expect(await auditEvents()).toEqual([
          {
            eventId: 'campaign-create',
            meta: { campaignId: 'readmes-everywhere' },
            succeeded: 1,
            failed: [],
          },
          {
            eventId: 'campaign-create',
            meta: { campaignId: 'readmes-everywhere' },
            succeeded: 0,
            failed: ['ConflictError'],
          },
          {
            eventId: 'campaign-delete',
            meta: { campaignId: 'readmes-everywhere' },
            succeeded: 1,
            failed: [],
          },
        ]);
      });

      it('changes a campaign and recomputes it', async () => {
        await request(app).post('/campaigns').send(readmes);
        const { id, ...change } = readmes;
        const changed = await request(app)
          .put(`/campaigns/${id}`)
          .send({ ...change, target: { checks: ['ci'] } });
        expect(changed.status).toBe(200);
        expect(changed.body.target).toEqual({ checks: ['ci'] });
        const progress = await request(app).get(`/campaigns/${id}`);
        expect(progress.body.progress).toMatchObject({ total: 1, done: 1 });
      });

      it('refuses callers without maturity.campaign.manage, and audits the refusal', async () => {
        denied.add('maturity.campaign.manage');
        expect(
          (await request(app).post('/campaigns').send(readmes)).status,
        ).toBe(403);
        expect(
          (await request(app).delete('/campaigns/operable-by-march')).status,
        ).toBe(403);
        expect((await auditEvents()).map(e => e.failed)).toEqual([
          ['NotAllowedError'],
          ['NotAllowedError'],
        ]);
      });

      it('keeps campaigns of app-config to app-config', async () => {
        const { id, ...change } = { ...operable, id: 'operable-by-march' };
        const put = await request(app).put(`/campaigns/${id}`).send(change);
        expect(put.status).toBe(409);
        expect(put.body.error.message).toMatch(/app-config/);
        expect((await request(app).delete(`/campaigns/${id}`)).status).toBe(
          409,
        );
        expect(
          (
            await request(app)
              .post('/campaigns')
              .send({ ...change, id })
          ).status,
        ).toBe(409);
      });

      it.each([
        [
          { target: { phase: 'gold' } },
          /body\.target\.phase: unknown phase "gold"/,
        ],
        [
          { target: { checks: ['readme', 'bogus'] } },
          /body\.target\.checks\[1\]/,
        ],
        [{ target: {} }, /body\.target: expected either phase or checks/],
        [
          { deadline: '2026-10-01' },
          /body\.deadline: deadline 2026-10-01 is before start/,
        ],
        [{ start: '2026-02-30' }, /body\.start: expected a date/],
        [{ id: 'Not Kebab' }, /body\.id/],
        [{ entities: { owner: ['group:'] } }, /body\.entities\.owner\[0\]/],
        [{ title: '' }, /title/],
        [{ colour: 'red' }, /body\.colour: unknown key/],
      ])('answers 400 naming the field for %j', async (change, message) => {
        const response = await request(app)
          .post('/campaigns')
          .send({ ...readmes, ...change });
        expect(response.status).toBe(400);
        expect(response.body.error.message).toMatch(message);
        expect((await request(app).get('/campaigns')).body.items).toHaveLength(
          1,
        );
      });
    });

    describe('entity filters', () => {
      it('matches tags, lifecycle and type as the catalog has them', async () => {
        const runId = await store.startRun(NOW);
        await store.saveEvaluations(
          [
            recordOf(
              'tagged-api',
              { readme: 'pass' },
              { facts: { tags: ['tier-1', 'java'] } },
            ),
            recordOf(
              'untagged-api',
              { readme: 'pass' },
              { facts: { tags: [] } },
            ),
          ],
          { runId, at: NOW },
        );
        const created = await request(app)
          .post('/campaigns')
          .send({
            id: 'tier-one',
            title: 'Tier 1 at Operable',
            target: { phase: 'operable' },
            entities: { tags: ['Tier-1'], type: ['service'] },
            start: '2026-11-01',
            deadline: '2027-01-31',
          });
        expect(created.status).toBe(201);
        const entities = await request(app).get('/campaigns/tier-one/entities');
        expect(
          entities.body.items.map((i: { name: string }) => i.name),
        ).toEqual(['tagged-api']);
        await knex('maturity_entities')
          .whereIn('name', ['tagged-api', 'untagged-api'])
          .delete();
      });
    });
  },
);
