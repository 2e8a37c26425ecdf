/*
 * The evaluation side of the maturity backend in a process of its own, for
 * crash.test.ts, which kills it with SIGKILL mid-cycle and starts it again.
 * Run with `node -r @backstage/cli-node/config/nodeTransform.cjs`. It wires
 * what plugin.ts wires for the cycle: the store on a database given as knex
 * settings (CRASH_KNEX, JSON), the evaluator over a generated catalog of
 * CRASH_ENTITIES components with repositories in memory, and the platform's
 * scheduler with its locks in that database, through EvaluationTasks. It
 * prints `cycle finished <runId>` and exits after its first complete cycle.
 */
import type {
  AuthService,
  BackstageCredentials,
  DatabaseService,
  HttpRouterService,
  LoggerService,
  RootLifecycleService,
} from '@backstage/backend-plugin-api';
import type { MetricsService } from '@backstage/backend-plugin-api/alpha';
import type { Entity } from '@backstage/catalog-model';
// A test helper run by crash.test.ts: dev dependencies are right here.
// eslint-disable-next-line @backstage/no-undeclared-imports
import { DefaultSchedulerService } from '@backstage/backend-defaults/scheduler';
// eslint-disable-next-line @backstage/no-undeclared-imports
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { defaultChecklist } from '@backstage-maturity/plugin-maturity-node';
import knexFactory from 'knex';
import { CatalogEvaluator } from '../evaluation/CatalogEvaluator';
import { EvaluationTasks } from '../evaluation/EvaluationTasks';
import { RepositoryEvidenceProvider } from '../evaluation/RepositoryEvidenceProvider';
import { DatabaseMaturityStore } from '../store/DatabaseMaturityStore';
import { InMemoryRepositoryReader } from './InMemoryRepositoryReader';

/** Entities of the generated catalog, and how many each batch saves. */
const CRASH_BATCH = 50;

/** What the repositories of the generated catalog hold: varied by index. */
function crashCatalog(count: number): {
  entities: Entity[];
  repositories: Map<string, Record<string, string>>;
} {
  const entities: Entity[] = [];
  const repositories = new Map<string, Record<string, string>>();
  for (let i = 0; i < count; i++) {
    const name = `svc-${String(i).padStart(4, '0')}`;
    const location = `https://github.com/acme/${name}/tree/main/`;
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name,
        namespace: 'default',
        annotations: { 'backstage.io/source-location': `url:${location}` },
      },
      spec: {
        type: 'service',
        lifecycle: 'production',
        owner: `group:team-${i % 7}`,
      },
    });
    const files: Record<string, string> = { 'README.md': `# ${name}\n` };
    if (i % 2 === 0) files['.github/workflows/ci.yml'] = 'on: push\n';
    if (i % 3 === 0) files['src/app.test.ts'] = "test('x', () => {});\n";
    if (i % 5 === 0) files['docker-compose.yml'] = 'services: {}\n';
    if (i % 4 === 0) files['codecov.yml'] = 'coverage: {}\n';
    repositories.set(location, files);
  }
  return { entities, repositories };
}

function lineLogger(prefix = ''): LoggerService {
  const print = (level: string) => (message: string, meta?: Error | object) => {
    process.stdout.write(
      `${level} ${prefix}${message}${
        meta instanceof Error ? ` ${meta.message}` : ''
      }\n`,
    );
  };
  return {
    error: print('error'),
    warn: print('warn'),
    info: print('info'),
    debug: () => {},
    child: () => lineLogger(prefix),
  };
}

async function main() {
  const knex = knexFactory(JSON.parse(process.env.CRASH_KNEX!));
  const count = Number(process.env.CRASH_ENTITIES ?? 300);
  const slowMs = Number(process.env.CRASH_SLOW_MS ?? 0);
  const logger = lineLogger();
  const database: DatabaseService = { getClient: async () => knex };
  const store = await DatabaseMaturityStore.create({ database });

  const { entities, repositories } = crashCatalog(count);
  const reader = new InMemoryRepositoryReader();
  for (const [location, files] of repositories) {
    reader.repositories.set(location, { files, etag: 'v1' });
  }
  const credentials = {
    $$type: '@backstage/BackstageCredentials',
    principal: { type: 'service', subject: 'plugin:maturity' },
  } as BackstageCredentials;
  const auth = {
    getOwnServiceCredentials: async () => credentials,
  } as unknown as AuthService;

  const evaluator = new CatalogEvaluator({
    catalog: catalogServiceMock({ entities }),
    auth,
    store,
    logger,
    checklist: defaultChecklist,
    entityFilter: [{ kind: 'component' }],
    batchSize: 25,
    cycleBatchSize: CRASH_BATCH,
    concurrency: 4,
    retentionMs: 365 * 86_400_000,
    providers: [
      new RepositoryEvidenceProvider({
        urlReader: reader,
        mirrors: [],
        circuitBreakerFailures: 3,
      }),
      {
        // Time that reading a real repository takes.
        id: 'latency',
        async collect() {
          if (slowMs > 0) {
            await new Promise(resolve => setTimeout(resolve, slowMs));
          }
          return { kind: 'evidence', evidence: {} };
        },
      },
    ],
    // Short, for the test; long enough that the event loop blocked by
    // compiling modules on first use (the transform) is not taken for death.
    liveness: { heartbeatMs: 500, deadAfterMs: 3000 },
  });

  const noop = () => {};
  const scheduler = DefaultSchedulerService.create({
    database,
    logger,
    metrics: {
      createCounter: () => ({ add: noop }),
      createHistogram: () => ({ record: noop }),
      createGauge: () => ({ record: noop }),
      createUpDownCounter: () => ({ add: noop }),
      createObservableCounter: () => ({ addCallback: noop }),
      createObservableGauge: () => ({ addCallback: noop }),
      createObservableUpDownCounter: () => ({ addCallback: noop }),
    } as unknown as MetricsService,
    rootLifecycle: {
      addStartupHook: noop,
      addBeforeShutdownHook: noop,
      addShutdownHook: noop,
    } as unknown as RootLifecycleService,
    httpRouter: { use: noop, addAuthPolicy: noop } as HttpRouterService,
    pluginMetadata: { getId: () => 'maturity' },
  });

  let finished: (runId: number) => void = noop;
  const done = new Promise<number>(resolve => {
    finished = resolve;
  });
  const tasks = new EvaluationTasks({
    scheduler,
    db: knex,
    store,
    evaluator,
    logger,
    // As deployed: the scheduler's lock of a dead process would hold for
    // the default timeout of 20 minutes.
    schedule: {
      frequency: { hours: 1 },
      timeout: { minutes: 20 },
      initialDelay: { seconds: 0 },
    },
    shards: 1,
    afterCycle: async () => {
      const [run] = await store.listRuns(1);
      finished(run.id);
    },
  });
  await tasks.schedule();
  logger.info('started');
  const runId = await done;
  logger.info(`cycle finished ${runId}`);
  process.exit(0);
}

main().catch(error => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
