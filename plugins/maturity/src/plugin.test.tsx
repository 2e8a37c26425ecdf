import { screen } from '@testing-library/react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { Route, Routes } from 'react-router-dom';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { permissionApi } from './__fixtures__/permissionApi';
import { fixtureMaturityApi } from './__fixtures__/maturityApi';
import { entity } from './__fixtures__/scorecard';
import { maturityApiRef } from './api';
import {
  EntityMaturityCard,
  EntityMaturityContent,
  MaturityPage,
  maturityPlugin,
} from './plugin';

const api = fixtureMaturityApi;

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
      <TestApiProvider apis={[[maturityApiRef, api]]}>
        <Routes>
          <Route path="/maturity" element={<MaturityPage />} />
        </Routes>
      </TestApiProvider>,
      { routeEntries: ['/maturity'] },
    );
    expect(
      screen.getByRole('heading', { name: 'Service maturity' }),
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
});
