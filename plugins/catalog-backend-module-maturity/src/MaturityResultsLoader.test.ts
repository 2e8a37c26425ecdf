import type {
  EntityListQuery,
  EntitySummary,
} from '@backstage-maturity/plugin-maturity-common';
import type { MaturityService } from '@backstage-maturity/plugin-maturity-node';
import { MaturityResultsLoader } from './MaturityResultsLoader';

function summary(
  name: string,
  phase: string | null,
  progress = 0.5,
): EntitySummary {
  return {
    entityRef: `component:default/${name}`,
    kind: 'component',
    namespace: 'default',
    name,
    phase,
    nextPhase: 'foundation',
    progress,
    counts: {
      pass: 1,
      fail: 1,
      'not-applicable': 0,
      exempt: 0,
      attested: 0,
      error: 0,
    },
    blocking: [],
    evaluatedAt: '2026-01-01T00:00:00.000Z',
    phaseSince: '2026-01-01T00:00:00.000Z',
  };
}

/** A maturity plugin that has evaluated these entities, paging as the API does. */
function maturityOf(all: EntitySummary[]) {
  return {
    listEntities: jest.fn(
      async (query: EntityListQuery = {}, _options?: unknown) => {
        const offset = query.offset ?? 0;
        return {
          items: all.slice(offset, offset + (query.limit ?? 50)),
          totalCount: all.length,
        };
      },
    ),
  } satisfies MaturityService;
}

describe('MaturityResultsLoader', () => {
  it('pages through every evaluated entity in a fixed order', async () => {
    const maturity = maturityOf(
      Array.from({ length: 1203 }, (_, i) =>
        summary(`service-${String(i).padStart(4, '0')}`, 'walking-skeleton'),
      ),
    );

    const standings = await new MaturityResultsLoader({ maturity }).load();

    expect(standings.size).toBe(1203);
    expect(standings.get('component:default/service-1202')).toEqual({
      phase: 'walking-skeleton',
      nextPhase: 'foundation',
      progress: 0.5,
    });
    expect(maturity.listEntities.mock.calls.map(([query]) => query)).toEqual([
      { limit: 500, offset: 0, sort: 'name' },
      { limit: 500, offset: 500, sort: 'name' },
      { limit: 500, offset: 1000, sort: 'name' },
    ]);
  });

  it('keys standings by lower-case ref and keeps not-started entities', async () => {
    const maturity = maturityOf([
      { ...summary('x', null, 0), entityRef: 'Component:Default/Mixed-Case' },
    ]);

    const standings = await new MaturityResultsLoader({ maturity }).load();

    expect([...standings.keys()]).toEqual(['component:default/mixed-case']);
    expect(standings.get('component:default/mixed-case')?.phase).toBeNull();
  });

  it('keeps that a standing is unknown', async () => {
    const maturity = maturityOf([
      {
        ...summary('legacy', null, 0),
        unknown: { reason: 'HTTP 404', checks: ['ci-pipeline'] },
      },
      summary('known', null, 0),
    ]);

    const standings = await new MaturityResultsLoader({ maturity }).load();

    expect(standings.get('component:default/legacy')?.unknown).toBe(true);
    expect(standings.get('component:default/known')?.unknown).toBeUndefined();
  });

  it('stops at an empty page even if the total promised more', async () => {
    const maturity = {
      listEntities: jest.fn(async () => ({ items: [], totalCount: 10 })),
    };

    const standings = await new MaturityResultsLoader({ maturity }).load();

    expect(standings.size).toBe(0);
    expect(maturity.listEntities).toHaveBeenCalledTimes(1);
  });

  it('passes the abort signal on and fails as the maturity plugin does', async () => {
    const failure = new Error('Request failed with 403 Forbidden');
    const maturity = { listEntities: jest.fn().mockRejectedValue(failure) };
    const { signal } = new AbortController();

    await expect(
      new MaturityResultsLoader({ maturity }).load(signal),
    ).rejects.toBe(failure);
    expect(maturity.listEntities).toHaveBeenCalledWith(expect.anything(), {
      signal,
    });
  });
});
