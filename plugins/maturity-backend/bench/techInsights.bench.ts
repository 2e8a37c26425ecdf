/*
 * Side-by-side benchmark with Tech Insights (not a test): the org overview
 * as each product computes it, over the same catalog, in one run.
 *
 * - Tech Insights (@backstage-community/plugin-tech-insights-backend with
 *   the JSON-rules fact checker, installed in the bench workspace
 *   bench/tech-insights, a Yarn project of its own) runs as a real backend
 *   in a process of its own, serving HTTP; its built-in fact retrievers
 *   (entityOwnershipFactRetriever, entityMetadataFactRetriever,
 *   techdocsFactRetriever, scoped to Components) read the entities once
 *   from a catalog stand-in and store their facts. Its overview is the bulk
 *   `POST /api/tech-insights/checks/run` for all entities and all checks,
 *   which runs the checks on request.
 * - Ours runs in this process: one evaluation cycle of the full default
 *   checklist (repositories read from mirror folders, see benchSupport),
 *   then `GET /summary`, which summarises the stored results.
 *
 * Compared checks (techInsightsChecks.ts): owner set and group owner
 * (ours: `owned`, which also needs the owner to exist in the catalog),
 * description, tags (ours: none), TechDocs reference (ours: `docs-as-code`,
 * which also accepts documentation in the repository). Ours summarises its
 * whole checklist, a superset of these five, from precomputed results.
 *
 * Both get BENCH_ENTITIES Components (default 1,000; plus 40 teams and 20
 * users) with varied owners, descriptions, tags and TechDocs annotations,
 * and separate databases: PostgreSQL when
 * BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING is set, else SQLite
 * files. Once both hold their data, one client sends the two requests in
 * turn with a pause after each, BENCH_ROUNDS times (default 20) after two
 * warm-up rounds, and the p50, p95 and max of each (to the last byte of the
 * answer, timed in a worker thread) and their ratio (Tech Insights / ours)
 * are printed.
 * BENCH_MIRRORS sets the mirror folder (default
 * <tmp>/maturity-bench-ti-mirrors, kept between runs), BENCH_TI_LOG_LEVEL
 * Tech Insights' log level (default warn).
 *
 * Run with `yarn --cwd plugins/maturity-backend bench:tech-insights`; the
 * first run installs the bench workspace (or run
 * `cd bench/tech-insights && yarn install --immutable`).
 */
import os from 'node:os';
import path from 'node:path';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { defaultChecklist } from '@backstage-maturity/plugin-maturity-node';
import { countFromEnv, ensureMirrors } from './benchSupport';
import { startTechInsights } from './techInsightsBackend';
import { serveCatalog } from './techInsightsCatalog';
import { COMPARED_CHECKS, RETRIEVERS } from './techInsightsChecks';
import { createDatabases } from './techInsightsDatabases';
import { benchCatalog, TEAMS, USERS } from './techInsightsEntities';
import { startMaturity } from './techInsightsMaturity';
import {
  fetchText,
  figures,
  timeInTurn,
  type Figures,
  type TimedRequest,
} from './techInsightsTiming';
import { ensureWorkspace } from './techInsightsWorkspace';

const ENTITIES = countFromEnv('BENCH_ENTITIES', 1_000);
const ROUNDS = countFromEnv('BENCH_ROUNDS', 20);
const WARM_UP = 2;
const MIRRORS =
  process.env.BENCH_MIRRORS ??
  path.join(os.tmpdir(), 'maturity-bench-ti-mirrors');

/** What the bulk check run answers, per entity. */
type CheckRun = Array<{
  entity: string;
  error?: unknown;
  results: Array<{ check: { id: string }; result: boolean }>;
}>;

