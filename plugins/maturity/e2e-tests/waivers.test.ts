import type { ConsoleMessage, Page } from '@playwright/test';
import {
  STOREFRONT_WEB,
  checkRow,
  open,
  withBackend,
  expect,
  test,
} from './helpers';

/*
 * A service owner attests a practice no machine can see, and revokes it
 * again: each change shows on the scorecard at once, without pressing
 * "Re-evaluate now".
 */

const ENTITY = 'component/default/storefront-web';
const CHECK_ID = 'trunk-based-development';
const CHECK = 'Trunk-based development';

// Leaves no attestation of the check behind, whatever happened before.
const cleanUp = () =>
  withBackend(backend => backend.revokeWaivers(ENTITY, CHECK_ID));
test.beforeAll(cleanUp);
test.afterAll(cleanUp);

/**
 * Collects the console errors React logs when a component switches between
 * controlled and uncontrolled, until the returned function is called.
 */
function watchControlledWarnings(page: Page): () => string[] {
  const warnings: string[] = [];
  const listener = (message: ConsoleMessage) => {
    if (message.type() === 'error' && /controlled/i.test(message.text())) {
      warnings.push(message.text().slice(0, 300));
    }
  };
  page.on('console', listener);
  return () => {
    page.off('console', listener);
    return warnings;
  };
}

test('an attestation counts at once and a revoked one is set apart, without a manual re-evaluation', async ({
  page,
}) => {
  const stopWatching = watchControlledWarnings(page);
  await open(page, `${STOREFRONT_WEB}/maturity`);
  await expect(checkRow(page, CHECK)).toContainText('Not met');
  const waivers = page.getByRole('region', {
    name: 'Exemptions and attestations',
  });

  // Attest the practice.
  await waivers
    .getByRole('button', { name: 'Add exemption or attestation' })
    .click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: 'Attestation' }).check();
  await dialog
    .getByRole('combobox', { name: 'Check' })
    .selectOption({ label: CHECK });
  await dialog
    .getByLabel('Reason')
    .fill('Every change merges to main within a day; branch rules enforce it.');
  await dialog
    .getByLabel('Evidence URL')
    .fill('https://github.com/acme-demo/storefront-web/settings/branches');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  // It counts now: no "Re-evaluate now" was pressed.
  await expect(
    waivers.getByRole('status').filter({ hasText: /counts now/ }),
  ).toBeVisible();
  await expect(checkRow(page, CHECK)).toContainText('Attested');
  await expect(page.getByText(/counts from the next evaluation/)).toHaveCount(
    0,
  );

  // In force, by a person's name rather than an entity ref.
  const inForce = waivers.getByRole('table', {
    name: 'Exemptions and attestations in force',
  });
  const row = inForce.getByRole('row').filter({ hasText: CHECK });
  await expect(row).toContainText('Attestation');
  await expect(row).toContainText('Guest');
  await expect(waivers).not.toContainText('user:default/guest');

  // Revoke it, with a reason of the same length rule as adding one.
  await row
    .getByRole('button', { name: `Revoke the attestation of ${CHECK}` })
    .click();
  const revoke = page.getByRole('dialog');
  await revoke.getByLabel('Reason').fill('Too short');
  await revoke.getByRole('button', { name: 'Revoke' }).click();
  await expect(revoke).toContainText(/10 characters/);
  await revoke
    .getByLabel('Reason')
    .fill('The branch rules were relaxed for the migration.');
  await revoke.getByRole('button', { name: 'Revoke' }).click();
  await expect(revoke).toBeHidden();

  // Not met again at once, and the revoked one is listed apart.
  await expect(
    waivers.getByRole('status').filter({ hasText: /Revoked/ }),
  ).toBeVisible();
  await expect(checkRow(page, CHECK)).toContainText('Not met');
  await expect(inForce.getByRole('row').filter({ hasText: CHECK })).toHaveCount(
    0,
  );
  const past = waivers.getByRole('group').filter({
    hasText: /Past exemptions and attestations/,
  });
  await past.getByText(/Past exemptions and attestations/).click();
  await expect(
    past
      .getByRole('table', { name: 'Past exemptions and attestations' })
      .getByRole('row')
      .filter({ hasText: CHECK })
      .first(),
  ).toContainText(/Revoked by Guest/);

  // Re-rendering the checks after each evaluation changed no accordion
  // from uncontrolled to controlled.
  expect(stopWatching()).toEqual([]);
});
