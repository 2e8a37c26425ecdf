import { screen, within } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import type { PhaseCount } from '../../api';
import { PhaseCountTable } from './PhaseCountTable';

const phases: PhaseCount[] = [
  { phase: 'unknown', name: 'Unknown', count: 1 },
  { phase: 'not-started', name: 'Not started', count: 2 },
  { phase: 'walking-skeleton', name: 'Walking Skeleton', count: 1 },
  { phase: 'foundation', name: 'Solid Foundation', count: 0 },
];

const linkFor = (phase: string) => `/maturity?phase=${phase}`;

describe('PhaseCountTable', () => {
  it('counts components per phase, each count a link to them', async () => {
    await renderInTestApp(
      <PhaseCountTable phases={phases} linkFor={linkFor} />,
    );

    const table = screen.getByRole('table', { name: 'Components per phase' });
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map(cell => cell.textContent),
    ).toEqual([
      'Unknown',
      'Not started',
      'Walking Skeleton',
      'Solid Foundation',
    ]);
    // A phase nobody reached has nothing to list: its count is no link.
    expect(
      screen
        .getAllByRole('link')
        .map(link => [
          link.getAttribute('aria-label'),
          link.getAttribute('href'),
        ]),
    ).toEqual([
      ['1 component: Unknown', '/maturity?phase=unknown'],
      ['2 components: Not started', '/maturity?phase=not-started'],
      ['1 component: Walking Skeleton', '/maturity?phase=walking-skeleton'],
    ]);
    expect(
      within(table)
        .getAllByRole('cell')
        .map(c => c.textContent),
    ).toEqual(['1', '2', '1', '0']);
  });

  it('words the counts with the noun given', async () => {
    await renderInTestApp(
      <PhaseCountTable
        phases={phases}
        linkFor={linkFor}
        noun={{ one: 'library', many: 'libraries' }}
      />,
    );

    expect(
      screen.getByRole('table', { name: 'Libraries per phase' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: '1 library: Walking Skeleton' }),
    ).toHaveAttribute('href', '/maturity?phase=walking-skeleton');
  });
});
