import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DateTime } from 'luxon';
import {
  burndown,
  campaign,
  campaignEntity,
  detail,
  progress,
} from '../../__fixtures__/campaigns';
import type { CampaignEntityQuery, MaturityApi } from '../../api';
import { formatDateTime } from '../common/dates';
import {
  currentUrl,
  failure,
  renderMaturityPage,
} from './__testUtils__/renderCampaigns';

// jsdom lays nothing out: the chart gets the width a browser would give it.
jest.mock('react-use/esm/useMeasure', () => ({
  __esModule: true,
  default: () => [() => {}, { width: 800, height: 280 }],
}));

jest.setTimeout(30_000);

const PAGE = '/maturity/campaigns/production-ready-by-q1';

const day = (iso: string) =>
  DateTime.fromISO(iso, { zone: 'utc' }).toLocaleString(DateTime.DATE_MED);

/** 30 entities not done: pages of 25. */
const notDone = Array.from({ length: 30 }, (_, i) =>
  campaignEntity(`service-${i + 1}`, {
    status: i < 2 ? 'overdue' : 'at-risk',
    title: i === 0 ? 'Notification service' : undefined,
  }),
);

function mockApi(overrides: Partial<MaturityApi> = {}) {
  return {
    getCampaign: jest.fn(async () => detail),
    getCampaignBurndown: jest.fn(async () => burndown),
    listCampaignEntities: jest.fn(
      async (_id: string, query: CampaignEntityQuery = {}) => {
        const matching = notDone.filter(e =>
          (query.status ?? []).includes(e.status),
        );
        const offset = query.offset ?? 0;
        return {
          items: matching.slice(offset, offset + (query.limit ?? 50)),
          totalCount: matching.length,
        };
      },
    ),
    ...overrides,
  };
}

const region = (name: string) => screen.getByRole('region', { name });

