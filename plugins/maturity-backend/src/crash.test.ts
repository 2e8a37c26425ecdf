import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import knexFactory, { type Knex } from 'knex';
import { createTestDatabases } from './store/testDatabases';

// The backend's evaluation in a child process (src/__testUtils__/
// crashBackend.ts) on a generated catalog, killed with SIGKILL after its
// first saved batch and started again; compared with a clean run on a fresh
// database. On a SQLite file always, and on PostgreSQL when the test command
// provides one.

jest.setTimeout(120_000);

const ENTITIES = 200;
const BATCH = 50;
const CHILD = path.resolve(__dirname, '__testUtils__/crashBackend.ts');
const TRANSFORM = require.resolve(
  '@backstage/cli-node/config/nodeTransform.cjs',
);

const databases = createTestDatabases();
const postgres = databases
  .eachSupportedId()
  .filter(([id]) => id.startsWith('POSTGRES'))
  .map(([id]) => id);

/** A child backend, its output, and its exit. */
function startChild(knexConfig: Knex.Config) {
  const child: ChildProcess = spawn(
    process.execPath,
    ['-r', TRANSFORM, CHILD],
    {
      env: {
        ...process.env,
        NODE_ENV: 'development',
        CRASH_KNEX: JSON.stringify(knexConfig),
        CRASH_ENTITIES: String(ENTITIES),
        CRASH_SLOW_MS: '5',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout!.on('data', chunk => {
    output += chunk;
  });
  child.stderr!.on('data', chunk => {
    output += chunk;
  });
  const exited = new Promise<number | null>(resolve =>
    child.on('exit', code => resolve(code)),
  );
  return { child, exited, output: () => output };
}

async function poll<T>(
  what: string,
  read: () => Promise<T>,
  done: (value: T) => boolean,
  options: { timeoutMs?: number; everyMs?: number; output?: () => string },
): Promise<T> {
  const until = Date.now() + (options.timeoutMs ?? 60_000);
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > until) {
      throw new Error(
        `Timed out waiting for ${what}: ${JSON.stringify(value)}\n${
          options.output?.() ?? ''
        }`,
      );
    }
    await new Promise(resolve => setTimeout(resolve, options.everyMs ?? 20));
  }
}

async function runs(knex: Knex) {
  return knex('maturity_runs')
    .select('id', 'status', 'entities', 'finished_at')
    .orderBy('id')
    .catch(() => [] as Array<Record<string, any>>);
}

/** Each entity's phase and outcome of each check. */
async function standings(knex: Knex) {
  const entities = await knex('maturity_entities')
    .select('entity_ref', 'phase')
    .orderBy('entity_ref');
  const checks = await knex('maturity_check_results')
    .select('entity_ref', 'check_id', 'outcome')
    .orderBy(['entity_ref', 'check_id']);
  return { entities, checks };
}

/**
 * Entities whose summary row disagrees with their check rows: a summary
 * without checks, or counts of outcomes that the rows do not have.
 */
async function halfWritten(knex: Knex): Promise<string[]> {
  const entities = await knex('maturity_entities').select();
  const checks = await knex('maturity_check_results').select(
    'entity_ref',
    'outcome',
  );
  const counted = new Map<string, Record<string, number>>();
  for (const row of checks) {
    const counts = counted.get(row.entity_ref) ?? {};
    const column = `${String(row.outcome).replace('-', '_')}_count`;
    counts[column] = (counts[column] ?? 0) + 1;
    counted.set(row.entity_ref, counts);
  }
  const wrong: string[] = [];
  for (const entity of entities) {
    const counts = counted.get(entity.entity_ref);
    if (!counts) {
      wrong.push(entity.entity_ref);
      continue;
    }
    for (const column of Object.keys(entity).filter(k =>
      k.endsWith('_count'),
    )) {
      if (Number(entity[column]) !== (counts[column] ?? 0)) {
        wrong.push(`${entity.entity_ref} ${column}`);
      }
    }
  }
  const orphans = [...counted.keys()].filter(
    ref => !entities.some(e => e.entity_ref === ref),
  );
  return [...wrong, ...orphans];
}

const sqliteFile = (dir: string, name: string): Knex.Config => ({
  client: 'better-sqlite3',
  connection: { filename: path.join(dir, `${name}.sqlite`) },
  useNullAsDefault: true,
});

describe('a backend killed mid-cycle (SIGKILL)', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'maturity-crash-'));
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  // PostgreSQL when the test command provides one (as deployments use),
  // else a SQLite file: one of them, to stay within a minute.
  const targets: Array<[string, (name: string) => Promise<Knex.Config>]> =
    postgres.length > 0
      ? [
          [
            'PostgreSQL',
            async () => {
              const knex = await databases.init(postgres[0]);
              return {
                client: 'pg',
                connection: knex.client.config.connection,
              } as Knex.Config;
            },
          ],
        ]
      : [['SQLite', async name => sqliteFile(dir, name)]];

  it.each(targets)(
    'on %s: leaves no half-written scorecard, marks the run interrupted with what it saved, and the next start completes a cycle equal to a clean one',
    async (_name, configFor) => {
      const started = Date.now();
      const crashConfig = await configFor('crash');
      const cleanConfig = await configFor('clean');
      const crashDb = knexFactory(crashConfig);
      const cleanDb = knexFactory(cleanConfig);
      try {
        // A clean run on a fresh database, for comparison, while the other
        // crashes: SIGKILL once its first batch is saved.
        const clean = startChild(cleanConfig);
        const first = startChild(crashConfig);
        const isSaving = (row: Record<string, any>) =>
          row.status === 'running' && Number(row.entities) >= BATCH;
        const killedRun = (
          await poll(
            'the first saved batch',
            () => runs(crashDb),
            rows => rows.some(isSaving),
            { output: first.output },
          )
        ).find(isSaving)!.id;
        first.child.kill('SIGKILL');
        await first.exited;
        const afterKill = (await runs(crashDb)).find(r => r.id === killedRun)!;
        // The cycle was cut short: not every entity was saved.
        expect(Number(afterKill.entities)).toBeLessThan(ENTITIES);
        expect(afterKill.status).toBe('running');
        const saved = await crashDb('maturity_entities')
          .where({ last_seen_run: killedRun })
          .count({ n: '*' });
        // What the run row says it saved is what it saved.
        expect(Number(saved[0].n)).toBe(Number(afterKill.entities));
        expect(await halfWritten(crashDb)).toEqual([]);

        const cleanCode = await clean.exited;
        expect({ code: cleanCode, output: clean.output() }).toMatchObject({
          code: 0,
        });

        // Restart: the dead run is marked, the scheduler's lock that it
        // held (for 20 minutes) released, and a cycle completes.
        const restarted = Date.now();
        const second = startChild(crashConfig);
        const code = await Promise.race([
          second.exited,
          new Promise<'timeout'>(resolve =>
            setTimeout(() => resolve('timeout'), 45_000),
          ),
        ]);
        if (code === 'timeout') second.child.kill('SIGKILL');
        expect({ code, output: second.output() }).toMatchObject({ code: 0 });
        const recoveredInMs = Date.now() - restarted;
        expect(second.output()).toMatch(
          new RegExp(`Marked evaluation runs (\\d+, )*${killedRun}\\b`),
        );

        const after = await runs(crashDb);
        expect(after.find(r => r.id === killedRun)).toMatchObject({
          id: killedRun,
          status: 'interrupted',
          finished_at: null,
        });
        expect(Number(after.find(r => r.id === killedRun)!.entities)).toBe(
          Number(afterKill.entities),
        );
        expect(after[after.length - 1]).toMatchObject({ status: 'finished' });
        expect(Number(after[after.length - 1].entities)).toBe(ENTITIES);

        expect(await halfWritten(crashDb)).toEqual([]);
        const crashed = await standings(crashDb);
        expect(crashed.entities).toHaveLength(ENTITIES);
        expect(crashed).toEqual(await standings(cleanDb));
        // eslint-disable-next-line no-console
        console.log(
          `${_name}: killed after ${
            afterKill.entities
          } entities; restart to a complete cycle in ${recoveredInMs} ms; whole test ${
            Date.now() - started
          } ms`,
        );
      } finally {
        await crashDb.destroy();
        await cleanDb.destroy();
      }
    },
  );
});
