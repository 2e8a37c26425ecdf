import type { Page } from '@playwright/test';
import {
  entityList,
  entityRows,
  open,
  screenshot,
  expect,
  test,
  withBackend,
} from './helpers';

/*
 * A platform lead: what holds the organisation back, which services each
 * blocker holds, and how each team stands. Every count leads to the list
 * of what it counts.
 */

/** The number in a count such as "3 components". */
function countOf(text: string | null): number {
  const match = /\d+/.exec(text ?? '');
  expect(match, `a count in "${text}"`).not.toBeNull();
  return Number(match![0]);
}

/** The range the list's pagination shows, such as "1-3 of 3". */
async function listTotal(page: Page): Promise<number> {
  const range = page
    .getByRole('region', { name: 'Components', exact: true })
    .getByText(/^\d+[-–]\d+ of \d+$/);
  return countOf((await range.textContent())!.split('of')[1]);
}

test('a top blocker opens the list of the services it blocks', async ({
  page,
}) => {
  await open(page, '/maturity');

  const top = page
    .getByRole('list', { name: 'Top blockers' })
    .getByRole('listitem')
    .first();
  const title = (await top.getByRole('link').first().textContent())!.trim();
  const count = top.getByRole('link', { name: /^\d+ \w+$/ });
  const blocked = countOf(await count.textContent());

  await count.click();
  await expect(page).toHaveURL(/[?&]blocker=[\w-]+/);
  // The list it opens is brought into view, narrowed as a chip says.
  const list = entityList(page);
  await expect(list).toBeInViewport();
  await expect(page.getByText(`Blocked by ${title}`)).toBeVisible();

  // As many services as the blocker counts, each blocked by it.
  await expect(entityRows(page)).toHaveCount(blocked);
  expect(await listTotal(page)).toBe(blocked);
  for (const row of await entityRows(page).all()) {
    await expect(row).toContainText(title.slice(0, 20));
  }
  await screenshot(page, 'dashboard-blocker-drilldown');

  // The blocker's title leads to the same list.
  await open(page, '/maturity');
  await page
    .getByRole('list', { name: 'Top blockers' })
    .getByRole('link', { name: title, exact: true })
    .click();
  await expect(entityRows(page)).toHaveCount(blocked);
});

