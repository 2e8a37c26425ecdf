import { screen, waitFor } from '@testing-library/react';
import { createApiRef, type ApiRef } from '@backstage/frontend-plugin-api';
import { renderTestApp } from '@backstage/frontend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import maturityPlugin from '@backstage-maturity/plugin-maturity/alpha';
import {
  maturityApiRef,
  type MaturityApi,
} from '@backstage-maturity/plugin-maturity';
import { catalogModule } from './index';

// The catalog's API by its id: the app does not depend on the package that
// declares its ref, and API refs are looked up by id.
const catalogApiRef: ApiRef<unknown> = createApiRef({
  id: 'plugin.catalog.service',
});

const component = (name: string, phase?: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name,
    namespace: 'default',
    labels: phase ? { 'maturity.backstage.io/phase': phase } : undefined,
  },
  spec: {
    type: 'service',
    owner: 'group:default/team-a',
    lifecycle: 'production',
  },
});

const entities = [
  component('payments-api', 'foundation'),
  component('legacy-billing', 'unknown'),
  component('new-idea'),
];

const catalogApi = {
  getEntities: async () => ({ items: entities }),
  queryEntities: async () => ({
    items: entities,
    totalItems: entities.length,
    pageInfo: {},
  }),
  getEntityFacets: async () => ({ facets: {} }),
  getEntitiesByRefs: async () => ({ items: [] }),
  getEntityByRef: async () => undefined,
};

const maturityApi: Partial<MaturityApi> = {
  getChecklist: async () => ({
    phases: [
      { id: 'walking-skeleton', name: 'Walking Skeleton' },
      { id: 'foundation', name: 'Solid Foundation' },
    ],
    tracks: [],
    checks: [],
  }),
};

// The catalog page and its filters load lazily; the first load compiles
// much of the catalog, which takes a while on a busy machine.
jest.setTimeout(120_000);
const slow = { timeout: 60_000 };

describe('catalog index page of the example app', () => {
  it('shows the maturity phase of each component and the phase filter', async () => {
    renderTestApp({
      features: [catalogPlugin, catalogModule, maturityPlugin],
      apis: [
        [catalogApiRef, catalogApi],
        [maturityApiRef, maturityApi],
      ],
      initialRouteEntries: [
        '/catalog?filters[kind]=component&filters[user]=all',
      ],
    });

    expect(
      await screen.findByRole('columnheader', { name: 'Maturity' }, slow),
    ).toBeInTheDocument();
    // The table renders again as the filters settle: look up rows afresh.
    const rowOf = (name: string) =>
      screen.getByRole('link', { name }).closest('tr')!;
    await waitFor(
      () => expect(rowOf('payments-api')).toHaveTextContent('Solid Foundation'),
      slow,
    );
    expect(rowOf('legacy-billing')).toHaveTextContent('Unknown');
    expect(rowOf('new-idea')).toHaveTextContent('Not evaluated');

    expect(
      await screen.findByRole('textbox', { name: 'Maturity phase' }, slow),
    ).toBeInTheDocument();
  });
});
