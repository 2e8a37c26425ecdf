import { screen } from '@testing-library/react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { Route, Routes } from 'react-router-dom';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { permissionApi } from './__fixtures__/permissionApi';
import { defaultPhases } from '@backstage-maturity/plugin-maturity-common';
import { fixtureMaturityApi } from './__fixtures__/maturityApi';
import { entity } from './__fixtures__/scorecard';
import { maturityApiRef, type MaturityApi } from './api';
import { rootRouteRef } from './routes';
import {
  EntityMaturityCard,
  EntityMaturityContent,
  MaturityPage,
  maturityPlugin,
  SystemMaturityCard,
} from './plugin';
import * as main from './index';

// What the dashboard reads besides the fixture's aggregates.
const api: Partial<MaturityApi> = {
  getChecklist: async () => ({ phases: defaultPhases, tracks: [], checks: [] }),
  listRuns: async () => [],
  ...fixtureMaturityApi,
};

// The extensions load lazily, which takes a while on a busy machine.
jest.setTimeout(30_000);

function onEntityPage(element: JSX.Element) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [maturityApiRef, api],
        [permissionApiRef, permissionApi()],
      ]}
    >
      <EntityProvider entity={entity}>
        <Routes>
          <Route path="/catalog/:namespace/:kind/:name/*" element={element} />
        </Routes>
      </EntityProvider>
    </TestApiProvider>,
    { routeEntries: ['/catalog/default/component/payments-api'] },
  );
}

describe('legacy frontend system exports', () => {
  it('exposes the plugin under the maturity id with its API', () => {
    expect(maturityPlugin.getId()).toBe('maturity');
    expect([...maturityPlugin.getApis()].map(f => f.api.id)).toEqual([
      maturityApiRef.id,
    ]);
  });

  it('renders the dashboard page', async () => {
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [maturityApiRef, api],
          [permissionApiRef, permissionApi()],
        ]}
      >
        <Routes>
          <Route path="/maturity" element={<MaturityPage />} />
        </Routes>
      </TestApiProvider>,
      { routeEntries: ['/maturity'] },
    );
    expect(
      await screen.findByRole('heading', { name: 'Service maturity' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('No evaluation results yet'),
    ).toBeInTheDocument();
  });

  it('renders the entity tab with the entity phase and its checks', async () => {
    await onEntityPage(<EntityMaturityContent />);
    expect(
      await screen.findByRole(
        'heading',
        { name: 'Ladder' },
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Current phase')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Production Ready', level: 3 }),
    ).toBeInTheDocument();
  });

  it('renders the summary card with the progress to the next phase', async () => {
    await onEntityPage(<EntityMaturityCard />);
    expect(
      await screen.findByText('4 of 8 checks of Production Ready', undefined, {
        timeout: 10_000,
      }),
    ).toBeInTheDocument();
  });

  it('renders the roll-up card of a system', async () => {
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [
            maturityApiRef,
            {
              ...api,
              getSummary: async () => ({
                total: 2,
                phases: [
                  { phase: 'unknown', name: 'Unknown', count: 0 },
                  { phase: 'not-started', name: 'Not started', count: 2 },
                ],
                blockers: [],
                blockerCount: 0,
              }),
            },
          ],
        ]}
      >
        <EntityProvider
          entity={{ ...entity, kind: 'System', metadata: { name: 'payments' } }}
        >
          <SystemMaturityCard />
        </EntityProvider>
      </TestApiProvider>,
      { mountedRoutes: { '/maturity': rootRouteRef } },
    );
    expect(
      await screen.findByRole(
        'link',
        { name: '2 components: Not started' },
        { timeout: 10_000 },
      ),
    ).toHaveAttribute(
      'href',
      '/maturity?system=system%3Adefault%2Fpayments&phase=not-started',
    );
  });

  it('exports the catalog column and filter for CatalogIndexPage', () => {
    expect(main.createMaturityPhaseColumn().title).toBe('Maturity');
    expect(
      new main.MaturityPhaseFilter(['unknown']).getCatalogFilters(),
    ).toEqual({ 'metadata.labels.maturity.backstage.io/phase': ['unknown'] });
    expect(main.MaturityPhasePicker).toBeInstanceOf(Function);
  });
});
