import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import type { Entity } from '@backstage/catalog-model';
import { EntityMaturityContent, MaturityPage, maturityPlugin } from './plugin';
import { Route, Routes } from 'react-router-dom';

const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'payments-api', title: 'Payments API' },
  spec: { type: 'service', owner: 'team-payments', lifecycle: 'production' },
};

describe('legacy frontend system exports', () => {
  it('exposes the plugin under the maturity id', () => {
    expect(maturityPlugin.getId()).toBe('maturity');
  });

  it('renders the dashboard page', async () => {
    await renderInTestApp(
      <Routes>
        <Route path="/maturity" element={<MaturityPage />} />
      </Routes>,
      { routeEntries: ['/maturity'] },
    );
    expect(
      screen.getByRole('heading', { name: 'Service maturity' }),
    ).toBeInTheDocument();
  });

  it('renders the entity tab for the entity in context', async () => {
    await renderInTestApp(
      <EntityProvider entity={entity}>
        <EntityMaturityContent />
      </EntityProvider>,
    );
    expect(
      await screen.findByText(
        'Payments API has not been evaluated yet',
        undefined,
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
  });
});
