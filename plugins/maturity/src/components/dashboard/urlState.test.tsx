import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  mockApi,
  region,
  renderPage,
  search,
} from './__testUtils__/dashboardFixtures';

jest.setTimeout(30_000);

beforeEach(() => {
  Element.prototype.scrollIntoView = jest.fn();
});

describe('the dashboard in the URL', () => {
  it('shows every phase of the link as chosen, and adds more', async () => {
    const api = mockApi();
    await renderPage(api, '/maturity?phase=foundation&phase=kaizen');
    const list = within(
      await screen.findByRole('region', { name: 'Components' }),
    );
    expect(
      list.getByRole('button', { name: 'Solid Foundation' }),
    ).toBeInTheDocument();
    expect(list.getByRole('button', { name: 'Kaizen' })).toBeInTheDocument();
    expect(api.listEntities).toHaveBeenCalledWith(
      expect.objectContaining({ phase: ['foundation', 'kaizen'] }),
    );

    await userEvent.click(list.getByRole('textbox', { name: 'Phase' }));
    await userEvent.click(
      await screen.findByRole('option', { name: /^Not started/ }),
    );
    expect(search().getAll('phase')).toEqual([
      'foundation',
      'kaizen',
      'not-started',
    ]);
  });

  it('keeps the page and its size in the URL', async () => {
    const api = mockApi();
    await renderPage(api, '/maturity?page=2&pageSize=10');
    const list = within(
      await screen.findByRole('region', { name: 'Components' }),
    );
    expect(await list.findByText('11-20 of 60')).toBeInTheDocument();
    expect(api.listEntities).toHaveBeenCalledWith(
      expect.objectContaining({ limit: 10, offset: 10 }),
    );

    await userEvent.click(list.getByRole('button', { name: 'Next page' }));
    expect(search().get('page')).toBe('3');
    expect(await list.findByText('21-30 of 60')).toBeInTheDocument();

    await userEvent.click(list.getByRole('button', { name: /Rows per page/ }));
    await userEvent.click(await screen.findByRole('option', { name: '50' }));
    expect(search().get('pageSize')).toBe('50');
    expect(search().get('page')).toBeNull();
    await waitFor(() =>
      expect(api.listEntities).toHaveBeenLastCalledWith(
        expect.objectContaining({ limit: 50, offset: 0 }),
      ),
    );
  });

  it('starts again at the first page when the filters change', async () => {
    await renderPage(mockApi(), '/maturity?page=3');
    await screen.findByRole('region', { name: 'Components' });
    await userEvent.click(
      within(region('Components per phase')).getByRole('button', {
        name: 'Kaizen',
      }),
    );
    expect(search().get('page')).toBeNull();
    expect(search().getAll('phase')).toEqual(['kaizen']);
  });

  it.each([
    ['phase=bogus', 'phase=bogus', 'unknown, not-started, walking-skeleton'],
    ['page=-1', 'page=-1', 'a whole number from 1'],
    ['pageSize=7', 'pageSize=7', '10, 25, 50, 100'],
    ['blocker=nope', 'blocker=nope', 'a check id of the checklist'],
    ['sort=colour', 'sort=colour', 'name, phase, progress'],
  ])(
    'explains that %s cannot be used and leads back to everything',
    async (query, shown, allowed) => {
      const api = mockApi();
      await renderPage(api, `/maturity?owner=group:default/team-a&${query}`);
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(
        'This link has values the dashboard cannot use',
      );
      expect(within(alert).getByText(shown)).toBeInTheDocument();
      expect(alert).toHaveTextContent(allowed);
      expect(alert).not.toHaveTextContent('Request failed');

      await userEvent.click(
        within(alert).getByRole('link', { name: 'Clear filters' }),
      );
      expect(search().toString()).toBe('');
      expect(
        await screen.findByRole('region', { name: 'Components' }),
      ).toBeInTheDocument();
    },
  );

  it('turns a filter the backend refuses into words and a way back', async () => {
    const refused = Object.assign(new Error('Request failed with 400'), {
      statusCode: 400,
      cause: { message: 'Unknown lifecycle "prod"' },
    });
    await renderPage(
      mockApi({ listEntities: jest.fn(async () => Promise.reject(refused)) }),
      '/maturity?lifecycle=prod',
    );
    const list = within(
      await screen.findByRole('region', { name: 'Components' }),
    );
    const alert = await list.findByRole('alert');
    expect(alert).toHaveTextContent('Unknown lifecycle "prod"');
    expect(alert).not.toHaveTextContent('Request failed');
    expect(
      within(alert).getByRole('link', { name: 'Clear filters' }),
    ).toBeInTheDocument();
  });

  it('passes the kind filter of a link on to the backend', async () => {
    const api = mockApi();
    await renderPage(api, '/maturity?kind=system');
    expect(
      await screen.findByRole('region', { name: 'Systems' }),
    ).toBeInTheDocument();
    expect(api.getSummary).toHaveBeenCalledWith({ kind: ['system'] });
  });
});
