import { screen, within } from '@testing-library/react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import type { Entity } from '@backstage/catalog-model';
import {
  maturityApiRef,
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
    { owner: 'group:default/platform', total: 1, phases: counts(1) },
    { owner: 'group:default/team-a', total: 3, phases: counts(1, 2) },
    { owner: 'group:default/team-a1', total: 2, phases: counts(0, 1, 1) },
  ],
  totals: { total: 6, phases: counts(2, 3, 1) },
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

async function renderCard(api: Partial<MaturityApi>) {
  return renderInTestApp(
    <TestApiProvider apis={[[maturityApiRef, api]]}>
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

describe('GroupMaturityCard', () => {
  it('shows the team’s services per phase, sub-teams and top blockers', async () => {
    const getTeamRollup = jest.fn(async () => rollup);
    await renderCard({ getTeamRollup });

    expect(await screen.findByText('6 services')).toBeInTheDocument();
    expect(getTeamRollup).toHaveBeenCalledWith({
      kind: 'group',
      namespace: 'default',
      name: 'Platform',
    });

    const phases = screen.getByRole('table', { name: 'Services per phase' });
    const phaseRow = (name: string) =>
      within(phases).getByRole('rowheader', { name }).parentElement!;
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

    expect(
      screen.getByText('Health checks and readiness probes: 3 services'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Infrastructure as code: 1 service'),
    ).toBeInTheDocument();
  });

  it('links to the dashboard filtered by the team', async () => {
    await renderCard({ getTeamRollup: jest.fn(async () => rollup) });
    expect(
      await screen.findByRole('link', { name: /View on the dashboard/ }),
    ).toHaveAttribute('href', '/maturity?owner=group%3Adefault%2Fplatform');
  });

  it('says so when the team owns no evaluated services', async () => {
    await renderCard({
      getTeamRollup: jest.fn(async () => ({
        ...rollup,
        owners: [],
        totals: { total: 0, phases: counts() },
        blockers: [],
      })),
    });
    expect(
      await screen.findByText('This team owns no evaluated services yet.'),
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
  ])('treats %s like a team without services', async (_, getTeamRollup) => {
    await renderCard({ getTeamRollup: jest.fn(getTeamRollup) });
    expect(
      await screen.findByText('This team owns no evaluated services yet.'),
    ).toBeInTheDocument();
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
