import {
  PHASE_NAMES,
  escapeRegExp,
  expectedPhases,
  open,
  screenshot,
  withBackend,
  expect,
  test,
} from './helpers';

/*
 * The example portal's campaign (app-config.yaml): every production
 * component at Production Ready by the end of March. A platform lead
 * follows it on the Campaigns tab; a service owner sees on the service's
 * tab what is left to do for it, and by when.
 */

const CAMPAIGN_ID = 'production-ready-by-q1';
const TITLE = 'Every production service at Production Ready';
const CAMPAIGN_PAGE = `/maturity/campaigns/${CAMPAIGN_ID}`;

/** The phases at or above the campaign's target. */
const DONE_PHASES = ['production-ready', 'operational-maturity', 'kaizen'];

interface Progress {
  total: number;
  done: number;
  onTrack: number;
  atRisk: number;
  overdue: number;
}

interface CampaignEntity {
  name: string;
  title?: string;
  status: 'done' | 'on-track' | 'at-risk' | 'overdue';
}

let progress: Progress;
let covered: CampaignEntity[];
test.beforeAll(async () => {
  await withBackend(async backend => {
    const list = await backend.get<{
      items: { campaign: { id: string }; progress: Progress }[];
    }>('/campaigns');
    progress = list.items.find(i => i.campaign.id === CAMPAIGN_ID)!.progress;
    covered = (
      await backend.get<{ items: CampaignEntity[] }>(
        `/campaigns/${CAMPAIGN_ID}/entities?limit=500`,
      )
    ).items;
  });
});

test('the Campaigns tab lists the example campaign with its entities per status', async ({
  page,
}) => {
  // The oracle: an entity is done exactly when its phase is Production
  // Ready or above.
  expect(progress, `campaign ${CAMPAIGN_ID} in /campaigns`).toBeDefined();
  expect(covered.length).toBe(progress.total);
  for (const entity of covered) {
    const expected = expectedPhases[entity.name];
    if (!expected) continue;
    expect(
      entity.status === 'done',
      `${entity.name} (${PHASE_NAMES[expected.phase]}) done`,
    ).toBe(DONE_PHASES.includes(expected.phase));
  }
  expect(progress.done).toBeGreaterThan(0);
  expect(progress.done).toBeLessThan(progress.total);

  await open(page, '/maturity');
  await page.getByRole('tab', { name: 'Campaigns' }).click();
  await expect(page).toHaveURL(/\/maturity\/campaigns$/);

  const card = page.getByRole('article', { name: TITLE });
  await expect(card).toContainText(
    /Reach Production Ready by .+ \((in \d+ days?|today|\d+ days? ago)\)/,
  );
  const legend = card.getByRole('list', { name: 'Legend' });
  await expect(legend.getByRole('listitem')).toHaveText([
    `Done ${progress.done}`,
    `On track ${progress.onTrack}`,
    `At risk ${progress.atRisk}`,
    `Overdue ${progress.overdue}`,
  ]);
  await expect(card).toContainText(
    `${Math.round((progress.done / progress.total) * 100)}% done (${
      progress.done
    } of ${progress.total} entities)`,
  );
  await screenshot(page, 'campaigns-list');

  await card.getByRole('link', { name: TITLE }).click();
  await expect(page).toHaveURL(new RegExp(`${CAMPAIGN_PAGE}$`));
  await expect(
    page.getByRole('heading', { level: 2, name: TITLE }),
  ).toBeVisible();
});

