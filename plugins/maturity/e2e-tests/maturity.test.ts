import { test, expect, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';

/*
 * The maturity plugin in the example portal, as a service owner uses it:
 * the guest is a member of team-storefront, which owns Storefront web.
 * Screenshots land in e2e-test-screenshots/ for the README.
 */

const ROOT = path.resolve(__dirname, '../../..');
// Outside the report folder, which the HTML reporter empties on every run.
const SCREENSHOTS = path.join(ROOT, 'e2e-test-screenshots');
const expectedPhases: Record<string, { phase: string }> = JSON.parse(
  fs.readFileSync(path.join(ROOT, 'examples', 'expected-phases.json'), 'utf8'),
);
const PHASE_NAMES: Record<string, string> = {
  'walking-skeleton': 'Walking Skeleton',
  foundation: 'Solid Foundation',
  'production-ready': 'Production Ready',
  'operational-maturity': 'Operational Maturity',
  kaizen: 'Kaizen',
};
const ATTESTED_CHECK = 'Trunk-based development';

// Wide enough for the dashboard's two columns in the screenshots.
test.use({ viewport: { width: 1440, height: 1000 } });
// Room for the first evaluation after start-up on a slow machine.
test.describe.configure({ timeout: 240_000 });

async function signIn(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Enter' }).click();
  await expect(
    page
      .getByRole('navigation', { name: 'sidebar nav' })
      .getByRole('link', { name: 'Maturity', exact: true }),
  ).toBeVisible();
}

async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

/**
 * Waits for the example catalog's first evaluation, which the portal runs
 * shortly after start-up: the dashboard shows the phase counts once it is
 * stored (Kaizen holds payments-api).
 */
async function waitForEvaluation(page: Page) {
  const kaizen = page
    .getByRole('table', { name: 'Services per phase', exact: true })
    .getByRole('row', { name: /Kaizen/ });
  await expect(async () => {
    if (!(await kaizen.isVisible())) await page.reload();
    await expect(kaizen).toContainText('1', { timeout: 5_000 });
  }).toPass({ timeout: 90_000 });
}

function checkRow(page: Page, title: string) {
  return page
    .getByRole('region', { name: 'Checks' })
    .getByRole('button', { name: new RegExp(title) })
    .first();
}

/**
 * Revokes the attestation of {@link ATTESTED_CHECK} (left by this test or an
 * earlier run) and re-evaluates, so that the check is unmet again.
 */
async function revokeAttestation(page: Page) {
  const revoke = page.getByRole('button', {
    name: `Revoke the attestation of ${ATTESTED_CHECK}`,
  });
  if ((await revoke.count()) > 0) {
    await revoke.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Reason').fill('Clean state for the browser test');
    await dialog.getByRole('button', { name: 'Revoke' }).click();
    await expect(dialog).toBeHidden();
  }
  if (await checkRow(page, ATTESTED_CHECK).getByText('Attested').count()) {
    await page.getByRole('button', { name: 'Re-evaluate now' }).click();
    await expect(checkRow(page, ATTESTED_CHECK)).toContainText('Not met');
  }
}

test('a service owner finds their service on the dashboard, attests a practice and re-evaluates it', async ({
  page,
}) => {
  await signIn(page);

  // The dashboard, once the first evaluation after start-up has finished.
  await page
    .getByRole('navigation', { name: 'sidebar nav' })
    .getByRole('link', { name: 'Maturity', exact: true })
    .click();
  await waitForEvaluation(page);
  await expect(
    page.getByRole('region', { name: 'Top blockers' }).getByRole('listitem'),
  ).not.toHaveCount(0);
  await screenshot(page, 'dashboard');

  // Filter by the guest's team: the filter lands in the URL and the table.
  await page.getByRole('textbox', { name: 'Owner' }).click();
  await page
    .getByRole('option')
    .filter({ hasText: 'group:default/team-storefront' })
    .click();
  await expect(page).toHaveURL(
    /owner=group(%3A|:)default(%2F|\/)team-storefront/,
  );
  const services = page.getByRole('table', { name: 'Services' });
  await expect(
    services.getByRole('link', { name: 'Storefront web' }),
  ).toBeVisible();
  await expect(
    services.getByRole('link', { name: 'Cart service' }),
  ).toBeVisible();
  await expect(
    services.getByRole('link', { name: 'Payments API' }),
  ).toHaveCount(0);
  await screenshot(page, 'dashboard-filtered');

  // Open the service and its Maturity tab: the phase of the oracle.
  await services.getByRole('link', { name: 'Storefront web' }).click();
  await expect(
    page.getByRole('heading', { name: 'Storefront web' }),
  ).toBeVisible();
  // The summary card on the overview links to the tab.
  await expect(
    page.getByRole('progressbar', { name: /checks of / }),
  ).toBeVisible();
  await page.getByRole('link', { name: /View scorecard/ }).click();
  await expect(page).toHaveURL(/storefront-web\/maturity/);
  const phase = PHASE_NAMES[expectedPhases['storefront-web'].phase];
  const ladder = page.getByRole('region', { name: 'Ladder' });
  await expect(
    ladder.locator('[aria-current="step"]').getByText(phase),
  ).toBeVisible();
  await screenshot(page, 'entity-tab');

  // Attest a development practice, then re-evaluate to apply it.
  await revokeAttestation(page);
  await page
    .getByRole('button', { name: 'Add exemption or attestation' })
    .click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: 'Attestation' }).check();
  await dialog
    .getByRole('combobox', { name: 'Check' })
    .selectOption({ label: ATTESTED_CHECK });
  await dialog
    .getByLabel('Reason')
    .fill('Every change merges to main within a day; branch rules enforce it.');
  await dialog
    .getByLabel('Evidence URL')
    .fill('https://github.com/acme-demo/storefront-web/settings/branches');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(/counts from the next evaluation/)).toBeVisible();
  await page.getByRole('button', { name: 'Re-evaluate now' }).click();

  await expect(checkRow(page, ATTESTED_CHECK)).toContainText('Attested');
  // The phase stays: tracks never move a service on the ladder.
  await expect(
    ladder.locator('[aria-current="step"]').getByText(phase),
  ).toBeVisible();

  // Leave the example data as it was.
  await revokeAttestation(page);
});

test('a team page shows its services by phase and what blocks them', async ({
  page,
}) => {
  await signIn(page);
  await page.goto('/maturity');
  await waitForEvaluation(page);
  await page.goto('/catalog/default/group/team-storefront');
  // The group card: team-storefront owns three evaluated services.
  await expect(page.getByText('3 services', { exact: true })).toBeVisible();
  const perPhase = page.getByRole('table', {
    name: 'Services per phase',
    exact: true,
  });
  await expect(perPhase.getByRole('row')).not.toHaveCount(0);
  await screenshot(page, 'group-card');
  await page.getByRole('link', { name: /View on the dashboard/ }).click();
  await expect(page).toHaveURL(/\/maturity\?owner=/);
  await expect(
    page.getByRole('table', { name: 'Services' }).getByRole('link', {
      name: 'Storefront web',
    }),
  ).toBeVisible();
});
