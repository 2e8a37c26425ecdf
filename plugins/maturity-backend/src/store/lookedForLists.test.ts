import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { mockServices, TestDatabaseId } from '@backstage/backend-test-utils';
import type { Knex } from 'knex';
import { DatabaseMaturityStore } from './DatabaseMaturityStore';
import { createTestDatabases } from './testDatabases';
import { largeChecklist, recordOf, resultOf } from './__testUtils__/scorecards';

const databases = createTestDatabases();

const MIGRATIONS = resolvePackagePath(
  '@backstage-maturity/plugin-maturity-backend',
  'migrations',
);

const T0 = new Date('2026-11-20T10:00:00.000Z');
const T1 = new Date('2026-11-21T10:00:00.000Z');
const T2 = new Date('2026-11-22T10:00:00.000Z');

/** What each failing check of `recordOf` looked for. */
const failing = {
  alerts: ['alerts.md'],
  slo: ['slo.md'],
  dependabot: ['dependabot.md'],
};

async function lookedForOf(store: DatabaseMaturityStore, name: string) {
  const entity = await store.getEntity(`component:default/${name}`);
  return Object.fromEntries(
    entity!.checks
      .filter(c => c.lookedFor.length > 0)
      .map(c => [c.checkId, c.lookedFor]),
  );
}

async function storedLists(knex: Knex) {
  const rows = await knex('maturity_looked_for').select('list');
  return rows.map(r => JSON.parse(r.list)).sort();
}

