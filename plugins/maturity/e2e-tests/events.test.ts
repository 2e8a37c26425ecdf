import fs from 'node:fs';
import path from 'node:path';
import { checkRow, expect, open, test, withBackend } from './helpers';

/*
 * An edit of the example's catalog file reaches the scorecard through the
 * events path (the catalog module announces the changed entity, the
 * backend re-evaluates it within seconds), long before the next cycle
 * (every 5 minutes in the example).
 */

const CATALOG_FILE = path.resolve('examples/entities.yaml');
const ENTITY = 'component/default/notification-service';
const SOURCE_LINE =
  '    backstage.io/source-location: url:https://github.com/acme-demo/notification-service/tree/main/\n';
const ON_CALL = '    pagerduty.com/service-id: PNOTIFY1\n';

interface Scorecard {
  checks: { checkId: string; outcome: string }[];
}

interface Run {
  id: number;
  startedAt: string;
  entities?: number;
}

async function monitoringOutcome() {
  return withBackend(async backend => {
    const card = await backend.get<Scorecard>(`/entities/${ENTITY}`);
    return card.checks.find(c => c.checkId === 'monitoring-alerting')?.outcome;
  });
}

test('an on-call annotation added to the catalog file passes monitoring within a minute, through events', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const original = fs.readFileSync(CATALOG_FILE, 'utf8');
  expect(original, 'the example entity as this test knows it').toContain(
    SOURCE_LINE,
  );
  expect(await monitoringOutcome()).toBe('fail');
  const editedAt = Date.now();
  try {
    fs.writeFileSync(
      CATALOG_FILE,
      original.replace(SOURCE_LINE, `${SOURCE_LINE}${ON_CALL}`),
    );
    await expect
      .poll(monitoringOutcome, { timeout: 90_000, intervals: [2_000] })
      .toBe('pass');
    const seconds = (Date.now() - editedAt) / 1000;
    // Well within the example's 5-minute cycle, and done by an evaluation
    // of that one entity rather than a cycle over the catalog.
    expect(seconds).toBeLessThan(90);
    const runs = await withBackend(backend =>
      backend.get<{ items: Run[] }>('/runs?limit=5'),
    );
    expect(
      runs.items.some(
        run =>
          Date.parse(run.startedAt) >= editedAt &&
          (run.entities === undefined || run.entities === 1),
      ),
      'a run of one entity started after the edit',
    ).toBe(true);

    await open(
      page,
      `/catalog/default/component/notification-service/maturity`,
    );
    await expect(checkRow(page, 'Monitoring and alerting')).toContainText(
      /pass/i,
    );
  } finally {
    fs.writeFileSync(CATALOG_FILE, original);
  }
  // Back as it was, for the tests that follow.
  await expect
    .poll(monitoringOutcome, { timeout: 120_000, intervals: [2_000] })
    .toBe('fail');
});