test('every blocker is reachable page by page, beyond the top ten', async ({
  page,
}) => {
  await open(page, '/maturity');
  const topTen = page
    .getByRole('list', { name: 'Top blockers' })
    .getByRole('listitem');
  await expect(topTen).toHaveCount(10);
  const shown = await topTen.allInnerTexts();

  const showAll = page.getByRole('button', { name: /^Show all \d+ blockers$/ });
  const total = countOf(await showAll.textContent());
  expect(total).toBeGreaterThan(10);
  await showAll.click();

  const dialog = page.getByRole('dialog', { name: `All ${total} blockers` });
  const rows = dialog
    .getByRole('table', { name: 'All blockers' })
    .locator('tbody')
    .getByRole('row');
  await expect(rows.first()).toBeVisible();
  const range = dialog.getByText(/^\d+[-–]\d+ of \d+$/);
  const titles: string[] = [];
  for (;;) {
    titles.push(
      ...(await rows.getByRole('rowheader').allInnerTexts()).map(t => t.trim()),
    );
    const next = dialog.getByRole('button', { name: 'Next page' });
    if (await next.isDisabled()) break;
    const shownRange = (await range.textContent())!;
    await next.click();
    await expect(range).not.toHaveText(shownRange);
    await expect(rows.getByRole('rowheader').first()).not.toBeEmpty();
  }
  expect(new Set(titles).size).toBe(total);

  // One beyond the top ten opens the services it blocks.
  const hidden = titles.find(t => !shown.some(s => s.includes(t)))!;
  expect(hidden).toBeTruthy();
  while (
    (await dialog.getByRole('link', { name: hidden, exact: true }).count()) ===
    0
  ) {
    // Each page in turn: counted only once it shows, or one is skipped.
    const shownRange = (await range.textContent())!;
    await dialog.getByRole('button', { name: 'Previous page' }).click();
    await expect(range).not.toHaveText(shownRange);
    await expect(rows.getByRole('rowheader').first()).not.toBeEmpty();
  }
  await dialog.getByRole('link', { name: hidden, exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/[?&]blocker=[\w-]+/);
  await expect(page.getByText(`Blocked by ${hidden}`)).toBeVisible();
  await expect(entityRows(page).first()).toBeVisible();
  expect(await listTotal(page)).toBeGreaterThan(0);
});

test("a team's counts list that team's services", async ({ page }) => {
  await open(page, '/maturity');
  const teams = page.getByRole('table', {
    name: 'Components per phase by team',
  });

  // A phase count of one team: its services at that phase, and no others.
  await teams
    .getByRole('link', { name: '2 Not started components of Storefront' })
    .click();
  await expect(page).toHaveURL(
    /owner=group(%3A|:)default(%2F|\/)team-storefront/,
  );
  await expect(page).toHaveURL(/[?&]phase=not-started\b/);
  await expect(entityList(page)).toBeInViewport();
  await expect(entityRows(page)).toHaveCount(2);
  const list = entityList(page);
  await expect(list.getByRole('link', { name: 'Cart service' })).toBeVisible();
  await expect(
    list.getByRole('link', { name: 'Pricing service' }),
  ).toBeVisible();

  // A team's total: all its services, whatever their phase. The teams
  // sit under their department, opened when it is the only row.
  await open(page, '/maturity');
  const expand = teams.getByRole('button', { name: 'Expand Engineering' });
  await expect(
    teams.getByRole('link', { name: 'Engineering', exact: true }),
  ).toBeVisible();
  if (await expand.isVisible()) await expand.click();
  const total = teams.getByRole('link', {
    name: /^\d+ components of Platform$/,
  });
  const platform = countOf(await total.textContent());
  await total.click();
  await expect(page).toHaveURL(
    /owner=group(%3A|:)default(%2F|\/)team-platform/,
  );
  await expect(entityRows(page)).toHaveCount(platform);
  await expect(
    list.getByRole('link', { name: 'Legacy gateway' }),
  ).toBeVisible();
  await expect(list.getByRole('link', { name: 'Cart service' })).toHaveCount(0);

  // The list names the owner as the teams table does, not by its ref.
  const legacy = entityRows(page).filter({ hasText: 'Legacy gateway' });
  await expect(legacy.getByRole('cell').first()).toHaveText('Platform');
});

test('a team page shows its services by phase and what blocks them', async ({
  page,
}) => {
  await open(page, '/catalog/default/group/team-storefront');

  // The group card: team-storefront owns three evaluated components.
  await expect(
    page.getByRole('link', { name: '3 components', exact: true }),
  ).toBeVisible();
  const perPhase = page.getByRole('table', {
    name: 'Components per phase',
    exact: true,
  });
  await expect(
    perPhase.getByRole('row', { name: /^Not started/ }),
  ).toContainText('2');
  await expect(perPhase.getByRole('row', { name: /^Unknown/ })).toBeVisible();
  await expect(
    page.getByRole('list', { name: 'Top blockers' }).getByRole('listitem'),
  ).not.toHaveCount(0);
  await screenshot(page, 'group-card');

  // Its Not started count opens the dashboard's list of those services.
  await perPhase
    .getByRole('link', { name: /2 components: Not started/ })
    .click();
  await expect(page).toHaveURL(/\/maturity\?.*owner=/);
  await expect(page).toHaveURL(/phase=not-started/);
  await expect(entityRows(page)).toHaveCount(2);

  await open(page, '/catalog/default/group/team-storefront');
  await page.getByRole('link', { name: /View on the dashboard/ }).click();
  await expect(page).toHaveURL(/\/maturity\?owner=/);
  await expect(
    entityList(page).getByRole('link', { name: 'Storefront web' }),
  ).toBeVisible();
});

test('a system page and a domain page roll up the phases of their components', async ({
  page,
}) => {
  const entities = await withBackend(backend => backend.entities());
  const inSystem = entities.filter(
    e => e.system === 'system:default/storefront',
  );
  const inDomain = entities.filter(e => e.domain === 'domain:default/platform');
  expect(inSystem.length).toBeGreaterThan(0);

  await open(page, '/catalog/default/system/storefront');
  const perPhase = page.getByRole('table', {
    name: 'Components per phase',
    exact: true,
  });
  await expect(perPhase.getByRole('row')).toHaveCount(7);
  const notStarted = inSystem.filter(e => e.phase === null && !e.unknown);
  await expect(
    perPhase.getByRole('row', { name: /^Not started/ }),
  ).toContainText(String(notStarted.length));
  // Its total opens the dashboard's list of the system's components.
  await page
    .getByRole('link', { name: `${inSystem.length} components`, exact: true })
    .click();
  await expect(page).toHaveURL(/\/maturity\?.*system=/);
  await expect(entityRows(page)).toHaveCount(inSystem.length);

  // Legacy gateway's domain counts it as Unknown.
  await open(page, '/catalog/default/domain/platform');
  const unknown = inDomain.filter(e => e.unknown).length;
  expect(unknown).toBe(1);
  await expect(
    perPhase.getByRole('link', { name: '1 component: Unknown' }),
  ).toBeVisible();
  await expect(
    page.getByRole('link', {
      name: `${inDomain.length} components`,
      exact: true,
    }),
  ).toBeVisible();
});
