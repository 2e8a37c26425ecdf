import type { Entity } from '@backstage/catalog-model';
import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type { EvidenceFact } from '@backstage-maturity/plugin-maturity-common';
import {
  defaultChecklist,
  type MaturityEvidenceProvider,
} from '@backstage-maturity/plugin-maturity-node';
import { InMemoryRepositoryReader } from '../__testUtils__/InMemoryRepositoryReader';
import type { MaturityStore } from '../store/MaturityStore';
import type { PriorState } from '../store/types';
import { createTestDatabases } from '../store/testDatabases';
import { DatabaseMaturityStore } from '../store/DatabaseMaturityStore';
import { CatalogEvaluator } from './CatalogEvaluator';
import { RepositoryEvidenceProvider } from './RepositoryEvidenceProvider';

const databases = createTestDatabases();

const group: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'team-a', namespace: 'default' },
  spec: { type: 'team', children: [] },
};

function component(name: string, host = 'github.com'): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      namespace: 'default',
      annotations: {
        'backstage.io/source-location': `url:https://${host}/acme/${name}/tree/main/`,
      },
    },
    spec: { type: 'service', lifecycle: 'production', owner: 'team-a' },
    relations: [{ type: 'ownedBy', targetRef: 'group:default/team-a' }],
  };
}

/** A repository that passes the Walking Skeleton checks it can. */
const skeletonFiles = {
  '.github/workflows/ci.yml': 'on: push\njobs: { test: { steps: [] } }\n',
  'docker-compose.yml': 'services: {}\n',
  'codecov.yml': 'coverage: {}\n',
  'src/app.test.ts': "test('x', () => {});\n",
  'eslint.config.js': 'export default [];\n',
  'AGENTS.md': '# Agents\n',
};

async function setUp(
  databaseId: Parameters<typeof databases.init>[0],
  options: {
    cycleBatchSize?: number;
    wrapStore?: (store: MaturityStore) => MaturityStore;
    now?: () => Date;
    /** Evidence providers after the repository reader (modules). */
    moreProviders?: MaturityEvidenceProvider[];
  } = {},
) {
  const knex = await databases.init(databaseId);
  const store = await DatabaseMaturityStore.create({
    database: mockServices.database({ knex }),
  });
  const entities = [
    group,
    ...Array.from({ length: 10 }, (_, i) => component(`svc-${i}`)),
  ];
  // The catalog as the evaluator sees it; tests swap its entities.
  let current = catalogServiceMock({ entities });
  const catalog = catalogServiceMock.mock({
    queryEntities: (...args) => current.queryEntities(...args),
    getEntitiesByRefs: (...args) => current.getEntitiesByRefs(...args),
  });
  const setEntities = (list: Entity[]) => {
    current = catalogServiceMock({ entities: list });
  };
  const reader = new InMemoryRepositoryReader();
  for (let i = 0; i < 10; i++) {
    reader.repositories.set(`https://github.com/acme/svc-${i}/tree/main/`, {
      files: skeletonFiles,
      etag: 'v1',
    });
  }
  const evaluator = new CatalogEvaluator({
    catalog,
    auth: mockServices.auth(),
    store: options.wrapStore?.(store) ?? store,
    logger: mockServices.logger.mock(),
    checklist: defaultChecklist,
    entityFilter: [{ kind: 'component' }],
    batchSize: 4,
    cycleBatchSize: options.cycleBatchSize,
    concurrency: 3,
    retentionMs: 365 * 86_400_000,
    now: options.now,
    providers: [
      new RepositoryEvidenceProvider({
        urlReader: reader,
        mirrors: [],
        circuitBreakerFailures: 3,
      }),
      ...(options.moreProviders ?? []),
    ],
  });
  return { knex, store, reader, evaluator, entities, setEntities };
}

