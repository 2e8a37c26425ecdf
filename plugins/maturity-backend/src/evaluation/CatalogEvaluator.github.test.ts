import type { Entity } from '@backstage/catalog-model';
import { UrlReaders } from '@backstage/backend-defaults/urlReader';
import {
  createMockDirectory,
  mockServices,
  registerMswTestHooks,
} from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { type CheckResult } from '@backstage-maturity/plugin-maturity-common';
import { defaultChecklist } from '@backstage-maturity/plugin-maturity-node';
import { UrlReaderRepositoryReader } from '@backstage-maturity/plugin-maturity-node';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import * as tar from 'tar';
import { DatabaseMaturityStore } from '../store/DatabaseMaturityStore';
import { createTestDatabases } from '../store/testDatabases';
import { CatalogEvaluator } from './CatalogEvaluator';
import { RepositoryEvidenceProvider } from './RepositoryEvidenceProvider';

/*
 * The evaluation cycle over GitHub's archive API as Backstage's own
 * UrlReaderService reads it, with GitHub mocked at the HTTP level.
 */

const REPOSITORIES = [
  'svc-a',
  'svc-b',
  'svc-c',
  'svc-d',
  'svc-e',
  'svc-f',
  'svc-g',
  'svc-h',
  'svc-i',
  'svc-j',
];
const SHA = 'abc123';
const databases = createTestDatabases();
/**
 * The read timeout, and how long a slow host takes to answer: far enough
 * apart that a busy machine does not time out a host that answers at once.
 */
const TIMEOUT_MS = 600;
const SLOW_MS = 2000;

/** An entity's result of `ci-pipeline`, which every fixture repository passes. */
async function ciPipeline(store: DatabaseMaturityStore, ref: string) {
  const entity = await store.getEntity(ref);
  return entity!.checks.find(c => c.checkId === 'ci-pipeline')!;
}

/** The checks that fail now but did not fail in the earlier results. */
function unearnedFails(
  before: { checks: CheckResult[] },
  after: { checks: CheckResult[] },
): CheckResult[] {
  return after.checks.filter(
    check =>
      check.outcome === 'fail' &&
      before.checks.find(b => b.checkId === check.checkId)!.outcome !== 'fail',
  );
}

function component(name: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      namespace: 'default',
      annotations: {
        'backstage.io/source-location': `url:https://github.com/acme/${name}/tree/main/`,
      },
    },
    spec: { type: 'service', lifecycle: 'production', owner: 'team-a' },
    relations: [{ type: 'ownedBy', targetRef: 'group:default/team-a' }],
  };
}

