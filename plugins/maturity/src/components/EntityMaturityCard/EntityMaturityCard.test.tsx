import { EntityProvider } from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { ResponseError } from '@backstage/errors';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import {
  entity,
  scorecard,
  unknownScorecard,
} from '../../__fixtures__/scorecard';
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
    // Each blocker opens the tab at its check; the rest at the next steps.
    expect(links.map(l => l.getAttribute('href'))).toEqual([
      '/catalog/default/component/payments-api/maturity#check-test-levels',
      '/catalog/default/component/payments-api/maturity#check-secrets-management',
      '/catalog/default/component/payments-api/maturity#check-security-scanning',
      '/catalog/default/component/payments-api/maturity#maturity-next-steps',
    ]);
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
      '/catalog/default/component/payments-api/scorecard#check-test-levels',
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
      await screen.findByText(
        'Payments API has not been evaluated yet: its maturity shows here after the next evaluation of the catalog.',
      ),
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

  it('shows an unknown standing with its reason, never "Not started"', async () => {
    await renderCard({ getScorecard: async () => unknownScorecard });
    expect(await screen.findByText('Unknown')).toBeInTheDocument();
    expect(screen.queryByText('Not started')).not.toBeInTheDocument();
    // The reason, shortened to its first sentence.
    expect(
      screen.getByText(
        'Where this service stands cannot be told: The repository could not be read: GitHub answered 404 Not Found.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/integration may lack/)).not.toBeInTheDocument();
    expect(
      screen.getByRole('link', {
        name: 'What could not be read, and how to fix it',
      }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/component/payments-api/maturity#maturity-unknown',
    );
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('gives the lower bound of an unknown standing as "at least"', async () => {
    const atLeast: Scorecard = {
      ...unknownScorecard,
      summary: {
        ...unknownScorecard.summary,
        phase: 'walking-skeleton',
        nextPhase: 'foundation',
      },
    };
    await renderCard({ getScorecard: async () => atLeast });
    expect(await screen.findByText('Unknown')).toBeInTheDocument();
    expect(
      screen.getByText(/^At least Walking Skeleton; where this service stands/),
    ).toBeInTheDocument();
  });

  it('shows a skeleton of the card while loading', async () => {
    await renderCard({ getScorecard: () => new Promise(() => {}) });
    expect(
      screen.getByRole('status', { name: 'Loading the maturity' }),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('progress')).not.toBeInTheDocument();
  });

  it('says what failed and tries again on request', async () => {
    const failure = await ResponseError.fromResponse(
      new Response(
        JSON.stringify({
          error: { name: 'Error', message: 'database is locked' },
          request: { method: 'GET', url: '/' },
          response: { statusCode: 500 },
        }),
        { status: 500, headers: { 'Content-Type': 'application/json' } },
      ),
    );
    const getScorecard = jest
      .fn()
      .mockRejectedValueOnce(failure)
      .mockResolvedValue(scorecard);
    await renderCard({ getScorecard });
    expect(
      await screen.findByText(
        'The maturity backend could not load the scorecard: database is locked',
      ),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Solid Foundation')).toBeInTheDocument();
    expect(getScorecard).toHaveBeenCalledTimes(2);
  });
});
