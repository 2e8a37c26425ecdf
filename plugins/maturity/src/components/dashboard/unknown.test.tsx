import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { OwnerRollup } from '../../api';
import {
  entity,
  mockApi,
  region,
  renderPage,
  rollup,
  summary,
  withUnknown,
} from './__testUtils__/dashboardFixtures';

jest.setTimeout(30_000);

const REASON =
  'The repository https://git.example.com/cart could not be read: access denied';

function apiWithUnknown() {
  const withTwoUnknown: OwnerRollup = {
    items: rollup.items.map(row =>
      row.owner === 'group:default/platform'
        ? { ...row, total: 9, phases: withUnknown(2, [3, 2, 1, 1]) }
        : row,
    ),
  };
  return mockApi({
    getSummary: jest.fn(async () => ({
      ...summary,
      total: 12,
      phases: withUnknown(2, [4, 3, 2, 1]),
    })),
    getOwnerRollup: jest.fn(async () => withTwoUnknown),
    listEntities: jest.fn(async () => ({
      items: [
        entity('cart', {
          // A lower bound only: the dashboard must not show it.
          phase: 'walking-skeleton',
          blocking: [],
          unknown: { reason: REASON, checks: ['ci-pipeline'] },
        }),
      ],
      totalCount: 1,
    })),
  });
}

describe('an entity whose standing is unknown', () => {
  it('is counted as Unknown, apart from Not started, in the distribution and the team table', async () => {
    await renderPage(apiWithUnknown());
    const distribution = within(
      await screen.findByRole('region', { name: 'Components per phase' }),
    );
    const row = (name: string) =>
      distribution.getByRole('button', { name }).closest('tr')!;
    expect(within(row('Unknown')).getByText('2')).toBeInTheDocument();
    expect(within(row('Not started')).getByText('4')).toBeInTheDocument();

    const teams = within(region('Teams'));
    expect(
      teams.getByRole('columnheader', { name: 'Unknown' }),
    ).toBeInTheDocument();
    expect(
      teams.getByRole('link', { name: '2 Unknown components of Platform' }),
    ).toBeInTheDocument();
  });

  it('can be chosen in the phase filter as Unknown', async () => {
    const api = apiWithUnknown();
    await renderPage(api);
    await screen.findByRole('region', { name: 'Components' });
    await userEvent.click(screen.getByRole('textbox', { name: 'Phase' }));
    await userEvent.click(
      await screen.findByRole('option', { name: /^Unknown/ }),
    );
    await waitFor(() =>
      expect(api.listEntities).toHaveBeenLastCalledWith(
        expect.objectContaining({ phase: ['unknown'] }),
      ),
    );
  });

  it('is listed as Unknown with the reason on a tooltip, never as its lower bound', async () => {
    await renderPage(apiWithUnknown());
    const list = within(
      await screen.findByRole('region', { name: 'Components' }),
    );
    const cart = (await list.findByRole('link', { name: 'cart' })).closest(
      'tr',
    )!;
    const chip = within(cart).getByText('Unknown');
    expect(within(cart).queryByText('Walking Skeleton')).toBeNull();
    expect(within(cart).queryByText('Not started')).toBeNull();
    expect(
      within(cart).getByText('1 check could not be read'),
    ).toBeInTheDocument();

    await userEvent.hover(chip);
    expect(await screen.findByRole('tooltip')).toHaveTextContent(REASON);
  });
});
