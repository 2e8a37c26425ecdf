/*
 * Benchmark of freshness through the events path (not a test): BENCH_ENTITIES
 * components (default 1,000) are evaluated once, then BENCH_PUSHES (default
 * 20) times a repository changes (its AGENTS.md added or removed, a new
 * etag) and a GitHub push event to its default branch is published on the
 * events service, as the GitHub webhook module publishes it. The time from
 * the publish until the entity's scorecard, read through the API, shows the
 * new outcome is the push-to-scorecard latency: it prints its p50, p95 and
 * max. Pushes come one at a time, a random 0-2 s apart; BENCH_DEBOUNCE_MS
 * sets the queue's debounce (default 5,000, as `maturity.events.debounce`).
 * On PostgreSQL when BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING is
 * set, else a SQLite file. Run with
 * `yarn --cwd plugins/maturity-backend bench:push`.
 */
import express from 'express';
import { mockServices } from '@backstage/backend-test-utils';
import { DefaultEventsService } from '@backstage/plugin-events-node';
import {
  InMemoryRepositoryReader,
  type InMemoryRepository,
} from '../src/__testUtils__/InMemoryRepositoryReader';
import { ReevaluationQueue } from '../src/events/ReevaluationQueue';
import { subscribeToChanges } from '../src/events/subscribeToChanges';
import { DatabaseEventLookups } from '../src/store/DatabaseEventLookups';
import { DatabaseMaturityStore } from '../src/store/DatabaseMaturityStore';
import { IndexedCatalog } from './IndexedCatalog';
import { openBenchDatabase } from './benchDatabase';
import { benchEvaluator } from './benchEvaluator';
import { benchRouter, serve } from './benchServer';
import {
  countFromEnv,
  layeredFiles,
  LAYERS,
  MIRROR_PREFIX,
  mirroredEntities,
  percentile,
  quietLogger,
} from './benchSupport';

const ENTITIES = countFromEnv('BENCH_ENTITIES', 1_000);
const PUSHES = countFromEnv('BENCH_PUSHES', 20);
const DEBOUNCE_MS = countFromEnv('BENCH_DEBOUNCE_MS', 5_000);
/** The check that AGENTS.md decides, and the file. */
const CHECK = 'ai-assistant';
const FILE = 'AGENTS.md';

/** Repository `i`, with AGENTS.md (the first layer) to begin with. */
function repositoryOf(i: number): InMemoryRepository {
  return { files: layeredFiles(i, 1 + (i % LAYERS.length)), etag: `v${i}-0` };
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

async function main() {
  const database = await openBenchDatabase();
  const { knex } = database;
  const store = await DatabaseMaturityStore.create({
    database: mockServices.database({ knex }),
  });
  const catalog = new IndexedCatalog(mirroredEntities(ENTITIES)).asService();
  const reader = new InMemoryRepositoryReader();
  for (let i = 0; i < ENTITIES; i++) {
    reader.repositories.set(
      `${MIRROR_PREFIX}service-${i}/tree/main/`,
      repositoryOf(i),
    );
  }
  const evaluator = benchEvaluator({ store, catalog, reader });
  const server = await serve(
    express().use(await benchRouter({ knex, store, catalog, evaluator })),
  );
  const events = DefaultEventsService.create({ logger: quietLogger });
  const lookups = new DatabaseEventLookups(knex);
  await subscribeToChanges({
    events,
    lookups,
    logger: quietLogger,
    queue: new ReevaluationQueue({
      lookups,
      catalog,
      auth: mockServices.auth(),
      entityFilter: [{ kind: 'component' }],
      evaluator,
      afterEvaluation: async () => {},
      logger: quietLogger,
      debounceMs: DEBOUNCE_MS,
    }),
  });

  const started = Date.now();
  await evaluator.runCycle();
  console.log(
    `first cycle: ${ENTITIES} entities in ${(
      (Date.now() - started) /
      1000
    ).toFixed(1)} s (${database.label})`,
  );

  const outcomeOf = async (name: string) => {
    const res = await fetch(
      `${server.url}/entities/component/default/${name}?guidance=false`,
      { headers: { authorization: server.token } },
    );
    const body = (await res.json()) as {
      checks: Array<{ checkId: string; outcome: string }>;
    };
    return body.checks.find(c => c.checkId === CHECK)?.outcome;
  };

  const latencies: number[] = [];
  for (let push = 0; push < PUSHES; push++) {
    await sleep(Math.random() * 2_000);
    const i = (push * 7919) % ENTITIES;
    const name = `service-${i}`;
    const before = await outcomeOf(name);
    const location = `${MIRROR_PREFIX}${name}/tree/main/`;
    const repository = reader.repositories.get(location)!;
    const files = { ...repository.files };
    if (files[FILE]) delete files[FILE];
    else files[FILE] = '# Agents\n\nHow to build and test.\n';
    reader.repositories.set(location, { files, etag: `v${i}-${push + 1}` });

    const published = performance.now();
    await events.publish({
      topic: 'github.push',
      eventPayload: {
        ref: 'refs/heads/main',
        repository: {
          default_branch: 'main',
          html_url: `${MIRROR_PREFIX}${name}`,
        },
      },
    });
    for (;;) {
      if ((await outcomeOf(name)) !== before) break;
      if (performance.now() - published > DEBOUNCE_MS + 60_000) {
        throw new Error(`${name}: no new outcome 60 s after the debounce`);
      }
      await sleep(25);
    }
    latencies.push(performance.now() - published);
  }
  latencies.sort((a, b) => a - b);
  const ms = (v: number) => `${v.toFixed(0)} ms`;
  console.log(
    `push-to-scorecard over ${PUSHES} pushes (debounce ${DEBOUNCE_MS} ms): p50 ${ms(
      percentile(latencies, 0.5),
    )}, p95 ${ms(percentile(latencies, 0.95))}, max ${ms(
      latencies[latencies.length - 1],
    )}; beyond the debounce: p95 ${ms(
      percentile(latencies, 0.95) - DEBOUNCE_MS,
    )}`,
  );
  server.close();
  await database.drop();
}

main().catch(error => {
  console.error(error);
  process.exitCode = 1;
});
