/*
 * Benchmark of the evaluation cycle and the API (not a test). For SQLite (a
 * file database) and, when BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING
 * is set, PostgreSQL, it prints: a full cycle over 10,000 synthetic entities
 * x every default check with an in-memory repository reader (wall time, peak
 * RSS, SQL statements, database size), an unchanged second cycle (result
 * rows written), and API latency under 20 concurrent clients (p95 of the org
 * summary, a team's summary, the owner roll-up, an entity scorecard and an
 * entity list page, beside that of `/health` as the floor and of two
 * references for the scorecard: its bytes from memory, and after one row
 * read through knex), with the time the server's event loop was busy per
 * request. The clients are wrk when it is installed (see loadClients.ts).
 * Each database runs in a process of its own; BENCH_DATABASE=sqlite or
 * postgres runs one, BENCH_CLIENTS sets the number of concurrent clients and
 * BENCH_ENTITIES lowers the number of entities. Run with
 * `yarn --cwd plugins/maturity-backend bench` (the test script starts
 * PostgreSQL; by hand, see scripts/lib/postgres.sh).
 */
import { spawnSync } from 'node:child_process';
import express from 'express';
import type { Entity } from '@backstage/catalog-model';
import { mockServices } from '@backstage/backend-test-utils';
import { defaultChecklist } from '@backstage-maturity/plugin-maturity-node';
import {
  InMemoryRepositoryReader,
  type InMemoryRepository,
} from '../src/__testUtils__/InMemoryRepositoryReader';
import { DatabaseMaturityStore } from '../src/store/DatabaseMaturityStore';
import { loadGenerator } from './loadClients';
import { IndexedCatalog } from './IndexedCatalog';
import {
  openPostgres,
  openSqlite,
  POSTGRES_CONNECTION,
  type BenchDatabase,
} from './benchDatabase';
import { benchEvaluator } from './benchEvaluator';
import { benchRouter, serve } from './benchServer';
import {
  countFromEnv,
  layeredFiles,
  LAYERS,
  mirroredEntities,
} from './benchSupport';

const ENTITIES = countFromEnv('BENCH_ENTITIES', 10_000);
/** Concurrent API clients; the latency targets are for 20. */
const CLIENTS = countFromEnv('BENCH_CLIENTS', 20);
const TEAMS = 40;
/** Load before each measurement, then the measured load. */
const WARM_UP_SECONDS = 3;
/**
 * Scorecards viewed repeatedly (a team's services): fewer than the plugin
 * keeps made, unlike every entity in turn.
 */
const VIEWED = Math.min(ENTITIES, 500);
const MEASURE_SECONDS = 5;

/** Teams and components, some with an on-call service and an API. */
function syntheticEntities(): Entity[] {
  return mirroredEntities(ENTITIES, TEAMS).map((entity, i) => {
    if (entity.kind !== 'Component') return entity;
    const n = i - TEAMS;
    return {
      ...entity,
      metadata: {
        ...entity.metadata,
        annotations: {
          ...entity.metadata.annotations,
          ...(n % 3 === 0 && { 'pagerduty.com/service-id': `P${n}` }),
        },
      },
      relations: [
        ...(entity.relations ?? []),
        ...(n % 2 === 0
          ? [{ type: 'providesApi', targetRef: `api:default/api-${n}` }]
          : []),
      ],
    };
  });
}

/**
 * The repositories of the components, made when read rather than held: at
 * 100,000 entities their files would otherwise weigh in the peak RSS.
 * Maturity layers of increasing depth populate every phase.
 */
class SyntheticRepositories extends Map<string, InMemoryRepository> {
  override get(location: string): InMemoryRepository | undefined {
    const i = Number(/service-(\d+)\/tree\/main\/$/.exec(location)?.[1]);
    if (!Number.isInteger(i) || i >= ENTITIES) return undefined;
    return { files: layeredFiles(i, i % (LAYERS.length + 1)), etag: `v${i}` };
  }
}

