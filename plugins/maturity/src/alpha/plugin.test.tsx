import { screen } from '@testing-library/react';
import {
  createExtensionTester,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { MockEntityListContextProvider } from '@backstage/plugin-catalog-react/testUtils';
import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { defaultPhases } from '@backstage-maturity/plugin-maturity-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { permissionApi } from '../__fixtures__/permissionApi';
import { fixtureMaturityApi } from '../__fixtures__/maturityApi';
import { entity } from '../__fixtures__/scorecard';
import { maturityApiRef, type MaturityApi } from '../api';
import maturityPlugin from './index';
import { maturityPage } from './pages';
import { entityMaturityContent } from './entityContent';
import {
  entityMaturityCard,
  groupMaturityCard,
  systemMaturityCard,
} from './entityCards';
import { maturityPhaseCatalogFilter } from './catalogFilters';
import { rootRouteRef } from '../routes';

// What the dashboard reads besides the fixture's aggregates.
const api: Partial<MaturityApi> = {
  getChecklist: async () => ({ phases: defaultPhases, tracks: [], checks: [] }),
  listRuns: async () => [],
  ...fixtureMaturityApi,
};

// The extensions load lazily, which takes a while on a busy machine.
jest.setTimeout(30_000);

function withEntity(element: JSX.Element) {
  return (
    <TestApiProvider apis={[[maturityApiRef, api as MaturityApi]]}>
      <EntityProvider entity={entity}>{element}</EntityProvider>
    </TestApiProvider>
  );
}

describe('new frontend system exports', () => {
  it('provides the API, the page, the entity tab, the cards and the catalog filter', () => {
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
    expect(
      maturityPlugin.getExtension('entity-card:maturity/system'),
    ).toBeDefined();
    expect(
      maturityPlugin.getExtension('catalog-filter:maturity/phase'),
    ).toBeDefined();
  });

  it('renders the dashboard page', async () => {
    renderInTestApp(
      <TestApiProvider
        apis={[
          [maturityApiRef, api as MaturityApi],
          [permissionApiRef, permissionApi()],
        ]}
      >
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

  it('offers the roll-up card for system and domain pages only', () => {
    const filter = createExtensionTester(systemMaturityCard).get(
      EntityCardBlueprint.dataRefs.filterFunction,
    );
    expect(filter?.({ ...entity, kind: 'System' })).toBe(true);
    expect(filter?.({ ...entity, kind: 'Domain' })).toBe(true);
    expect(filter?.(entity)).toBe(false);
    expect(filter?.({ ...entity, kind: 'Group' })).toBe(false);
  });

  it('renders the roll-up card with the system’s components per phase', async () => {
    const getSummary = jest.fn(async () => ({
      total: 3,
      phases: [
        { phase: 'unknown', name: 'Unknown', count: 1 },
        { phase: 'not-started', name: 'Not started', count: 2 },
      ],
      blockers: [],
      blockerCount: 0,
    }));
    renderInTestApp(
      <TestApiProvider apis={[[maturityApiRef, { ...api, getSummary }]]}>
        <EntityProvider
          entity={{ ...entity, kind: 'System', metadata: { name: 'payments' } }}
        >
          {createExtensionTester(systemMaturityCard).reactElement()}
        </EntityProvider>
      </TestApiProvider>,
      { mountedRoutes: { '/maturity': convertLegacyRouteRef(rootRouteRef) } },
    );
    expect(
      await screen.findByRole(
        'link',
        { name: '1 component: Unknown' },
        { timeout: 10_000 },
      ),
    ).toHaveAttribute(
      'href',
      '/maturity?system=system%3Adefault%2Fpayments&phase=unknown',
    );
    expect(getSummary).toHaveBeenCalledWith({
      system: ['system:default/payments'],
    });
  });

  it('renders the phase filter for the catalog index page', async () => {
    renderInTestApp(
      <TestApiProvider apis={[[maturityApiRef, api as MaturityApi]]}>
        <MockEntityListContextProvider value={{ filters: {} }}>
          {createExtensionTester(maturityPhaseCatalogFilter).reactElement()}
        </MockEntityListContextProvider>
      </TestApiProvider>,
    );
    expect(
      await screen.findByRole(
        'textbox',
        { name: 'Maturity phase' },
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
  });
});
