import { mockServices } from '@backstage/backend-test-utils';
import {
  type Entity,
  FieldFormatEntityPolicy,
  SchemaValidEntityPolicy,
} from '@backstage/catalog-model';
import type {
  CatalogProcessorCache,
  LocationSpec,
} from '@backstage/plugin-catalog-node';
import type { JsonObject, JsonValue } from '@backstage/types';
import {
  MATURITY_NEXT_PHASE_ANNOTATION,
  MATURITY_PHASE_LABEL,
  MATURITY_PROGRESS_ANNOTATION,
  MaturityLabelProcessor,
} from './MaturityLabelProcessor';
import type {
  MaturityStanding,
  MaturityStandings,
} from './MaturityResultsLoader';
import { MaturityStandingsCache } from './MaturityStandingsCache';

const location: LocationSpec = { type: 'url', target: 'https://x/y.yaml' };

function component(name: string, metadata: Partial<Entity['metadata']> = {}) {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, ...metadata },
    spec: { type: 'service', lifecycle: 'production', owner: 'team-a' },
  } satisfies Entity;
}

/**
 * The catalog's per-entity processor cache across processing runs: what a
 * run sets replaces the previous state; a run that sets nothing keeps it.
 */
function entityCache() {
  let state: JsonObject | undefined;
  return {
    run(): CatalogProcessorCache {
      const existing = state;
      return {
        async get<T extends JsonValue>(key: string) {
          return existing?.[key] as T | undefined;
        },
        async set(key, value) {
          state = { ...(state === existing ? {} : state), [key]: value };
        },
      };
    },
  };
}

function loaded(entries: Record<string, MaturityStanding>) {
  return { loaded: true, get: (ref: string) => entries[ref] };
}

function process(
  processor: MaturityLabelProcessor,
  entity: Entity,
  cache: CatalogProcessorCache = entityCache().run(),
) {
  return processor.preProcessEntity(
    entity,
    location,
    jest.fn(),
    location,
    cache,
  );
}

