import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { mockServices, TestDatabaseId } from '@backstage/backend-test-utils';
import type { Knex } from 'knex';
import { DatabaseMaturityStore } from './DatabaseMaturityStore';
import { createTestDatabases } from './testDatabases';
import {
  foundationOutcomes,
  largeChecklist,
  recordOf,
  resultOf,
} from './__testUtils__/scorecards';

const databases = createTestDatabases();

const T0 = new Date('2026-11-20T10:00:00.000Z');
const T1 = new Date('2026-11-20T11:00:00.000Z');
const T2 = new Date('2026-11-20T12:00:00.000Z');

const TABLES = [
  'maturity_entities',
  'maturity_check_results',
  'maturity_check_history',
  'maturity_phase_history',
  'maturity_daily_snapshots',
  'maturity_runs',
  'maturity_waivers',
  'maturity_looked_for',
];

async function countRows(knex: Knex, table: string, where: object = {}) {
  const [{ count }] = await knex(table).where(where).count({ count: '*' });
  return Number(count);
}

/** Records the tables that INSERT, UPDATE or DELETE statements touch. */
function recordWrites(knex: Knex): string[] {
  const writes: string[] = [];
  knex.on('query', ({ sql }: { sql: string }) => {
    const match = /^\s*(insert into|update|delete from)\s+[`"]?(\w+)/i.exec(
      sql,
    );
    if (match) {
      writes.push(match[2]);
    }
  });
  return writes;
}

describe.each(databases.eachSupportedId())(
  'DatabaseMaturityStore on %s',
  (databaseId: TestDatabaseId) => {
    async function createStore() {
      const knex = await databases.init(databaseId);
      const store = await DatabaseMaturityStore.create({
        database: mockServices.database({ knex }),
      });
      return { knex, store };
    }

    it('migrates up and down: rollback leaves no maturity tables', async () => {
      const knex = await databases.init(databaseId);
      const directory = resolvePackagePath(
        '@backstage-maturity/plugin-maturity-backend',
        'migrations',
      );

      await knex.migrate.latest({ directory });
      for (const table of TABLES) {
        await expect(knex.schema.hasTable(table)).resolves.toBe(true);
      }

      await knex.migrate.rollback({ directory }, true);
      for (const table of TABLES) {
        await expect(knex.schema.hasTable(table)).resolves.toBe(false);
      }

      await knex.migrate.latest({ directory });
      for (const table of TABLES) {
        await expect(knex.schema.hasTable(table)).resolves.toBe(true);
      }
    });

    it('drops the audit table, and recreates it when migrated down', async () => {
      const knex = await databases.init(databaseId);
      const directory = resolvePackagePath(
        '@backstage-maturity/plugin-maturity-backend',
        'migrations',
      );
      await knex.migrate.latest({ directory });
      await expect(knex.schema.hasTable('maturity_audit')).resolves.toBe(false);

      await knex.migrate.down({
        directory,
        name: '20261208120000_drop_audit.js',
      });
      await expect(knex.schema.hasTable('maturity_audit')).resolves.toBe(true);
      await knex('maturity_audit').insert({
        at: T0.toISOString(),
        actor: 'user:default/jane',
        action: 'waiver.created',
        entity_ref: 'component:default/payments-api',
        check_id: 'slo',
        details: '{}',
      });
      await expect(
        knex('maturity_audit').select('id', 'actor', 'entity_ref'),
      ).resolves.toEqual([
        {
          id: 1,
          actor: 'user:default/jane',
          entity_ref: 'component:default/payments-api',
        },
      ]);

      await knex.migrate.up({ directory });
      await expect(knex.schema.hasTable('maturity_audit')).resolves.toBe(false);
      // The store works on the migrated database.
      const store = await DatabaseMaturityStore.create({
        database: mockServices.database({ knex }),
      });
      await expect(store.listRuns(1)).resolves.toEqual([]);
    });

    it('does not migrate when the database service says to skip', async () => {
      const knex = await databases.init(databaseId);
      await DatabaseMaturityStore.create({
        database: mockServices.database({ knex, migrations: { skip: true } }),
      });
      await expect(knex.schema.hasTable('maturity_entities')).resolves.toBe(
        false,
      );
    });

    it('saves an evaluation and reads it back with its evidence', async () => {
      const { store } = await createStore();
      const runId = await store.startRun(T0);

      const stats = await store.saveEvaluations(
        [
          recordOf('payments-api', foundationOutcomes, {
            facts: { title: 'Payments API' },
          }),
        ],
        { runId, at: T0 },
      );

      // Six check rows, six first outcomes and one phase reached.
      expect(stats).toEqual({
        checkRowsWritten: 6,
        historyRowsWritten: 7,
        phaseChanges: 1,
      });
      const entity = await store.getEntity('component:default/payments-api');
      expect(entity?.summary).toEqual({
        entityRef: 'component:default/payments-api',
        kind: 'component',
        namespace: 'default',
        name: 'payments-api',
        title: 'Payments API',
        type: 'service',
        lifecycle: 'production',
        owner: 'group:default/team-payments',
        system: 'system:default/payments',
        domain: 'domain:default/commerce',
        phase: 'foundation',
        nextPhase: 'operable',
        progress: 0.5,
        counts: {
          pass: 3,
          fail: 3,
          'not-applicable': 0,
          exempt: 0,
          attested: 0,
          error: 0,
        },
        blocking: ['alerts'],
        evaluatedAt: T0.toISOString(),
        phaseSince: T0.toISOString(),
      });
      const byId = new Map(entity!.checks.map(c => [c.checkId, c]));
      expect(byId.get('readme')).toEqual({
        ...resultOf('readme', 'pass'),
        blocking: false,
        changedAt: T0.toISOString(),
      });
      expect(byId.get('alerts')).toEqual({
        ...resultOf('alerts', 'fail'),
        blocking: true,
        changedAt: T0.toISOString(),
      });
      await expect(store.getEntity('component:default/nope')).resolves.toBe(
        undefined,
      );
      // First outcomes are history too, with no previous outcome.
      const history = await store.getCheckHistory(
        'component:default/payments-api',
        10,
      );
      expect(history).toHaveLength(6);
      expect(history).toContainEqual({
        at: T0.toISOString(),
        checkId: 'alerts',
        from: null,
        to: 'fail',
      });
      expect(history.every(h => h.from === null)).toBe(true);
    });

    it('keeps waivers and reasons of checks', async () => {
      const { store } = await createStore();
      await store.saveEvaluations(
        [
          recordOf('payments-api', {
            ...foundationOutcomes,
            alerts: 'exempt',
            slo: 'attested',
            dependabot: 'not-applicable',
          }),
        ],
        { runId: await store.startRun(T0), at: T0 },
      );

      const entity = await store.getEntity('component:default/payments-api');
      const byId = new Map(entity!.checks.map(c => [c.checkId, c]));
      expect(byId.get('alerts')).toMatchObject(resultOf('alerts', 'exempt'));
      expect(byId.get('slo')).toMatchObject(resultOf('slo', 'attested'));
      expect(byId.get('dependabot')).toMatchObject(
        resultOf('dependabot', 'not-applicable'),
      );
      expect(entity!.summary.phase).toBe('excellent');
      expect(entity!.summary.nextPhase).toBe(null);
      expect(entity!.summary.progress).toBe(1);
    });

    it('writes no check or history rows when nothing changed', async () => {
      const { knex, store } = await createStore();
      const records = [recordOf('payments-api'), recordOf('orders-api')];
      await store.saveEvaluations(records, {
        runId: await store.startRun(T0),
        at: T0,
      });
      const historyBefore = await countRows(knex, 'maturity_check_history');
      const phasesBefore = await countRows(knex, 'maturity_phase_history');
      const runId = await store.startRun(T1);
      const writes = recordWrites(knex);

      const stats = await store.saveEvaluations(records, { runId, at: T1 });

      expect(stats).toEqual({
        checkRowsWritten: 0,
        historyRowsWritten: 0,
        phaseChanges: 0,
      });
      // The entity rows (seen by this run), and the run's count of saves.
      expect(writes).toEqual(['maturity_entities', 'maturity_runs']);
      expect(await countRows(knex, 'maturity_check_history')).toBe(
        historyBefore,
      );
      expect(await countRows(knex, 'maturity_phase_history')).toBe(
        phasesBefore,
      );
      const entity = await store.getEntity('component:default/payments-api');
      expect(entity!.summary.evaluatedAt).toBe(T1.toISOString());
      expect(entity!.summary.phaseSince).toBe(T0.toISOString());
      expect(entity!.checks.map(c => c.changedAt)).toEqual(
        entity!.checks.map(() => T0.toISOString()),
      );
      expect(
        await countRows(knex, 'maturity_entities', { last_seen_run: runId }),
      ).toBe(2);
    });

    it('writes one check row and one history row for one outcome change', async () => {
      const { knex, store } = await createStore();
      await store.saveEvaluations([recordOf('payments-api')], {
        runId: await store.startRun(T0),
        at: T0,
      });
      const historyBefore = await countRows(knex, 'maturity_check_history');

      // The security track does not gate the ladder: the phase stays.
      const stats = await store.saveEvaluations(
        [
          recordOf('payments-api', {
            ...foundationOutcomes,
            dependabot: 'pass',
          }),
        ],
        { runId: await store.startRun(T1), at: T1 },
      );

      expect(stats).toEqual({
        checkRowsWritten: 1,
        historyRowsWritten: 1,
        phaseChanges: 0,
      });
      expect(await countRows(knex, 'maturity_check_history')).toBe(
        historyBefore + 1,
      );
      const history = await store.getCheckHistory(
        'component:default/payments-api',
        2,
      );
      expect(history[0]).toEqual({
        at: T1.toISOString(),
        checkId: 'dependabot',
        from: 'fail',
        to: 'pass',
      });
      expect(history).toHaveLength(2);
      const entity = await store.getEntity('component:default/payments-api');
      const byId = new Map(entity!.checks.map(c => [c.checkId, c]));
      expect(byId.get('dependabot')).toMatchObject({
        outcome: 'pass',
        changedAt: T1.toISOString(),
      });
      expect(byId.get('readme')!.changedAt).toBe(T0.toISOString());
      expect(entity!.summary.counts.pass).toBe(4);
    });

    it('rewrites a check whose evidence changed without adding history', async () => {
      const { knex, store } = await createStore();
      await store.saveEvaluations([recordOf('payments-api')], {
        runId: await store.startRun(T0),
        at: T0,
      });
      const historyBefore = await countRows(knex, 'maturity_check_history');
      const moved = {
        ...resultOf('readme', 'pass'),
        evidence: [
          {
            kind: 'file' as const,
            target: 'docs/README.md',
            detail: 'docs/README.md',
          },
        ],
      };

      const stats = await store.saveEvaluations(
        [recordOf('payments-api', { ...foundationOutcomes, readme: moved })],
        { runId: await store.startRun(T1), at: T1 },
      );

      expect(stats).toEqual({
        checkRowsWritten: 1,
        historyRowsWritten: 0,
        phaseChanges: 0,
      });
      expect(await countRows(knex, 'maturity_check_history')).toBe(
        historyBefore,
      );
      const entity = await store.getEntity('component:default/payments-api');
      const readme = entity!.checks.find(c => c.checkId === 'readme');
      expect(readme).toMatchObject({
        evidence: moved.evidence,
        changedAt: T0.toISOString(),
      });
    });

    it('records phase changes and resets the phase start', async () => {
      const { store } = await createStore();
      await store.saveEvaluations([recordOf('payments-api')], {
        runId: await store.startRun(T0),
        at: T0,
      });

      const stats = await store.saveEvaluations(
        [recordOf('payments-api', { ...foundationOutcomes, alerts: 'pass' })],
        { runId: await store.startRun(T1), at: T1 },
      );
      await store.saveEvaluations(
        [recordOf('payments-api', { ...foundationOutcomes, ci: 'fail' })],
        { runId: await store.startRun(T2), at: T2 },
      );

      // `alerts` now passes, and `slo` now blocks the next phase.
      expect(stats).toEqual({
        checkRowsWritten: 2,
        historyRowsWritten: 2,
        phaseChanges: 1,
      });
      await expect(
        store.getPhaseTimeline('component:default/payments-api'),
      ).resolves.toEqual([
        { at: T0.toISOString(), from: null, to: 'foundation' },
        { at: T1.toISOString(), from: 'foundation', to: 'operable' },
        { at: T2.toISOString(), from: 'operable', to: null },
      ]);
      const entity = await store.getEntity('component:default/payments-api');
      expect(entity!.summary).toMatchObject({
        phase: null,
        nextPhase: 'foundation',
        phaseSince: T2.toISOString(),
        blocking: ['ci'],
      });
    });

    it('keeps the last conclusive outcome and evidence while a check errs', async () => {
      const { store } = await createStore();
      const ref = 'component:default/payments-api';
      await store.saveEvaluations([recordOf('payments-api')], {
        runId: await store.startRun(T0),
        at: T0,
      });
      await store.saveEvaluations(
        [recordOf('payments-api', { ...foundationOutcomes, readme: 'error' })],
        { runId: await store.startRun(T1), at: T1 },
      );
      const otherError = {
        ...resultOf('readme', 'error'),
        reason: 'Timed out after 30 s',
      };
      await store.saveEvaluations(
        [
          recordOf('payments-api', {
            ...foundationOutcomes,
            readme: otherError,
          }),
        ],
        { runId: await store.startRun(T2), at: T2 },
      );

      const entity = await store.getEntity(ref);
      expect(entity!.checks.find(c => c.checkId === 'readme')).toEqual({
        ...otherError,
        // Without a previous outcome given to the engine, the check could
        // not be read: it never blocks.
        blocking: false,
        changedAt: T1.toISOString(),
        lastConclusive: {
          outcome: 'pass',
          evidence: resultOf('readme', 'pass').evidence,
        },
      });
      const prior = (await store.getPriorStates([ref])).get(ref)!;
      expect(prior.conclusive.readme).toBe('pass');
      expect(prior.results.readme).toMatchObject({
        outcome: 'pass',
        evidence: resultOf('readme', 'pass').evidence,
      });

      // A conclusive outcome replaces it.
      await store.saveEvaluations(
        [recordOf('payments-api', { ...foundationOutcomes, readme: 'fail' })],
        { runId: await store.startRun(T2), at: T2 },
      );
      const after = await store.getEntity(ref);
      const readme = after!.checks.find(c => c.checkId === 'readme')!;
      expect(readme.outcome).toBe('fail');
      expect(readme.lastConclusive).toBeUndefined();
      const priorAfter = (await store.getPriorStates([ref])).get(ref)!;
      expect(priorAfter.conclusive.readme).toBe('fail');
    });

    it('has no conclusive outcome for a check that only ever erred', async () => {
      const { store } = await createStore();
      const ref = 'component:default/payments-api';
      await store.saveEvaluations(
        [recordOf('payments-api', { ...foundationOutcomes, slo: 'error' })],
        { runId: await store.startRun(T0), at: T0 },
      );

      const prior = (await store.getPriorStates([ref])).get(ref)!;
      expect(prior.conclusive.slo).toBeUndefined();
      expect(prior.results.slo).toBeUndefined();
      const entity = await store.getEntity(ref);
      const slo = entity!.checks.find(c => c.checkId === 'slo')!;
      expect(slo.outcome).toBe('error');
      expect(slo.lastConclusive).toBeUndefined();
    });

    it('returns the prior states of many entities in one call', async () => {
      const { store } = await createStore();
      const names = Array.from({ length: 1200 }, (_, i) => `service-${i}`);
      await store.saveEvaluations(
        names.map(name => recordOf(name)),
        { runId: await store.startRun(T0), at: T0 },
      );

      const states = await store.getPriorStates([
        ...names.map(name => `component:default/${name}`),
        'component:default/new-service',
      ]);

      expect(states.size).toBe(1200);
      expect(states.has('component:default/new-service')).toBe(false);
      const state = states.get('component:default/service-1100')!;
      expect(state).toEqual({
        entityRef: 'component:default/service-1100',
        phase: 'foundation',
        repository: {
          location: 'https://github.com/acme/service-1100',
          etag: '"etag-service-1100"',
        },
        inputsDigest: 'digest-service-1100',
        conclusive: foundationOutcomes,
        results: Object.fromEntries(
          Object.entries(foundationOutcomes).map(([id, outcome]) => [
            id,
            resultOf(id, outcome),
          ]),
        ),
      });
    });

    it('drops the results of checks that left the checklist', async () => {
      const { store } = await createStore();
      const ref = 'component:default/payments-api';
      await store.saveEvaluations([recordOf('payments-api')], {
        runId: await store.startRun(T0),
        at: T0,
      });
      const shorter = recordOf('payments-api');
      shorter.scorecard.checks = shorter.scorecard.checks.filter(
        c => c.checkId !== 'dependabot',
      );

      const stats = await store.saveEvaluations([shorter], {
        runId: await store.startRun(T1),
        at: T1,
      });

      expect(stats.checkRowsWritten).toBe(1);
      const entity = await store.getEntity(ref);
      expect(entity!.checks.map(c => c.checkId)).not.toContain('dependabot');
      expect(entity!.checks).toHaveLength(5);
    });

    it('records the first outcome of a check added to the checklist', async () => {
      const { store } = await createStore();
      const shorter = recordOf('payments-api');
      shorter.scorecard.checks = shorter.scorecard.checks.filter(
        c => c.checkId !== 'dependabot',
      );
      await store.saveEvaluations([shorter], {
        runId: await store.startRun(T0),
        at: T0,
      });

      const stats = await store.saveEvaluations([recordOf('payments-api')], {
        runId: await store.startRun(T1),
        at: T1,
      });

      expect(stats).toEqual({
        checkRowsWritten: 1,
        historyRowsWritten: 1,
        phaseChanges: 0,
      });
      const [latest] = await store.getCheckHistory(
        'component:default/payments-api',
        1,
      );
      expect(latest).toEqual({
        at: T1.toISOString(),
        checkId: 'dependabot',
        from: null,
        to: 'fail',
      });
    });

    it('writes more changes and removals in one save than one insert may hold', async () => {
      const { knex, store } = await createStore();
      const list = largeChecklist(3);
      const names = Array.from({ length: 600 }, (_, i) => `service-${i}`);
      await store.saveEvaluations(
        names.map(name =>
          recordOf(
            name,
            { 'check-00': 'pass', 'check-01': 'pass', 'check-02': 'pass' },
            { checklist: list },
          ),
        ),
        { runId: await store.startRun(T0), at: T0 },
      );

      // Every entity fails check-00, so leaves its phase, and check-02
      // leaves the checklist: 600 rows of each kind, more than the 500 of
      // a multi-row insert on SQLite.
      const shorter = { ...list, checks: list.checks.slice(0, 2) };
      const stats = await store.saveEvaluations(
        names.map(name =>
          recordOf(
            name,
            { 'check-00': 'fail', 'check-01': 'pass' },
            { checklist: shorter },
          ),
        ),
        { runId: await store.startRun(T1), at: T1 },
      );

      expect(stats).toEqual({
        checkRowsWritten: 1200,
        historyRowsWritten: 1200,
        phaseChanges: 600,
      });
      const at = T1.toISOString();
      expect(
        await countRows(knex, 'maturity_check_history', {
          at,
          check_id: 'check-00',
          from_outcome: 'pass',
          to_outcome: 'fail',
        }),
      ).toBe(600);
      expect(
        await countRows(knex, 'maturity_phase_history', {
          at,
          from_phase: 'foundation',
          to_phase: null,
        }),
      ).toBe(600);
      expect(
        await countRows(knex, 'maturity_check_results', {
          check_id: 'check-02',
        }),
      ).toBe(0);
      expect(await countRows(knex, 'maturity_check_results')).toBe(1200);
    });

    it('deletes entities that the last run did not see, with their results', async () => {
      const { knex, store } = await createStore();
      await store.saveEvaluations(
        [recordOf('a'), recordOf('b'), recordOf('c')],
        { runId: await store.startRun(T0), at: T0 },
      );
      const runId = await store.startRun(T1);
      await store.saveEvaluations([recordOf('a'), recordOf('c')], {
        runId,
        at: T1,
      });

      await expect(store.deleteEntitiesNotSeenIn(runId)).resolves.toBe(1);

      await expect(store.getEntity('component:default/b')).resolves.toBe(
        undefined,
      );
      for (const table of [
        'maturity_check_results',
        'maturity_check_history',
        'maturity_phase_history',
      ]) {
        expect(
          await countRows(knex, table, { entity_ref: 'component:default/b' }),
        ).toBe(0);
      }
      expect(await countRows(knex, 'maturity_entities')).toBe(2);
      expect(await countRows(knex, 'maturity_check_results')).toBe(12);
    });

    it('keeps entities that a run started after the cycle saw, whichever saved last', async () => {
      const { store } = await createStore();
      const early = await store.startRun(T0);
      const cycle = await store.startRun(T0);
      const late = await store.startRun(T1);
      // The cycle sees a and b; an earlier run's save of a lands after it,
      // and a later run (a re-evaluation on request) saves c, new.
      await store.saveEvaluations([recordOf('a'), recordOf('b')], {
        runId: cycle,
        at: T1,
      });
      await store.saveEvaluations([recordOf('a')], { runId: early, at: T1 });
      await store.saveEvaluations([recordOf('c')], { runId: late, at: T1 });

      await expect(store.deleteEntitiesNotSeenIn(cycle)).resolves.toBe(0);
      for (const name of ['a', 'b', 'c']) {
        expect(
          await store.getEntity(`component:default/${name}`),
        ).toBeDefined();
      }
    });

    it('deletes given entities with their results', async () => {
      const { knex, store } = await createStore();
      await store.saveEvaluations([recordOf('a'), recordOf('b')], {
        runId: await store.startRun(T0),
        at: T0,
      });

      await expect(
        store.deleteEntities(['component:default/a', 'component:default/x']),
      ).resolves.toBe(1);

      expect(await countRows(knex, 'maturity_entities')).toBe(1);
      expect(await countRows(knex, 'maturity_check_results')).toBe(6);
      expect(
        await countRows(knex, 'maturity_check_history', {
          entity_ref: 'component:default/a',
        }),
      ).toBe(0);
    });

    // Within the default timeout on SQLite; a local PostgreSQL server shares
    // the CPU with Jest, so it gets more time.
    it(
      'saves 2,000 entities with 40 checks each in one call',
      async () => {
        const { knex, store } = await createStore();
        const list = largeChecklist(40);
        const records = Array.from({ length: 2000 }, (_, i) =>
          recordOf(`service-${i}`, { 'check-07': 'pass' }, { checklist: list }),
        );

        const stats = await store.saveEvaluations(records, {
          runId: await store.startRun(T0),
          at: T0,
        });

        // Nobody reached a phase: no phase history.
        expect(stats).toEqual({
          checkRowsWritten: 80_000,
          historyRowsWritten: 80_000,
          phaseChanges: 0,
        });
        expect(await countRows(knex, 'maturity_entities')).toBe(2000);
        expect(await countRows(knex, 'maturity_check_results')).toBe(80_000);
        expect(await countRows(knex, 'maturity_check_history')).toBe(80_000);
        const blockers = await store.getBlockers({}, { limit: 1 });
        expect(blockers.items).toEqual([{ checkId: 'check-00', count: 2000 }]);
      },
      databaseId === 'SQLITE_3' ? undefined : 30_000,
    );
  },
);
