import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { MockEntityListContextProvider } from '@backstage/plugin-catalog-react/testUtils';
import { defaultPhases } from '@backstage-maturity/plugin-maturity-common';
import { maturityApiRef, type MaturityApi } from '../../api';
import { MaturityPhaseFilter } from './MaturityPhaseFilter';
import { MaturityPhasePicker } from './MaturityPhasePicker';

const api: Partial<MaturityApi> = {
  getChecklist: async () => ({ phases: defaultPhases, tracks: [], checks: [] }),
};

async function renderPicker(
  queryParameters: Record<string, string | string[]> = {},
) {
  const updateFilters = jest.fn();
  await renderInTestApp(
    <TestApiProvider apis={[[maturityApiRef, api]]}>
      <MockEntityListContextProvider
        value={{ updateFilters, queryParameters, filters: {} }}
      >
        <MaturityPhasePicker />
      </MockEntityListContextProvider>
    </TestApiProvider>,
  );
  return updateFilters;
}

const lastFilter = (updateFilters: jest.Mock) =>
  updateFilters.mock.calls[updateFilters.mock.calls.length - 1][0]
    .maturityPhase;

// Opening menus and tooltips is slow on a busy machine.
jest.setTimeout(30_000);

describe('MaturityPhasePicker', () => {
  it('offers Unknown, Not started and the ladder, and filters by the chosen phases', async () => {
    const updateFilters = await renderPicker();
    expect(lastFilter(updateFilters)).toBeUndefined();

    await userEvent.click(
      screen.getByRole('textbox', { name: 'Maturity phase' }),
    );
    const options = await screen.findAllByRole('option');
    expect(options.map(o => o.textContent)).toEqual([
      'Unknown',
      'Not started',
      'Walking Skeleton',
      'Solid Foundation',
      'Production Ready',
      'Operational Maturity',
      'Kaizen',
    ]);

    await userEvent.click(screen.getByRole('option', { name: 'Unknown' }));
    await userEvent.click(
      screen.getByRole('option', { name: 'Production Ready' }),
    );
    await waitFor(() =>
      expect(lastFilter(updateFilters)).toEqual(
        new MaturityPhaseFilter(['unknown', 'production-ready']),
      ),
    );
  });

  it('starts from the phases in the URL', async () => {
    const updateFilters = await renderPicker({
      maturityPhase: ['not-started', 'kaizen'],
    });
    await waitFor(() =>
      expect(lastFilter(updateFilters)).toEqual(
        new MaturityPhaseFilter(['not-started', 'kaizen']),
      ),
    );
    expect(await screen.findByText('Not started')).toBeInTheDocument();
    expect(screen.getByText('Kaizen')).toBeInTheDocument();
  });
});
