import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { DateTime } from 'luxon';
import {
  maturityApiRef,
  type EvaluationRun,
  type MaturityApi,
} from '../../api';
import { permissionApi } from '../../__fixtures__/permissionApi';
import { EvaluationBar } from './EvaluationBar';

// Every test here may re-evaluate: usePermission caches its decision.
const allowed = permissionApi('maturity.catalog.refresh');

const hoursAgo = (hours: number) =>
  DateTime.now().minus({ hours }).toUTC().toISO()!;

function render(runs: EvaluationRun[], overrides: Partial<MaturityApi> = {}) {
  const api = {
    listRuns: jest.fn(async () => runs),
    refreshCatalog: jest.fn(async () => ({ status: 'started' as const })),
    ...overrides,
  };
  renderInTestApp(
    <TestApiProvider
      apis={[
        [maturityApiRef, api],
        [permissionApiRef, allowed],
      ]}
    >
      <EvaluationBar />
    </TestApiProvider>,
  );
  return api;
}

const finished: EvaluationRun = {
  id: 7,
  startedAt: hoursAgo(3.1),
  finishedAt: hoursAgo(3),
  entities: 120,
  errors: 0,
  unreadable: 2,
};

describe('EvaluationBar', () => {
  it('tells when the catalog was last evaluated and how it went', async () => {
    const api = render([finished]);
    expect(await screen.findByText(/^Last evaluation:/)).toHaveTextContent(
      'Last evaluation: 3 hours ago, 120 entities, 2 unreadable',
    );
    expect(api.listRuns).toHaveBeenCalledWith(1);
  });

  it('tells when, without counts, to those the API gives none', async () => {
    const { id, startedAt, finishedAt } = finished;
    render([{ id, startedAt, finishedAt }]);
    expect(await screen.findByText(/^Last evaluation:/)).toHaveTextContent(
      /^Last evaluation: 3 hours ago$/,
    );
  });

  it('tells that an evaluation is running', async () => {
    render([{ ...finished, finishedAt: undefined }]);
    expect(
      await screen.findByText(/^Evaluation running since/),
    ).toBeInTheDocument();
  });

  it('starts an evaluation of the whole catalog and shows it running', async () => {
    const listRuns = jest
      .fn()
      .mockResolvedValueOnce([finished])
      .mockResolvedValue([{ ...finished, id: 8, finishedAt: undefined }]);
    const api = render([], { listRuns });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Re-evaluate all' }),
    );
    expect(await screen.findByText('Evaluation started')).toBeInTheDocument();
    expect(api.refreshCatalog).toHaveBeenCalledTimes(1);
    expect(
      await screen.findByText(/^Evaluation running since/),
    ).toBeInTheDocument();
  });

  it('says when an evaluation is already running', async () => {
    render([finished], {
      refreshCatalog: jest.fn(async () => ({
        status: 'already-running' as const,
      })),
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Re-evaluate all' }),
    );
    expect(
      await screen.findByText('An evaluation is already running'),
    ).toBeInTheDocument();
  });

  it('says what failed when the last evaluation cannot be loaded, and tries again', async () => {
    const listRuns = jest
      .fn()
      .mockRejectedValueOnce(new Error('Network down'))
      .mockResolvedValue([finished]);
    render([], { listRuns });
    expect(
      await screen.findByText(
        /Could not load the last evaluation: Network down/,
      ),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() =>
      expect(screen.getByText(/^Last evaluation:/)).toBeInTheDocument(),
    );
  });
});