/** The store, but `saveEvaluations` calls `save` (given the store's own). */
function withSave(
  save: (
    original: MaturityStore['saveEvaluations'],
    ...args: Parameters<MaturityStore['saveEvaluations']>
  ) => ReturnType<MaturityStore['saveEvaluations']>,
) {
  return (store: MaturityStore): MaturityStore =>
    new Proxy(store, {
      get(target, property) {
        const value = Reflect.get(target, property);
        if (property === 'saveEvaluations') {
          return (...args: Parameters<MaturityStore['saveEvaluations']>) =>
            save(target.saveEvaluations.bind(target), ...args);
        }
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
}

const outcomes = async (store: DatabaseMaturityStore, ref: string) =>
  Object.fromEntries(
    (await store.getEntity(ref))!.checks.map(c => [c.checkId, c.outcome]),
  );

describe.each(databases.eachSupportedId())(
  'CatalogEvaluator on %p',
  databaseId => {
    it('evaluates every component in pages and stores where each stands', async () => {
      const { store, evaluator } = await setUp(databaseId);

      const stats = await evaluator.runCycle();

      expect(stats).toMatchObject({ entities: 10, errors: 0, unreadable: 0 });
      const entity = await store.getEntity('component:default/svc-3');
      expect(entity?.summary).toMatchObject({
        owner: 'group:default/team-a',
        phase: 'walking-skeleton',
        nextPhase: 'foundation',
      });
      expect(await outcomes(store, 'component:default/svc-3')).toMatchObject({
        'ci-pipeline': 'pass',
        owned: 'pass',
        'health-checks': 'fail',
      });
    });

    it('saves a cycle in batches, evaluating the next while one is saved', async () => {
      const batches: number[] = [];
      let saving = 0;
      let overlapped = false;
      const { store, evaluator } = await setUp(databaseId, {
        cycleBatchSize: 3,
        wrapStore: withSave(async (save, records, options) => {
          batches.push(records.length);
          saving++;
          try {
            // Give the next batch time to be evaluated meanwhile.
            await new Promise(resolve => setTimeout(resolve, 50));
            return await save(records, options);
          } finally {
            saving--;
          }
        }),
      });
      const getPriorStates = store.getPriorStates.bind(store);
      jest
        .spyOn(store, 'getPriorStates')
        .mockImplementation((refs, priorOptions) => {
          overlapped ||= saving > 0;
          return getPriorStates(refs, priorOptions);
        });

      const stats = await evaluator.runCycle();

      // Pages of 4 are gathered to at least 3 entities.
      expect(batches).toEqual([4, 4, 2]);
      expect(overlapped).toBe(true);
      expect(stats).toMatchObject({ entities: 10, errors: 0, removed: 0 });
      const { totalCount } = await store.listEntities({
        filter: {},
        sort: 'name',
        order: 'asc',
        limit: 20,
        offset: 0,
      });
      expect(totalCount).toBe(10);
      expect((await evaluator.runCycle()).checkRowsWritten).toBe(0);
    });

    it('keeps an entity refreshed while a cycle is between its saves and its end', async () => {
      const during: { refresh?: () => Promise<unknown> } = {};
      const { store, evaluator, entities } = await setUp(databaseId, {
        wrapStore: inner =>
          new Proxy(inner, {
            get(target, property) {
              const value = Reflect.get(target, property);
              if (property === 'deleteEntitiesNotSeenIn') {
                // The cycle has saved everything; a re-evaluation on
                // request runs before the cycle removes what it did not see.
                return async (runId: number) => {
                  await during.refresh?.();
                  return target.deleteEntitiesNotSeenIn(runId);
                };
              }
              return typeof value === 'function' ? value.bind(target) : value;
            },
          }),
      });
      const ref = 'component:default/svc-4';
      await evaluator.runCycle();
      expect(await store.getPhaseTimeline(ref)).not.toEqual([]);
      during.refresh = () =>
        evaluator.evaluateEntities(
          entities.filter(e => e.metadata.name === 'svc-4'),
        );

      const stats = await evaluator.runCycle();

      expect(stats.removed).toBe(0);
      expect((await store.getEntity(ref))?.summary.phase).toBe(
        'walking-skeleton',
      );
      expect(await store.getPhaseTimeline(ref)).toEqual([
        expect.objectContaining({ from: null, to: 'walking-skeleton' }),
      ]);
    });

    it('fails the cycle on a failed save and removes no entity', async () => {
      let fail = false;
      let saves = 0;
      const { store, evaluator, entities, setEntities } = await setUp(
        databaseId,
        {
          cycleBatchSize: 3,
          wrapStore: withSave(async (save, records, options) => {
            saves++;
            if (fail && saves === 2) {
              throw new Error('disk full');
            }
            return save(records, options);
          }),
        },
      );
      await evaluator.runCycle();
      setEntities(entities.filter(e => e.metadata.name !== 'svc-9'));
      fail = true;
      saves = 0;

      await expect(evaluator.runCycle()).rejects.toThrow('disk full');

      expect(await store.getEntity('component:default/svc-9')).toBeDefined();
      const [latest] = await store.listRuns(1);
      expect(latest.finishedAt).toBeUndefined();
    });

    it('writes no result rows when nothing changed, and sends the etag', async () => {
      const { knex, evaluator, reader } = await setUp(databaseId);
      await evaluator.runCycle();
      const rowsBefore = await knex('maturity_check_results').count({ n: '*' });
      const historyBefore = await knex('maturity_check_history').count({
        n: '*',
      });
      reader.reads.length = 0;

      const second = await evaluator.runCycle();

      expect(second.checkRowsWritten).toBe(0);
      expect(reader.reads.every(r => r.etag === 'v1')).toBe(true);
      expect(await knex('maturity_check_results').count({ n: '*' })).toEqual(
        rowsBefore,
      );
      expect(await knex('maturity_check_history').count({ n: '*' })).toEqual(
        historyBefore,
      );
    });

    it('reads stored results only of entities whose evidence may be unchanged', async () => {
      const { store, evaluator, reader, setEntities, entities } = await setUp(
        databaseId,
      );
      // svc-0's repository has no version to compare: read in full anyway.
      reader.repositories.get(
        'https://github.com/acme/svc-0/tree/main/',
      )!.etag = undefined;
      await evaluator.runCycle();
      const first = await outcomes(store, 'component:default/svc-0');
      // svc-1's definition changes: it is evaluated afresh.
      const changed = entities.map(e =>
        e.metadata.name === 'svc-1'
          ? { ...e, metadata: { ...e.metadata, description: 'Payments' } }
          : e,
      );
      setEntities(changed);
      const priors = new Map<string, PriorState>();
      const getPriorStates = store.getPriorStates.bind(store);
      jest
        .spyOn(store, 'getPriorStates')
        .mockImplementation(async (refs, priorOptions) => {
          const states = await getPriorStates(refs, priorOptions);
          for (const [ref, state] of states) priors.set(ref, state);
          return states;
        });
      reader.reads.length = 0;

      await evaluator.runCycle();

      const svc0 = priors.get('component:default/svc-0')!;
      expect(svc0.results).toEqual({});
      expect(svc0.conclusive).toEqual(first);
      expect(priors.get('component:default/svc-1')!.results).toEqual({});
      expect(
        Object.keys(priors.get('component:default/svc-2')!.results).sort(),
      ).toEqual(Object.keys(first).sort());
      // svc-2's stored results were reused: its repository was not modified.
      expect(reader.reads.filter(r => r.location.includes('/svc-2/'))).toEqual([
        { location: expect.any(String), etag: 'v1' },
      ]);
      expect(await outcomes(store, 'component:default/svc-2')).toEqual(first);
      expect(await outcomes(store, 'component:default/svc-0')).toEqual(first);
    });

    it('keeps earned outcomes when 20% of reads fail, and never turns a failure to read into a fail', async () => {
      const { store, evaluator, reader } = await setUp(databaseId);
      await evaluator.runCycle();
      const before = await outcomes(store, 'component:default/svc-2');

      reader.failures.set('https://github.com/acme/svc-2/tree/main/', {
        reason: 'timed out after 60 s',
      });
      reader.failures.set('https://github.com/acme/svc-7/tree/main/', {
        reason: 'HTTP 500 Internal Server Error',
        httpStatus: 500,
      });
      const stats = await evaluator.runCycle();

      expect(stats).toMatchObject({ entities: 10, unreadable: 2, errors: 0 });
      const after = await store.getEntity('component:default/svc-2');
      const unearnedFails = after!.checks.filter(
        check => check.outcome === 'fail' && before[check.checkId] !== 'fail',
      );
      expect(unearnedFails).toEqual([]);
      const ci = after!.checks.find(c => c.checkId === 'ci-pipeline')!;
      expect(ci).toMatchObject({
        outcome: 'error',
        reason: 'timed out after 60 s',
        lastConclusive: { outcome: 'pass' },
      });
      expect(after!.summary.phase).toBe('walking-skeleton');
    });

    it('keeps a code host fact’s earlier outcome while the host is rate limited, as an error with the reason', async () => {
      // A code host module that saw trailers, then hit its rate limit.
      let trailers: EvidenceFact = {
        value: true,
        detail: '3 of 50 recent commits carry Co-authored-by trailers',
      };
      const codeHost: MaturityEvidenceProvider = {
        id: 'code-host',
        collect: async () => ({
          kind: 'evidence',
          evidence: { scm: { 'co-authored-by-trailers': trailers } },
        }),
      };
      const { store, evaluator } = await setUp(databaseId, {
        moreProviders: [codeHost],
      });
      await evaluator.runCycle();
      const ref = 'component:default/svc-4';
      expect((await outcomes(store, ref))['co-authored-by']).toBe('pass');
      const phase = (await store.getEntity(ref))!.summary.phase;

      trailers = {
        value: 'unknown',
        detail: 'github.com rate limit reached; resumes at 14:05 UTC',
      };
      await evaluator.runCycle();
      const after = await store.getEntity(ref);
      expect(
        after!.checks.find(c => c.checkId === 'co-authored-by'),
      ).toMatchObject({
        outcome: 'error',
        reason:
          'co-authored-by-trailers: github.com rate limit reached; resumes at 14:05 UTC',
        lastConclusive: { outcome: 'pass' },
      });
      expect(after!.summary.phase).toBe(phase);
    });

    it('skips the rest of a rate-limited host for the cycle', async () => {
      const { store, evaluator, reader } = await setUp(databaseId);
      reader.failures.set('https://github.com/acme/svc-0/tree/main/', {
        reason: 'HTTP 403 Forbidden (rate limit exceeded)',
        httpStatus: 403,
        host: 'github.com',
      });

      await evaluator.runCycle();

      const readLocations = reader.reads.map(r => r.location);
      expect(readLocations).toContain(
        'https://github.com/acme/svc-0/tree/main/',
      );
      expect(readLocations.length).toBeLessThan(10);
      const skipped = (
        await store.listEntities({
          filter: {},
          sort: 'name',
          order: 'asc',
          limit: 20,
          offset: 0,
        })
      ).items.filter(e => e.counts.error > 0);
      expect(skipped.length).toBeGreaterThan(1);
      const any = await store.getEntity(skipped[skipped.length - 1].entityRef);
      expect(
        any!.checks.find(c => c.checkId === 'ci-pipeline')!.reason,
      ).toMatch(/skipped: reads from github\.com failed earlier in this cycle/);
    });

    it('does not take the phase label that the catalog module writes for a new input', async () => {
      const { evaluator, reader, entities, setEntities } = await setUp(
        databaseId,
      );
      await evaluator.runCycle();
      const withMetadata = (
        labels: Record<string, string>,
        annotations: Record<string, string>,
      ) =>
        entities.map(e => ({
          ...e,
          metadata: {
            ...e.metadata,
            labels: { ...e.metadata.labels, ...labels },
            annotations: { ...e.metadata.annotations, ...annotations },
          },
        }));

      setEntities(
        withMetadata(
          { 'maturity.backstage.io/phase': 'walking-skeleton' },
          {
            'maturity.backstage.io/progress': '20',
            'maturity.backstage.io/next-phase': 'foundation',
          },
        ),
      );
      reader.reads.length = 0;
      await evaluator.runCycle();
      // Unchanged inputs: the repository is asked with the previous etag.
      expect(reader.reads.map(r => r.etag)).toEqual(Array(10).fill('v1'));

      setEntities(withMetadata({}, { 'pagerduty.com/service-id': 'P123' }));
      reader.reads.length = 0;
      await evaluator.runCycle();
      // Any other change is: the repository is read again in full.
      expect(reader.reads.map(r => r.etag)).toEqual(Array(10).fill(undefined));
    });

    it('removes entities that left the catalog', async () => {
      const { store, evaluator, entities, setEntities } = await setUp(
        databaseId,
      );
      await evaluator.runCycle();
      setEntities(entities.filter(e => e.metadata.name !== 'svc-9'));

      const stats = await evaluator.runCycle();

      expect(stats.removed).toBe(1);
      expect(await store.getEntity('component:default/svc-9')).toBeUndefined();
    });

    it('deletes what checks looked for once no result has referred to it for a day', async () => {
      let now = new Date('2026-11-20T10:00:00.000Z');
      const { knex, evaluator, setEntities } = await setUp(databaseId, {
        now: () => now,
      });
      const lists = async () => {
        const [{ count }] = await knex('maturity_looked_for').count({
          count: '*',
        });
        return Number(count);
      };
      await evaluator.runCycle();
      const stored = await lists();
      expect(stored).toBeGreaterThan(0);

      // Every component leaves the catalog: their lists are unreferenced,
      // but kept while a save of the day might still refer to them.
      setEntities([group]);
      now = new Date('2026-11-20T12:00:00.000Z');
      await evaluator.runCycle();
      await expect(lists()).resolves.toBe(stored);

      now = new Date('2026-11-21T12:00:00.000Z');
      await evaluator.runCycle();
      await expect(lists()).resolves.toBe(0);
    });
  },
);
