import {
  PHASE_NAMES,
  STOREFRONT_WEB,
  TEAM_STOREFRONT,
  entityList,
  escapeRegExp,
  expectedPhases,
  open,
  screenshot,
  sidebar,
  expect,
  test,
} from './helpers';

/*
 * A service owner of team-storefront: finds their service on the
 * dashboard, opens its scorecard, and learns what to do next.
 */

test('a service owner finds their service on the dashboard and opens its scorecard', async ({
  page,
}) => {
  await sidebar(page)
    .getByRole('link', { name: 'Maturity', exact: true })
    .click();
  await expect(
    page.getByRole('region', { name: 'Top blockers' }).getByRole('listitem'),
  ).not.toHaveCount(0);
  await expect(
    entityList(page).getByRole('link', { name: 'Payments API' }),
  ).toBeVisible();
  await screenshot(page, 'dashboard');

  // Filter by the guest's team: the filter lands in the URL and the list.
  await page.getByRole('textbox', { name: 'Owner' }).click();
  await page.getByRole('option').filter({ hasText: TEAM_STOREFRONT }).click();
  await expect(page).toHaveURL(
    /owner=group(%3A|:)default(%2F|\/)team-storefront/,
  );
  const list = entityList(page);
  await expect(
    list.getByRole('link', { name: 'Storefront web' }),
  ).toBeVisible();
  await expect(list.getByRole('link', { name: 'Cart service' })).toBeVisible();
  await expect(list.getByRole('link', { name: 'Payments API' })).toHaveCount(0);
  await screenshot(page, 'dashboard-filtered');

  // Open the service: the card on its overview leads to the tab.
  await list.getByRole('link', { name: 'Storefront web' }).click();
  await expect(
    page.getByRole('heading', { name: 'Storefront web' }),
  ).toBeVisible();
  await expect(
    page.getByRole('progressbar', { name: /checks of / }),
  ).toBeVisible();
  await page.getByRole('link', { name: /View scorecard/ }).click();
  await expect(page).toHaveURL(/storefront-web\/maturity/);

  // The phase of the oracle is the current rung of the ladder.
  const phase = PHASE_NAMES[expectedPhases['storefront-web'].phase];
  await expect(
    page
      .getByRole('region', { name: 'Ladder' })
      .locator('[aria-current="step"]')
      .getByText(phase),
  ).toBeVisible();
  // The ladder and the check list, below the next steps.
  await page.getByRole('region', { name: 'Ladder' }).scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, -80));
  await screenshot(page, 'entity-tab');
});

test('the tab starts with the next steps, and the card links each blocking check to its row', async ({
  page,
}) => {
  await open(page, STOREFRONT_WEB);

  // The card names the first blocking checks and how many more there are.
  const blocking = page.getByRole('region', { name: /^Blocking / });
  const links = blocking.getByRole('list').getByRole('link');
  await expect(links.first()).toBeVisible();
  const shown = await links.count();
  const moreText = await blocking
    .getByRole('link', { name: /^and \d+ more blocking check/ })
    .textContent()
    .catch(() => null);
  const more = Number(/\d+/.exec(moreText ?? '')?.[0] ?? 0);

  // A check's link opens the tab at that check: anchored, open and in view.
  const second = links.nth(Math.min(1, shown - 1));
  const title = (await second.textContent())!.trim();
  await second.click();
  await expect(page).toHaveURL(/storefront-web\/maturity#check-[\w-]+$/);
  const anchor = new URL(page.url()).hash.slice(1);
  const row = page.locator(`[id="${anchor}"]`);
  const summary = row.getByRole('button', {
    name: new RegExp(escapeRegExp(title)),
  });
  await expect(summary).toHaveAttribute('aria-expanded', 'true');
  await expect(summary).toBeInViewport();

  // Next steps come first: above the ladder and the check list.
  await open(page, `${STOREFRONT_WEB}/maturity`);
  const nextSteps = page.getByRole('region', { name: 'Next steps' });
  await expect(nextSteps).toBeVisible();
  const top = async (name: string) =>
    (await page.getByRole('region', { name, exact: true }).boundingBox())!.y;
  expect(await top('Next steps')).toBeLessThan(await top('Ladder'));
  expect(await top('Next steps')).toBeLessThan(await top('Checks'));

  // One step per blocking check, as many as the card counts, each with
  // why and how, and Markdown shown as formatting, not as backticks.
  const steps = nextSteps.getByRole('article');
  await expect(steps).toHaveCount(shown + more);
  await expect(
    steps.first().getByRole('heading', { name: /^1\. / }),
  ).toBeVisible();
  await expect(steps.first()).toContainText('Why it matters');
  await expect(steps.first()).toContainText('How to pass');
  await expect(nextSteps).toContainText(
    `${shown + more} checks keep this website from ${
      PHASE_NAMES['operational-maturity']
    }`,
  );
  expect(await nextSteps.innerText()).not.toContain('`');
  await expect(nextSteps.locator('code').first()).toBeVisible();
  await screenshot(page, 'entity-tab-next-steps');

  // "Show in the check list" opens that check's row.
  await steps
    .nth(0)
    .getByRole('link', { name: 'Show in the check list' })
    .click();
  await expect(page).toHaveURL(/#check-[\w-]+$/);
  const target = new URL(page.url()).hash.slice(1);
  await expect(
    page.locator(`[id="${target}"]`).getByRole('button').first(),
  ).toBeInViewport();

  // The card's "and N more" opens the tab at its next steps.
  if (more > 0) {
    await open(page, STOREFRONT_WEB);
    await blocking
      .getByRole('link', { name: /^and \d+ more blocking check/ })
      .click();
    await expect(page).toHaveURL(
      /storefront-web\/maturity#maturity-next-steps$/,
    );
    await expect(
      nextSteps.getByRole('heading', { name: 'Next steps' }),
    ).toBeInViewport();
  }
});
