import { EntityProvider } from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { entity, scorecard } from '../../__fixtures__/scorecard';
import { maturityApiRef, type MaturityApi, type Scorecard } from '../../api';
import { EntityMaturityCard } from './EntityMaturityCard';

async function renderCard(
  api: Partial<MaturityApi>,
  props: { tabPath?: string } = {},
) {
  // Mounted like on an entity page, where links resolve below the entity.
  await renderInTestApp(
    <TestApiProvider apis={[[maturityApiRef, api]]}>
      <EntityProvider entity={entity}>
        <Routes>
          <Route
            path="/catalog/:namespace/:kind/:name/*"
            element={<EntityMaturityCard {...props} />}
          />
        </Routes>
      </EntityProvider>
    </TestApiProvider>,
    { routeEntries: ['/catalog/default/component/payments-api'] },
  );
}

describe('EntityMaturityCard', () => {
  it('shows the phase, the progress into the next one and the first blockers', async () => {
    await renderCard({ getScorecard: async () => scorecard });

    expect(await screen.findByText('Maturity')).toBeInTheDocument();
    expect(screen.getByText('Solid Foundation')).toBeInTheDocument();
    expect(
      screen.getByText('4 of 8 checks of Production Ready'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('progressbar', {
        name: '4 of 8 checks of Production Ready',
      }),
    ).toHaveAttribute('aria-valuenow', '50');

    const blockers = screen.getByRole('region', {
      name: 'Blocking Production Ready',
    });
    const links = within(blockers).getAllByRole('link');
    expect(links.map(l => l.textContent)).toEqual([
      'Automated tests at several levels',
      'Secrets management is automated',
      'SAST/DAST/dependency scanning in CI',
      'and 1 more blocking check',
    ]);
    for (const link of links) {
      expect(link).toHaveAttribute(
        'href',
        '/catalog/default/component/payments-api/maturity',
      );
    }
    expect(
      screen.queryByText(
        'Schemas are registered and validated, clients generated',
      ),
    ).not.toBeInTheDocument();
  });

  it('links to the tab path it is given', async () => {
    await renderCard(
      { getScorecard: async () => scorecard },
      { tabPath: 'scorecard' },
    );
    expect(
      await screen.findByRole('link', {
        name: 'Automated tests at several levels',
      }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/component/payments-api/scorecard',
    );
  });

  it('says when every phase is reached', async () => {
    const top: Scorecard = {
      ...scorecard,
      summary: { ...scorecard.summary, phase: 'kaizen', nextPhase: null },
      phases: scorecard.phases.map(p => ({ ...p, reached: true })),
      checks: scorecard.checks.map(c => ({ ...c, blocking: false })),
    };
    await renderCard({ getScorecard: async () => top });
    expect(await screen.findByText('Every phase reached.')).toBeInTheDocument();
    expect(screen.getByText('Kaizen')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('says "Not started" before the first phase', async () => {
    const notStarted: Scorecard = {
      ...scorecard,
      summary: {
        ...scorecard.summary,
        phase: null,
        nextPhase: 'walking-skeleton',
      },
      phases: scorecard.phases.map(p => ({ ...p, reached: false })),
    };
    await renderCard({ getScorecard: async () => notStarted });
    expect(await screen.findByText('Not started')).toBeInTheDocument();
    expect(
      screen.getByText('4 of 4 checks of Walking Skeleton'),
    ).toBeInTheDocument();
  });

  it('says when the entity has not been evaluated yet', async () => {
    await renderCard({ getScorecard: async () => undefined });
    expect(
      await screen.findByText('Payments API has not been evaluated yet'),
    ).toBeInTheDocument();
  });

  it('says when reading the scorecard is not allowed', async () => {
    const forbidden = Object.assign(new Error('Unauthorized'), {
      statusCode: 403,
    });
    await renderCard({ getScorecard: jest.fn().mockRejectedValue(forbidden) });
    expect(
      await screen.findByText(
        'You do not have permission to see the maturity of Payments API.',
      ),
    ).toBeInTheDocument();
  });
});
