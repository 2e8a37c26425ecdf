import { mockServices, TestDatabaseId } from '@backstage/backend-test-utils';
import type { CheckOutcome } from '@backstage-maturity/plugin-maturity-common';
import type { Knex } from 'knex';
import { DatabaseMaturityStore } from './DatabaseMaturityStore';
import { createTestDatabases } from './testDatabases';
import type { EntityListQuery, EvaluationRecord } from './types';
import { foundationOutcomes, recordOf } from './__testUtils__/scorecards';

const databases = createTestDatabases();

const T0 = new Date('2026-11-20T10:00:00.000Z');
const T1 = new Date('2026-11-20T11:00:00.000Z');
const T2 = new Date('2026-11-20T12:00:00.000Z');

const PAYMENTS = 'group:default/team-payments';
const CHECKOUT = 'group:default/team-checkout';

const operable: Record<string, CheckOutcome> = {
  ...foundationOutcomes,
  alerts: 'pass',
};
const excellent: Record<string, CheckOutcome> = {
  ...operable,
  slo: 'pass',
};
const noCi: Record<string, CheckOutcome> = { readme: 'pass' };

/**
 * Six entities across two teams, every phase and a few facets:
 *
 * | entity          | owner    | system   | type    | lifecycle    | phase      | blocking        |
 * | payments-api    | payments | payments | service | production   | operable   | slo             |
 * | payments-worker | payments | payments | service | experimental | foundation | alerts          |
 * | ledger-lib      | payments | payments | library | production   | excellent  |                 |
 * | checkout-web    | checkout | shop     | website | production   | -          | ci              |
 * | search-api      | checkout | shop     | service | production   | foundation | logging, alerts |
 * | orphan-tool     | -        | -        | tool    | deprecated   | -          | readme, ci      |
 */
function catalog(): EvaluationRecord[] {
  const shop = { owner: CHECKOUT, system: 'system:default/shop' };
  return [
    recordOf('payments-api', operable, { facts: { title: 'Payments API' } }),
    recordOf('payments-worker', foundationOutcomes, {
      facts: { lifecycle: 'experimental' },
    }),
    recordOf('ledger-lib', excellent, { facts: { type: 'library' } }),
    recordOf('checkout-web', noCi, { facts: { ...shop, type: 'website' } }),
    recordOf(
      'search-api',
      { readme: 'pass', ci: 'pass' },
      { facts: { ...shop, title: 'Product Search' } },
    ),
    recordOf(
      'orphan-tool',
      {},
      {
        facts: {
          entityRef: 'resource:default/orphan-tool',
          kind: 'resource',
          type: 'tool',
          lifecycle: 'deprecated',
          owner: undefined,
          system: undefined,
          domain: undefined,
        },
      },
    ),
  ];
}

