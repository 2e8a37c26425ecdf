import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderTestApp } from '@backstage/frontend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import maturityPlugin from '@backstage-maturity/plugin-maturity/alpha';
import {
  maturityApiRef,
  type Checklist,
  type MaturityApi,
  type Summary,
} from '@backstage-maturity/plugin-maturity';
import { navModule } from '../nav';
import { homeModule } from './index';

const summary: Summary = {
  total: 7,
  phases: [
    { phase: 'unknown', name: 'Unknown', count: 1 },
    { phase: 'not-started', name: 'Not started', count: 2 },
    { phase: 'walking-skeleton', name: 'Walking Skeleton', count: 4 },
    { phase: 'foundation', name: 'Solid Foundation', count: 0 },
  ],
  blockers: [],
  blockerCount: 0,
};

const checklist: Checklist = {
  phases: [
    {
      id: 'walking-skeleton',
      name: 'Walking Skeleton',
      description: 'the service can be built, tested and run by anyone',
    },
    {
      id: 'foundation',
      name: 'Solid Foundation',
      description: 'it can be operated and integrated',
    },
  ],
  tracks: [{ id: 'practices', name: 'Development practices' }],
  checks: [],
};

// The example app's home page, sidebar and the pages it links to.
function renderHome(api: Partial<MaturityApi>) {
  return renderTestApp({
    features: [catalogPlugin, maturityPlugin, homeModule, navModule],
    apis: [[maturityApiRef, api]],
    initialRouteEntries: ['/'],
  });
}

// Lazy pages take a while on a busy machine.
jest.setTimeout(90_000);
const slow = { timeout: 45_000 };

describe('home page', () => {
  it('shows the org’s standing per phase, each count a link to the dashboard', async () => {
    renderHome({
      getSummary: async () => summary,
      getChecklist: async () => checklist,
    });

    expect(
      await screen.findByRole('heading', { name: 'Welcome' }, slow),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('link', { name: '7 components' }),
    ).toHaveAttribute('href', '/maturity');
    expect(
      screen.getByRole('link', { name: '1 component: Unknown' }),
    ).toHaveAttribute('href', '/maturity?phase=unknown');
    expect(
      screen.getByRole('link', { name: '2 components: Not started' }),
    ).toHaveAttribute('href', '/maturity?phase=not-started');
    expect(
      screen.getByRole('link', { name: '4 components: Walking Skeleton' }),
    ).toHaveAttribute('href', '/maturity?phase=walking-skeleton');
    const table = screen.getByRole('table', { name: 'Components per phase' });
    expect(
      within(table).getByText('Solid Foundation').closest('tr'),
    ).toHaveTextContent('Solid Foundation0');
  });

  it('explains the ladder in order, the tracks and Unknown, with links onward', async () => {
    renderHome({
      getSummary: async () => summary,
      getChecklist: async () => checklist,
    });

    const phases = await screen.findByRole('list', { name: 'Phases' }, slow);
    expect(
      within(phases)
        .getAllByRole('listitem')
        .map(item => item.textContent),
    ).toEqual([
      'Walking Skeleton: the service can be built, tested and run by anyone.',
      'Solid Foundation: it can be operated and integrated.',
    ]);
    expect(
      screen.getByText(/Side tracks \(Development practices\)/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/A component is Unknown when evidence/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', {
        name: 'See every component on the dashboard',
      }),
    ).toHaveAttribute('href', '/maturity');
    expect(
      screen.getByRole('link', { name: 'find yours in the catalog' }),
    ).toHaveAttribute('href', '/catalog');
  });

  it('offers to try again when the standing cannot be loaded', async () => {
    const getSummary = jest
      .fn()
      .mockRejectedValueOnce(new Error('Request failed with 503'))
      .mockResolvedValueOnce(summary);
    renderHome({ getSummary, getChecklist: async () => checklist });

    expect(
      await screen.findByText(
        'The standing could not be loaded: Request failed with 503',
        undefined,
        slow,
      ),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByRole('link', { name: '7 components' }),
    ).toBeInTheDocument();
  });

  it('is reached from the sidebar, beside the catalog and the dashboard', async () => {
    renderHome({
      getSummary: () => new Promise(() => {}),
      getChecklist: () => new Promise(() => {}),
    });

    expect(
      await screen.findByRole(
        'progressbar',
        { name: 'Loading the standing' },
        slow,
      ),
    ).toBeInTheDocument();
    const nav = screen.getByRole('navigation');
    // The logo links home too; the menu item says so.
    expect(within(nav).getByText('Home').closest('a')).toHaveAttribute(
      'href',
      '/',
    );
    expect(within(nav).getByRole('link', { name: 'Maturity' })).toHaveAttribute(
      'href',
      '/maturity',
    );
    expect(within(nav).getByRole('link', { name: 'Catalog' })).toHaveAttribute(
      'href',
      '/catalog',
    );
  });
});