describe('CatalogEvaluator reading GitHub through the URL reader', () => {
  const server = setupServer();
  registerMswTestHooks(server);
  const mockDir = createMockDirectory();
  let tarballs: Map<string, Buffer>;
  let requests: { status: string[]; tarball: string[] };

  /** A GitHub-style tarball of a repository with CI, tests and a README. */
  async function tarballOf(repo: string): Promise<Buffer> {
    const top = `acme-${repo}-${SHA}`;
    mockDir.addContent({
      [`src/${top}`]: {
        '.github/workflows/ci.yml':
          'on: push\njobs: { test: { steps: [{ run: npm test }] } }\n',
        'docker-compose.yml': 'services: {}\n',
        'src/app.test.ts': "test('x', () => {});\n",
        'README.md': `# ${repo}\n`,
      },
    });
    const chunks: Buffer[] = [];
    const stream = tar.c({ gzip: true, cwd: mockDir.resolve('src') }, [top]);
    for await (const chunk of stream) chunks.push(Buffer.from(chunk));
    return Buffer.concat(chunks);
  }

  function serveGitHub() {
    server.use(
      http.get(
        'https://api.github.com/repos/acme/:repo/commits/main/status',
        ({ params }) => {
          requests.status.push(String(params.repo));
          return HttpResponse.json({
            sha: SHA,
            repository: {
              archive_url: `https://api.github.com/repos/acme/${params.repo}/{archive_format}{/ref}`,
            },
          });
        },
      ),
      http.get(
        'https://api.github.com/repos/acme/:repo/tarball/:sha',
        ({ params }) => {
          requests.tarball.push(String(params.repo));
          return new HttpResponse(tarballs.get(String(params.repo)), {
            headers: { 'content-type': 'application/x-gzip' },
          });
        },
      ),
    );
  }

  function rateLimitGitHub() {
    server.use(
      http.get(
        'https://api.github.com/repos/acme/:repo/commits/main/status',
        ({ params }) => {
          requests.status.push(String(params.repo));
          return HttpResponse.json(
            { message: 'API rate limit exceeded' },
            { status: 403, headers: { 'x-ratelimit-remaining': '0' } },
          );
        },
      ),
    );
  }

  /**
   * Two repositories of ten fail: one's host answers 500, the other's
   * answer comes after the read timeout.
   */
  function faultyGitHub(failing: { error: string; slow: string }) {
    server.use(
      http.get(
        'https://api.github.com/repos/acme/:repo/commits/main/status',
        async ({ params }) => {
          if (params.repo === failing.error) {
            return HttpResponse.json(
              { message: 'Server Error' },
              { status: 500 },
            );
          }
          if (params.repo === failing.slow) {
            await delay(SLOW_MS);
          }
          return undefined; // on to the handlers of serveGitHub
        },
      ),
    );
  }

  async function setUp() {
    const knex = await databases.init('SQLITE_3');
    const store = await DatabaseMaturityStore.create({
      database: mockServices.database({ knex }),
    });
    const urlReader = UrlReaders.default({
      config: new ConfigReader({
        integrations: { github: [{ host: 'github.com', token: 'x' }] },
      }),
      logger: mockServices.logger.mock(),
    });
    const evaluator = new CatalogEvaluator({
      catalog: catalogServiceMock({ entities: REPOSITORIES.map(component) }),
      auth: mockServices.auth(),
      store,
      logger: mockServices.logger.mock(),
      checklist: defaultChecklist,
      entityFilter: [{ kind: 'component' }],
      batchSize: 10,
      // One read at a time, so that the order of the reads is known.
      concurrency: 1,
      retentionMs: 365 * 86_400_000,
      providers: [
        new RepositoryEvidenceProvider({
          urlReader: new UrlReaderRepositoryReader({
            urlReader,
            workingDirectory: mockDir.resolve('work'),
            timeoutMs: TIMEOUT_MS,
          }),
          mirrors: [],
          circuitBreakerFailures: 3,
        }),
      ],
    });
    return { store, evaluator };
  }

  beforeAll(async () => {
    tarballs = new Map();
    for (const repo of REPOSITORIES) {
      tarballs.set(repo, await tarballOf(repo));
    }
  });

  beforeEach(async () => {
    requests = { status: [], tarball: [] };
    mockDir.addContent({ work: {} });
  });

  it('downloads each archive once, then only asks whether the commit changed', async () => {
    const { store, evaluator } = await setUp();
    serveGitHub();

    const first = await evaluator.runCycle();
    expect(first).toMatchObject({ entities: 10, unreadable: 0 });
    expect(requests.tarball.sort()).toEqual(REPOSITORIES);
    expect(await ciPipeline(store, 'component:default/svc-c')).toMatchObject({
      outcome: 'pass',
    });

    requests = { status: [], tarball: [] };
    const second = await evaluator.runCycle();

    expect(requests.status.sort()).toEqual(REPOSITORIES);
    expect(requests.tarball).toEqual([]);
    expect(second).toMatchObject({ entities: 10, checkRowsWritten: 0 });
  });

  it('stops asking GitHub after a rate-limit answer and keeps what each entity had earned', async () => {
    const { store, evaluator } = await setUp();
    serveGitHub();
    await evaluator.runCycle();
    const before = await store.getEntity('component:default/svc-j');

    rateLimitGitHub();
    requests = { status: [], tarball: [] };
    const stats = await evaluator.runCycle();

    // A 403 opens the breaker at once: one request, the rest skipped.
    expect(requests.status).toEqual(['svc-a']);
    expect(stats).toMatchObject({ entities: 10, unreadable: 10 });
    expect(await ciPipeline(store, 'component:default/svc-a')).toMatchObject({
      outcome: 'error',
      reason: expect.stringContaining('HTTP 403'),
      lastConclusive: { outcome: 'pass' },
    });
    expect(await ciPipeline(store, 'component:default/svc-j')).toMatchObject({
      outcome: 'error',
      reason: expect.stringMatching(
        /^skipped: reads from github\.com failed earlier in this cycle/,
      ),
      lastConclusive: { outcome: 'pass' },
    });
    const after = await store.getEntity('component:default/svc-j');
    expect(after!.summary.phase).toBe(before!.summary.phase);
    expect(unearnedFails(before!, after!)).toEqual([]);
  });

  it('completes a cycle in which 20% of reads fail or time out, keeping what each entity had earned', async () => {
    const { store, evaluator } = await setUp();
    serveGitHub();
    await evaluator.runCycle();
    const refs = REPOSITORIES.map(name => `component:default/${name}`);
    const before = new Map(
      await Promise.all(
        refs.map(async ref => [ref, await store.getEntity(ref)] as const),
      ),
    );

    faultyGitHub({ error: 'svc-c', slow: 'svc-h' });
    const stats = await evaluator.runCycle();

    expect(stats).toMatchObject({ entities: 10, unreadable: 2, errors: 0 });
    for (const ref of refs) {
      const earlier = before.get(ref)!;
      const after = (await store.getEntity(ref))!;
      // No check fails that did not fail before, and no phase is lost.
      expect(unearnedFails(earlier, after)).toEqual([]);
      expect(after.summary.phase).toBe(earlier.summary.phase);
    }
    expect(await ciPipeline(store, 'component:default/svc-c')).toMatchObject({
      outcome: 'error',
      reason: expect.stringContaining('500'),
      lastConclusive: { outcome: 'pass' },
    });
    expect(await ciPipeline(store, 'component:default/svc-h')).toMatchObject({
      outcome: 'error',
      reason: expect.stringContaining('timed out after 0.6 s'),
      lastConclusive: { outcome: 'pass' },
    });
    expect(await ciPipeline(store, 'component:default/svc-d')).toMatchObject({
      outcome: 'pass',
    });
    await delay(SLOW_MS); // let the abandoned request end within the test
  });
});
