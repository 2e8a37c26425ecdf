/*
 * Benchmark of the API's latency while a large repository is evaluated (not
 * a test): writes a mirror folder of BENCH_FILES (default 100,000) files
 * under BENCH_MIRRORS (default /tmp/maturity-bench-large, kept between
 * runs), serves the plugin's router on a SQLite file, and polls `/summary`
 * every 10 ms while a cycle reads and evaluates that repository (and a few
 * small ones) through `LocalDirectoryRepositoryReader`; prints the requests'
 * max and p99 latency (target: max < 200 ms) beside those of the idle
 * server. BENCH_WORKERS sets the worker threads (0: the main thread). Run
 * with `yarn --cwd plugins/maturity-backend bench:eventloop`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { mockServices } from '@backstage/backend-test-utils';
import {
  LocalDirectoryRepositoryReader,
  UrlReaderRepositoryReader,
} from '@backstage-maturity/plugin-maturity-node';
import { RepositoryEvidenceProvider } from '../src/evaluation/RepositoryEvidenceProvider';
import { DatabaseMaturityStore } from '../src/store/DatabaseMaturityStore';
import { IndexedCatalog } from './IndexedCatalog';
import { openSqlite } from './benchDatabase';
import { benchEvaluator } from './benchEvaluator';
import { benchRouter, serve } from './benchServer';
import {
  countFromEnv,
  MIRROR_PREFIX,
  mirroredEntities,
  percentile,
  writeRepository,
} from './benchSupport';

const FILES = countFromEnv('BENCH_FILES', 100_000);
const MIRRORS =
  process.env.BENCH_MIRRORS ?? path.join(os.tmpdir(), 'maturity-bench-large');
const WORKERS = Number(process.env.BENCH_WORKERS ?? 1);
const SMALL = 20;

/** service-0 with FILES files in nested folders; service-1.. small ones. */
function ensureLargeMirror(): void {
  const marker = path.join(MIRRORS, `.complete-${FILES}`);
  if (fs.existsSync(marker)) return;
  fs.rmSync(MIRRORS, { recursive: true, force: true });
  const root = path.join(MIRRORS, 'service-0');
  writeRepository(root, 2);
  let written = 0;
  for (let a = 0; written < FILES; a++) {
    for (let b = 0; b < 20 && written < FILES; b++) {
      const folder = path.join(root, 'packages', `p${a}`, 'src', `m${b}`);
      fs.mkdirSync(folder, { recursive: true });
      for (let f = 0; f < 25 && written < FILES; f++, written++) {
        const name = f % 10 === 0 ? `README.md` : `file${f}.ts`;
        fs.writeFileSync(
          path.join(folder, f % 10 === 0 ? `${f}-${name}` : name),
          `export const v = ${written};\n`,
        );
      }
    }
  }
  for (let i = 1; i <= SMALL; i++) {
    writeRepository(path.join(MIRRORS, `service-${i}`), i);
  }
  fs.writeFileSync(marker, '');
}

async function poll(url: string, token: string, until: Promise<unknown>) {
  let done = false;
  until.finally(() => {
    done = true;
  });
  const latencies: number[] = [];
  while (!done) {
    const start = performance.now();
    const res = await fetch(`${url}/summary`, {
      headers: { authorization: token },
    });
    await res.arrayBuffer();
    latencies.push(performance.now() - start);
    await new Promise(resolve => setTimeout(resolve, 10));
  }
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    max: latencies[latencies.length - 1] ?? 0,
    p99: percentile(latencies, 0.99) ?? 0,
    p50: percentile(latencies, 0.5) ?? 0,
  };
}

async function main() {
  ensureLargeMirror();
  const database = openSqlite();
  const { knex } = database;
  const store = await DatabaseMaturityStore.create({
    database: mockServices.database({ knex }),
  });
  const catalog = new IndexedCatalog(mirroredEntities(SMALL + 1)).asService();
  const provider = new RepositoryEvidenceProvider({
    urlReader: new UrlReaderRepositoryReader({ urlReader: {} as never }),
    localReader: new LocalDirectoryRepositoryReader({ roots: [MIRRORS] }),
    mirrors: [{ urlPrefix: MIRROR_PREFIX, directory: MIRRORS }],
    circuitBreakerFailures: 3,
    ...(WORKERS > 0 && { workers: { threads: WORKERS, roots: [MIRRORS] } }),
  });
  const evaluator = benchEvaluator({
    store,
    catalog,
    providers: [provider],
  });
  const server = await serve(
    express().use(await benchRouter({ knex, store, catalog, evaluator })),
  );
  const { url, token } = server;

  // Code compiled and something stored: a server that has been up a while.
  await evaluator.runCycle();
  await poll(url, token, new Promise(resolve => setTimeout(resolve, 500)));
  const idle = await poll(
    url,
    token,
    new Promise(resolve => setTimeout(resolve, 2000)),
  );
  const started = Date.now();
  const cycle = evaluator.runCycle();
  const busy = await poll(url, token, cycle);
  const stats = await cycle;
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  console.log(
    `idle server: /summary p50 ${ms(idle.p50)}, p99 ${ms(idle.p99)}, max ${ms(
      idle.max,
    )} (${idle.requests} requests)`,
  );
  console.log(
    `while a ${FILES}-file repository and ${SMALL} small ones are evaluated (${
      WORKERS > 0 ? `${WORKERS} worker thread(s)` : 'main thread'
    }, ${((Date.now() - started) / 1000).toFixed(1)} s, ${
      stats.unreadable
    } unreadable): /summary p50 ${ms(busy.p50)}, p99 ${ms(busy.p99)}, max ${ms(
      busy.max,
    )} (target max < 200 ms; ${busy.requests} requests)`,
  );
  server.close();
  await provider.close();
  await database.drop();
}

main().catch(error => {
  console.error(error);
  process.exitCode = 1;
});
