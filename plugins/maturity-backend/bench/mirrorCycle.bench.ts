/*
 * Benchmark of a cycle's memory over mirrored repositories (not a test):
 * writes BENCH_REPOSITORIES (default 10,000) repositories of 20-200 files
 * as mirror folders under BENCH_MIRRORS (default /tmp/maturity-bench-mirrors,
 * kept between runs), runs one full cycle over them through
 * `LocalDirectoryRepositoryReader` on a SQLite file, and prints its time and
 * the peak RSS (sampled every 50 ms; target <= 600 MB), then an unchanged
 * second cycle. BENCH_WORKERS sets the worker threads that read and evaluate
 * (0: in the main thread), BENCH_CYCLE_BATCH the entities evaluated and
 * saved together (default 1,000); BENCH_DIGEST=1 prints a digest of all
 * stored results after the first cycle. With --expose-gc, the heap after each batch is
 * printed too (diagnosis only). Run with
 * `yarn --cwd plugins/maturity-backend bench:memory`.
 */
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { mockServices } from '@backstage/backend-test-utils';
import {
  LocalDirectoryRepositoryReader,
  UrlReaderRepositoryReader,
} from '@backstage-maturity/plugin-maturity-node';
import { RepositoryEvidenceProvider } from '../src/evaluation/RepositoryEvidenceProvider';
import { RepositoryWorkerPool } from '../src/evaluation/worker/RepositoryWorkerPool';
import { DatabaseMaturityStore } from '../src/store/DatabaseMaturityStore';
import { IndexedCatalog } from './IndexedCatalog';
import { openSqlite } from './benchDatabase';
import { benchEvaluator } from './benchEvaluator';
import {
  countFromEnv,
  ensureMirrors,
  mb,
  MIRROR_PREFIX,
  mirroredEntities,
  sampleRss,
} from './benchSupport';

const REPOSITORIES = countFromEnv('BENCH_REPOSITORIES', 10_000);
const MIRRORS =
  process.env.BENCH_MIRRORS ?? path.join(os.tmpdir(), 'maturity-bench-mirrors');
const WORKERS = Number(process.env.BENCH_WORKERS ?? 1);

/**
 * A digest of every stored result (phases and each check's result), to
 * tell that two ways of evaluating gave the same.
 */
async function resultsDigest(store: DatabaseMaturityStore): Promise<string> {
  const hash = createHash('sha256');
  for (let from = 0; from < REPOSITORIES; from += 1000) {
    const refs = Array.from(
      { length: Math.min(1000, REPOSITORIES - from) },
      (_, i) => `component:default/service-${from + i}`,
    );
    const priors = await store.getPriorStates(refs);
    for (const ref of refs) {
      const prior = priors.get(ref);
      hash.update(JSON.stringify([ref, prior?.phase, prior?.results]));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

async function main() {
  ensureMirrors(MIRRORS, REPOSITORIES);
  const gc = (globalThis as { gc?: () => void }).gc;
  const database = openSqlite();
  const { knex } = database;
  const store = await DatabaseMaturityStore.create({
    database: mockServices.database({ knex }),
  });
  const pool =
    WORKERS > 0
      ? new RepositoryWorkerPool({ threads: WORKERS, roots: [MIRRORS] })
      : undefined;
  if (gc) {
    const save = store.saveEvaluations.bind(store);
    let batches = 0;
    store.saveEvaluations = async (...args) => {
      const saved = await save(...args);
      gc();
      const threads = await pool?.heapUsed();
      const m = process.memoryUsage();
      console.log(
        `  batch ${++batches}: heap used ${mb(m.heapUsed)} of ${mb(
          m.heapTotal,
        )}, external ${mb(m.external)}, array buffers ${mb(
          m.arrayBuffers,
        )}, rss ${mb(m.rss)}${
          threads ? `; threads' heaps ${threads.map(mb).join(', ')}` : ''
        }`,
      );
      return saved;
    };
  }
  const catalog = new IndexedCatalog(
    mirroredEntities(REPOSITORIES),
  ).asService();
  const mirrors = [{ urlPrefix: MIRROR_PREFIX, directory: MIRRORS }];
  const provider = new RepositoryEvidenceProvider({
    urlReader: new UrlReaderRepositoryReader({
      urlReader: {} as never,
    }),
    localReader: new LocalDirectoryRepositoryReader({ roots: [MIRRORS] }),
    mirrors,
    circuitBreakerFailures: 3,
    workerPool: pool,
  });
  const evaluator = benchEvaluator({
    store,
    catalog,
    providers: [provider],
    ...(process.env.BENCH_CYCLE_BATCH && {
      cycleBatchSize: countFromEnv('BENCH_CYCLE_BATCH', 1000),
    }),
  });

  gc?.();
  console.log(
    `before the cycle: rss ${mb(process.memoryUsage().rss)}, workers ${
      WORKERS || 'none (main thread)'
    }`,
  );
  let rss = sampleRss();
  let start = Date.now();
  const first = await evaluator.runCycle();
  console.log(
    `full cycle over ${REPOSITORIES} mirrored repositories: ${(
      (Date.now() - start) /
      1000
    ).toFixed(1)} s, peak RSS ${mb(rss.stop())} (target <= 600 MB); ${
      first.unreadable
    } unreadable, ${first.errors} errors, ${
      first.checkRowsWritten
    } result rows`,
  );
  if (process.env.BENCH_DIGEST) {
    // Reads every stored result: the second cycle's peak then counts it.
    console.log(`results digest: ${await resultsDigest(store)}`);
  }
  rss = sampleRss();
  start = Date.now();
  const second = await evaluator.runCycle();
  console.log(
    `unchanged second cycle: ${((Date.now() - start) / 1000).toFixed(
      1,
    )} s, peak RSS ${mb(rss.stop())}; ${second.checkRowsWritten} result rows`,
  );
  await pool?.close();
  await database.drop();
}

main().catch(error => {
  console.error(error);
  process.exitCode = 1;
});
