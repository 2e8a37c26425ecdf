import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { mockServices, TestDatabaseId } from '@backstage/backend-test-utils';
import { shardOf } from '../evaluation/shards';
import { DatabaseMaturityStore } from './DatabaseMaturityStore';
import { createTestDatabases } from './testDatabases';
import { recordOf } from './__testUtils__/scorecards';

const databases = createTestDatabases();

const T0 = new Date('2026-12-12T10:00:00.000Z');
const T1 = new Date('2026-12-12T10:00:20.000Z');
const T2 = new Date('2026-12-12T10:01:00.000Z');
const T3 = new Date('2026-12-12T10:02:00.000Z');

const MIGRATIONS = resolvePackagePath(
  '@backstage-maturity/plugin-maturity-backend',
  'migrations',
);

const progress = (at: Date) => ({ at, errors: 1, unreadable: 2 });

describe.each(databases.eachSupportedId())(
  'Runs of DatabaseMaturityStore on %s',
  (databaseId: TestDatabaseId) => {
    async function createStore() {
      const knex = await databases.init(databaseId);
      const store = await DatabaseMaturityStore.create({
        database: mockServices.database({ knex }),
      });
      return { knex, store };
    }

    it('shows a run in progress with its saved entities and heartbeat, then finished', async () => {
      const { store } = await createStore();
      const runId = await store.startRun(T0, { shard: 1, shards: 1 });

      await store.saveEvaluations([recordOf('a'), recordOf('b')], {
        runId,
        at: T0,
      });
      await expect(store.recordRunProgress(runId, progress(T1))).resolves.toBe(
        true,
      );
      await expect(store.listRuns(1)).resolves.toEqual([
        {
          id: runId,
          startedAt: T0.toISOString(),
          status: 'running',
          heartbeatAt: T1.toISOString(),
          entities: 2,
          errors: 1,
          unreadable: 2,
        },
      ]);

      await store.finishRun(runId, {
        at: T2,
        entities: 2,
        errors: 1,
        unreadable: 2,
      });
      const [finished] = await store.listRuns(1);
      expect(finished).toMatchObject({
        status: 'finished',
        finishedAt: T2.toISOString(),
        entities: 2,
      });
    });

    it('names the shard of a run when the cycle is split', async () => {
      const { store } = await createStore();
      const second = await store.startRun(T0, { shard: 2, shards: 3 });
      const whole = await store.startRun(T1, { shard: 1, shards: 1 });
      const onRequest = await store.startRun(T2);

      const runs = new Map((await store.listRuns(3)).map(r => [r.id, r]));
      expect(runs.get(second)?.shard).toEqual({ index: 2, count: 3 });
      expect(runs.get(whole)?.shard).toBeUndefined();
      expect(runs.get(onRequest)?.shard).toBeUndefined();
    });

    it('marks a run without heartbeat for the bound interrupted, with what it saved', async () => {
      const { store } = await createStore();
      const dead = await store.startRun(T0, { shard: 1, shards: 2 });
      await store.saveEvaluations([recordOf('a')], { runId: dead, at: T0 });
      await store.recordRunProgress(dead, progress(T0));
      const alive = await store.startRun(T0, { shard: 2, shards: 2 });
      await store.recordRunProgress(alive, progress(T2));
      const finished = await store.startRun(T0);
      await store.finishRun(finished, {
        at: T0,
        entities: 0,
        errors: 0,
        unreadable: 0,
      });

      // A minute after T1: only the run silent since T0 is dead.
      await expect(store.markDeadRunsInterrupted(T1)).resolves.toEqual([dead]);
      await expect(store.markDeadRunsInterrupted(T1)).resolves.toEqual([]);

      const runs = new Map((await store.listRuns(10)).map(r => [r.id, r]));
      expect(runs.get(dead)).toMatchObject({
        status: 'interrupted',
        entities: 1,
        heartbeatAt: T0.toISOString(),
      });
      expect(runs.get(dead)?.finishedAt).toBeUndefined();
      expect(runs.get(alive)?.status).toBe('running');
      expect(runs.get(finished)?.status).toBe('finished');

      // Its process, if it lived after all, learns that it must stop.
      await expect(store.recordRunProgress(dead, progress(T2))).resolves.toBe(
        false,
      );
      expect((await store.listRuns(10)).find(r => r.id === dead)?.status).toBe(
        'interrupted',
      );
    });

    it('tells whether a shard has a live run: running or finishing, with a recent heartbeat', async () => {
      const { store } = await createStore();
      const first = { shard: 1, shards: 2 };
      const second = { shard: 2, shards: 2 };
      const runId = await store.startRun(T0, first);

      await expect(store.hasLiveRun(first, T0)).resolves.toBe(true);
      await expect(store.hasLiveRun(first, T1)).resolves.toBe(false);
      await expect(store.hasLiveRun(second, T0)).resolves.toBe(false);
      // Another split of the catalog is another shard.
      await expect(store.hasLiveRun({ shard: 1, shards: 3 }, T0)).resolves.toBe(
        false,
      );

      // Finished, its task still at work on campaigns and notifications.
      await store.finishRun(runId, {
        at: T1,
        entities: 0,
        errors: 0,
        unreadable: 0,
      });
      await store.recordHeartbeat(runId, T2);
      await expect(store.hasLiveRun(first, T2)).resolves.toBe(true);

      await store.interruptRun(runId, progress(T3));
      // A finished run stays finished.
      expect((await store.listRuns(1))[0].status).toBe('finished');

      const failed = await store.startRun(T3, first);
      await store.interruptRun(failed, progress(T3));
      expect((await store.listRuns(1))[0].status).toBe('interrupted');
      await store.recordHeartbeat(failed, T3);
      await expect(store.hasLiveRun(first, T3)).resolves.toBe(false);
    });

    it('removes only the shard’s own entities that its run did not see', async () => {
      const { store } = await createStore();
      const names = Array.from({ length: 12 }, (_, i) => `svc-${i}`);
      const ref = (name: string) => `component:default/${name}`;
      const old = await store.startRun(T0);
      await store.saveEvaluations(
        names.map(n => recordOf(n)),
        {
          runId: old,
          at: T0,
        },
      );
      const ofShard1 = names.filter(n => shardOf(ref(n), 2) === 1);
      const ofShard2 = names.filter(n => shardOf(ref(n), 2) === 2);
      expect(ofShard1.length).toBeGreaterThan(0);
      expect(ofShard2.length).toBeGreaterThan(0);

      // Shard 1 sees all its entities but one; shard 2 has not run yet.
      const run = await store.startRun(T1, { shard: 1, shards: 2 });
      await store.saveEvaluations(
        ofShard1.slice(1).map(n => recordOf(n)),
        { runId: run, at: T1 },
      );
      const removed = await store.deleteEntitiesNotSeenIn(run, {
        inShard: entityRef => shardOf(entityRef, 2) === 1,
      });

      expect(removed).toBe(1);
      await expect(store.getEntity(ref(ofShard1[0]))).resolves.toBeUndefined();
      for (const name of [...ofShard1.slice(1), ...ofShard2]) {
        expect(await store.getEntity(ref(name))).toBeDefined();
      }
    });

    it('migrates runs of before: finished ones finished, unfinished ones judged from their start', async () => {
      const knex = await databases.init(databaseId);
      await knex.migrate.up({
        directory: MIGRATIONS,
        name: '20261121120000_init.js',
      });
      await knex.migrate.latest({ directory: MIGRATIONS });
      await knex.migrate.down({ directory: MIGRATIONS });
      await knex('maturity_runs').insert([
        { started_at: T0.toISOString(), finished_at: T1.toISOString() },
        { started_at: T1.toISOString() },
      ]);
      await knex.migrate.latest({ directory: MIGRATIONS });
      const store = await DatabaseMaturityStore.create({
        database: mockServices.database({ knex }),
      });

      const [unfinished, finished] = await store.listRuns(2);
      expect(finished).toMatchObject({
        status: 'finished',
        heartbeatAt: T1.toISOString(),
      });
      expect(unfinished).toMatchObject({
        status: 'running',
        heartbeatAt: T1.toISOString(),
      });
      await expect(store.markDeadRunsInterrupted(T2)).resolves.toEqual([
        unfinished.id,
      ]);

      await knex.migrate.down({ directory: MIGRATIONS });
      expect(await knex.schema.hasColumn('maturity_runs', 'status')).toBe(
        false,
      );
    });
  },
);
