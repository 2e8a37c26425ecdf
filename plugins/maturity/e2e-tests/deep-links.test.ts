import { entityList, entityRows, open, expect, test } from './helpers';

/*
 * The dashboard's state lives in its URL: a shared link opens the same
 * view, and a link with values it cannot use says so and leads back.
 */

test('a shared link opens the dashboard with its filters, phase and page in the controls', async ({
  page,
}) => {
  // Opened as a link is, by loading the page.
  await page.goto(
    '/maturity?phase=production-ready&owner=group:default/team-storefront&pageSize=10',
  );

  const filters = page.getByRole('region', { name: 'Filters' });
  const owner = filters.getByRole('combobox').filter({
    has: page.getByRole('textbox', { name: 'Owner' }),
  });
  await expect(owner.getByRole('button', { name: 'Storefront' })).toBeVisible();
  const list = page.getByRole('region', { name: 'Components', exact: true });
  const phase = list.getByRole('combobox').filter({
    has: page.getByRole('textbox', { name: 'Phase' }),
  });
  // One phase in the URL, that one phase in the picker.
  await expect(
    phase.getByRole('button', { name: 'Production Ready' }),
  ).toBeVisible();
  await expect(phase.getByRole('button')).toHaveCount(2); // The chip and "Open".
  await expect(
    list.getByRole('button', { name: /Rows per page: 10/ }),
  ).toBeVisible();
  await expect(entityRows(page)).toHaveCount(1);
  await expect(
    entityList(page).getByRole('link', { name: 'Storefront web' }),
  ).toBeVisible();

  // A page of the list is a link too, and paging writes it to the URL.
  await open(page, '/maturity?pageSize=10&page=2');
  await expect(list.getByText(/^11[-–]\d+ of \d+$/)).toBeVisible();
  await expect(entityRows(page)).not.toHaveCount(0);
  await list.getByRole('button', { name: 'Previous page' }).click();
  await expect(page).toHaveURL(url => !url.searchParams.has('page'));
  await expect(list.getByText(/^1[-–]10 of \d+$/)).toBeVisible();
  await list.getByRole('button', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/[?&]page=2\b/);

  // Choosing a phase adds it to the URL and brings the list into view.
  await open(page, '/maturity');
  await page
    .getByRole('table', { name: 'Components per phase', exact: true })
    .getByRole('link', { name: /in Kaizen$/ })
    .click();
  await expect(page).toHaveURL(/[?&]phase=kaizen\b/);
  await expect(entityList(page)).toBeInViewport();
  await expect(phase.getByRole('button', { name: 'Kaizen' })).toBeVisible();
});

test('a link with a value the dashboard cannot use says which, and leads back', async ({
  page,
}) => {
  await page.goto('/maturity?phase=bogus&pageSize=7');

  const message = page.getByRole('alert');
  await expect(message).toContainText('phase=bogus');
  await expect(message).toContainText(/phase takes: .*production-ready/);
  await expect(message).toContainText('pageSize=7');
  await expect(page.getByRole('main')).not.toContainText(/Request failed/);

  await message.getByRole('link', { name: /Clear filters|Show all/ }).click();
  await expect(page).toHaveURL(url => url.search === '');
  await expect(message).toHaveCount(0);
  await expect(entityRows(page).first()).toBeVisible();
});
