import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DateTime } from 'luxon';
import {
  burndown,
  campaign,
  detail,
  lateCampaign,
  progress,
} from '../../__fixtures__/campaigns';
import type { MaturityApi } from '../../api';
import {
  currentUrl,
  failure,
  renderMaturityPage,
} from './__testUtils__/renderCampaigns';

// The page loads lazily parts of core-components; a busy machine is slow.
jest.setTimeout(30_000);

const day = (iso: string) =>
  DateTime.fromISO(iso, { zone: 'utc' }).toLocaleString(DateTime.DATE_MED);

function mockApi(overrides: Partial<MaturityApi> = {}) {
  return {
    listCampaigns: jest.fn(async () => ({
      items: [
        { campaign: lateCampaign, progress: progress(1, 0, 0, 2) },
        { campaign, progress: progress(4, 3, 2, 1) },
      ],
    })),
    getCampaign: jest.fn(async () => detail),
    getCampaignBurndown: jest.fn(async () => burndown),
    listCampaignEntities: jest.fn(async () => ({ items: [], totalCount: 0 })),
    ...overrides,
  };
}

describe('the campaigns tab', () => {
  it('lists each campaign with its target, deadline, entities per status and share done', async () => {
    await renderMaturityPage(mockApi(), '/maturity/campaigns');

    const card = await screen.findByRole('article', {
      name: 'Every production service at Production Ready',
    });
    expect(card).toHaveTextContent(
      `Reach Production Ready by ${day(campaign.deadline)} (in 12 days)`,
    );
    // Every status by name and count, not by colour alone.
    const legend = within(card).getByRole('list', { name: 'Legend' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map(item => item.textContent),
    ).toEqual(['Done 4', 'On track 3', 'At risk 2', 'Overdue 1']);
    expect(
      within(card).getByRole('img', {
        name: 'Entities per status: 4 done, 3 on track, 2 at risk, 1 overdue',
      }),
    ).toBeInTheDocument();
    expect(card).toHaveTextContent('40% done (4 of 10 entities)');

    // A campaign on checks says how many; a past deadline, how long ago.
    const late = screen.getByRole('article', {
      name: 'An SBOM for every service',
    });
    expect(late).toHaveTextContent(
      `Reach 3 checks by ${day(lateCampaign.deadline)} (3 days ago)`,
    );
    expect(late).toHaveTextContent('33% done (1 of 3 entities)');
  });

  it('opens a campaign’s page from the list, under the Campaigns tab', async () => {
    await renderMaturityPage(mockApi(), '/maturity/campaigns');

    const tab = screen.getByRole('tab', { name: 'Campaigns' });
    expect(tab).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: 'Overview' })).toHaveAttribute(
      'href',
      '/maturity',
    );

    const link = await screen.findByRole('link', {
      name: 'Every production service at Production Ready',
    });
    expect(link).toHaveAttribute(
      'href',
      '/maturity/campaigns/production-ready-by-q1',
    );
    await userEvent.click(link);
    expect(currentUrl()).toBe('/maturity/campaigns/production-ready-by-q1');
    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: 'Every production service at Production Ready',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Campaigns' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    // Back to the list through the breadcrumbs.
    await userEvent.click(screen.getByRole('link', { name: 'Campaigns' }));
    expect(currentUrl()).toBe('/maturity/campaigns');
  });

  it('says where campaigns are defined when there are none', async () => {
    await renderMaturityPage(
      mockApi({ listCampaigns: jest.fn(async () => ({ items: [] })) }),
      '/maturity/campaigns',
    );
    expect(await screen.findByText('No campaigns yet')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Campaigns are defined under maturity.campaigns in app-config or through the API.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Read about campaigns' }),
    ).toHaveAttribute('href', expect.stringMatching(/README\.md#campaigns$/));
  });

  it('says why the campaigns could not be loaded, and tries again', async () => {
    const listCampaigns = jest
      .fn()
      .mockRejectedValueOnce(await failure(500, 'database unavailable'))
      .mockResolvedValue({ items: [] });
    await renderMaturityPage(mockApi({ listCampaigns }), '/maturity/campaigns');

    expect(
      await screen.findByText('Could not load the campaigns'),
    ).toBeInTheDocument();
    expect(screen.getByText(/database unavailable/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('No campaigns yet')).toBeInTheDocument();
  });

  it('tells a user who may not read results that they are not allowed', async () => {
    await renderMaturityPage(
      mockApi({
        listCampaigns: jest.fn(async () => {
          throw await failure(403, 'Unauthorized');
        }),
      }),
      '/maturity/campaigns',
    );
    expect(await screen.findByText('Permission denied')).toBeInTheDocument();
  });
});