const kB = (text: string) =>
  `${(Buffer.byteLength(text) / 1024).toFixed(0)} kB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const line = (f: Figures) =>
  `p50 ${f.p50.toFixed(1)} ms, p95 ${f.p95.toFixed(1)} ms, max ${f.max.toFixed(
    1,
  )} ms`;

async function main() {
  ensureWorkspace();
  ensureMirrors(MIRRORS, ENTITIES);
  const entities = benchCatalog(ENTITIES);
  const components = entities.filter(e => e.kind === 'Component');
  const databases = await createDatabases();
  const catalog = await serveCatalog(entities);
  const cleanup: Array<() => Promise<void>> = [
    () => databases.remove(),
    () => catalog.close(),
  ];
  try {
    const started = Date.now();
    const ti = await startTechInsights({
      catalogUrl: catalog.url,
      database: databases.techInsights,
    });
    cleanup.unshift(() => ti.stop());
    // Our cycle while Tech Insights retrieves its facts.
    const ours = await startMaturity({
      knex: databases.maturity,
      entities,
      mirrors: MIRRORS,
    });
    cleanup.unshift(() => ours.close());
    await ti.waitForFacts(
      stringifyEntityRef(components[components.length - 1]),
      RETRIEVERS,
    );
    console.log(
      `${ENTITIES} Components (+${TEAMS} teams, ${USERS} users) on ${
        databases.label
      }, separate databases; ours: cycle of ${
        defaultChecklist.checks.length
      } checks stored in ${seconds(ours.cycleMs)}; Tech Insights: facts of ${
        RETRIEVERS.length
      } retrievers stored ${seconds(Date.now() - started)} after start`,
    );

    const runChecks: TimedRequest = {
      url: `${ti.url}/checks/run`,
      method: 'POST',
      headers: ti.headers,
      body: JSON.stringify({ entities: [] }),
    };
    const summary: TimedRequest = {
      url: `${ours.url}/summary`,
      headers: ours.headers,
    };

    // Both answer for every entity, and Tech Insights as the catalog says.
    const tiAnswer = await fetchText(runChecks);
    const ourAnswer = await fetchText(summary);
    const run = JSON.parse(tiAnswer) as CheckRun;
    const { total } = JSON.parse(ourAnswer) as { total: number };
    if (run.length !== ENTITIES || total !== ENTITIES) {
      throw new Error(
        `entities answered for: Tech Insights ${run.length}, ours ${total}; expected ${ENTITIES}`,
      );
    }
    const byRef = new Map(components.map(e => [stringifyEntityRef(e), e]));
    const passes = COMPARED_CHECKS.map(check => {
      let got = 0;
      let expected = 0;
      for (const { entity, error, results } of run) {
        if (error) throw new Error(`Tech Insights failed ${entity}`);
        got += results.some(r => r.check.id === check.id && r.result) ? 1 : 0;
        expected += check.expected(byRef.get(entity)!) ? 1 : 0;
      }
      if (got !== expected) {
        throw new Error(`${check.id}: ${got} passed, expected ${expected}`);
      }
      return `${check.id} ${got}`;
    });
    console.log(
      `Tech Insights passes per check, as the catalog says: ${passes.join(
        ', ',
      )} of ${ENTITIES}`,
    );

    const times = await timeInTurn(
      { ti: runChecks, ours: summary },
      ROUNDS,
      WARM_UP,
    );
    const tiFigures = figures(times.ti);
    const ourFigures = figures(times.ours);
    console.log(
      `Tech Insights POST /checks/run (${ENTITIES} entities x ${
        COMPARED_CHECKS.length
      } checks, run on request; ${kB(tiAnswer)} answer): ${line(tiFigures)}`,
    );
    console.log(
      `ours GET /summary (${ENTITIES} entities x ${
        defaultChecklist.checks.length
      } checks, precomputed; ${kB(ourAnswer)} answer): ${line(ourFigures)}`,
    );
    const ratio = (k: keyof Figures) =>
      (tiFigures[k] / ourFigures[k]).toFixed(1);
    console.log(
      `ratio Tech Insights / ours: p50 ${ratio('p50')}x, p95 ${ratio(
        'p95',
      )}x, max ${ratio('max')}x (${ROUNDS} rounds each, one client, in turn)`,
    );
  } finally {
    for (const step of cleanup) await step();
  }
}

main().catch(error => {
  console.error(error);
  process.exitCode = 1;
});
