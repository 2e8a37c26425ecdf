import { screen } from '@testing-library/react';
import {
  createExtensionTester,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import type { Entity } from '@backstage/catalog-model';
import maturityPlugin from './index';
import { maturityPage } from './pages';
import { entityMaturityContent } from './entityContent';

const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'cart-service' },
  spec: { type: 'service', owner: 'team-storefront', lifecycle: 'production' },
};

describe('new frontend system exports', () => {
  it('provides the dashboard page and the entity tab', () => {
    expect(maturityPlugin.id).toBe('maturity');
  });

  it('renders the dashboard page', async () => {
    renderInTestApp(createExtensionTester(maturityPage).reactElement());
    expect(
      await screen.findByRole(
        'heading',
        { name: 'Service maturity' },
        // The page is loaded lazily, which takes a while on a busy machine.
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
  });

  it('renders the entity tab for the entity in context', async () => {
    renderInTestApp(
      <EntityProvider entity={entity}>
        {createExtensionTester(entityMaturityContent).reactElement()}
      </EntityProvider>,
    );
    expect(
      await screen.findByText(
        'cart-service has not been evaluated yet',
        undefined,
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
  });
});