async function bench(database: BenchDatabase) {
  const { label, knex } = database;
  let statements = 0;
  knex.on('query', () => {
    statements++;
  });
  const store = await DatabaseMaturityStore.create({
    database: mockServices.database({ knex }),
  });
  const entities = syntheticEntities();
  const catalog = new IndexedCatalog(entities).asService();
  const reader = new InMemoryRepositoryReader(new SyntheticRepositories());
  const evaluator = benchEvaluator({ store, catalog, reader });

  statements = 0;
  let start = Date.now();
  const first = await evaluator.runCycle();
  const firstMs = Date.now() - start;
  const firstStatements = statements;
  const rss = process.resourceUsage().maxRSS / 1024;
  console.log(
    `[${label}] full cycle: ${ENTITIES} entities x ${
      defaultChecklist.checks.length
    } checks in ${(firstMs / 1000).toFixed(
      1,
    )} s (target <= 30 s); peak RSS so far ${rss.toFixed(
      0,
    )} MB (target <= 600 MB); ${firstStatements} SQL statements; ${
      first.checkRowsWritten
    } result rows written`,
  );

  console.log(
    `[${label}] database size after the cycle: ${(
      (await database.size()) /
      1024 /
      1024
    ).toFixed(0)} MB`,
  );

  statements = 0;
  start = Date.now();
  const second = await evaluator.runCycle();
  console.log(
    `[${label}] unchanged second cycle: ${((Date.now() - start) / 1000).toFixed(
      1,
    )} s; ${
      second.checkRowsWritten
    } result rows written (target 0); ${statements} SQL statements`,
  );

  const router = await benchRouter({ knex, store, catalog, evaluator });
  // References for the scorecard's figure, beside the plugin's router (no
  // authentication, no request validation): one scorecard's bytes sent from
  // memory, and the same bytes after reading one row through knex, the least
  // that an answer read from the database on each request does.
  let scorecardBytes = '';
  const app = express()
    .get('/reference/bytes', (_req, res) => {
      res.type('json').send(scorecardBytes);
    })
    .get('/reference/one-row/:name', (req, res, next) => {
      knex('maturity_entities')
        .where({ entity_ref: `component:default/${req.params.name}` })
        .first()
        .then(() => res.type('json').send(scorecardBytes), next);
    })
    .use(router);
  const server = await serve(app);
  const { url, token } = server;
  // Every entity in turn, in an order that jumps through the table.
  const serviceName = (i: number) => `service-${(i * 7919) % ENTITIES}`;
  const scorecardPath = (i: number) =>
    `/entities/component/default/${serviceName(i)}`;
  scorecardBytes = await (
    await fetch(`${url}${scorecardPath(0)}?guidance=false`, {
      headers: { authorization: token },
    })
  ).text();
  const load = loadGenerator();
  /** The first measured route's, /health: the floor of the others. */
  let healthBusyMs: number | undefined;
  console.log(`[${label}] API clients: ${load.name}`);
  const cycle = (count: number, pathOf: (i: number) => string) =>
    Array.from({ length: count }, (_, i) => pathOf(i));
  for (const [name, paths, target] of [
    // No work behind it: the floor that the server and the clients set on
    // this machine, against which the other figures read.
    ['health (no work, for reference)', ['/health'], undefined],
    [
      `scorecard's ${scorecardBytes.length} bytes from memory (reference)`,
      ['/reference/bytes'],
      undefined,
    ],
    [
      'one row read through knex, then those bytes (reference)',
      cycle(ENTITIES, i => `/reference/one-row/${serviceName(i)}`),
      undefined,
    ],
    ['org summary', ['/summary'], 50],
    // What the dashboard asks besides: a team's summary and the teams table.
    ['team summary', cycle(TEAMS, i => `/summary?owner=team-${i}`), 50],
    ['owner roll-up', ['/owners'], 50],
    [
      'entity scorecard, each entity in turn (made for each request)',
      // As the entity page asks (it joins the guidance from /checklist).
      cycle(ENTITIES, i => `${scorecardPath(i)}?guidance=false`),
      undefined,
    ],
    [
      `entity scorecard, ${VIEWED} entities viewed again and again (kept)`,
      cycle(VIEWED, i => `${scorecardPath(i)}?guidance=false`),
      15,
    ],
    [
      'entity scorecard with guidance',
      cycle(ENTITIES, scorecardPath),
      undefined,
    ],
    [
      'entity list page',
      cycle(
        Math.ceil(ENTITIES / 50),
        i => `/entities?sort=phase&order=desc&limit=50&offset=${i * 50}`,
      ),
      50,
    ],
  ] as const) {
    const measure = (seconds: number) =>
      load.measure({
        url,
        token,
        paths,
        clients: CLIENTS,
        seconds,
      });
    // A server that has been up a while: code compiled, caches filled.
    await measure(WARM_UP_SECONDS);
    const { p50, p95, requests, busyMs } = await measure(MEASURE_SECONDS);
    healthBusyMs ??= busyMs;
    console.log(
      `[${label}] API ${name}: p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(
        1,
      )} ms${
        target === undefined ? '' : ` (target p95 <= ${target} ms)`
      }, ${CLIENTS} concurrent clients, ${requests} requests; event loop busy ${busyMs.toFixed(
        2,
      )} ms per request (${(busyMs / healthBusyMs).toFixed(1)} x /health's)`,
    );
  }
  server.close();
  console.log(
    `[${label}] peak RSS of the process: ${(
      process.resourceUsage().maxRSS / 1024
    ).toFixed(0)} MB`,
  );
}

async function benchSqlite() {
  const database = openSqlite();
  try {
    await bench(database);
  } finally {
    await database.drop();
  }
}

async function benchPostgres() {
  if (!POSTGRES_CONNECTION) {
    console.log(
      '[PostgreSQL] skipped: BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING is not set',
    );
    return;
  }
  const database = await openPostgres(POSTGRES_CONNECTION);
  try {
    await bench(database);
  } finally {
    await database.drop();
  }
}

const DATABASES: Record<string, () => Promise<void>> = {
  sqlite: benchSqlite,
  postgres: benchPostgres,
};

/**
 * Each database in a process of its own: peak RSS is the process's, and
 * what one database left in the heap would count against the other.
 */
async function main() {
  const database = process.env.BENCH_DATABASE;
  if (database) {
    await DATABASES[database]();
    return;
  }
  for (const name of Object.keys(DATABASES)) {
    const { status } = spawnSync(
      process.execPath,
      [...process.execArgv, __filename],
      { stdio: 'inherit', env: { ...process.env, BENCH_DATABASE: name } },
    );
    if (status !== 0) {
      process.exitCode = status ?? 1;
    }
  }
}

main().catch(error => {
  console.error(error);
  process.exitCode = 1;
});
