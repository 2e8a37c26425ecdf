import { screen, within } from '@testing-library/react';
import { mockBreakpoint } from '@backstage/test-utils';
import { mockApi, renderPage } from './__testUtils__/dashboardFixtures';

jest.setTimeout(30_000);

const headers = (region: string) =>
  within(screen.getByRole('region', { name: region }))
    .getAllByRole('columnheader')
    .map(header => header.textContent);

describe('tables at any width', () => {
  afterEach(() => {
    // Back to no media queries matching, as jsdom has none.
    mockBreakpoint({ matches: false });
  });

  it('keeps headers on one line, breaking no word', async () => {
    await renderPage(mockApi());
    const teams = within(await screen.findByRole('region', { name: 'Teams' }));
    for (const header of teams.getAllByRole('columnheader')) {
      expect(header).toHaveStyle({ whiteSpace: 'nowrap' });
    }
  });

  it('leaves out the least needed columns at narrow widths', async () => {
    mockBreakpoint({ matches: true });
    await renderPage(mockApi());
    await screen.findByRole('region', { name: 'Components' });
    expect(headers('Teams')).not.toContain('Owned directly');
    expect(headers('Teams')).toContain('Total');
    expect(headers('Components')).toEqual([
      'Name',
      'Phase',
      'Progress to next phase',
      'Blocking checks',
    ]);
  });

  it('shows every column at full width', async () => {
    await renderPage(mockApi());
    await screen.findByRole('region', { name: 'Components' });
    expect(headers('Teams')).toContain('Owned directly');
    expect(headers('Components')).toEqual([
      'Name',
      'Owner',
      'Phase',
      'Progress to next phase',
      'Blocking checks',
      'Evaluated',
    ]);
  });
});
