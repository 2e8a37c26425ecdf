import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { EntityListQuery } from '../../api';
import {
  counts,
  entity,
  mockApi,
  region,
  renderPage,
  search,
  summary,
  trend,
} from './__testUtils__/dashboardFixtures';

// A whole dashboard per test: role queries over it take a while.
jest.setTimeout(30_000);

describe('MaturityPage', () => {
  it('shows the services per phase with names and counts', async () => {
    await renderPage(mockApi());
    expect(
      await screen.findByRole('heading', { name: 'Components per phase' }),
    ).toBeInTheDocument();
    const table = within(region('Components per phase')).getByRole('table');
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
    expect(blockers.getByText('3 components')).toBeInTheDocument();
    expect(blockers.getByText('1 component')).toBeInTheDocument();
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
    await screen.findByRole('heading', { name: 'Components' });
    const services = within(region('Components'));
    expect(
      await services.findByRole('link', { name: 'Payments API' }),
    ).toHaveAttribute('href', '/catalog/default/component/payments');
    const cart = services.getByRole('link', { name: 'cart' }).closest('tr')!;
    expect(within(cart).getByText('Not started')).toBeInTheDocument();
    expect(
      within(cart).getByText('25% to Walking Skeleton'),
    ).toBeInTheDocument();
    expect(
      within(cart).getByText(
        'Health checks and readiness probes, Infrastructure as code',
      ),
    ).toBeInTheDocument();
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
      await screen.findByRole('region', { name: 'Components' }),
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
      await screen.findByRole('region', { name: 'Components' }),
    );
    expect(await services.findByText('1-25 of 10000')).toBeInTheDocument();
    expect(services.getAllByRole('link', { name: /^service-/ })).toHaveLength(
      25,
    );
    expect(
      within(region('Components per phase')).getByText('4000'),
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
      await screen.findByRole('region', { name: 'Components' }),
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
    await screen.findByRole('heading', { name: 'Components' });

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
    const services = within(region('Components'));
    expect(
      await services.findByRole('link', { name: 'team-b-service' }),
    ).toBeInTheDocument();
    expect(services.queryByRole('link', { name: 'Payments API' })).toBeNull();
  });

  it('searches by name as the user types, without a history entry per key', async () => {
    const api = mockApi();
    await renderPage(api);
    await screen.findByRole('heading', { name: 'Components' });
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
    await screen.findByRole('heading', { name: 'Components' });
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
    // The owner filter shows the team by name (the list names it too).
    expect(
      within(screen.getByRole('region', { name: 'Filters' })).getByText(
        'Team A',
      ),
    ).toBeInTheDocument();
  });

  it('narrows the services to a phase chosen in the distribution', async () => {
    const api = mockApi();
    await renderPage(api);
    await screen.findByRole('heading', { name: 'Components per phase' });
    await userEvent.click(
      within(region('Components per phase')).getByRole('button', {
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
    await screen.findByRole('heading', { name: 'Components' });
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
          blockerCount: 0,
        })),
      }),
    );
    expect(
      await screen.findByText('No evaluation results yet'),
    ).toBeInTheDocument();
  });

  it('says what failed and tries again', async () => {
    const failure = Object.assign(new Error('Request failed with 500'), {
      statusCode: 500,
      cause: { message: 'Database connection lost' },
    });
    const getSummary = jest
      .fn()
      .mockRejectedValueOnce(failure)
      .mockResolvedValue(summary);
    await renderPage(mockApi({ getSummary }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Could not load the maturity summary and team counts',
    );
    expect(alert).toHaveTextContent('The maturity backend failed (status 500)');
    expect(alert).toHaveTextContent('Cause: Database connection lost');
    expect(alert).not.toHaveTextContent('Request failed');

    await userEvent.click(
      within(alert).getByRole('button', { name: 'Try again' }),
    );
    expect(
      await screen.findByRole('heading', { name: 'Components per phase' }),
    ).toBeInTheDocument();
    expect(getSummary).toHaveBeenCalledTimes(2);
  });

  it('says when the backend cannot be reached', async () => {
    await renderPage(
      mockApi({
        getSummary: jest.fn(async () =>
          Promise.reject(new TypeError('Failed to fetch')),
        ),
      }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The maturity backend could not be reached',
    );
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

  it('shows the trend legend in ladder order', async () => {
    await renderPage(mockApi());
    const legend = await within(
      await screen.findByRole('region', { name: 'Trend' }),
    ).findByRole('list', { name: 'Legend' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map(item => item.textContent),
    ).toEqual([
      'Unknown',
      'Not started',
      'Walking Skeleton',
      'Solid Foundation',
      'Production Ready',
      'Operational Maturity',
      'Kaizen',
    ]);
  });

  it('speaks of the type filtered by', async () => {
    await renderPage(mockApi(), '/maturity?type=website');
    expect(
      await screen.findByRole('heading', { name: 'Websites per phase' }),
    ).toBeInTheDocument();
    expect(region('Websites')).toBeInTheDocument();
    expect(
      within(region('Top blockers')).getByText('3 websites'),
    ).toBeInTheDocument();
  });

  it('shows the dashboard in outline while it loads', async () => {
    let resolve: (value: typeof summary) => void = () => {};
    const getSummary = jest.fn(
      () => new Promise<typeof summary>(done => (resolve = done)),
    );
    await renderPage(mockApi({ getSummary }));
    expect(
      screen.getByRole('status', { name: 'Loading maturity results' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).toBeNull();
    resolve(summary);
    expect(
      await screen.findByRole('heading', { name: 'Components per phase' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('status', { name: 'Loading maturity results' }),
    ).toBeNull();
  });

  it('shows the list in outline while its first page loads', async () => {
    await renderPage(
      mockApi({ listEntities: jest.fn(() => new Promise(() => {})) }),
    );
    expect(
      await screen.findByRole('status', { name: 'Loading components' }),
    ).toBeInTheDocument();
  });

  it('shows the last evaluation to everyone, Re-evaluate all only to those allowed', async () => {
    await renderPage(mockApi());
    expect(await screen.findByText(/^Last evaluation:/)).toHaveTextContent(
      '60 entities, 2 unreadable',
    );
    await screen.findByRole('heading', { name: 'Components per phase' });
    expect(
      screen.queryByRole('button', { name: 'Re-evaluate all' }),
    ).toBeNull();
  });
});