describe('MaturityLabelProcessor', () => {
  const logger = mockServices.logger.mock();
  afterEach(() => jest.clearAllMocks());

  it('labels an evaluated entity with its phase and annotates its progress', async () => {
    const processor = new MaturityLabelProcessor({
      standings: loaded({
        'component:default/payments-api': {
          phase: 'production-ready',
          nextPhase: 'operational-maturity',
          progress: 0.4,
        },
      }),
      logger,
    });
    const entity = component('payments-api', {
      labels: { tier: 'gold' },
      annotations: { 'backstage.io/source-location': 'url:https://x/' },
    });

    const result = await process(processor, entity);

    expect(result.metadata.labels).toEqual({
      tier: 'gold',
      [MATURITY_PHASE_LABEL]: 'production-ready',
    });
    expect(result.metadata.annotations).toEqual({
      'backstage.io/source-location': 'url:https://x/',
      [MATURITY_PROGRESS_ANNOTATION]: '40',
      [MATURITY_NEXT_PHASE_ANNOTATION]: 'operational-maturity',
    });
    // The input is not mutated: the catalog may still hold it.
    expect(entity.metadata.labels).toEqual({ tier: 'gold' });
  });

  it('writes what the catalog accepts as labels and annotations', async () => {
    const processor = new MaturityLabelProcessor({
      standings: loaded({
        'component:default/a': {
          phase: null,
          nextPhase: 'walking-skeleton',
          progress: 0,
        },
      }),
      logger,
    });

    const result = await process(processor, component('a'));

    await expect(
      new FieldFormatEntityPolicy().enforce(result),
    ).resolves.toBeDefined();
    await expect(
      new SchemaValidEntityPolicy().enforce(result),
    ).resolves.toBeDefined();
  });

  it('labels an entity below the first phase as not-started', async () => {
    const processor = new MaturityLabelProcessor({
      standings: loaded({
        'component:default/new-thing': {
          phase: null,
          nextPhase: 'walking-skeleton',
          progress: 0.29,
        },
      }),
      logger,
    });

    const result = await process(processor, component('new-thing'));

    expect(result.metadata.labels?.[MATURITY_PHASE_LABEL]).toBe('not-started');
    // Rounded down, and without float error (0.29 * 100 < 29).
    expect(result.metadata.annotations?.[MATURITY_PROGRESS_ANNOTATION]).toBe(
      '29',
    );
  });

  it('labels an entity whose standing cannot be told as unknown, never by the phase below it', async () => {
    const standings: Record<string, MaturityStanding> = {
      'component:default/legacy': {
        phase: 'walking-skeleton',
        nextPhase: 'foundation',
        progress: 0.5,
        unknown: true,
      },
    };
    const processor = new MaturityLabelProcessor({
      standings: loaded(standings),
      logger,
    });
    const cache = entityCache();

    const first = await process(processor, component('legacy'), cache.run());
    expect(first.metadata.labels?.[MATURITY_PHASE_LABEL]).toBe('unknown');

    // Once the repository is read again, the label follows.
    standings['component:default/legacy'] = {
      phase: 'walking-skeleton',
      nextPhase: 'foundation',
      progress: 0.5,
    };
    const second = await process(processor, component('legacy'), cache.run());
    expect(second.metadata.labels?.[MATURITY_PHASE_LABEL]).toBe(
      'walking-skeleton',
    );
  });

  it('writes 100 and no next phase at the top of the ladder', async () => {
    const processor = new MaturityLabelProcessor({
      standings: loaded({
        'component:default/top': {
          phase: 'kaizen',
          nextPhase: null,
          progress: 1,
        },
        'component:default/almost': {
          phase: 'operational-maturity',
          nextPhase: 'kaizen',
          progress: 0.999,
        },
      }),
      logger,
    });

    const top = await process(
      processor,
      component('top', {
        annotations: { [MATURITY_NEXT_PHASE_ANNOTATION]: 'stale' },
      }),
    );
    const almost = await process(processor, component('almost'));

    expect(top.metadata.annotations).toEqual({
      [MATURITY_PROGRESS_ANNOTATION]: '100',
    });
    expect(almost.metadata.annotations?.[MATURITY_PROGRESS_ANNOTATION]).toBe(
      '99',
    );
  });

  it('finds entities whatever the case of their ref and with no namespace', async () => {
    const processor = new MaturityLabelProcessor({
      standings: loaded({
        'component:team-x/payments-api': {
          phase: 'foundation',
          nextPhase: 'production-ready',
          progress: 0.5,
        },
        'component:default/checkout': {
          phase: 'foundation',
          nextPhase: 'production-ready',
          progress: 0.5,
        },
      }),
      logger,
    });

    const mixed = await process(
      processor,
      component('Payments-API', { namespace: 'Team-X' }),
    );
    const noNamespace = await process(processor, component('checkout'));

    expect(mixed.metadata.labels?.[MATURITY_PHASE_LABEL]).toBe('foundation');
    expect(noNamespace.metadata.labels?.[MATURITY_PHASE_LABEL]).toBe(
      'foundation',
    );
  });

  it('passes entities without results through unchanged', async () => {
    const processor = new MaturityLabelProcessor({
      standings: loaded({}),
      logger,
    });
    const entity = component('unknown', { labels: { tier: 'gold' } });
    const before = structuredClone(entity);

    const result = await process(processor, entity);

    expect(result).toEqual(before);
  });

  it('leaves out a phase id that is not a valid label value, warning once', async () => {
    const phase = 'Production ready!';
    const processor = new MaturityLabelProcessor({
      standings: loaded({
        'component:default/a': { phase, nextPhase: null, progress: 1 },
        'component:default/b': { phase, nextPhase: null, progress: 1 },
      }),
      logger,
    });

    const a = await process(processor, component('a'));
    await process(processor, component('b'));

    expect(a.metadata.labels).toEqual({});
    expect(a.metadata.annotations?.[MATURITY_PROGRESS_ANNOTATION]).toBe('100');
    await expect(
      new FieldFormatEntityPolicy().enforce(a),
    ).resolves.toBeDefined();
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('"Production ready!"'),
    );
  });

  describe('with the standings loaded from the maturity plugin', () => {
    const standing: MaturityStanding = {
      phase: 'foundation',
      nextPhase: 'production-ready',
      progress: 0.25,
    };

    function setup(...loads: Array<MaturityStandings | Error>) {
      const loader = {
        load: jest.fn(async () => {
          const next = loads.shift();
          if (!next || next instanceof Error) throw next ?? new Error('gone');
          return next;
        }),
      };
      const standings = new MaturityStandingsCache({ loader, logger });
      const processor = new MaturityLabelProcessor({ standings, logger });
      return { standings, processor };
    }

    it('keeps the last results when a refresh fails, warning once per outage', async () => {
      const { standings, processor } = setup(
        new Map([['component:default/a', standing]]),
        new Error('connect ECONNREFUSED'),
        new Error('connect ECONNREFUSED'),
        new Map([['component:default/a', { ...standing, progress: 0.5 }]]),
      );

      await standings.refresh();
      await standings.refresh();
      await standings.refresh();
      const duringOutage = await process(processor, component('a'));

      expect(duringOutage.metadata.labels?.[MATURITY_PHASE_LABEL]).toBe(
        'foundation',
      );
      expect(
        duringOutage.metadata.annotations?.[MATURITY_PROGRESS_ANNOTATION],
      ).toBe('25');
      expect(logger.warn).toHaveBeenCalledTimes(1);
      expect(logger.warn).toHaveBeenCalledWith(
        expect.stringContaining('ECONNREFUSED'),
      );

      await standings.refresh();
      const after = await process(processor, component('a'));

      expect(after.metadata.annotations?.[MATURITY_PROGRESS_ANNOTATION]).toBe(
        '50',
      );
      expect(logger.info).toHaveBeenCalledWith(
        expect.stringContaining('again'),
      );
    });

    it('never fails processing, even before anything could be loaded', async () => {
      const { standings, processor } = setup(
        new Error('503 Service Unavailable'),
      );

      await standings.refresh();
      const entity = component('a');

      await expect(process(processor, entity)).resolves.toEqual(entity);
    });

    it('keeps the previous labels of an entity until the first load after start-up', async () => {
      const cache = entityCache();
      // Before the restart: processed with the standings loaded.
      const before = setup(new Map([['component:default/a', standing]]));
      await before.standings.refresh();
      await process(before.processor, component('a'), cache.run());

      // After the restart, the maturity plugin does not answer yet.
      const after = setup(
        new Error('502 Bad Gateway'),
        new Map<string, MaturityStanding>(),
      );
      await after.standings.refresh();
      const restarted = await process(
        after.processor,
        component('a'),
        cache.run(),
      );

      expect(restarted.metadata.labels?.[MATURITY_PHASE_LABEL]).toBe(
        'foundation',
      );

      // Once loaded, the fresh results win: the entity has none any more.
      await after.standings.refresh();
      const reloaded = await process(
        after.processor,
        component('a'),
        cache.run(),
      );
      expect(reloaded.metadata.labels).toBeUndefined();

      // ...and a later restart does not bring the old label back.
      const later = setup(new Error('502 Bad Gateway'));
      await later.standings.refresh();
      const laterRestart = await process(
        later.processor,
        component('a'),
        cache.run(),
      );
      expect(laterRestart.metadata.labels).toBeUndefined();
    });
  });
});
