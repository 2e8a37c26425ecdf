import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { entity, mockApi, renderPage } from './__testUtils__/dashboardFixtures';

jest.setTimeout(30_000);

describe('the system filter', () => {
  it('names systems as the catalog does, not by their raw refs', async () => {
    const api = mockApi({
      listEntities: jest.fn(async () => ({
        items: [
          entity('payments', { system: 'system:default/checkout' }),
          entity('search', { system: 'system:default/discovery' }),
        ],
        totalCount: 2,
      })),
    });
    await renderPage(
      api,
      '/maturity',
      [],
      [
        {
          apiVersion: 'backstage.io/v1alpha1',
          kind: 'System',
          metadata: { name: 'checkout', title: 'Checkout platform' },
        },
      ],
    );

    const filters = within(
      await screen.findByRole('region', { name: 'Filters' }),
    );
    await userEvent.click(filters.getByRole('textbox', { name: 'System' }));

    // The title from the catalog; without one, the name without its kind.
    expect(
      await screen.findByRole('option', { name: /^Checkout platform/ }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('option', { name: /^discovery/ }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('option', { name: /^system:default\/checkout$/ }),
    ).not.toBeInTheDocument();
  });
});

describe('the owner column', () => {
  it('names owners by their titles, as the team table does', async () => {
    // The roll-up (the team table's data) names team-a "Team A".
    await renderPage(mockApi());

    const list = within(
      await screen.findByRole('table', { name: 'Components' }),
    );
    expect(
      (await list.findAllByRole('link', { name: 'Team A' })).length,
    ).toBeGreaterThan(0);
    expect(
      list.queryByRole('link', { name: 'team-a' }),
    ).not.toBeInTheDocument();
  });
});
