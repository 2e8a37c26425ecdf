import type { Locator, Page } from '@playwright/test';
import {
  STOREFRONT_WEB,
  TABLE_TEXT,
  entityRows,
  expectNoBrokenWords,
  open,
  expect,
  test,
} from './helpers';

/*
 * No word broken mid-word ("Engineerin g", "REVOK E") in the tables, at a
 * laptop's widths (1440, 1280 px) and at a narrow window's (800 px): columns
 * hide or scroll instead.
 */

const WIDTHS = [1440, 1280, 800];

/**
 * Checks `scope` at each width: the page is resized and given a moment to
 * lay out again (media queries hide columns at narrow widths).
 */
async function atEachWidth(
  page: Page,
  check: (width: number) => Promise<void>,
) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 1000 });
    await page.waitForFunction(w => window.innerWidth === w, width);
    // Let resize observers and media queries settle.
    await page.waitForTimeout(500);
    await check(width);
  }
}

async function expectTablesIntact(page: Page, scope: Locator, what: string) {
  await expectNoBrokenWords(page, scope, TABLE_TEXT, what);
}

test('the dashboard’s tables keep their words whole', async ({ page }) => {
  await open(page, '/maturity');
  await expect(entityRows(page).first()).toBeVisible();
  const main = page.getByRole('main');
  await atEachWidth(page, async () => {
    await expect(
      page.getByRole('table', { name: 'Components per phase by team' }),
    ).toBeVisible();
    await expectTablesIntact(page, main, 'the dashboard');
    // The blockers and their phase chips are a list, not a table.
    await expectNoBrokenWords(
      page,
      page.getByRole('list', { name: 'Top blockers' }),
      'li',
      'the top blockers',
    );
  });
});

test('the maturity tab keeps its words whole', async ({ page }) => {
  await open(page, `${STOREFRONT_WEB}/maturity`);
  const waivers = page.getByRole('region', {
    name: 'Exemptions and attestations',
  });
  await expect(waivers).toBeVisible();
  // Past waivers (left by the waiver test) show a table when opened.
  const past = waivers.getByText(/^Past exemptions and attestations/);
  if (await past.count()) await past.click();
  const main = page.getByRole('main');
  await atEachWidth(page, async () => {
    await expectTablesIntact(page, main, 'the maturity tab');
    // Check rows, chips and headings of the tab, not only its tables.
    await expectNoBrokenWords(
      page,
      page.getByRole('region', { name: 'Checks', exact: true }),
      '[role=button], .MuiChip-label, h2, h3',
      'the check list',
    );
    await expectNoBrokenWords(
      page,
      page.getByRole('region', { name: 'Ladder' }),
      'li, .MuiChip-label',
      'the ladder',
    );
  });
});

test('the catalog table keeps its words whole with the Maturity column', async ({
  page,
}) => {
  await open(page, '/catalog?filters[kind]=component&filters[user]=all');
  const table = page.getByRole('table').filter({
    has: page.getByRole('columnheader', { name: 'Maturity' }),
  });
  await expect(
    table.getByRole('link', { name: 'Legacy gateway' }),
  ).toBeVisible();
  await atEachWidth(page, async () => {
    await expectTablesIntact(page, table, 'the catalog table');
  });
});
