import { open, screenshot, expect, test } from './helpers';

/*
 * The example portal describes this repository itself, read from its own
 * folder with its real git history: the checks on how a team works show
 * what the history showed, passing or not.
 */

const OWN_TAB = '/catalog/default/component/backstage-maturity/maturity';

test('the project’s own component shows the checks read from its git history', async ({
  page,
}) => {
  await open(page, OWN_TAB);
  const checkRow = (id: string) => page.locator(`[id="check-${id}"]`);

  // A passing check names what the history showed.
  await open(page, `${OWN_TAB}#check-trunk-based`);
  await expect(checkRow('trunk-based')).toContainText(
    /no branch besides main unmerged for more than 3 days/,
  );

  // A failing one says what was seen beside what was looked for.
  await open(page, `${OWN_TAB}#check-co-authored-by`);
  const coAuthored = checkRow('co-authored-by');
  await expect(coAuthored).toContainText(
    /(?:none of the \d+ recent commits carries|\d+ of \d+ recent commits carry) (?:a )?Co-authored-by trailers?/,
  );
  await screenshot(page, 'entity-tab-git-history');
});
