import { createBackendModule } from '@backstage/backend-plugin-api';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { maturityEvidenceProvidersExtensionPoint } from '@backstage-maturity/plugin-maturity-node';
import knexFactory, { type Knex } from 'knex';
import request from 'supertest';
import { shardOf } from './evaluation/shards';
import { maturityPlugin } from './plugin';
import { createTestDatabases } from './store/testDatabases';

// Two replicas of the backend on one PostgreSQL, each with the platform's
// real scheduler (whose locks live in that database) and its own connection
// pool, as two processes would have. Skipped without PostgreSQL: SQLite is
// one process's database.

jest.setTimeout(120_000);

const databases = createTestDatabases();
const postgres = databases
  .eachSupportedId()
  .filter(([id]) => id.startsWith('POSTGRES'));

const COUNT = 60;
const SHARDS = 2;

const entities: Entity[] = Array.from({ length: COUNT }, (_, i) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: `svc-${String(i).padStart(3, '0')}`,
    namespace: 'default',
  },
  spec: { type: 'service', lifecycle: 'production', owner: 'group:team-a' },
}));
const refs = entities.map(e => `component:default/${e.metadata.name}`);

/** Who evaluated which entity: each replica's evidence provider says. */
const asked: Array<{ replica: string; ref: string }> = [];
/** A replica whose evaluations never end (it hangs, then loses its database). */
let hanging: string | undefined;
let releaseHang = () => {};
const hang = new Promise<void>(resolve => {
  releaseHang = resolve;
});

function witness(replica: string) {
  return createBackendModule({
    pluginId: 'maturity',
    moduleId: `witness-${replica}`,
    register(env) {
      env.registerInit({
        deps: { providers: maturityEvidenceProvidersExtensionPoint },
        async init({ providers }) {
          providers.addEvidenceProvider({
            id: `witness-${replica}`,
            async collect({ entity }) {
              asked.push({
                replica,
                ref: `component:default/${entity.metadata.name}`,
              });
              if (hanging === replica) await hang;
              // Slow enough (with one read at a time: 6 s a shard) that a
              // shard is still under way when the other replica polls the
              // scheduler (every 5 s), as in a real catalog.
              await new Promise(resolve => setTimeout(resolve, 200));
              return { kind: 'evidence', evidence: {} };
            },
          });
        },
      });
    },
  });
}

async function startReplica(replica: string, knex: Knex) {
  return startTestBackend({
    features: [
      maturityPlugin,
      witness(replica),
      catalogServiceMock.factory({ entities }),
      mockServices.database.factory({ knex }),
      schedulerServiceFactory,
      mockServices.rootConfig.factory({
        data: {
          maturity: {
            shards: SHARDS,
            repositories: { concurrency: 1 },
            schedule: {
              frequency: { trigger: 'manual' },
              // Heartbeat each second, dead after 4 (see livenessFor).
              timeout: { seconds: 20 },
              initialDelay: { seconds: 0 },
            },
          },
        },
      }),
    ],
  });
}

interface RunRow {
  id: number;
  status: string;
  shard: number;
  entities: number;
}

async function waitFor<T>(
  what: string,
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 60_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > until) {
      throw new Error(
        `Timed out waiting for ${what}: ${JSON.stringify(value)}`,
      );
    }
    await new Promise(resolve => setTimeout(resolve, 200));
  }
}

