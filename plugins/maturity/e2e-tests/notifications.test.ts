import { expect, open, screenshot, test } from './helpers';

/*
 * The example portal sends each team its weekly digest from the first
 * cycle of the week (app-config.yaml, maturity.notifications); the guest is
 * a member of team-storefront, so the digest shows on the guest's
 * notifications page, linking to the team's view of the dashboard.
 */

test("the guest's team gets its weekly maturity digest in Backstage's notifications", async ({
  page,
}) => {
  const digest = page.getByText(
    /Maturity of .*storefront.*, week \d{4}-W\d{2}/i,
  );
  // Sent at the end of the first cycle, which may still be saving.
  await expect(async () => {
    await open(page, '/notifications');
    await expect(digest.first()).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 90_000 });
  await expect(page.getByText(/Last 7 days: /).first()).toBeVisible();
  await screenshot(page, 'notifications-digest');

  // The title links to the team's view of the dashboard (opening it would
  // mark the notification read).
  await expect(
    page.getByRole('link', { name: /Maturity of .*storefront/i }).first(),
  ).toHaveAttribute(
    'href',
    /\/maturity\?owner=group%3Adefault%2Fteam-storefront$/,
  );
});
