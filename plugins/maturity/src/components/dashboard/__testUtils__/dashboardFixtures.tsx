import { screen } from '@testing-library/react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { useLocation } from 'react-router-dom';
import {
  maturityApiRef,
  type Checklist,
  type EntityListQuery,
  type MaturityApi,
  type OwnerRollup,
  type PhaseCount,
  type Summary,
  type Trend,
} from '../../../api';
import { entitySummary as entity } from '../../../__fixtures__/entitySummary';
import { permissionApi } from '../../../__fixtures__/permissionApi';
import { MaturityPage } from '../../MaturityPage';

/** Phase ids and names as the summary lists them: Unknown, Not started, the ladder. */
export const PHASES: Array<[string, string]> = [
  ['unknown', 'Unknown'],
  ['not-started', 'Not started'],
  ['walking-skeleton', 'Walking Skeleton'],
  ['foundation', 'Solid Foundation'],
  ['production-ready', 'Production Ready'],
  ['operational-maturity', 'Operational Maturity'],
  ['kaizen', 'Kaizen'],
];

export const withUnknown = (unknown: number, values: number[]): PhaseCount[] =>
  PHASES.map(([phase, name], i) => ({
    phase,
    name,
    count: i === 0 ? unknown : values[i - 1] ?? 0,
  }));

/** Counts from Not started up the ladder; Unknown is `unknown` (0 unless given). */
export const counts = (...values: number[]): PhaseCount[] =>
  withUnknown(0, values);

export const summary: Summary = {
  total: 10,
  phases: counts(4, 3, 2, 1),
  blockers: [
    {
      checkId: 'health-checks',
      title: 'Health checks and readiness probes',
      phase: 'foundation',
      count: 3,
    },
    {
      checkId: 'iac',
      title: 'Infrastructure as code',
      phase: 'foundation',
      count: 1,
    },
  ],
  blockerCount: 2,
};

export const rollup: OwnerRollup = {
  items: [
    {
      owner: 'group:default/platform',
      title: 'Platform',
      parent: null,
      direct: 1,
      total: 7,
      phases: counts(3, 2, 1, 1),
    },
    {
      owner: 'group:default/team-a',
      title: 'Team A',
      parent: 'group:default/platform',
      direct: 4,
      total: 4,
      phases: counts(2, 1, 1),
    },
    {
      owner: 'group:default/team-b',
      title: 'Team B',
      parent: 'group:default/platform',
      direct: 2,
      total: 2,
      phases: counts(1, 1),
    },
    {
      owner: 'user:default/jane',
      parent: null,
      direct: 3,
      total: 3,
      phases: counts(1, 1, 1),
    },
  ],
};

const check = (id: string, title: string, phase: string) => ({
  id,
  title,
  phase,
  required: true,
  why: '',
  howToPass: '',
  attestable: false,
});

export const checklist: Checklist = {
  phases: PHASES.slice(2).map(([id, name]) => ({ id, name })),
  tracks: [],
  checks: [
    check('ci-pipeline', 'CI pipeline', 'walking-skeleton'),
    check('health-checks', 'Health checks and readiness probes', 'foundation'),
    check('iac', 'Infrastructure as code', 'foundation'),
    check('runbook', 'Runbook', 'foundation'),
    check('slo', 'Service level objectives', 'foundation'),
  ],
};

export { entity };

export const trend: Trend = {
  from: '2026-01-01',
  to: '2026-01-03',
  days: [
    {
      day: '2026-01-01',
      phases: { unknown: 0, 'not-started': 6, 'walking-skeleton': 2 },
    },
    {
      day: '2026-01-03',
      phases: { unknown: 1, 'not-started': 4, 'walking-skeleton': 3 },
    },
  ],
};

export function mockApi(overrides: Partial<MaturityApi> = {}) {
  return {
    getSummary: jest.fn(async () => summary),
    getOwnerRollup: jest.fn(async () => rollup),
    getTrend: jest.fn(async () => trend),
    getChecklist: jest.fn(async () => checklist),
    listRuns: jest.fn(async () => [
      {
        id: 1,
        startedAt: '2026-01-03T10:00:00.000Z',
        finishedAt: '2026-01-03T10:05:00.000Z',
        entities: 60,
        errors: 0,
        unreadable: 2,
      },
    ]),
    listBlockers: jest.fn(async () => ({
      items: summary.blockers,
      totalCount: summary.blockers.length,
    })),
    refreshCatalog: jest.fn(async () => ({ status: 'started' as const })),
    getScorecard: jest.fn(),
    listEntities: jest.fn(async (query: EntityListQuery) => {
      if (query.owner?.includes('group:default/team-b')) {
        return {
          items: [entity('team-b-service', { owner: 'group:default/team-b' })],
          totalCount: 1,
        };
      }
      return {
        items: [
          entity('payments', { title: 'Payments API' }),
          entity('cart', {
            phase: null,
            nextPhase: 'walking-skeleton',
            progress: 0.25,
          }),
        ],
        totalCount: 60,
      };
    }),
    ...overrides,
  } as unknown as jest.Mocked<MaturityApi>;
}

const LocationDisplay = () => {
  const location = useLocation();
  return <div data-testid="location">{location.search}</div>;
};

/**
 * The dashboard at `url`; the permission API allows exactly `allowed`; the
 * catalog, when given, knows these entities.
 */
export async function renderPage(
  api: MaturityApi,
  url = '/maturity',
  allowed: string[] = [],
  catalog?: Entity[],
) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [maturityApiRef, api],
        [permissionApiRef, permissionApi(...allowed)],
        ...(catalog
          ? [[catalogApiRef, catalogApiMock({ entities: catalog })] as const]
          : []),
      ]}
    >
      <MaturityPage />
      <LocationDisplay />
    </TestApiProvider>,
    {
      routeEntries: [url],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    },
  );
}

export const region = (name: string) => screen.getByRole('region', { name });

/** The query string of the current location. */
export const search = () =>
  new URLSearchParams(screen.getByTestId('location').textContent ?? '');
