import { screen, within } from '@testing-library/react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import type { Entity } from '@backstage/catalog-model';
import userEvent from '@testing-library/user-event';
import {
  maturityApiRef,
  type EntityListQuery,
  type EntitySummary,
  type MaturityApi,
  type PhaseCount,
  type TeamRollup,
} from '../../api';
import { rootRouteRef } from '../../routes';
import { GroupMaturityCard } from './GroupMaturityCard';

const group: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'Platform', namespace: 'default' },
  spec: { type: 'team', children: [] },
};

const counts = (...values: number[]): PhaseCount[] =>
  [
    ['unknown', 'Unknown'],
    ['not-started', 'Not started'],
    ['walking-skeleton', 'Walking Skeleton'],
    ['foundation', 'Solid Foundation'],
  ].map(([phase, name], i) => ({ phase, name, count: values[i] ?? 0 }));

const rollup: TeamRollup = {
  group: {
    entityRef: 'group:default/platform',
    name: 'platform',
    title: 'Platform',
    parent: null,
  },
  groups: [
    {
      entityRef: 'group:default/platform',
      name: 'platform',
      title: 'Platform',
      parent: null,
    },
    {
      entityRef: 'group:default/team-a',
      name: 'team-a',
      title: 'Team A',
      parent: 'group:default/platform',
    },
    {
      entityRef: 'group:default/team-a1',
      name: 'team-a1',
      parent: 'group:default/team-a',
    },
  ],
  owners: [
    { owner: 'group:default/platform', total: 2, phases: counts(1, 1) },
    { owner: 'group:default/team-a', total: 3, phases: counts(0, 1, 2) },
    { owner: 'group:default/team-a1', total: 2, phases: counts(0, 0, 1, 1) },
  ],
  totals: { total: 7, phases: counts(1, 2, 3, 1) },
  blockers: [
    {
      checkId: 'health-checks',
      title: 'Health checks and readiness probes',
      phase: 'foundation',
      count: 3,
    },
    { checkId: 'iac', title: 'Infrastructure as code', count: 1 },
  ],
};

/** A list that answers the type probe: every entity of one type, or mixed. */
const entitiesOfTypes = (first: string, last: string) =>
  jest.fn(async ({ order }: EntityListQuery) => ({
    items: [
      {
        kind: 'Component',
        type: order === 'desc' ? last : first,
      } as EntitySummary,
    ],
    totalCount: 7,
  }));

