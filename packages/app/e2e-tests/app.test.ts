import { test, expect, type Page } from '@playwright/test';
import path from 'node:path';

// Outside the report folder, which the HTML reporter empties on every run.
const SCREENSHOTS = path.resolve(__dirname, '../../../e2e-test-screenshots');

async function signIn(page: Page) {
  await page.goto('/');
  const enterButton = page.getByRole('button', { name: 'Enter' });
  await expect(enterButton).toBeVisible();
  await enterButton.click();
}

test('a guest signs in and finds the maturity dashboard and the example catalog', async ({
  page,
}) => {
  await signIn(page);

  const nav = page.getByRole('navigation', { name: 'sidebar nav' });
  await nav.getByRole('link', { name: 'Maturity', exact: true }).click();
  await expect(
    page.getByRole('heading', { name: 'Service maturity' }),
  ).toBeVisible();

  await nav.getByRole('link', { name: 'Catalog', exact: true }).click();
  await expect(page.getByText('Acme Demo Catalog')).toBeVisible();
  // All components, not only the guest's own.
  await page.getByRole('menuitem', { name: /^All\b/ }).click();
  await expect(page).toHaveURL(/filters%5Buser%5D=all|filters\[user\]=all/);
  await expect(
    page.getByRole('link', { name: 'Payments API', exact: true }),
  ).toBeVisible();
});

test('after signing in, the home page shows where the organisation stands and explains the ladder', async ({
  page,
}) => {
  await signIn(page);

  // The landing page after sign-in is a page, not "not found".
  await expect(page).toHaveURL(url => url.pathname === '/');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(main).not.toContainText(/404|not found/i);

  // The standing: every bucket, Unknown and Not started first, adding up
  // to the total, each count a link to the dashboard's list of it.
  const standing = main.getByRole('table', { name: 'Components per phase' });
  const rows = standing.getByRole('row');
  await expect(rows).toHaveCount(7);
  await expect(rows.nth(0)).toContainText('Unknown');
  await expect(rows.nth(1)).toContainText('Not started');
  await expect(rows.nth(6)).toContainText('Kaizen');
  const counts = (await rows.allInnerTexts()).map(text =>
    Number(/(\d+)\s*$/.exec(text)?.[1] ?? NaN),
  );
  const total = main.getByRole('link', { name: /^\d+ components$/ });
  expect(counts.reduce((a, b) => a + b, 0)).toBe(
    Number(/\d+/.exec((await total.textContent()) ?? '')?.[0]),
  );

  // The ladder explained: the five phases with what each means.
  const phases = main
    .getByRole('list', { name: 'Phases' })
    .getByRole('listitem');
  await expect(phases).toHaveCount(5);
  for (const phase of await phases.allInnerTexts()) {
    expect(phase).toMatch(/^[A-Z][\w ]+: \w+/);
  }
  await expect(main).toContainText(/Unknown when/);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'home.png') });

  // A count opens the dashboard at that phase.
  await standing.getByRole('link', { name: /: Unknown$/ }).click();
  await expect(page).toHaveURL(/\/maturity\?phase=unknown$/);
  await expect(
    page
      .getByRole('table', { name: 'Components', exact: true })
      .getByRole('link', { name: 'Legacy gateway' }),
  ).toBeVisible();
});
