import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import {
  LEGACY_GATEWAY,
  STOREFRONT_WEB,
  entityRows,
  maturityCard,
  open,
  expect,
  test,
} from './helpers';

/*
 * axe-core in Chromium on what the plugin draws: no violation a person
 * would be seriously hindered by (impact serious or critical).
 *
 * Each scan is scoped to the plugin's own content. Backstage's chrome
 * around it (the sidebar, the entity page header, other plugins' cards) is
 * not this project's to fix, and would drown the plugin's results.
 */

/** The violations of impact serious or critical, readable in a failure. */
async function seriousViolations(builder: AxeBuilder) {
  const results = await builder.analyze();
  return results.violations
    .filter(v => v.impact === 'serious' || v.impact === 'critical')
    .map(v => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map(n => ({
        target: n.target.join(' '),
        summary: n.failureSummary?.split('\n').slice(0, 3).join(' '),
      })),
    }));
}

/** axe-core with its default rules, WCAG 2.2 AA and best practices among them. */
function axe(page: Page) {
  return new AxeBuilder({ page });
}

test('the dashboard has no serious accessibility violation', async ({
  page,
}) => {
  await open(page, '/maturity');
  await expect(entityRows(page).first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Trend' })).toBeVisible();
  // The page's header is Backstage's; everything below it is the plugin's.
  expect(await seriousViolations(axe(page).include('main article'))).toEqual(
    [],
  );
});

test('the maturity tab has no serious accessibility violation, known or unknown', async ({
  page,
}) => {
  for (const entity of [STOREFRONT_WEB, LEGACY_GATEWAY]) {
    await open(page, `${entity}/maturity`);
    await expect(
      page.getByRole('region', { name: 'Checks', exact: true }),
    ).toBeVisible();
    await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
    // The tab's content, below Backstage's entity header and tab bar.
    const tab = page
      .getByRole('region', { name: 'Next steps' })
      .locator('xpath=ancestor::*[contains(@class, "MuiGrid-container")][1]');
    await expect(tab).toBeVisible();
    const selector = await tab.evaluate(element => {
      element.setAttribute('data-axe-scope', 'maturity-tab');
      return '[data-axe-scope="maturity-tab"]';
    });
    expect(
      await seriousViolations(axe(page).include(selector)),
      entity,
    ).toEqual([]);
  }
});

test('the maturity card has no serious accessibility violation', async ({
  page,
}) => {
  for (const entity of [STOREFRONT_WEB, LEGACY_GATEWAY]) {
    await open(page, entity);
    const card = maturityCard(page);
    await expect(card).toBeVisible();
    await expect(
      card.getByRole('link', { name: 'View scorecard' }),
    ).toBeVisible();
    const selector = await card.evaluate(element => {
      element.setAttribute('data-axe-scope', 'maturity-card');
      return '[data-axe-scope="maturity-card"]';
    });
    expect(
      await seriousViolations(axe(page).include(selector)),
      entity,
    ).toEqual([]);
  }
});

test('the group card has no serious accessibility violation', async ({
  page,
}) => {
  await open(page, '/catalog/default/group/team-storefront');
  const card = page
    .locator('.MuiCard-root')
    .filter({ has: page.getByRole('link', { name: /View on the dashboard/ }) });
  await expect(card).toBeVisible();
  await expect(
    card.getByRole('table', { name: 'Components per phase' }),
  ).toBeVisible();
  const selector = await card.evaluate(element => {
    element.setAttribute('data-axe-scope', 'group-card');
    return '[data-axe-scope="group-card"]';
  });
  expect(await seriousViolations(axe(page).include(selector))).toEqual([]);
});
