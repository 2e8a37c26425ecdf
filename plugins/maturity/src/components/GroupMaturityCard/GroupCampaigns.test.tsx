import { screen, waitFor, within } from '@testing-library/react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import type { Entity } from '@backstage/catalog-model';
import { campaign, lateCampaign, progress } from '../../__fixtures__/campaigns';
import { maturityApiRef, type MaturityApi, type TeamRollup } from '../../api';
import { rootRouteRef } from '../../routes';
import { GroupMaturityCard } from './GroupMaturityCard';

const group: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'team-platform', namespace: 'default' },
  spec: { type: 'team', children: [] },
};

const platform = {
  entityRef: 'group:default/team-platform',
  name: 'team-platform',
  title: 'Platform',
  parent: null,
};

const rollup: TeamRollup = {
  group: platform,
  groups: [platform],
  owners: [],
  totals: {
    total: 3,
    phases: [{ phase: 'foundation', name: 'Solid Foundation', count: 3 }],
  },
  blockers: [],
};

async function renderCard(listCampaigns: MaturityApi['listCampaigns']) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [
          maturityApiRef,
          {
            getTeamRollup: async () => rollup,
            listEntities: async () => ({ items: [], totalCount: 0 }),
            listCampaigns,
          },
        ],
      ]}
    >
      <EntityProvider entity={group}>
        <GroupMaturityCard />
      </EntityProvider>
    </TestApiProvider>,
    {
      mountedRoutes: {
        '/maturity': rootRouteRef,
        '/catalog/:namespace/:kind/:name': entityRouteRef,
      },
    },
  );
}

describe('the group card’s campaigns', () => {
  it('lists the campaigns covering the team’s entities with share done, at risk and overdue', async () => {
    const listCampaigns = jest.fn(async () => ({
      items: [
        { campaign, progress: progress(1, 0, 1, 1) },
        { campaign: lateCampaign, progress: progress(2, 0, 0, 0) },
      ],
    }));
    await renderCard(listCampaigns);

    const list = await screen.findByRole('list', { name: 'Campaigns' });
    expect(listCampaigns).toHaveBeenCalledWith({
      owner: 'group:default/team-platform',
    });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map(item => item.textContent),
    ).toEqual([
      'Every production service at Production Ready: 33% done, 1 at risk, 1 overdue',
      'An SBOM for every service: 100% done, 0 at risk, 0 overdue',
    ]);
    expect(
      within(list).getByRole('link', {
        name: 'Every production service at Production Ready',
      }),
    ).toHaveAttribute('href', '/maturity/campaigns/production-ready-by-q1');
    expect(screen.getByText('3 components')).toBeInTheDocument();
  });

  it.each([
    ['no campaign covers the team', async () => ({ items: [] })],
    [
      'the campaigns cannot be loaded',
      async () => {
        throw new Error('Failed to fetch');
      },
    ],
  ])('leaves the card as it was when %s', async (_, listCampaigns) => {
    const mock = jest.fn(listCampaigns);
    await renderCard(mock);
    expect(await screen.findByText('3 components')).toBeInTheDocument();
    await waitFor(() => expect(mock).toHaveBeenCalled());
    expect(screen.queryByRole('heading', { name: 'Campaigns' })).toBeNull();
    expect(screen.queryByText(/Failed to fetch/)).toBeNull();
  });
});
