import { test, expect } from '@playwright/test';

test('a guest can put a product in the cart and reach payment', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('article').first().click();
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await page.getByRole('link', { name: 'Checkout' }).click();
  await expect(page.getByRole('heading', { name: 'Payment' })).toBeVisible();
});
