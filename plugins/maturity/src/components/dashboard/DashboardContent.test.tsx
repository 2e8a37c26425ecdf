import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { useLocation } from 'react-router-dom';
import {
  maturityApiRef,
  type EntityListQuery,
  type EntitySummary,
  type MaturityApi,
  type OwnerRollup,
  type PhaseCount,
  type Summary,
  type Trend,
} from '../../api';
import { MaturityPage } from '../MaturityPage';

const PHASES: Array<[string, string]> = [
  ['not-started', 'Not started'],
  ['walking-skeleton', 'Walking Skeleton'],
  ['foundation', 'Solid Foundation'],
  ['production-ready', 'Production Ready'],
  ['operational-maturity', 'Operational Maturity'],
  ['kaizen', 'Kaizen'],
];

const counts = (...values: number[]): PhaseCount[] =>
  PHASES.map(([phase, name], i) => ({ phase, name, count: values[i] ?? 0 }));

const summary: Summary = {
  total: 10,
  phases: counts(4, 3, 2, 1),
  blockers: [
    {
      checkId: 'health-checks',
      title: 'Health checks and readiness probes',
      phase: 'foundation',
      count: 3,
    },
    {
      checkId: 'iac',
      title: 'Infrastructure as code',
      phase: 'foundation',
      count: 1,
    },
  ],
};

const rollup: OwnerRollup = {
  items: [
    {
      owner: 'group:default/platform',
      title: 'Platform',
      parent: null,
      direct: 1,
      total: 7,
      phases: counts(3, 2, 1, 1),
    },
    {
      owner: 'group:default/team-a',
      title: 'Team A',
      parent: 'group:default/platform',
      direct: 4,
      total: 4,
      phases: counts(2, 1, 1),
    },
    {
      owner: 'group:default/team-b',
      title: 'Team B',
      parent: 'group:default/platform',
      direct: 2,
      total: 2,
      phases: counts(1, 1),
    },
    {
      owner: 'user:default/jane',
      parent: null,
      direct: 3,
      total: 3,
      phases: counts(1, 1, 1),
    },
  ],
};

const entity = (
  name: string,
  extra: Partial<EntitySummary> = {},
): EntitySummary => ({
  entityRef: `component:default/${name}`,
  kind: 'Component',
  namespace: 'default',
  name,
  type: 'service',
  lifecycle: 'production',
  owner: 'group:default/team-a',
  system: 'checkout',
  phase: 'walking-skeleton',
  nextPhase: 'foundation',
  progress: 0.5,
  counts: {
    pass: 5,
    fail: 2,
    'not-applicable': 0,
    exempt: 0,
    attested: 0,
    error: 0,
  },
  blocking: ['health-checks', 'iac'],
  evaluatedAt: new Date().toISOString(),
  phaseSince: '2026-01-01T00:00:00.000Z',
  ...extra,
});

const trend: Trend = {
  from: '2026-01-01',
  to: '2026-01-03',
  days: [
    { day: '2026-01-01', phases: { 'not-started': 6, 'walking-skeleton': 2 } },
    { day: '2026-01-03', phases: { 'not-started': 4, 'walking-skeleton': 3 } },
  ],
};

function mockApi(overrides: Partial<MaturityApi> = {}) {
  return {
    getSummary: jest.fn(async () => summary),
    getOwnerRollup: jest.fn(async () => rollup),
    getTrend: jest.fn(async () => trend),
    getScorecard: jest.fn(),
    listEntities: jest.fn(async (query: EntityListQuery) => {
      if (query.owner?.includes('group:default/team-b')) {
        return {
          items: [entity('team-b-service', { owner: 'group:default/team-b' })],
          totalCount: 1,
        };
      }
      return {
        items: [
          entity('payments', { title: 'Payments API' }),
          entity('cart', {
            phase: null,
            nextPhase: 'walking-skeleton',
            progress: 0.25,
          }),
        ],
        totalCount: 60,
      };
    }),
    ...overrides,
  } as unknown as jest.Mocked<MaturityApi>;
}

const LocationDisplay = () => {
  const location = useLocation();
  return <div data-testid="location">{location.search}</div>;
};

