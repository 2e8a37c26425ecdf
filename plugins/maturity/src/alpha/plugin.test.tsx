import { screen } from '@testing-library/react';
import {
  createExtensionTester,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { fixtureMaturityApi } from '../__fixtures__/maturityApi';
import { entity } from '../__fixtures__/scorecard';
import { maturityApiRef, type MaturityApi } from '../api';
import maturityPlugin from './index';
import { maturityPage } from './pages';
import { entityMaturityContent } from './entityContent';
import { entityMaturityCard, groupMaturityCard } from './entityCards';

const api = fixtureMaturityApi;

function withEntity(element: JSX.Element) {
  return (
    <TestApiProvider apis={[[maturityApiRef, api as MaturityApi]]}>
      <EntityProvider entity={entity}>{element}</EntityProvider>
    </TestApiProvider>
  );
}

describe('new frontend system exports', () => {
  it('provides the API, the page, the entity tab and both cards', () => {
    expect(maturityPlugin.id).toBe('maturity');
    expect(maturityPlugin.getExtension('api:maturity')).toBeDefined();
    expect(maturityPlugin.getExtension('page:maturity')).toBeDefined();
    expect(
      maturityPlugin.getExtension('entity-content:maturity'),
    ).toBeDefined();
    expect(
      maturityPlugin.getExtension('entity-card:maturity/summary'),
    ).toBeDefined();
    expect(
      maturityPlugin.getExtension('entity-card:maturity/group'),
    ).toBeDefined();
  });

  it('renders the dashboard page', async () => {
    renderInTestApp(
      <TestApiProvider apis={[[maturityApiRef, api as MaturityApi]]}>
        {createExtensionTester(maturityPage).reactElement()}
      </TestApiProvider>,
    );
    expect(
      await screen.findByRole(
        'heading',
        { name: 'Service maturity' },
        // The page is loaded lazily, which takes a while on a busy machine.
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('No evaluation results yet'),
    ).toBeInTheDocument();
  });

  it('renders the entity tab with the entity phase and its checks', async () => {
    renderInTestApp(
      withEntity(createExtensionTester(entityMaturityContent).reactElement()),
    );
    expect(
      await screen.findByRole(
        'heading',
        { name: 'Ladder' },
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Current phase')).toBeInTheDocument();
  });

  it('renders the summary card with the progress to the next phase', async () => {
    renderInTestApp(
      withEntity(createExtensionTester(entityMaturityCard).reactElement()),
    );
    expect(
      await screen.findByText('4 of 8 checks of Production Ready', undefined, {
        timeout: 10_000,
      }),
    ).toBeInTheDocument();
  });

  it('offers the group card for group pages only', () => {
    const tester = createExtensionTester(groupMaturityCard);
    // The card's filter, as the entity page applies it.
    const filter = tester.get(EntityCardBlueprint.dataRefs.filterFunction);
    expect(filter?.({ ...entity, kind: 'Group' })).toBe(true);
    expect(filter?.(entity)).toBe(false);
  });
});