async function renderCard(api: Partial<MaturityApi>) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [
          maturityApiRef,
          { listCampaigns: async () => ({ items: [] }), ...api },
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

const DASHBOARD = '/maturity?owner=group%3Adefault%2Fplatform';

describe('GroupMaturityCard', () => {
  it('shows the team’s components per phase, Unknown apart from Not started, sub-teams and top blockers', async () => {
    const getTeamRollup = jest.fn(async () => rollup);
    await renderCard({
      getTeamRollup,
      listEntities: entitiesOfTypes('library', 'service'),
    });

    expect(await screen.findByText('7 components')).toBeInTheDocument();
    expect(getTeamRollup).toHaveBeenCalledWith({
      kind: 'group',
      namespace: 'default',
      name: 'Platform',
    });

    const phases = screen.getByRole('table', { name: 'Components per phase' });
    const phaseRow = (name: string) =>
      within(phases).getByRole('rowheader', { name }).parentElement!;
    expect(phaseRow('Unknown')).toHaveTextContent('1');
    expect(phaseRow('Not started')).toHaveTextContent('2');
    expect(phaseRow('Walking Skeleton')).toHaveTextContent('3');
    expect(phaseRow('Solid Foundation')).toHaveTextContent('1');

    // Team A's count includes its own sub-team.
    const subTeams = screen.getByRole('table', { name: 'Sub-teams' });
    const teamA = within(subTeams).getByRole('link', { name: 'Team A' });
    expect(teamA).toHaveAttribute('href', '/catalog/default/group/team-a');
    expect(teamA.closest('tr')).toHaveTextContent(
      'Team A51 Not started, 3 Walking Skeleton, 1 Solid Foundation',
    );
    expect(
      within(subTeams).getByRole('link', { name: 'team-a1' }).closest('tr'),
    ).toHaveTextContent('team-a121 Walking Skeleton, 1 Solid Foundation');

    const blockers = screen.getByRole('list', { name: 'Top blockers' });
    expect(blockers).toHaveTextContent(
      'Health checks and readiness probes: 3 components',
    );
    expect(blockers).toHaveTextContent('Infrastructure as code: 1 component');
  });

  it('links every count to the dashboard filtered by the team and the phase', async () => {
    await renderCard({
      getTeamRollup: jest.fn(async () => rollup),
      listEntities: entitiesOfTypes('service', 'service'),
    });

    expect(
      await screen.findByRole('link', { name: '7 services' }),
    ).toHaveAttribute('href', DASHBOARD);
    expect(
      screen.getByRole('link', { name: '1 service: Unknown' }),
    ).toHaveAttribute('href', `${DASHBOARD}&phase=unknown`);
    expect(
      screen.getByRole('link', { name: '2 services: Not started' }),
    ).toHaveAttribute('href', `${DASHBOARD}&phase=not-started`);
    expect(
      screen.getByRole('link', { name: '3 services: Walking Skeleton' }),
    ).toHaveAttribute('href', `${DASHBOARD}&phase=walking-skeleton`);

    const subTeams = screen.getByRole('table', { name: 'Sub-teams' });
    expect(
      within(subTeams).getByRole('link', { name: '5 services of Team A' }),
    ).toHaveAttribute('href', '/maturity?owner=group%3Adefault%2Fteam-a');
    expect(
      within(subTeams).getByRole('link', { name: '3 Walking Skeleton' }),
    ).toHaveAttribute(
      'href',
      '/maturity?owner=group%3Adefault%2Fteam-a&phase=walking-skeleton',
    );

    expect(screen.getByRole('link', { name: '3 services' })).toHaveAttribute(
      'href',
      `${DASHBOARD}&blocker=health-checks`,
    );
    expect(
      screen.getByRole('link', { name: /View on the dashboard/ }),
    ).toHaveAttribute('href', DASHBOARD);
  });

  it('names the type when all the team’s components share it', async () => {
    await renderCard({
      getTeamRollup: jest.fn(async () => rollup),
      listEntities: entitiesOfTypes('library', 'library'),
    });
    expect(await screen.findByText('7 libraries')).toBeInTheDocument();
    expect(
      screen.getByRole('table', { name: 'Libraries per phase' }),
    ).toBeInTheDocument();
  });

  it('says so when the team owns no evaluated components', async () => {
    await renderCard({
      getTeamRollup: jest.fn(async () => ({
        ...rollup,
        owners: [],
        totals: { total: 0, phases: counts() },
        blockers: [],
      })),
    });
    expect(
      await screen.findByText('This team owns no evaluated components yet.'),
    ).toBeInTheDocument();
  });

  it.each([
    ['undefined', async () => undefined],
    [
      'a 404',
      async () =>
        Promise.reject(
          Object.assign(new Error('Not found'), { statusCode: 404 }),
        ),
    ],
  ])('treats %s like a team without components', async (_, getTeamRollup) => {
    await renderCard({ getTeamRollup: jest.fn(getTeamRollup) });
    expect(
      await screen.findByText('This team owns no evaluated components yet.'),
    ).toBeInTheDocument();
  });

  it('shows a skeleton while the counts load', async () => {
    await renderCard({ getTeamRollup: () => new Promise(() => {}) });
    expect(
      screen.getByRole('progressbar', { name: 'Loading maturity' }),
    ).toBeInTheDocument();
  });

  it('offers to try again after an error', async () => {
    const getTeamRollup = jest
      .fn()
      .mockRejectedValueOnce(
        Object.assign(new Error('Request failed with 500'), {
          statusCode: 500,
        }),
      )
      .mockResolvedValueOnce(rollup);
    await renderCard({ getTeamRollup });

    expect(
      await screen.findByText('The maturity results could not be loaded.'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('7 components')).toBeInTheDocument();
    expect(getTeamRollup).toHaveBeenCalledTimes(2);
  });

  it('tells a user without permission', async () => {
    const forbidden = Object.assign(new Error('Forbidden'), {
      statusCode: 403,
    });
    await renderCard({
      getTeamRollup: jest.fn(async () => Promise.reject(forbidden)),
    });
    expect(
      await screen.findByText('You are not allowed to see maturity results.'),
    ).toBeInTheDocument();
  });
});
