import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { MaturityResultsLoader } from './MaturityResultsLoader';

const ENTITIES_URL = 'http://localhost:7007/api/maturity/entities';

const discovery = {
  getBaseUrl: async (pluginId: string) =>
    `http://localhost:7007/api/${pluginId}`,
  getExternalBaseUrl: async (pluginId: string) =>
    `http://localhost:7007/api/${pluginId}`,
};

// What the mock auth service issues to the catalog for the maturity plugin.
const expectedHeader = mockCredentials.service.header({
  onBehalfOf: mockCredentials.service('plugin:catalog'),
  targetPluginId: 'maturity',
});

function summary(name: string, phase: string | null, progress = 0.5) {
  return {
    entityRef: `component:default/${name}`,
    kind: 'component',
    namespace: 'default',
    name,
    phase,
    nextPhase: 'foundation',
    progress,
    counts: {},
    blocking: [],
    evaluatedAt: '2026-01-01T00:00:00.000Z',
    phaseSince: '2026-01-01T00:00:00.000Z',
  };
}

describe('MaturityResultsLoader', () => {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  function createLoader() {
    return new MaturityResultsLoader({
      discovery,
      auth: mockServices.auth({ pluginId: 'catalog' }),
    });
  }

  it('pages through every entity with the service token of the catalog', async () => {
    const all = Array.from({ length: 1203 }, (_, i) =>
      summary(`service-${String(i).padStart(4, '0')}`, 'walking-skeleton'),
    );
    const requests: Array<{ query: URLSearchParams; auth: string | null }> = [];
    server.use(
      http.get(ENTITIES_URL, ({ request }) => {
        const url = new URL(request.url);
        requests.push({
          query: url.searchParams,
          auth: request.headers.get('authorization'),
        });
        const limit = Number(url.searchParams.get('limit'));
        const offset = Number(url.searchParams.get('offset'));
        return HttpResponse.json({
          items: all.slice(offset, offset + limit),
          totalCount: all.length,
        });
      }),
    );

    const standings = await createLoader().load();

    expect(standings.size).toBe(1203);
    expect(standings.get('component:default/service-1202')).toEqual({
      phase: 'walking-skeleton',
      nextPhase: 'foundation',
      progress: 0.5,
    });
    expect(requests.map(r => r.query.get('offset'))).toEqual([
      '0',
      '500',
      '1000',
    ]);
    expect(requests.every(r => r.query.get('limit') === '500')).toBe(true);
    expect(requests.every(r => r.query.get('sort') === 'name')).toBe(true);
    expect(requests.map(r => r.auth)).toEqual([
      expectedHeader,
      expectedHeader,
      expectedHeader,
    ]);
  });

  it('keys standings by lower-case ref and keeps not-started entities', async () => {
    server.use(
      http.get(ENTITIES_URL, () =>
        HttpResponse.json({
          items: [
            {
              ...summary('x', null, 0),
              entityRef: 'Component:Default/Mixed-Case',
            },
          ],
          totalCount: 1,
        }),
      ),
    );

    const standings = await createLoader().load();

    expect([...standings.keys()]).toEqual(['component:default/mixed-case']);
    expect(standings.get('component:default/mixed-case')?.phase).toBeNull();
  });

  it('skips malformed rows without losing its place', async () => {
    const requests: string[] = [];
    server.use(
      http.get(ENTITIES_URL, ({ request }) => {
        const offset = new URL(request.url).searchParams.get('offset')!;
        requests.push(offset);
        return HttpResponse.json(
          offset === '0'
            ? {
                items: [
                  { entityRef: 'component:default/broken', phase: 3 },
                  ...Array.from({ length: 499 }, (_, i) =>
                    summary(`a${i}`, 'kaizen'),
                  ),
                ],
                totalCount: 501,
              }
            : { items: [summary('last', 'kaizen')], totalCount: 501 },
        );
      }),
    );

    const standings = await createLoader().load();

    expect(requests).toEqual(['0', '500']);
    expect(standings.size).toBe(500);
    expect(standings.has('component:default/broken')).toBe(false);
    expect(standings.has('component:default/last')).toBe(true);
  });

  it('fails with the status when the maturity plugin answers an error', async () => {
    server.use(
      http.get(ENTITIES_URL, () =>
        HttpResponse.json(
          { error: { name: 'NotAllowedError', message: 'nope' } },
          { status: 403 },
        ),
      ),
    );

    await expect(createLoader().load()).rejects.toThrow(/403/);
  });

  it('fails on an answer that is not a page', async () => {
    server.use(http.get(ENTITIES_URL, () => HttpResponse.json([])));

    await expect(createLoader().load()).rejects.toThrow(
      'expected { items, totalCount }',
    );
  });

  it('uses an injected fetch when given one', async () => {
    const fetchMock = jest.fn(async (_url: string, _init?: RequestInit) =>
      Response.json({ items: [summary('a', 'kaizen', 1)], totalCount: 1 }),
    );
    const loader = new MaturityResultsLoader({
      discovery,
      auth: mockServices.auth({ pluginId: 'catalog' }),
      fetch: fetchMock as unknown as typeof fetch,
    });

    const standings = await loader.load();

    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe(`${ENTITIES_URL}?limit=500&offset=0&sort=name`);
    expect(init?.headers).toEqual({ Authorization: expectedHeader });
    expect(standings.get('component:default/a')?.phase).toBe('kaizen');
  });
});
