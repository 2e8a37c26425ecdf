import {
  PHASE_NAMES,
  escapeRegExp,
  expectedPhases,
  open,
  screenshot,
  withBackend,
  type ListedEntity,
  expect,
  test,
} from './helpers';

/*
 * The catalog's own table, as anyone browsing the catalog sees it: a
 * Maturity column with each component's phase, and a filter by phase.
 */

const ALL_COMPONENTS = '/catalog?filters[kind]=component&filters[user]=all';

let entities: ListedEntity[];
test.beforeAll(async () => {
  entities = await withBackend(backend => backend.entities());
});

test('the catalog table shows each component’s phase and filters by it', async ({
  page,
}) => {
  // Room for the catalog's first labelling after start-up (see below).
  test.setTimeout(300_000);
  await open(page, ALL_COMPONENTS);

  const table = page.getByRole('table').filter({
    has: page.getByRole('columnheader', { name: 'Maturity' }),
  });
  await expect(table).toBeVisible();

  // The catalog writes the labels at its next processing after the
  // maturity results are loaded (every minute in the example), so right
  // after start-up the table may still say "Not evaluated": reload until
  // the labels are there.
  const rowOf = (title: string) =>
    table.getByRole('row', { name: new RegExp(`^${escapeRegExp(title)} `) });
  // The user filter is chosen by clicking "All": under load the catalog may
  // settle on "Owned" before it reads the query, and a reload keeps that.
  const showAll = () =>
    page.getByRole('menuitem', { name: /^All \d+$/ }).click();
  await expect(async () => {
    await page.reload();
    await showAll();
    for (const [name, { phase }] of Object.entries(expectedPhases)) {
      const title = entities.find(e => e.name === name)?.title ?? name;
      await expect(rowOf(title)).toContainText(PHASE_NAMES[phase], {
        timeout: 5_000,
      });
    }
  }).toPass({ timeout: 200_000, intervals: [5_000] });

  // Each component of the oracle shows its phase, Unknown included.
  for (const [name, { phase }] of Object.entries(expectedPhases)) {
    const title = entities.find(e => e.name === name)?.title ?? name;
    await expect(rowOf(title), title).toContainText(PHASE_NAMES[phase]);
  }
  await screenshot(page, 'catalog-column');

  // The phase filter narrows the list to the components at that phase.
  const notStarted = Object.entries(expectedPhases)
    .filter(([, e]) => e.phase === 'not-started')
    .map(([name]) => entities.find(e => e.name === name)?.title ?? name);
  await page.getByRole('textbox', { name: 'Maturity phase' }).click();
  await page.getByRole('option', { name: 'Not started' }).click();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/maturityPhase/);
  const rows = table.locator('tbody').getByRole('row');
  await expect(rows).toHaveCount(notStarted.length);
  for (const title of notStarted) {
    await expect(table.getByRole('link', { name: title })).toBeVisible();
  }

  // Unknown is a choice of its own.
  await page.getByRole('textbox', { name: 'Maturity phase' }).click();
  await page.getByRole('option', { name: 'Unknown' }).click();
  await page.keyboard.press('Escape');
  await expect(rows).toHaveCount(notStarted.length + 1);
  await expect(
    table.getByRole('link', { name: 'Legacy gateway' }),
  ).toBeVisible();
});
