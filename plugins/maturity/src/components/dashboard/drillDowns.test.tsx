import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  checklist,
  entity,
  mockApi,
  region,
  renderPage,
  search,
  summary,
} from './__testUtils__/dashboardFixtures';

jest.setTimeout(30_000);

const scrollIntoView = jest.fn();
beforeEach(() => {
  scrollIntoView.mockClear();
  Element.prototype.scrollIntoView = scrollIntoView;
});

/** Whether the last scroll brought the list of components into view. */
const scrolledToList = () =>
  expect(scrollIntoView.mock.contexts.at(-1)).toContainElement(
    region('Components'),
  );

describe('drill-downs', () => {
  it('opens the list of what a top blocker blocks, from its name or its count', async () => {
    const api = mockApi();
    await renderPage(api, '/maturity?phase=kaizen');
    const blockers = within(
      await screen.findByRole('region', { name: 'Top blockers' }),
    );
    const name = blockers.getByRole('link', {
      name: 'Health checks and readiness probes',
    });
    expect(
      blockers.getByRole('link', { name: '3 components' }),
    ).toHaveAttribute('href', name.getAttribute('href'));

    await userEvent.click(name);
    expect(search().getAll('blocker')).toEqual(['health-checks']);
    // The blocker's count was taken over every phase.
    expect(search().getAll('phase')).toEqual([]);
    await waitFor(() =>
      expect(api.listEntities).toHaveBeenLastCalledWith(
        expect.objectContaining({ blocker: ['health-checks'], offset: 0 }),
      ),
    );
    scrolledToList();

    const chip = within(region('Components')).getByRole('button', {
      name: 'Blocked by Health checks and readiness probes',
    });
    chip.focus();
    await userEvent.keyboard('{Delete}');
    expect(search().getAll('blocker')).toEqual([]);
    expect(within(region('Components')).queryByText(/^Blocked by/)).toBeNull();
  });

  it("shows a blocker's phase apart from its count", async () => {
    await renderPage(mockApi());
    const blockers = within(
      await screen.findByRole('region', { name: 'Top blockers' }),
    );
    const item = blockers.getAllByRole('listitem')[0];
    // Each in an element of its own, not run together.
    expect(within(item).getByText('Solid Foundation')).toBeInTheDocument();
    expect(within(item).getByText('3 components')).toBeInTheDocument();
  });

  it('pages through all blockers and opens the list of one', async () => {
    const page = (offset: number) =>
      Array.from({ length: offset === 0 ? 20 : 5 }, (_, i) => ({
        checkId: `check-${offset + i}`,
        title: `Check ${offset + i}`,
        phase: 'foundation',
        count: 30 - i,
      }));
    const api = mockApi({
      getChecklist: jest.fn(async () => ({
        ...checklist,
        checks: page(0)
          .concat(page(20))
          .map(b => ({
            ...checklist.checks[0],
            id: b.checkId,
            title: b.title,
          })),
      })),
      getSummary: jest.fn(async () => ({ ...summary, blockerCount: 25 })),
      listBlockers: jest.fn(async query => ({
        items: page(query.offset ?? 0),
        totalCount: 25,
      })),
    });
    await renderPage(api, '/maturity?lifecycle=production');
    await userEvent.click(
      await screen.findByRole('button', { name: 'Show all 25 blockers' }),
    );
    const dialog = within(await screen.findByRole('dialog'));
    expect(
      await dialog.findByRole('link', { name: 'Check 0' }),
    ).toBeInTheDocument();
    expect(api.listBlockers).toHaveBeenCalledWith({
      lifecycle: ['production'],
      limit: 20,
      offset: 0,
    });

    await userEvent.click(dialog.getByRole('button', { name: 'Next page' }));
    await userEvent.click(
      await dialog.findByRole('link', { name: 'Check 22' }),
    );
    expect(search().getAll('blocker')).toEqual(['check-22']);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    scrolledToList();
  });

  it("lists a team's components in a phase, or all of them, from the team table", async () => {
    const api = mockApi();
    await renderPage(api);
    const teams = within(await screen.findByRole('region', { name: 'Teams' }));

    await userEvent.click(
      teams.getByRole('link', {
        name: '2 Walking Skeleton components of Platform',
      }),
    );
    expect(search().getAll('owner')).toEqual(['group:default/platform']);
    expect(search().getAll('phase')).toEqual(['walking-skeleton']);
    await waitFor(() =>
      expect(api.listEntities).toHaveBeenLastCalledWith(
        expect.objectContaining({
          owner: ['group:default/platform'],
          phase: ['walking-skeleton'],
        }),
      ),
    );
    scrolledToList();

    await userEvent.click(
      within(region('Teams')).getByRole('link', {
        name: '7 components of Platform',
      }),
    );
    expect(search().getAll('owner')).toEqual(['group:default/platform']);
    expect(search().getAll('phase')).toEqual([]);
  });

  it('lists the components of a phase from its count in the distribution', async () => {
    const api = mockApi();
    await renderPage(api);
    const distribution = within(
      await screen.findByRole('region', { name: 'Components per phase' }),
    );
    await userEvent.click(
      distribution.getByRole('link', {
        name: 'List the 3 components in Walking Skeleton',
      }),
    );
    expect(search().getAll('phase')).toEqual(['walking-skeleton']);
    await waitFor(() =>
      expect(api.listEntities).toHaveBeenLastCalledWith(
        expect.objectContaining({ phase: ['walking-skeleton'] }),
      ),
    );
    scrolledToList();
  });

  it('names the blocking checks of each component, the rest on a tooltip', async () => {
    await renderPage(
      mockApi({
        listEntities: jest.fn(async () => ({
          items: [
            entity('payments', {
              blocking: ['health-checks', 'iac', 'runbook', 'slo'],
            }),
          ],
          totalCount: 1,
        })),
      }),
    );
    const list = within(
      await screen.findByRole('region', { name: 'Components' }),
    );
    const row = (await list.findByRole('link', { name: 'payments' })).closest(
      'tr',
    )!;
    expect(row).toHaveTextContent(
      'Health checks and readiness probes, Infrastructure as code, +2 more',
    );
    await userEvent.hover(within(row).getByText('+2 more'));
    expect(await screen.findByRole('tooltip')).toHaveTextContent(
      'Runbook, Service level objectives',
    );
  });
});
