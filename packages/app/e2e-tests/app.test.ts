import { test, expect } from '@playwright/test';

test('a guest signs in and finds the maturity dashboard and the example catalog', async ({
  page,
}) => {
  await page.goto('/');

  const enterButton = page.getByRole('button', { name: 'Enter' });
  await expect(enterButton).toBeVisible();
  await enterButton.click();

  const nav = page.getByRole('navigation', { name: 'sidebar nav' });
  await nav.getByRole('link', { name: 'Maturity', exact: true }).click();
  await expect(
    page.getByRole('heading', { name: 'Service maturity' }),
  ).toBeVisible();

  await nav.getByRole('link', { name: 'Catalog', exact: true }).click();
  await expect(page.getByText('Acme Demo Catalog')).toBeVisible();
  // All components, not only the guest's own.
  await page.goto('/catalog?filters[kind]=component&filters[user]=all');
  await expect(
    page.getByRole('link', { name: 'Payments API', exact: true }),
  ).toBeVisible();
});