(postgres.length > 0 ? describe : describe.skip)(
  'maturity.shards with two replicas on PostgreSQL',
  () => {
    it('spreads a cycle over both replicas, each entity once, and takes over the shard of a replica that died', async () => {
      const knexA = await databases.init(postgres[0][0]);
      const knexB = knexFactory({
        client: 'pg',
        connection: knexA.client.config.connection,
      });
      const a = await startReplica('a', knexA);
      const b = await startReplica('b', knexB);
      const runs = () =>
        knexA<RunRow>('maturity_runs')
          .select('id', 'status', 'shard', 'entities')
          .orderBy('id');
      try {
        // A cycle, asked for on one replica.
        const refresh = await request(a.server)
          .post('/api/maturity/refresh')
          .set('Authorization', mockCredentials.user.header());
        expect(refresh.body).toEqual({ status: 'started' });

        const first = await waitFor(
          'both shards finished',
          runs,
          rows => rows.filter(r => r.status === 'finished').length === SHARDS,
        );
        expect(first.map(r => r.shard).sort()).toEqual([1, 2]);
        expect(first.reduce((sum, r) => sum + Number(r.entities), 0)).toBe(
          COUNT,
        );
        // Both replicas worked, on different entities: each once.
        expect(new Set(asked.map(x => x.replica))).toEqual(new Set(['a', 'b']));
        expect(asked.map(x => x.ref).sort()).toEqual([...refs].sort());
        for (const replica of ['a', 'b']) {
          const shards = new Set(
            asked
              .filter(x => x.replica === replica)
              .map(x => shardOf(x.ref, SHARDS)),
          );
          expect(shards.size).toBe(1);
        }
        const stored = await knexA('maturity_entities').select(
          'entity_ref',
          'last_seen_run',
        );
        expect(stored.map(r => r.entity_ref).sort()).toEqual([...refs].sort());
        const runOfShard = new Map(first.map(r => [r.shard, r.id]));
        for (const row of stored) {
          expect(Number(row.last_seen_run)).toBe(
            runOfShard.get(shardOf(row.entity_ref, SHARDS)),
          );
        }

        // The next cycle: replica b hangs in its shard, then loses its
        // database (as a dead process would: no heartbeat, its lock held).
        asked.length = 0;
        hanging = 'b';
        const again = await request(b.server)
          .post('/api/maturity/refresh')
          .set('Authorization', mockCredentials.user.header());
        expect(again.body).toEqual({ status: 'started' });
        await waitFor(
          'replica b in its shard',
          async () => asked.filter(x => x.replica === 'b').length,
          n => n > 0,
        );
        const deadShard = shardOf(
          asked.find(x => x.replica === 'b')!.ref,
          SHARDS,
        );
        await knexB.destroy();
        const died = Date.now();

        const second = await waitFor(
          'the dead shard taken over and finished',
          async () => (await runs()).filter(r => r.id > first[1].id),
          rows =>
            rows.filter(r => r.status === 'finished').length === SHARDS &&
            rows.some(r => r.status === 'interrupted'),
        );
        const tookOverInMs = Date.now() - died;
        const interrupted = second.filter(r => r.status === 'interrupted');
        expect(interrupted).toEqual([
          expect.objectContaining({ shard: deadShard, entities: 0 }),
        ]);
        const finished = second.filter(r => r.status === 'finished');
        expect(finished.map(r => r.shard).sort()).toEqual([1, 2]);
        // Replica a evaluated the whole catalog this time, each entity once.
        const byA = asked.filter(x => x.replica === 'a').map(x => x.ref);
        expect(byA.sort()).toEqual([...refs].sort());
        expect((await knexA('maturity_entities').count({ n: '*' }))[0].n).toBe(
          String(COUNT),
        );

        // The API shows it.
        const listed = await request(a.server)
          .get('/api/maturity/runs?limit=10')
          .set('Authorization', mockCredentials.user.header());
        expect(
          listed.body.items.find(
            (r: { id: number }) => r.id === interrupted[0].id,
          ),
        ).toMatchObject({ status: 'interrupted' });
        // Well before the scheduler's own timeout (20 s here, 20 min by
        // default) would have freed the lock.
        expect(tookOverInMs).toBeLessThan(20_000);
        // eslint-disable-next-line no-console
        console.log(`Dead shard taken over and finished in ${tookOverInMs} ms`);
      } finally {
        releaseHang();
        await a.stop();
        await b.stop().catch(() => {});
      }
    });
  },
);
