import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Entity } from '@backstage/catalog-model';
import { mockServices } from '@backstage/backend-test-utils';
import {
  contentGlobs,
  defaultChecklist,
  LocalDirectoryRepositoryReader,
  type MaturityRuleKind,
} from '@backstage-maturity/plugin-maturity-node';
import { InMemoryRepositoryReader } from '../../__testUtils__/InMemoryRepositoryReader';
import { entityFacts } from '../entityFacts';
import { evaluateCatalogEntity } from '../evaluateCatalogEntity';
import { EvidenceCollector } from '../EvidenceCollector';
import { RepositoryEvidenceProvider } from '../RepositoryEvidenceProvider';
import { RepositoryWorkerPool } from './RepositoryWorkerPool';

// The first start of a thread transpiles the engine from its sources.
jest.setTimeout(60_000);

const NOW = new Date('2026-06-01T00:00:00Z');

function component(name: string, dependsOn: string[] = []): Entity {
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
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: 'team-a',
      dependsOn,
    },
    relations: [{ type: 'ownedBy', targetRef: 'group:default/team-a' }],
  };
}

const REPOSITORIES: Record<string, Record<string, string>> = {
  skeleton: {
    '.github/workflows/ci.yml': 'on: push\njobs: { test: { steps: [] } }\n',
    'docker-compose.yml': 'services: {}\n',
    'codecov.yml': 'coverage: {}\n',
    'src/app.test.ts': "test('x', () => {});\n",
    'eslint.config.js': 'export default [];\n',
    'AGENTS.md': '# Agents\n',
    'package.json': JSON.stringify({ dependencies: { pino: '^9.0.0' } }),
    Dockerfile: 'FROM node:22\nHEALTHCHECK CMD curl -f http://x/healthz\n',
    'charts/app/values-prod.yaml': 'resources: { limits: { memory: 1Gi } }\n',
  },
  broken: {
    'package.json': '{ "dependencies": ',
    'openapi.yaml': 'openapi: [',
  },
  empty: {},
};

describe('repositories read and evaluated in worker threads', () => {
  let root: string;
  let pool: RepositoryWorkerPool;
  beforeAll(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'maturity-workers-'));
    for (const [name, files] of Object.entries(REPOSITORIES)) {
      for (const [file, text] of Object.entries(files)) {
        const full = path.join(root, name, file);
        await fs.mkdir(path.dirname(full), { recursive: true });
        await fs.writeFile(full, text);
      }
      await fs.mkdir(path.join(root, name), { recursive: true });
    }
    pool = new RepositoryWorkerPool({ threads: 1, roots: [root] });
  });
  afterAll(async () => {
    await pool.close();
    await fs.rm(root, { recursive: true, force: true });
  });

  function provider(options: { workerPool?: RepositoryWorkerPool }) {
    return new RepositoryEvidenceProvider({
      urlReader: { read: jest.fn() },
      localReader: new LocalDirectoryRepositoryReader({ roots: [root] }),
      mirrors: [{ urlPrefix: 'https://github.com/acme/', directory: root }],
      circuitBreakerFailures: 3,
      ...options,
    });
  }

  function evaluate(
    entity: Entity,
    source: RepositoryEvidenceProvider,
    ruleKinds: ReadonlyMap<string, MaturityRuleKind> = new Map(),
  ) {
    return evaluateCatalogEntity(entity, {
      checklist: defaultChecklist,
      ruleKinds,
      facts: entityFacts(entity, {}),
      waivers: [],
      catalog: {
        ownerExists: true,
        related: {},
        componentDependsOn: {
          'component:default/skeleton': ['component:default/broken'],
          'component:default/broken': ['component:default/skeleton'],
          'component:default/other': ['component:default/empty'],
        },
      },
      inputsDigest: 'digest',
      ignoreTokens: true,
      collector: new EvidenceCollector({
        providers: [source],
        contentGlobs: contentGlobs(defaultChecklist),
        logger: mockServices.logger.mock(),
      }),
      now: NOW,
    });
  }

  it.each(['skeleton', 'broken', 'empty', 'missing'])(
    'gives the scorecard of evaluation in the main thread (%s)',
    async name => {
      const entity = component(name);
      const inThread = await evaluate(entity, provider({}));
      const inWorker = await evaluate(entity, provider({ workerPool: pool }));
      expect(inWorker).toEqual(inThread);
      expect(inWorker.unreadable).toBe(name === 'missing');
    },
  );

  it.each(['skeleton', 'broken', 'empty'])(
    'evaluates what a URL reader read in the thread too, with the same scorecard (%s)',
    async name => {
      const urlReader = new InMemoryRepositoryReader();
      urlReader.repositories.set(`https://github.com/acme/${name}/tree/main/`, {
        files: REPOSITORIES[name],
        etag: 'v1',
      });
      const fromHost = (workerPool?: RepositoryWorkerPool) =>
        new RepositoryEvidenceProvider({
          urlReader,
          mirrors: [],
          circuitBreakerFailures: 3,
          workerPool,
        });
      const run = jest.spyOn(pool, 'run');
      const entity = component(name);

      const inThread = await evaluate(entity, fromHost());
      expect(run).not.toHaveBeenCalled();
      const inWorker = await evaluate(entity, fromHost(pool));

      expect(inWorker).toEqual(inThread);
      expect(run).toHaveBeenCalledWith(
        expect.objectContaining({
          snapshot: expect.objectContaining({ files: expect.any(Array) }),
          evaluation: expect.anything(),
        }),
      );
      run.mockRestore();
    },
  );

  it('reads in the thread and evaluates here when modules add rule kinds', async () => {
    const entity = component('skeleton');
    const inThread = await evaluate(entity, provider({}));
    const read = await evaluate(
      entity,
      provider({ workerPool: pool }),
      new Map([['never-used', { evaluate: jest.fn() } as never]]),
    );
    expect(read).toEqual(inThread);
  });

  it('turns a thread that dies into errors with a reason, not a failed cycle', async () => {
    const crashing = path.join(root, 'crashing-worker.js');
    await fs.writeFile(
      crashing,
      'module.exports = async () => { process.exit(3); };\n',
    );
    const crashPool = new RepositoryWorkerPool(
      { threads: 1, roots: [root] },
      { filename: crashing },
    );
    try {
      const result = await evaluate(
        component('skeleton'),
        provider({ workerPool: crashPool }),
      );
      expect(result.unreadable).toBe(true);
      const repositoryChecks = result.record.scorecard.checks.filter(c =>
        /worker thread failed/.test(c.reason ?? ''),
      );
      expect(repositoryChecks.length).toBeGreaterThan(0);
      for (const check of repositoryChecks) {
        expect(check.outcome).toBe('error');
        expect(check.reason).toContain(
          'the local copy of https://github.com/acme/skeleton/tree/main/',
        );
        expect(check.reason).not.toContain(root);
      }
    } finally {
      await crashPool.close();
    }
  });
});