describe.each(databases.eachSupportedId())(
  'DatabaseMaturityStore queries on %s',
  (databaseId: TestDatabaseId) => {
    async function createStore() {
      const knex: Knex = await databases.init(databaseId);
      const store = await DatabaseMaturityStore.create({
        database: mockServices.database({ knex }),
      });
      return { knex, store };
    }

    async function seededStore() {
      const { knex, store } = await createStore();
      await store.saveEvaluations(catalog(), {
        runId: await store.startRun(T0),
        at: T0,
      });
      return { knex, store };
    }

    describe('listEntities', () => {
      async function names(
        store: DatabaseMaturityStore,
        query: Partial<EntityListQuery>,
      ) {
        const { items, totalCount } = await store.listEntities({
          filter: {},
          sort: 'name',
          order: 'asc',
          limit: 100,
          offset: 0,
          ...query,
        });
        return { names: items.map(i => i.name), totalCount };
      }

      it('filters by owner, system, domain, type, lifecycle and kind', async () => {
        const { store } = await seededStore();

        expect(await names(store, { filter: { owners: [PAYMENTS] } })).toEqual({
          names: ['ledger-lib', 'payments-api', 'payments-worker'],
          totalCount: 3,
        });
        expect(
          (await names(store, { filter: { systems: ['system:default/shop'] } }))
            .names,
        ).toEqual(['checkout-web', 'search-api']);
        expect(
          (
            await names(store, {
              filter: { domains: ['domain:default/commerce'] },
            })
          ).totalCount,
        ).toBe(5);
        expect(
          (await names(store, { filter: { types: ['service'] } })).names,
        ).toEqual(['payments-api', 'payments-worker', 'search-api']);
        expect(
          (await names(store, { filter: { lifecycles: ['experimental'] } }))
            .names,
        ).toEqual(['payments-worker']);
        expect(
          (await names(store, { filter: { kinds: ['resource'] } })).names,
        ).toEqual(['orphan-tool']);
        expect(
          (
            await names(store, {
              filter: { owners: [PAYMENTS], phases: ['foundation'] },
            })
          ).names,
        ).toEqual(['payments-worker']);
      });

      it('filters by phase, with null for entities that have not started', async () => {
        const { store } = await seededStore();

        expect(
          (await names(store, { filter: { phases: ['foundation'] } })).names,
        ).toEqual(['payments-worker', 'search-api']);
        expect(
          (await names(store, { filter: { phases: [null] } })).names,
        ).toEqual(['checkout-web', 'orphan-tool']);
        expect(
          (await names(store, { filter: { phases: ['excellent', null] } }))
            .names,
        ).toEqual(['checkout-web', 'ledger-lib', 'orphan-tool']);
      });

      it('keeps entities whose standing is unknown apart from every phase', async () => {
        const { store } = await seededStore();
        // Its repository could not be read: nothing of the ladder is known.
        await store.saveEvaluations(
          [
            recordOf('legacy-gateway', {
              readme: 'error',
              ci: 'error',
              logging: 'error',
              alerts: 'error',
              slo: 'error',
            }),
          ],
          { runId: await store.startRun(T1), at: T1 },
        );

        expect(
          (await names(store, { filter: { phases: ['unknown'] } })).names,
        ).toEqual(['legacy-gateway']);
        expect(
          (await names(store, { filter: { phases: [null] } })).names,
        ).toEqual(['checkout-web', 'orphan-tool']);
        const { items } = await store.listEntities({
          filter: { phases: ['unknown'] },
          sort: 'name',
          order: 'asc',
          limit: 1,
          offset: 0,
        });
        expect(items[0]).toMatchObject({
          phase: null,
          blocking: [],
          unknown: {
            reason: 'The repository could not be read: 503 Service Unavailable',
            checks: ['readme', 'ci'],
          },
        });
        await expect(store.getPhaseDistribution({})).resolves.toEqual([
          { phase: null, count: 2 },
          { phase: 'unknown', count: 1 },
          { phase: 'foundation', count: 2 },
          { phase: 'operable', count: 1 },
          { phase: 'excellent', count: 1 },
        ]);
        // Could not check is not a blocker.
        expect((await store.getBlockers({}, { limit: 10 })).totalCount).toBe(5);
      });

      it('filters by the checks that block entities', async () => {
        const { store } = await seededStore();

        expect(
          (await names(store, { filter: { blockers: ['alerts'] } })).names,
        ).toEqual(['payments-worker', 'search-api']);
        expect(
          (await names(store, { filter: { blockers: ['slo', 'readme'] } }))
            .names,
        ).toEqual(['orphan-tool', 'payments-api']);
        expect(
          (
            await names(store, {
              filter: { blockers: ['ci'], owners: [CHECKOUT] },
            })
          ).names,
        ).toEqual(['checkout-web']);
      });

      it('searches name and title case-insensitively, wildcards literally', async () => {
        const { store } = await seededStore();

        expect(
          (await names(store, { filter: { search: 'PAY' } })).names,
        ).toEqual(['payments-api', 'payments-worker']);
        expect(
          (await names(store, { filter: { search: 'product' } })).names,
        ).toEqual(['search-api']);
        expect(
          (await names(store, { filter: { search: '%' } })).totalCount,
        ).toBe(0);
        expect(
          (await names(store, { filter: { search: 'payments_api' } }))
            .totalCount,
        ).toBe(0);
      });

      it('restricts to thousands of readable entity refs and pages them', async () => {
        const { store } = await seededStore();
        const readable = [
          ...Array.from(
            { length: 1500 },
            (_, i) => `component:default/unknown-${i}`,
          ),
          'component:default/payments-api',
          'component:default/ledger-lib',
          'resource:default/orphan-tool',
        ];

        expect(
          await names(store, { filter: { entityRefs: readable } }),
        ).toEqual({
          names: ['ledger-lib', 'orphan-tool', 'payments-api'],
          totalCount: 3,
        });
        expect(
          await names(store, {
            filter: { entityRefs: readable, owners: [PAYMENTS] },
            limit: 1,
            offset: 1,
          }),
        ).toEqual({ names: ['payments-api'], totalCount: 2 });
        expect(
          await names(store, { filter: { entityRefs: readable.slice(0, 3) } }),
        ).toEqual({ names: [], totalCount: 0 });
        expect(await names(store, { filter: { entityRefs: [] } })).toEqual({
          names: [],
          totalCount: 0,
        });
      });

      it('sorts in both directions, phases in ladder order, empty values last', async () => {
        const { store } = await seededStore();

        expect(
          (await names(store, { sort: 'name', order: 'desc' })).names,
        ).toEqual([
          'search-api',
          'payments-worker',
          'payments-api',
          'orphan-tool',
          'ledger-lib',
          'checkout-web',
        ]);
        expect(
          (await names(store, { sort: 'phase', order: 'desc' })).names,
        ).toEqual([
          'ledger-lib',
          'payments-api',
          'payments-worker',
          'search-api',
          'checkout-web',
          'orphan-tool',
        ]);
        expect(
          (await names(store, { sort: 'phase', order: 'asc' })).names,
        ).toEqual([
          'orphan-tool',
          'checkout-web',
          'search-api',
          'payments-worker',
          'payments-api',
          'ledger-lib',
        ]);
        for (const order of ['asc', 'desc'] as const) {
          const sorted = (await names(store, { sort: 'owner', order })).names;
          expect(sorted[sorted.length - 1]).toBe('orphan-tool');
        }
        expect(
          (await names(store, { sort: 'owner', order: 'asc' })).names,
        ).toEqual([
          'checkout-web',
          'search-api',
          'ledger-lib',
          'payments-api',
          'payments-worker',
          'orphan-tool',
        ]);
        expect(
          (await names(store, { sort: 'progress', order: 'desc' })).names,
        ).toEqual([
          'ledger-lib',
          'checkout-web',
          'payments-worker',
          'orphan-tool',
          'payments-api',
          'search-api',
        ]);
      });

      it('pages with the total count of the filter', async () => {
        const { store } = await seededStore();

        expect(await names(store, { limit: 2, offset: 2 })).toEqual({
          names: ['orphan-tool', 'payments-api'],
          totalCount: 6,
        });
        expect(await names(store, { limit: 2, offset: 6 })).toEqual({
          names: [],
          totalCount: 6,
        });
      });
    });

    it('counts entities per phase in ladder order', async () => {
      const { store } = await seededStore();

      await expect(store.getPhaseDistribution({})).resolves.toEqual([
        { phase: null, count: 2 },
        { phase: 'foundation', count: 2 },
        { phase: 'operable', count: 1 },
        { phase: 'excellent', count: 1 },
      ]);
      await expect(
        store.getPhaseDistribution({ owners: [CHECKOUT] }),
      ).resolves.toEqual([
        { phase: null, count: 1 },
        { phase: 'foundation', count: 1 },
      ]);
    });

    it('counts entities per owner and phase', async () => {
      const { store } = await seededStore();

      await expect(store.getOwnerDistribution({})).resolves.toEqual([
        { owner: '', phase: null, count: 1 },
        { owner: CHECKOUT, phase: null, count: 1 },
        { owner: CHECKOUT, phase: 'foundation', count: 1 },
        { owner: PAYMENTS, phase: 'foundation', count: 1 },
        { owner: PAYMENTS, phase: 'operable', count: 1 },
        { owner: PAYMENTS, phase: 'excellent', count: 1 },
      ]);
      await expect(
        store.getOwnerDistribution({ types: ['service'] }),
      ).resolves.toEqual([
        { owner: CHECKOUT, phase: 'foundation', count: 1 },
        { owner: PAYMENTS, phase: 'foundation', count: 1 },
        { owner: PAYMENTS, phase: 'operable', count: 1 },
      ]);
    });

    it('ranks the checks that block most entities', async () => {
      const { store } = await seededStore();

      await expect(store.getBlockers({}, { limit: 10 })).resolves.toEqual({
        items: [
          { checkId: 'alerts', count: 2 },
          { checkId: 'ci', count: 2 },
          { checkId: 'logging', count: 1 },
          { checkId: 'readme', count: 1 },
          { checkId: 'slo', count: 1 },
        ],
        totalCount: 5,
      });
      await expect(store.getBlockers({}, { limit: 2 })).resolves.toEqual({
        items: [
          { checkId: 'alerts', count: 2 },
          { checkId: 'ci', count: 2 },
        ],
        totalCount: 5,
      });
      // Every blocker is reachable, page by page.
      await expect(
        store.getBlockers({}, { limit: 2, offset: 4 }),
      ).resolves.toEqual({
        items: [{ checkId: 'slo', count: 1 }],
        totalCount: 5,
      });
      await expect(
        store.getBlockers({ owners: [PAYMENTS] }, { limit: 10 }),
      ).resolves.toEqual({
        items: [
          { checkId: 'alerts', count: 1 },
          { checkId: 'slo', count: 1 },
        ],
        totalCount: 2,
      });
      await expect(
        store.getBlockers(
          {
            entityRefs: Array.from(
              { length: 600 },
              (_, i) => `component:default/checkout-web${i ? `-${i}` : ''}`,
            ),
          },
          { limit: 10 },
        ),
      ).resolves.toEqual({
        items: [{ checkId: 'ci', count: 1 }],
        totalCount: 1,
      });
    });

    it('reads counts, blockers and list pages again once entities change', async () => {
      const { store } = await seededStore();
      const page = (offset: number) =>
        store.listEntities({
          filter: {},
          sort: 'phase',
          order: 'desc',
          limit: 2,
          offset,
        });
      const excellentCount = async () =>
        (await store.getPhaseDistribution({})).find(
          r => r.phase === 'excellent',
        )?.count;
      // Read once, so that what follows could be answered from memory.
      expect(await excellentCount()).toBe(1);
      expect((await page(0)).items.map(i => i.name)).toEqual([
        'ledger-lib',
        'payments-api',
      ]);
      expect(
        (await store.getBlockers({ owners: [PAYMENTS] }, { limit: 1 })).items,
      ).toEqual([{ checkId: 'alerts', count: 1 }]);

      await store.saveEvaluations([recordOf('payments-worker', excellent)], {
        runId: await store.startRun(T1),
        at: T1,
      });

      expect(await excellentCount()).toBe(2);
      expect((await page(0)).items.map(i => i.name)).toEqual([
        'ledger-lib',
        'payments-worker',
      ]);
      expect(
        (await store.getBlockers({ owners: [PAYMENTS] }, { limit: 1 })).items,
      ).toEqual([{ checkId: 'slo', count: 1 }]);

      await store.deleteEntities(['component:default/ledger-lib']);

      expect((await page(0)).items.map(i => i.name)).toEqual([
        'payments-worker',
        'payments-api',
      ]);
      expect((await page(4)).totalCount).toBe(5);
      expect(await excellentCount()).toBe(1);
    });

    it('records daily snapshots and reads the trend per day and phase', async () => {
      const { store } = await seededStore();
      await store.recordDailySnapshot('2026-11-19');
      await store.saveEvaluations(
        [
          recordOf('payments-worker', operable, {
            facts: { lifecycle: 'experimental' },
          }),
        ],
        { runId: await store.startRun(T1), at: T1 },
      );
      await store.recordDailySnapshot('2026-11-20');
      // Recording a day again replaces it.
      await store.recordDailySnapshot('2026-11-20');

      await expect(
        store.getTrend({ from: '2026-11-19', to: '2026-11-20' }),
      ).resolves.toEqual([
        { day: '2026-11-19', phase: null, count: 2 },
        { day: '2026-11-19', phase: 'excellent', count: 1 },
        { day: '2026-11-19', phase: 'foundation', count: 2 },
        { day: '2026-11-19', phase: 'operable', count: 1 },
        { day: '2026-11-20', phase: null, count: 2 },
        { day: '2026-11-20', phase: 'excellent', count: 1 },
        { day: '2026-11-20', phase: 'foundation', count: 1 },
        { day: '2026-11-20', phase: 'operable', count: 2 },
      ]);
      await expect(
        store.getTrend({
          from: '2026-11-20',
          to: '2026-11-30',
          owners: [PAYMENTS],
        }),
      ).resolves.toEqual([
        { day: '2026-11-20', phase: 'excellent', count: 1 },
        { day: '2026-11-20', phase: 'operable', count: 2 },
      ]);
      await expect(
        store.getTrend({ from: '2026-11-01', to: '2026-11-18' }),
      ).resolves.toEqual([]);
    });

    it('prunes history, snapshots and runs older than a date', async () => {
      const { knex, store } = await seededStore();
      await store.recordDailySnapshot('2026-11-19');
      const runId = await store.startRun(T2);
      await store.saveEvaluations(
        [
          recordOf('payments-api', excellent, {
            facts: { title: 'Payments API' },
          }),
        ],
        { runId, at: T2 },
      );
      await store.recordDailySnapshot('2026-11-20');
      const count = async (table: string) =>
        Number((await knex(table).count({ n: '*' }))[0].n);
      // Before T1: 36 first outcomes, 4 first phases, 6 snapshot rows of the
      // 19th and 1 run.
      await expect(store.pruneHistory(T1)).resolves.toBe(47);

      await expect(
        store.getCheckHistory('component:default/payments-api', 10),
      ).resolves.toEqual([
        { at: T2.toISOString(), checkId: 'slo', from: 'fail', to: 'pass' },
      ]);
      await expect(
        store.getPhaseTimeline('component:default/payments-api'),
      ).resolves.toEqual([
        { at: T2.toISOString(), from: 'operable', to: 'excellent' },
      ]);
      expect((await store.listRuns(10)).map(r => r.id)).toEqual([runId]);
      expect(
        (await store.getTrend({ from: '2026-11-01', to: '2026-11-30' })).every(
          r => r.day === '2026-11-20',
        ),
      ).toBe(true);
      // Current state is not history.
      expect(await count('maturity_entities')).toBe(6);
      expect(await count('maturity_check_results')).toBe(36);
    });

    describe('waivers', () => {
      const ref = 'component:default/payments-api';
      const exemption = {
        entityRef: ref,
        checkId: 'slo',
        kind: 'exemption' as const,
        reason: 'Batch job without users',
        expiresAt: '2026-12-31',
        evidenceUrl: 'https://wiki.acme.org/adr/42',
        createdBy: 'user:default/jane',
      };

      it('creates, reads and revokes waivers', async () => {
        const { knex, store } = await createStore();

        const created = await store.createWaiver(
          exemption,
          'user:default/jane',
          T0,
        );

        expect(created).toEqual({
          ...exemption,
          id: expect.stringMatching(/^[0-9a-f-]{36}$/),
          source: 'api',
          createdAt: T0.toISOString(),
        });
        await expect(store.getWaiver(created.id)).resolves.toEqual(created);
        await expect(store.listWaivers(ref)).resolves.toEqual([created]);

        const revoked = await store.revokeWaiver(
          created.id,
          'user:default/lead',
          'The job now serves users',
          T1,
        );

        expect(revoked).toEqual({
          ...created,
          revokedAt: T1.toISOString(),
          revokedBy: 'user:default/lead',
        });
        await expect(store.getWaiver(created.id)).resolves.toEqual(revoked);
        // Revoking again changes nothing.
        await expect(
          store.revokeWaiver(created.id, 'user:default/other', 'again', T2),
        ).resolves.toEqual(revoked);
        await expect(
          store.revokeWaiver(
            '00000000-0000-0000-0000-000000000000',
            'x',
            'y',
            T2,
          ),
        ).resolves.toBeUndefined();
        await expect(store.getWaiver('nope')).resolves.toBeUndefined();
        // Who revoked it and why stay those of the first revocation.
        await expect(
          knex('maturity_waivers')
            .where({ id: created.id })
            .first('revoked_by', 'revoke_reason'),
        ).resolves.toEqual({
          revoked_by: 'user:default/lead',
          revoke_reason: 'The job now serves users',
        });
      });

      it('lists the waivers of an entity newest first', async () => {
        const { store } = await createStore();
        const first = await store.createWaiver(
          exemption,
          'user:default/jane',
          T0,
        );
        const second = await store.createWaiver(
          { ...exemption, checkId: 'alerts', source: 'annotation' },
          'user:default/jane',
          T1,
        );
        await store.createWaiver(
          { ...exemption, entityRef: 'component:default/other' },
          'user:default/jane',
          T1,
        );

        await expect(store.listWaivers(ref)).resolves.toEqual([second, first]);
        expect(second.source).toBe('annotation');
      });

      it('returns only unrevoked, unexpired waivers; a date counts through its day', async () => {
        const { store } = await createStore();
        const other = 'component:default/orders-api';
        const create = (expiresAt: string, entityRef = ref) =>
          store.createWaiver(
            { ...exemption, entityRef, expiresAt },
            'user:default/jane',
            T0,
          );
        const today = await create('2026-11-20');
        await create('2026-11-19');
        await create('2026-11-20T22:00:00Z');
        const laterOffset = await create('2026-11-20T20:00:00-05:00');
        const earlierDay = await create('2026-11-19T23:30:00-05:00');
        const revoked = await create('2026-12-31');
        await store.revokeWaiver(revoked.id, 'user:default/lead', 'done', T1);
        const ofOther = await create('2027-01-01', other);
        const refs = [
          ...Array.from({ length: 700 }, (_, i) => `component:default/x-${i}`),
          ref,
          other,
        ];

        const lateEvening = await store.getActiveWaivers(
          refs,
          new Date('2026-11-20T23:00:00Z'),
        );
        expect(
          lateEvening
            .get(ref)
            ?.map(w => w.id)
            .sort(),
        ).toEqual([today.id, laterOffset.id].sort());
        expect(lateEvening.get(other)).toEqual([ofOther]);
        expect(lateEvening.has('component:default/x-1')).toBe(false);

        // 04:30 UTC on the 20th, though its date reads the 19th.
        const earlyMorning = await store.getActiveWaivers(
          [ref],
          new Date('2026-11-20T03:00:00Z'),
        );
        expect(earlyMorning.get(ref)?.map(w => w.id)).toContain(earlierDay.id);
        expect(lateEvening.get(ref)?.map(w => w.id)).not.toContain(
          earlierDay.id,
        );
      });
    });

    it('starts, finishes and lists evaluation runs newest first', async () => {
      const { store } = await createStore();
      const first = await store.startRun(T0);
      const second = await store.startRun(T1);
      await store.finishRun(first, {
        at: T1,
        entities: 2000,
        errors: 3,
        unreadable: 1,
      });

      expect(second).toBeGreaterThan(first);
      await expect(store.listRuns(10)).resolves.toEqual([
        {
          id: second,
          startedAt: T1.toISOString(),
          status: 'running',
          heartbeatAt: T1.toISOString(),
          entities: 0,
          errors: 0,
          unreadable: 0,
        },
        {
          id: first,
          startedAt: T0.toISOString(),
          finishedAt: T1.toISOString(),
          status: 'finished',
          heartbeatAt: T1.toISOString(),
          entities: 2000,
          errors: 3,
          unreadable: 1,
        },
      ]);
      expect((await store.listRuns(1)).map(r => r.id)).toEqual([second]);
    });
  },
);