describe.each(databases.eachSupportedId())(
  'Lists of what checks looked for on %s',
  (databaseId: TestDatabaseId) => {
    async function createStore(knex?: Knex) {
      const db = knex ?? (await databases.init(databaseId));
      const store = await DatabaseMaturityStore.create({
        database: mockServices.database({ knex: db }),
      });
      return { knex: db, store };
    }

    it('stores each list once however many results looked for it', async () => {
      const { knex, store } = await createStore();
      const runId = await store.startRun(T0);
      await store.saveEvaluations(
        ['a', 'b', 'c'].map(name => recordOf(name)),
        { runId, at: T0 },
      );

      expect(await storedLists(knex)).toEqual([
        ['alerts.md'],
        ['dependabot.md'],
        ['slo.md'],
      ]);
      const rows = await knex('maturity_check_results')
        .where({ check_id: 'alerts' })
        .select('looked_for', 'looked_for_id');
      expect(rows).toHaveLength(3);
      expect(new Set(rows.map(r => r.looked_for_id)).size).toBe(1);
      expect(rows.every(r => r.looked_for === '[]')).toBe(true);

      // Another process (a store with nothing held) reads them back.
      const { store: other } = await createStore(knex);
      await expect(lookedForOf(other, 'b')).resolves.toEqual(failing);
      await expect(lookedForOf(store, 'c')).resolves.toEqual(failing);
      const prior = await other.getPriorStates(['component:default/a']);
      expect(prior.get('component:default/a')?.results.slo).toEqual(
        resultOf('slo', 'fail'),
      );
    });

    it('reads back more distinct lists than one statement may bind', async () => {
      const { knex, store } = await createStore();
      const list = largeChecklist(42);
      // 800 entities x 42 checks, each looking for something of its own:
      // more than the 32,766 parameters a SQLite statement may bind.
      const names = Array.from({ length: 800 }, (_, i) => `svc-${i}`);
      const runId = await store.startRun(T0);
      await store.saveEvaluations(
        names.map(name =>
          recordOf(
            name,
            Object.fromEntries(
              list.checks.map(c => [
                c.id,
                { ...resultOf(c.id, 'fail'), lookedFor: [`${name}/${c.id}`] },
              ]),
            ),
            { checklist: list },
          ),
        ),
        { runId, at: T0 },
      );

      const { store: other } = await createStore(knex);
      const prior = await other.getPriorStates(
        names.map(name => `component:default/${name}`),
      );
      expect(prior.size).toBe(800);
      expect(
        prior.get('component:default/svc-799')?.results['check-41'].lookedFor,
      ).toEqual(['svc-799/check-41']);
      const lists = [...prior.values()].flatMap(state =>
        Object.values(state.results).map(r => r.lookedFor[0]),
      );
      expect(new Set(lists).size).toBe(33_600);
    }, 60_000);

    it('rewrites a result whose list changed and stores the new list', async () => {
      const { store } = await createStore();
      let runId = await store.startRun(T0);
      await store.saveEvaluations([recordOf('a')], { runId, at: T0 });

      runId = await store.startRun(T1);
      const stats = await store.saveEvaluations(
        [
          recordOf('a', {
            readme: 'pass',
            ci: 'pass',
            logging: 'pass',
            alerts: {
              ...resultOf('alerts', 'fail'),
              lookedFor: ['alerts.md', 'alerting/*.yaml'],
            },
          }),
        ],
        { runId, at: T1 },
      );

      // Same outcome: the row is rewritten, no history is added.
      expect(stats).toEqual({
        checkRowsWritten: 1,
        historyRowsWritten: 0,
        phaseChanges: 0,
      });
      await expect(lookedForOf(store, 'a')).resolves.toEqual({
        ...failing,
        alerts: ['alerts.md', 'alerting/*.yaml'],
      });
    });

    it('migrates down with the lists back in their rows, and up again', async () => {
      const knex = await databases.init(databaseId);
      const { store } = await createStore(knex);
      let runId = await store.startRun(T0);
      await store.saveEvaluations([recordOf('a')], { runId, at: T0 });

      await knex.migrate.down({
        directory: MIGRATIONS,
        name: '20261206120000_looked_for_lists.js',
      });
      await expect(knex.schema.hasTable('maturity_looked_for')).resolves.toBe(
        false,
      );
      const inline = await knex('maturity_check_results')
        .where({ entity_ref: 'component:default/a', check_id: 'slo' })
        .first('looked_for');
      expect(JSON.parse(inline.looked_for)).toEqual(['slo.md']);

      // Up again: rows as the earlier schema stored them read the same, and
      // the next save moves their lists out without adding history.
      const { store: upgraded } = await createStore(knex);
      await expect(lookedForOf(upgraded, 'a')).resolves.toEqual(failing);
      runId = await upgraded.startRun(T1);
      const stats = await upgraded.saveEvaluations([recordOf('a')], {
        runId,
        at: T1,
      });
      expect(stats.historyRowsWritten).toBe(0);
      expect(stats.checkRowsWritten).toBe(3);
      const rows = await knex('maturity_check_results')
        .where({ entity_ref: 'component:default/a' })
        .whereNot({ looked_for: '[]' });
      expect(rows).toEqual([]);
      expect(await storedLists(knex)).toHaveLength(3);
      await expect(lookedForOf(upgraded, 'a')).resolves.toEqual(failing);
    });

    it('deletes lists that no result refers to and no save used since the cutoff', async () => {
      const { knex, store } = await createStore();
      let runId = await store.startRun(T0);
      await store.saveEvaluations([recordOf('a'), recordOf('b')], {
        runId,
        at: T0,
      });
      // At T1 `a` passes alerts and `b` no longer exists; `slo` of `a`
      // looks for something new.
      runId = await store.startRun(T1);
      await store.saveEvaluations(
        [
          recordOf('a', {
            readme: 'pass',
            ci: 'pass',
            logging: 'pass',
            alerts: 'pass',
            slo: { ...resultOf('slo', 'fail'), lookedFor: ['slo.yaml'] },
          }),
        ],
        { runId, at: T1 },
      );
      await store.deleteEntitiesNotSeenIn(runId);

      // Unused since T0 but still referred to (dependabot), or used at T1
      // (slo.yaml): kept. Unreferenced and last used at T0: gone.
      await expect(store.deleteUnusedLookedFor(T1)).resolves.toBe(2);
      expect(await storedLists(knex)).toEqual([
        ['dependabot.md'],
        ['slo.yaml'],
      ]);
      await expect(store.deleteUnusedLookedFor(T2)).resolves.toBe(0);
      expect(await storedLists(knex)).toEqual([
        ['dependabot.md'],
        ['slo.yaml'],
      ]);
      await expect(lookedForOf(store, 'a')).resolves.toEqual({
        slo: ['slo.yaml'],
        dependabot: ['dependabot.md'],
      });
    });
  },
);