async function renderPage(api: MaturityApi, url = '/maturity') {
  return renderInTestApp(
    <TestApiProvider apis={[[maturityApiRef, api]]}>
      <MaturityPage />
      <LocationDisplay />
    </TestApiProvider>,
    {
      routeEntries: [url],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    },
  );
}

const region = (name: string) => screen.getByRole('region', { name });

const search = () =>
  new URLSearchParams(screen.getByTestId('location').textContent ?? '');

describe('MaturityPage', () => {
  it('shows the services per phase with names and counts', async () => {
    await renderPage(mockApi());
    expect(
      await screen.findByRole('heading', { name: 'Services per phase' }),
    ).toBeInTheDocument();
    const table = within(region('Services per phase')).getByRole('table');
    const row = (name: string) =>
      within(table).getByRole('button', { name }).closest('tr') as HTMLElement;
    expect(within(row('Not started')).getByText('4')).toBeInTheDocument();
    expect(within(row('Walking Skeleton')).getByText('3')).toBeInTheDocument();
    expect(
      within(row('Walking Skeleton')).getByText('30%'),
    ).toBeInTheDocument();
    expect(within(row('Kaizen')).getByText('0')).toBeInTheDocument();
  });

  it('lists the top blockers with their counts', async () => {
    await renderPage(mockApi());
    await screen.findByRole('heading', { name: 'Top blockers' });
    const blockers = within(region('Top blockers'));
    expect(
      blockers.getByText('Health checks and readiness probes'),
    ).toBeInTheDocument();
    expect(blockers.getByText('3 services')).toBeInTheDocument();
    expect(blockers.getByText('1 service')).toBeInTheDocument();
  });

  it('rolls sub-teams up under their parent and sorts by any column', async () => {
    await renderPage(mockApi());
    await screen.findByRole('heading', { name: 'Teams' });
    const teams = within(region('Teams'));
    const names = () =>
      teams
        .getAllByRole('row')
        .slice(1)
        .map(row => within(row).getByRole('rowheader').textContent);

    // Largest rolled-up total first; children hidden until expanded.
    expect(names()).toEqual(['Platform', 'user:jane']);
    const platform = teams
      .getByRole('link', { name: 'Platform' })
      .closest('tr')!;
    expect(within(platform).getAllByRole('cell')[0]).toHaveTextContent('7');
    expect(teams.getByRole('link', { name: 'Platform' })).toHaveAttribute(
      'href',
      '/catalog/default/group/platform',
    );

    await userEvent.click(
      teams.getByRole('button', { name: 'Expand Platform' }),
    );
    expect(names()).toEqual(['Platform', 'Team A', 'Team B', 'user:jane']);

    // By a phase column, fewest first on the second click; children stay
    // under their parent.
    await userEvent.click(teams.getByRole('button', { name: 'Not started' }));
    await userEvent.click(teams.getByRole('button', { name: 'Not started' }));
    expect(names()).toEqual(['user:jane', 'Platform', 'Team B', 'Team A']);
    expect(
      teams.getByRole('columnheader', { name: 'Not started' }),
    ).toHaveAttribute('aria-sort', 'ascending');

    await userEvent.click(teams.getByRole('button', { name: 'Team' }));
    expect(names()).toEqual(['Platform', 'Team A', 'Team B', 'user:jane']);
    await userEvent.click(
      teams.getByRole('button', { name: 'Collapse Platform' }),
    );
    expect(names()).toEqual(['Platform', 'user:jane']);
  });

  it('lists a page of services with links, phases and progress', async () => {
    const api = mockApi();
    await renderPage(api);
    await screen.findByRole('heading', { name: 'Services' });
    const services = within(region('Services'));
    expect(
      await services.findByRole('link', { name: 'Payments API' }),
    ).toHaveAttribute('href', '/catalog/default/component/payments');
    const cart = services.getByRole('link', { name: 'cart' }).closest('tr')!;
    expect(within(cart).getByText('Not started')).toBeInTheDocument();
    expect(
      within(cart).getByText('25% to Walking Skeleton'),
    ).toBeInTheDocument();
    expect(within(cart).getByText('2')).toBeInTheDocument();
    expect(api.listEntities).toHaveBeenCalledWith({
      sort: 'name',
      order: 'asc',
      limit: 25,
      offset: 0,
    });
  });

  it('requests the next page from the backend', async () => {
    const api = mockApi();
    await renderPage(api);
    const services = within(
      await screen.findByRole('region', { name: 'Services' }),
    );
    expect(services.getByText('1-25 of 60')).toBeInTheDocument();
    await userEvent.click(services.getByRole('button', { name: 'Next page' }));
    await waitFor(() =>
      expect(api.listEntities).toHaveBeenLastCalledWith(
        expect.objectContaining({ offset: 25, limit: 25 }),
      ),
    );
    expect(await services.findByText('26-50 of 60')).toBeInTheDocument();
  });

  it('shows a catalog of 10,000 services from aggregates and one page of rows', async () => {
    const api = mockApi({
      getSummary: jest.fn(async () => ({
        ...summary,
        total: 10_000,
        phases: counts(4000, 3000, 2000, 600, 300, 100),
      })),
      listEntities: jest.fn(async (query: EntityListQuery) => ({
        items: Array.from({ length: query.limit ?? 25 }, (_, i) =>
          entity(`service-${(query.offset ?? 0) + i}`),
        ),
        totalCount: 10_000,
      })),
    });
    await renderPage(api);
    const services = within(
      await screen.findByRole('region', { name: 'Services' }),
    );
    expect(await services.findByText('1-25 of 10000')).toBeInTheDocument();
    expect(services.getAllByRole('link', { name: /^service-/ })).toHaveLength(
      25,
    );
    expect(
      within(region('Services per phase')).getByText('4000'),
    ).toBeInTheDocument();
    // The table's page and the filters' sample of values: bounded reads of
    // summaries, never every service nor a scorecard.
    expect(api.listEntities).toHaveBeenCalledWith(
      expect.objectContaining({ limit: 25, offset: 0 }),
    );
    for (const [query] of api.listEntities.mock.calls) {
      expect(query.limit).toBeLessThanOrEqual(200);
    }
    expect(api.getScorecard).not.toHaveBeenCalled();
  });

  it('sorts the services on the server', async () => {
    const api = mockApi();
    await renderPage(api);
    const services = within(
      await screen.findByRole('region', { name: 'Services' }),
    );
    await userEvent.click(services.getByRole('button', { name: 'Evaluated' }));
    await waitFor(() =>
      expect(api.listEntities).toHaveBeenLastCalledWith(
        expect.objectContaining({
          sort: 'evaluatedAt',
          order: 'asc',
          offset: 0,
        }),
      ),
    );
    expect(search().get('sort')).toBe('evaluatedAt');
  });

  it('filters by owner through the URL and shows the filtered services', async () => {
    const api = mockApi();
    await renderPage(api);
    await screen.findByRole('heading', { name: 'Services' });

    await userEvent.click(screen.getByRole('textbox', { name: 'Owner' }));
    await userEvent.click(
      await screen.findByRole('option', { name: /Team B/ }),
    );

    await waitFor(() =>
      expect(search().getAll('owner')).toEqual(['group:default/team-b']),
    );
    await waitFor(() =>
      expect(api.getSummary).toHaveBeenLastCalledWith({
        owner: ['group:default/team-b'],
      }),
    );
    expect(api.getOwnerRollup).toHaveBeenLastCalledWith({
      owner: ['group:default/team-b'],
    });
    expect(api.getTrend).toHaveBeenLastCalledWith({
      owner: ['group:default/team-b'],
    });
    const services = within(region('Services'));
    expect(
      await services.findByRole('link', { name: 'team-b-service' }),
    ).toBeInTheDocument();
    expect(services.queryByRole('link', { name: 'Payments API' })).toBeNull();
  });

  it('searches by name as the user types, without a history entry per key', async () => {
    const api = mockApi();
    await renderPage(api);
    await screen.findByRole('heading', { name: 'Services' });
    await userEvent.type(
      screen.getByRole('searchbox', { name: 'Search' }),
      'pay',
    );
    await waitFor(() => expect(search().get('search')).toBe('pay'));
    await waitFor(() =>
      expect(api.getSummary).toHaveBeenLastCalledWith({ search: 'pay' }),
    );
    expect(api.getSummary).not.toHaveBeenCalledWith({ search: 'p' });
  });

  it('reads the filters of a shared link', async () => {
    const api = mockApi();
    await renderPage(
      api,
      '/maturity?owner=group:default/team-a&lifecycle=production&phase=foundation&search=pay',
    );
    await screen.findByRole('heading', { name: 'Services' });
    const filters = {
      owner: ['group:default/team-a'],
      lifecycle: ['production'],
      search: 'pay',
    };
    expect(api.getSummary).toHaveBeenCalledWith(filters);
    expect(api.listEntities).toHaveBeenCalledWith({
      ...filters,
      phase: ['foundation'],
      sort: 'name',
      order: 'asc',
      limit: 25,
      offset: 0,
    });
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue(
      'pay',
    );
    expect(screen.getByText('Team A')).toBeInTheDocument();
  });

  it('narrows the services to a phase chosen in the distribution', async () => {
    const api = mockApi();
    await renderPage(api);
    await screen.findByRole('heading', { name: 'Services per phase' });
    await userEvent.click(
      within(region('Services per phase')).getByRole('button', {
        name: 'Solid Foundation',
      }),
    );
    expect(search().getAll('phase')).toEqual(['foundation']);
    await waitFor(() =>
      expect(api.listEntities).toHaveBeenLastCalledWith(
        expect.objectContaining({ phase: ['foundation'], offset: 0 }),
      ),
    );
    // The distribution itself keeps every phase.
    expect(api.getSummary).toHaveBeenLastCalledWith({});
  });

  it('summarises the trend by its first and last day', async () => {
    await renderPage(mockApi());
    await screen.findByRole('heading', { name: 'Trend' });
    const table = await within(region('Trend')).findByRole('table', {
      name: 'Trend summary',
    });
    const row = within(table).getByRole('rowheader', { name: 'Not started' })
      .parentElement!;
    expect(row).toHaveTextContent(/^Not started64-2$/);
    expect(
      within(table).getByRole('columnheader', { name: '2026-01-03' }),
    ).toBeInTheDocument();
  });

  it('explains a trend of fewer than two days', async () => {
    await renderPage(
      mockApi({
        getTrend: jest.fn(async () => ({
          ...trend,
          days: trend.days.slice(0, 1),
        })),
      }),
    );
    expect(
      await screen.findByText(/Not enough history yet/),
    ).toBeInTheDocument();
  });

  it('exports the filtered services as CSV', async () => {
    const blobs: Blob[] = [];
    const createObjectURL = jest.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:csv';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => {});

    const api = mockApi();
    await renderPage(api, '/maturity?lifecycle=production');
    await screen.findByRole('heading', { name: 'Services' });
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));

    await waitFor(() => expect(click).toHaveBeenCalled());
    expect(api.listEntities).toHaveBeenCalledWith(
      expect.objectContaining({
        lifecycle: ['production'],
        limit: 500,
        offset: 0,
      }),
    );
    const text = await blobs[0].text();
    expect(text).toContain('component:default/payments,payments,Payments API');
    click.mockRestore();
  });

  it('says so when nothing has been evaluated', async () => {
    await renderPage(
      mockApi({
        getSummary: jest.fn(async () => ({
          total: 0,
          phases: counts(),
          blockers: [],
        })),
      }),
    );
    expect(
      await screen.findByText('No evaluation results yet'),
    ).toBeInTheDocument();
  });

  it('shows the error of a failed request', async () => {
    await renderPage(
      mockApi({
        getSummary: jest.fn(async () =>
          Promise.reject(new Error('Backend down')),
        ),
      }),
    );
    expect(
      (await screen.findAllByText('Error: Backend down')).length,
    ).toBeGreaterThan(0);
  });

  it('tells a user without permission', async () => {
    const forbidden = Object.assign(new Error('Forbidden'), {
      statusCode: 403,
    });
    await renderPage(
      mockApi({ getSummary: jest.fn(async () => Promise.reject(forbidden)) }),
    );
    expect(await screen.findByText('Permission denied')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Teams' })).toBeNull();
  });
});