test('a campaign’s page shows its burndown, its teams and the entities not done, and opens from a link', async ({
  page,
}) => {
  // A shared link loads the page itself.
  await page.goto(CAMPAIGN_PAGE);
  await expect(
    page.getByRole('heading', { level: 2, name: TITLE }),
  ).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Campaigns' })).toHaveAttribute(
    'aria-selected',
    'true',
  );

  // The description is Markdown, shown formatted.
  const about = page.getByRole('region', { name: 'About' });
  await expect(about.locator('strong').first()).toHaveText('Production Ready');
  await expect(about).toContainText('Kind: component; Lifecycle: production');
  await expect(page.getByRole('region', { name: 'Progress' })).toContainText(
    /Computed at /,
  );

  // The burndown: a chart drawn by recharts, and its numbers in a table.
  const burndown = page.getByRole('region', { name: 'Burndown' });
  await expect(
    burndown.locator('.recharts-wrapper > svg.recharts-surface'),
  ).toBeVisible();
  await expect(burndown.locator('.recharts-line')).toHaveCount(2);
  await expect(
    burndown.getByRole('table', { name: 'Burndown summary' }),
  ).toBeVisible();

  // A row per owning team, each linking to the team's page.
  const teams = page.getByRole('table', { name: 'Teams' });
  const teamRows = teams.locator('tbody').getByRole('row');
  await expect(teamRows.first()).toBeVisible();
  await expect(teamRows.first().getByRole('link').first()).toHaveAttribute(
    'href',
    /\/catalog\/default\/group\//,
  );

  // The entities not done, each leading to its maturity tab.
  const notDone = page.getByRole('table', { name: 'Entities not done' });
  const rows = notDone.locator('tbody').getByRole('row');
  await expect(rows).toHaveCount(Math.min(progress.total - progress.done, 25));
  await expect(rows.first().getByRole('link').first()).toHaveAttribute(
    'href',
    /\/catalog\/default\/component\/[\w-]+\/maturity$/,
  );
  await expect(notDone).toContainText('Notification service');
  await screenshot(page, 'campaign-detail');
});

test('a covered service not at Production Ready shows the campaign on its tab, with the checks left', async ({
  page,
}) => {
  // Notification service: a production service at Solid Foundation.
  expect(expectedPhases['notification-service'].phase).toBe('foundation');
  const entity = covered.find(e => e.name === 'notification-service');
  expect(entity?.status).not.toBe('done');

  // Found from the campaign, as a lead would.
  await open(page, CAMPAIGN_PAGE);
  await page
    .getByRole('table', { name: 'Entities not done' })
    .getByRole('link', { name: 'Notification service', exact: true })
    .click();
  await expect(page).toHaveURL(/notification-service\/maturity$/);

  const banner = page.getByRole('region', {
    name: /^Reach Production Ready by .+: \d+ checks? left$/,
  });
  await expect(banner).toBeVisible();
  const words = {
    overdue: 'Overdue: the deadline has passed.',
    'at-risk': 'At risk:',
    'on-track': 'On track.',
  } as const;
  await expect(banner).toContainText(
    words[entity!.status as keyof typeof words],
  );
  // It leads back to the campaign.
  await expect(banner.getByRole('link', { name: TITLE })).toHaveAttribute(
    'href',
    CAMPAIGN_PAGE,
  );
  await screenshot(page, 'entity-campaign-banner');

  // Each check left opens its row on the tab.
  const check = banner.getByRole('link').nth(1);
  const checkTitle = (await check.textContent())!.trim();
  await check.click();
  await expect(page).toHaveURL(/notification-service\/maturity#check-[\w-]+$/);
  const anchor = new URL(page.url()).hash.slice(1);
  await expect(
    page
      .locator(`[id="${anchor}"]`)
      .getByRole('button', { name: new RegExp(escapeRegExp(checkTitle)) }),
  ).toBeInViewport();
});

test('a team’s card lists the campaigns covering its services', async ({
  page,
}) => {
  await open(page, '/catalog/default/group/team-platform');
  const campaigns = page.getByRole('list', { name: 'Campaigns' });
  const item = campaigns.getByRole('listitem').filter({ hasText: TITLE });
  await expect(item).toContainText(/: \d+% done, \d+ at risk, \d+ overdue$/);
  await item.getByRole('link', { name: TITLE }).click();
  await expect(page).toHaveURL(new RegExp(`${CAMPAIGN_PAGE}$`));
});
