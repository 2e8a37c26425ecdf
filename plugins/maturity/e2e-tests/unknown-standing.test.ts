import {
  LEGACY_GATEWAY,
  entityList,
  entityRows,
  maturityCard,
  open,
  screenshot,
  withBackend,
  type ListedEntity,
  expect,
  test,
} from './helpers';

/*
 * Legacy gateway's repository cannot be read (the example catalog has no
 * copy of it): its standing is Unknown, with the reason, everywhere; never
 * Not started, and nothing it could not check counts as blocking.
 */

const TITLE = 'Legacy gateway';

let legacy: ListedEntity;
test.beforeAll(async () => {
  [legacy] = await withBackend(backend => backend.entities('&phase=unknown'));
});

test('the dashboard counts and lists an unreadable service as Unknown, not Not started', async ({
  page,
}) => {
  // The oracle: the API lists it, and only it, as unknown, with a reason.
  expect(legacy?.name).toBe('legacy-gateway');
  expect(legacy.unknown?.reason).toBeTruthy();

  await open(page, '/maturity');

  // Its own bucket in the distribution, which lists it.
  await page
    .getByRole('table', { name: 'Components per phase', exact: true })
    .getByRole('link', { name: /in Unknown$/ })
    .click();
  await expect(page).toHaveURL(/[?&]phase=unknown\b/);
  await expect(entityRows(page)).toHaveCount(1);

  // In the list: Unknown, no progress to a phase, nothing blocking.
  const row = entityList(page).getByRole('row', {
    name: new RegExp(`^${TITLE}`),
  });
  await expect(
    row.getByRole('cell', { name: 'Unknown', exact: true }),
  ).toBeVisible();
  await expect(row).not.toContainText('Not started');
  await expect(row).toContainText(/could not be read/);
  await expect(row).not.toContainText(/% to /);

  // Its unreadable checks keep no one from a phase, so the blockers that
  // hold back Walking Skeleton do not list it.
  await open(page, '/maturity?blocker=ci-pipeline');
  await expect(entityRows(page).first()).toBeVisible();
  await expect(entityList(page).getByRole('link', { name: TITLE })).toHaveCount(
    0,
  );
});

test('the tab of an unreadable service explains once why it is Unknown, with its checks folded', async ({
  page,
}) => {
  // The card on the overview says Unknown too.
  await open(page, LEGACY_GATEWAY);
  const card = maturityCard(page);
  await expect(card.getByText('Unknown', { exact: true })).toBeVisible();
  await expect(card).not.toContainText('Not started');
  await card
    .getByRole('link', { name: 'What could not be read, and how to fix it' })
    .click();
  await expect(page).toHaveURL(/legacy-gateway\/maturity#maturity-unknown$/);

  const checks = page.getByRole('region', { name: 'Checks', exact: true });
  await expect(checks).toBeVisible();

  // The standing reads Unknown on the ladder, never Not started.
  const ladder = page.getByRole('region', { name: 'Ladder' });
  await expect(
    ladder.getByText('Unknown', { exact: true }).first(),
  ).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText('Not started');

  // One banner with the reason and how to fix it.
  const banner = page.getByRole('region', { name: /^Standing unknown/ });
  await expect(banner).toHaveCount(1);
  await expect(banner).toBeInViewport();
  await expect(banner).toContainText(legacy.unknown!.reason);
  await expect(banner).toContainText('How to fix it');
  await expect(
    banner.getByRole('button', { name: /again|Re-evaluate/ }),
  ).toBeVisible();

  // No server paths anywhere on the page.
  const text = await page.getByRole('main').innerText();
  expect(text).not.toMatch(/\/work\/|examples\/repos|\/tmp\/|\/var\//);

  // Every unreadable check is listed, closed, and none is blocking.
  const unreadable = checks.getByRole('button', { name: /^Could not check / });
  const count = await unreadable.count();
  expect(count).toBeGreaterThan(legacy.unknown!.checks.length - 1);
  await expect(checks.locator('[aria-expanded="true"]')).toHaveCount(0);
  await expect(checks.getByText('Blocking', { exact: true })).toHaveCount(0);
  await expect(banner).toContainText(`${count} checks could not be read`);

  // Folded, the tab stays a page, not a 14,000 px wall of errors.
  const height = await page.evaluate(
    () => document.documentElement.scrollHeight,
  );
  expect(height).toBeLessThan(8_000);

  // The banner lists them, folded; each opens its row at its anchor.
  await banner.getByText(/checks could not be read$/).click();
  const first = banner.getByRole('listitem').getByRole('link').first();
  const title = (await first.textContent())!.trim();
  await first.click();
  await expect(page).toHaveURL(/#check-[\w-]+$/);
  const opened = checks.getByRole('button', {
    name: `Could not check ${title}`,
  });
  await expect(opened).toHaveAttribute('aria-expanded', 'true');
  await expect(opened).toBeInViewport();
  await expect(checks.locator('[aria-expanded="true"]')).toHaveCount(1);

  // Next steps say why nothing can be named yet, instead of a list.
  await expect(
    page.getByRole('region', { name: 'Next steps' }).getByRole('article'),
  ).toHaveCount(0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, 'entity-tab-unknown');
});
