import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import type { Entity } from '@backstage/catalog-model';
import {
  maturityApiRef,
  type EntityListQuery,
  type EntitySummary,
  type MaturityApi,
  type Summary,
} from '../../api';
import { rootRouteRef } from '../../routes';
import { SystemMaturityCard } from './SystemMaturityCard';

const system: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'System',
  metadata: { name: 'payments', namespace: 'default' },
  spec: { owner: 'group:default/team-payments' },
};

const domain: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Domain',
  metadata: { name: 'commerce', namespace: 'default' },
  spec: { owner: 'group:default/team-payments' },
};

const summary: Summary = {
  total: 6,
  phases: [
    { phase: 'unknown', name: 'Unknown', count: 1 },
    { phase: 'not-started', name: 'Not started', count: 2 },
    { phase: 'walking-skeleton', name: 'Walking Skeleton', count: 3 },
    { phase: 'foundation', name: 'Solid Foundation', count: 0 },
  ],
  blockers: [
    {
      checkId: 'ci-pipeline',
      title: 'CI pipeline',
      phase: 'walking-skeleton',
      count: 2,
    },
  ],
  blockerCount: 1,
};

/** A list that answers the type probe: entities from `first` to `last` type. */
const entitiesOfTypes = (first: string, last: string) =>
  jest.fn(async ({ order }: EntityListQuery) => ({
    items: [
      { kind: 'Component', type: order === 'desc' ? last : first },
    ] as EntitySummary[],
    totalCount: 6,
  }));

function renderCard(entity: Entity, api: Partial<MaturityApi>) {
  return renderInTestApp(
    <TestApiProvider apis={[[maturityApiRef, api]]}>
      <EntityProvider entity={entity}>
        <SystemMaturityCard />
      </EntityProvider>
    </TestApiProvider>,
    { mountedRoutes: { '/maturity': rootRouteRef } },
  );
}

const SYSTEM = '/maturity?system=system%3Adefault%2Fpayments';

describe('SystemMaturityCard', () => {
  it('shows the system’s components per phase with Unknown apart, each count a link', async () => {
    const getSummary = jest.fn(async () => summary);
    await renderCard(system, {
      getSummary,
      listEntities: entitiesOfTypes('service', 'website'),
    });

    expect(
      await screen.findByRole('link', { name: '6 components' }),
    ).toHaveAttribute('href', SYSTEM);
    expect(getSummary).toHaveBeenCalledWith({
      system: ['system:default/payments'],
    });

    const phases = screen.getByRole('table', { name: 'Components per phase' });
    const row = (name: string) =>
      within(phases).getByRole('rowheader', { name }).parentElement!;
    expect(row('Unknown')).toHaveTextContent('1');
    expect(row('Not started')).toHaveTextContent('2');
    expect(row('Solid Foundation')).toHaveTextContent('0');
    expect(
      screen.getByRole('link', { name: '1 component: Unknown' }),
    ).toHaveAttribute('href', `${SYSTEM}&phase=unknown`);
    expect(
      screen.getByRole('link', { name: '2 components: Not started' }),
    ).toHaveAttribute('href', `${SYSTEM}&phase=not-started`);
    expect(
      screen.getByRole('link', { name: '3 components: Walking Skeleton' }),
    ).toHaveAttribute('href', `${SYSTEM}&phase=walking-skeleton`);
    // An empty bucket has nothing to list.
    expect(
      within(row('Solid Foundation')).queryByRole('link'),
    ).not.toBeInTheDocument();

    const blockers = screen.getByRole('list', { name: 'Top blockers' });
    expect(blockers).toHaveTextContent('CI pipeline: 2 components');
    expect(
      within(blockers).getByRole('link', { name: '2 components' }),
    ).toHaveAttribute('href', `${SYSTEM}&blocker=ci-pipeline`);
  });

  it('rolls up a domain by the domain filter and names a shared type', async () => {
    const getSummary = jest.fn(async () => summary);
    await renderCard(domain, {
      getSummary,
      listEntities: entitiesOfTypes('service', 'service'),
    });
    expect(
      await screen.findByRole('link', { name: '6 services' }),
    ).toHaveAttribute('href', '/maturity?domain=domain%3Adefault%2Fcommerce');
    expect(getSummary).toHaveBeenCalledWith({
      domain: ['domain:default/commerce'],
    });
    expect(
      screen.getByRole('link', { name: '2 services: Not started' }),
    ).toHaveAttribute(
      'href',
      '/maturity?domain=domain%3Adefault%2Fcommerce&phase=not-started',
    );
  });

  it('says so when nothing of the system is evaluated', async () => {
    await renderCard(system, {
      getSummary: async () => ({
        total: 0,
        phases: [],
        blockers: [],
        blockerCount: 0,
      }),
    });
    expect(
      await screen.findByText('This system has no evaluated components yet.'),
    ).toBeInTheDocument();
  });

  it('shows a skeleton while the counts load', async () => {
    await renderCard(system, { getSummary: () => new Promise(() => {}) });
    expect(
      screen.getByRole('progressbar', { name: 'Loading maturity' }),
    ).toBeInTheDocument();
  });

  it('offers to try again after an error', async () => {
    const getSummary = jest
      .fn()
      .mockRejectedValueOnce(new Error('Request failed with 500'))
      .mockResolvedValueOnce(summary);
    await renderCard(system, { getSummary });

    expect(
      await screen.findByText('The maturity results could not be loaded.'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByRole('link', { name: '6 components' }),
    ).toBeInTheDocument();
  });

  it('tells a user without permission', async () => {
    await renderCard(system, {
      getSummary: async () =>
        Promise.reject(
          Object.assign(new Error('Forbidden'), { statusCode: 403 }),
        ),
    });
    expect(
      await screen.findByText('You are not allowed to see maturity results.'),
    ).toBeInTheDocument();
  });
});