describe('a campaign’s page', () => {
  it('shows what the campaign asks, its description as Markdown, and its progress', async () => {
    const api = mockApi();
    await renderMaturityPage(api, PAGE);

    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: 'Every production service at Production Ready',
      }),
    ).toBeInTheDocument();
    expect(api.getCampaign).toHaveBeenCalledWith('production-ready-by-q1');

    const about = region('About');
    expect(within(about).getByText('the bar').tagName).toBe('STRONG');
    expect(
      within(about).getByRole('link', { name: /^runbook guide/ }),
    ).toHaveAttribute('href', 'https://example.com/runbooks');
    const fact = (term: string) =>
      within(about).getByText(term).nextElementSibling?.textContent;
    expect(fact('Target')).toBe('Production Ready');
    expect(fact('Entities')).toBe('Kind: component; Lifecycle: production');
    expect(fact('Start')).toBe(day(campaign.start));
    expect(fact('Deadline')).toBe(`${day(campaign.deadline)} (in 12 days)`);
    expect(fact('Defined in')).toBe('app-config');

    const progressRegion = region('Progress');
    expect(progressRegion).toHaveTextContent('40% done');
    expect(progressRegion).toHaveTextContent(
      '4 of 10 entities reached the target',
    );
    expect(progressRegion).toHaveTextContent(
      `Computed at ${formatDateTime(detail.computedAt!)}`,
    );
    expect(
      within(progressRegion)
        .getAllByRole('listitem')
        .map(item => item.textContent),
    ).toEqual(['Done 4', 'On track 3', 'At risk 2', 'Overdue 1']);
  });

  it('draws the burndown of entities not done against the ideal line', async () => {
    await renderMaturityPage(mockApi(), PAGE);

    const chart = await screen.findByRole('region', { name: 'Burndown' });
    const summary = await within(chart).findByRole('table', {
      name: 'Burndown summary',
    });
    const rows = within(summary)
      .getAllByRole('row')
      .slice(1)
      .map(row => row.textContent);
    // From all 10 not done at the start; today 6, where the even pace
    // from 10 over 72 days to none at the deadline is at 1.7.
    expect(rows).toEqual([
      `${day(campaign.start)}1010`,
      `${day(burndown.days[1].day)}61.7`,
    ]);
    // The chart itself: two lines, named in its legend.
    expect(chart.querySelector('svg.recharts-surface')).not.toBeNull();
    expect(chart.querySelectorAll('.recharts-line')).toHaveLength(2);
    expect(chart).toHaveTextContent('Not done');
    expect(chart).toHaveTextContent('Ideal');
  });

  it('lists the teams in the backend’s order, each linking to its catalog page', async () => {
    await renderMaturityPage(mockApi(), PAGE);

    const table = await screen.findByRole('table', { name: 'Teams' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map(row => row.textContent)).toEqual([
      'Platform5112120%',
      'team-payments4310075%',
      'No owner101000%',
    ]);
    expect(
      within(rows[0]).getByRole('link', { name: 'Platform' }),
    ).toHaveAttribute('href', '/catalog/default/group/team-platform');
    expect(within(rows[2]).queryByRole('link')).toBeNull();
  });

  it('lists the entities not done with the checks they miss, a page at a time and by status', async () => {
    const api = mockApi();
    await renderMaturityPage(api, PAGE);

    const table = await screen.findByRole('table', {
      name: 'Entities not done',
    });
    const list = region('Entities not done');
    expect(await within(table).findAllByRole('row')).toHaveLength(26);
    expect(api.listCampaignEntities).toHaveBeenLastCalledWith(
      'production-ready-by-q1',
      { status: ['overdue', 'at-risk', 'on-track'], limit: 25, offset: 0 },
    );

    const first = within(table).getAllByRole('row')[1];
    expect(first).toHaveTextContent(
      'Notification serviceOverduePlatform5 of 7Runbooks, Security scanning',
    );
    // The entity and each check it misses lead to its maturity tab.
    expect(
      within(first).getByRole('link', { name: 'Notification service' }),
    ).toHaveAttribute('href', '/catalog/default/component/service-1/maturity');
    expect(
      within(first).getByRole('link', { name: 'Runbooks' }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/component/service-1/maturity#check-runbooks',
    );
    expect(
      within(first).getByRole('link', { name: 'Platform' }),
    ).toHaveAttribute('href', '/catalog/default/group/team-platform');

    await userEvent.click(
      within(list).getByRole('button', { name: 'Next page' }),
    );
    await waitFor(() =>
      expect(within(table).getAllByRole('row')).toHaveLength(6),
    );
    expect(currentUrl()).toBe(`${PAGE}?page=2`);
    expect(list).toHaveTextContent(/26[-–]30 of 30/);

    await userEvent.click(within(list).getByRole('button', { name: /Status/ }));
    await userEvent.click(screen.getByRole('option', { name: 'Overdue' }));
    expect(currentUrl()).toBe(`${PAGE}?status=overdue`);
    await waitFor(() =>
      expect(within(table).getAllByRole('row')).toHaveLength(3),
    );
    expect(api.listCampaignEntities).toHaveBeenLastCalledWith(
      'production-ready-by-q1',
      { status: ['overdue'], limit: 25, offset: 0 },
    );

    await userEvent.click(within(list).getByRole('button', { name: /Status/ }));
    await userEvent.click(screen.getByRole('option', { name: 'On track' }));
    expect(
      await within(table).findByText('No entity is on track.'),
    ).toBeVisible();
  });

  it('exports every entity not done as CSV, fetching all pages', async () => {
    const blobs: Blob[] = [];
    Object.assign(URL, {
      createObjectURL: jest.fn((blob: Blob) => {
        blobs.push(blob);
        return 'blob:csv';
      }),
      revokeObjectURL: jest.fn(),
    });
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => {});
    const entities = [
      campaignEntity('notification-service', {
        status: 'overdue',
        title: 'Notification service',
      }),
      campaignEntity('feature-flags', { status: 'on-track', owner: undefined }),
      campaignEntity('cart', {
        remaining: [{ checkId: 'iac', title: 'Infrastructure, as code' }],
      }),
    ];
    // Two entities a page, whatever the page size asked.
    const listCampaignEntities = jest.fn(
      async (_id: string, query: CampaignEntityQuery = {}) => ({
        items: entities.slice(query.offset ?? 0, (query.offset ?? 0) + 2),
        totalCount: entities.length,
      }),
    );
    await renderMaturityPage(mockApi({ listCampaignEntities }), PAGE);

    await userEvent.click(
      await screen.findByRole('button', { name: 'Export CSV' }),
    );
    await waitFor(() => expect(click).toHaveBeenCalled());
    expect(listCampaignEntities).toHaveBeenCalledWith(
      'production-ready-by-q1',
      { status: ['overdue', 'at-risk', 'on-track'], limit: 500, offset: 2 },
    );
    expect(await blobs[0].text()).toBe(
      [
        'Entity,Name,Title,Owner,Status,Target checks met,Target checks,Checks left',
        'component:default/notification-service,notification-service,Notification service,group:default/team-platform,Overdue,5,7,Runbooks; Security scanning',
        'component:default/feature-flags,feature-flags,,,On track,5,7,Runbooks; Security scanning',
        'component:default/cart,cart,,group:default/team-platform,At risk,5,7,"Infrastructure, as code"',
        '',
      ].join('\r\n'),
    );
    click.mockRestore();
  });

  it('says so when the campaign covers no entities', async () => {
    await renderMaturityPage(
      mockApi({
        getCampaign: jest.fn(async () => ({
          ...detail,
          progress: progress(0, 0, 0, 0),
          teams: [],
        })),
      }),
      PAGE,
    );
    expect(
      await screen.findByText('This campaign covers no entities'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /No evaluated entity matches its filter \(Kind: component; Lifecycle: production\)/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Burndown' })).toBeNull();
  });

  it.each([
    ['an unknown id', async () => undefined],
    [
      'an id the backend rejects',
      async () => {
        throw await failure(400, 'campaignId must match pattern');
      },
    ],
  ])('says there is no such campaign for %s', async (_, getCampaign) => {
    await renderMaturityPage(
      mockApi({ getCampaign: jest.fn(getCampaign) }),
      '/maturity/campaigns/Gone',
    );
    expect(await screen.findByText('No such campaign')).toBeInTheDocument();
    expect(
      screen.getByText(
        'There is no campaign with the id "Gone": it may have been deleted or renamed.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'All campaigns' })).toHaveAttribute(
      'href',
      '/maturity/campaigns',
    );
  });

  it('keeps the page when the burndown or the entities cannot be loaded', async () => {
    await renderMaturityPage(
      mockApi({
        getCampaignBurndown: jest.fn(async () => {
          throw await failure(500, 'burndown table missing');
        }),
        listCampaignEntities: jest.fn(async () => {
          throw await failure(503, 'store unavailable');
        }),
      }),
      PAGE,
    );
    expect(
      await screen.findByText('Could not load the burndown'),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('Could not load the campaign’s entities'),
    ).toBeInTheDocument();
    expect(screen.getByText(/store unavailable/)).toBeInTheDocument();
    expect(region('Teams')).toBeInTheDocument();
  });
});
