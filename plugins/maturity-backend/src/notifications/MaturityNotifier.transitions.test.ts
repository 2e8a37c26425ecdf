import { resolvePackagePath } from '@backstage/backend-plugin-api';
import type { TestDatabaseId } from '@backstage/backend-test-utils';
import { createTestDatabases } from '../store/testDatabases';
import { Harness, sentOf, TEAM } from './__testUtils__/harness';

const databases = createTestDatabases();

const HOUR = 3_600_000;
const T0 = new Date('2026-12-14T08:00:00.000Z');
const at = (hours: number) => new Date(T0.getTime() + hours * HOUR);

const REGRESSION = 'maturity:phase-regression';
const FAILING = 'maturity:check-failing';
const LINK = '/catalog/default/component/payments-api/maturity';

describe.each(databases.eachSupportedId())(
  'MaturityNotifier, transitions, on %s',
  (databaseId: TestDatabaseId) => {
    async function harness() {
      return Harness.create(await databases.init(databaseId), at(0));
    }

    /** payments-api reaches Operable at T0, falls back to Foundation at T1. */
    async function regressed(h: Harness) {
      await h.evaluate('payments-api', { alerts: 'pass' }, at(0));
      await h.evaluate('payments-api', { alerts: 'fail' }, at(1));
      h.now = at(1.5);
    }

    it('migrates its tables up and down', async () => {
      const knex = await databases.init(databaseId);
      const directory = resolvePackagePath(
        '@backstage-maturity/plugin-maturity-backend',
        'migrations',
      );
      await knex.migrate.latest({ directory });
      await expect(
        knex.schema.hasTable('maturity_notifications_sent'),
      ).resolves.toBe(true);
      await knex.migrate.down({
        directory,
        name: '20261211120000_notifications.js',
      });
      for (const table of [
        'maturity_notifications_sent',
        'maturity_notification_watermarks',
      ]) {
        await expect(knex.schema.hasTable(table)).resolves.toBe(false);
      }
    });

    it('tells the owner once of a phase regression and of the check that caused it, however many cycles follow', async () => {
      const h = await harness();
      await regressed(h);
      const { notifier, send } = h.notifier();

      const counts = [];
      for (let i = 0; i < 3; i++) counts.push(await notifier.notify());

      expect(counts[0]).toMatchObject({ phaseRegression: 1, checkFailing: 1 });
      expect(counts[1]).toMatchObject({ phaseRegression: 0, checkFailing: 0 });
      expect(counts[2]).toMatchObject({ phaseRegression: 0, checkFailing: 0 });
      expect(send).toHaveBeenCalledTimes(2);
      const [regression] = sentOf(send, REGRESSION);
      expect(regression.recipients).toEqual({
        type: 'entity',
        entityRef: TEAM,
      });
      expect(regression.payload).toMatchObject({
        title: 'payments-api fell back from Operable to Foundation',
        link: LINK,
        severity: 'high',
        scope: expect.stringMatching(/^phase-regression:\d+$/),
      });
      expect(regression.payload.description).toContain(
        'no longer meets every required check of Operable',
      );
      const [failing] = sentOf(send, FAILING);
      expect(failing.recipients).toEqual({ type: 'entity', entityRef: TEAM });
      expect(failing.payload).toMatchObject({
        title: 'payments-api: alerts now fails',
        link: LINK,
        severity: 'high',
      });
      expect(failing.payload.description).toContain('It passed before.');
    });

    it('tells of a check that fails, passes and fails again twice', async () => {
      const h = await harness();
      const { notifier, send } = h.notifier();
      await h.evaluate('payments-api', {}, at(0));
      await notifier.notify();
      for (const [hour, slo] of [
        [1, 'pass'],
        [2, 'fail'],
        [3, 'pass'],
        [4, 'fail'],
      ] as const) {
        await h.evaluate('payments-api', { slo }, at(hour));
        h.now = at(hour + 0.5);
        await notifier.notify();
        await notifier.notify();
      }

      const failing = sentOf(send, FAILING);
      expect(failing.map(f => f.payload.title)).toEqual([
        'payments-api: slo now fails',
        'payments-api: slo now fails',
      ]);
      expect(new Set(failing.map(f => f.payload.scope)).size).toBe(2);
      // slo belongs to Excellent, above the phase reached: no regression.
      expect(sentOf(send, REGRESSION)).toEqual([]);
    });

    it('does not tell of a known failure again after its evidence could not be read', async () => {
      const h = await harness();
      const { notifier, send } = h.notifier();
      // alerts fails from the start; readme passes.
      await h.evaluate('payments-api', {}, at(0));
      await notifier.notify();
      await h.evaluate(
        'payments-api',
        { alerts: 'error', readme: 'error' },
        at(1),
      );
      await h.evaluate(
        'payments-api',
        { alerts: 'fail', readme: 'fail' },
        at(2),
      );
      h.now = at(2.5);
      await notifier.notify();

      // readme passed before the error: it newly fails; alerts does not.
      expect(sentOf(send, FAILING).map(f => f.payload.title)).toEqual([
        'payments-api: readme now fails',
      ]);
    });

    it('does not tell of checks that do not gate a phase', async () => {
      const h = await harness();
      const { notifier, send } = h.notifier();
      await h.evaluate('payments-api', { dependabot: 'pass' }, at(0));
      await h.evaluate('payments-api', { dependabot: 'fail' }, at(1));
      h.now = at(1.5);
      await notifier.notify();
      // dependabot is on the security track.
      expect(send).not.toHaveBeenCalled();
    });

    it('sends nothing about entities without an owner', async () => {
      const h = await harness();
      const orphan = { owner: undefined };
      await h.evaluate('orphan-api', { alerts: 'pass' }, at(0), orphan);
      await h.evaluate('orphan-api', { alerts: 'fail' }, at(1), orphan);
      h.now = at(1.5);
      const { notifier, send } = h.notifier();

      await expect(notifier.notify()).resolves.toMatchObject({
        phaseRegression: 0,
        checkFailing: 0,
      });
      expect(send).not.toHaveBeenCalled();
    });

    it('sends each notification once when two replicas run at the same time', async () => {
      const h = await harness();
      await regressed(h);
      await h.evaluate('orders-api', { alerts: 'pass' }, at(0));
      await h.evaluate('orders-api', { alerts: 'fail' }, at(1));
      const replicaA = h.notifier();
      const replicaB = h.notifier();

      await Promise.all([
        replicaA.notifier.notify(),
        replicaB.notifier.notify(),
        replicaA.notifier.notify(),
        replicaB.notifier.notify(),
      ]);

      const sent = [...sentOf(replicaA.send), ...sentOf(replicaB.send)];
      expect(sent.map(s => s.payload.title).sort()).toEqual([
        'orders-api fell back from Operable to Foundation',
        'orders-api: alerts now fails',
        'payments-api fell back from Operable to Foundation',
        'payments-api: alerts now fails',
      ]);
    });

    it('on its first run, ignores transitions older than the lookback', async () => {
      const h = await harness();
      // Fell back two days before the notifier first ran.
      await h.evaluate('payments-api', { alerts: 'pass' }, at(0));
      await h.evaluate('payments-api', { alerts: 'fail' }, at(1));
      // Fell back an hour before.
      await h.evaluate('orders-api', { alerts: 'pass' }, at(0));
      await h.evaluate('orders-api', { alerts: 'fail' }, at(48));
      h.now = at(49);
      const { notifier, send } = h.notifier();

      await notifier.notify();
      expect(sentOf(send, REGRESSION).map(s => s.payload.title)).toEqual([
        'orders-api fell back from Operable to Foundation',
      ]);

      // Later transitions are read from where the run stopped.
      await h.evaluate('payments-api', { alerts: 'pass' }, at(50));
      await h.evaluate('payments-api', { alerts: 'fail' }, at(51));
      h.now = at(52);
      await notifier.notify();
      expect(sentOf(send, REGRESSION).map(s => s.payload.title)).toEqual([
        'orders-api fell back from Operable to Foundation',
        'payments-api fell back from Operable to Foundation',
      ]);
    });

    it('sends nothing of a kind that is switched off, nor anything when all are', async () => {
      const h = await harness();
      await regressed(h);
      const { notifier, send } = h.notifier({
        phaseRegression: { enabled: false },
      });

      await notifier.notify();
      expect(sentOf(send, REGRESSION)).toEqual([]);
      expect(sentOf(send, FAILING)).toHaveLength(1);

      // All off: nothing, not even newly failing checks.
      await h.evaluate('payments-api', { alerts: 'pass' }, at(2));
      await h.evaluate('payments-api', { alerts: 'fail' }, at(3));
      h.now = at(3.5);
      const off = h.notifier({ enabled: false });
      await expect(off.notifier.notify()).resolves.toEqual({
        phaseRegression: 0,
        checkFailing: 0,
        waiverExpiry: 0,
        campaignDeadline: 0,
        weeklyDigest: 0,
      });
      expect(off.send).not.toHaveBeenCalled();

      // Switched on again: what happened while off is not told, what
      // happens next is.
      const on = h.notifier();
      await on.notifier.notify();
      expect(on.send).not.toHaveBeenCalled();
      await h.evaluate('payments-api', { alerts: 'pass' }, at(4));
      await h.evaluate('payments-api', { alerts: 'fail' }, at(5));
      h.now = at(5.5);
      await on.notifier.notify();
      expect(sentOf(on.send).map(s => s.payload.title)).toEqual([
        'payments-api fell back from Operable to Foundation',
        'payments-api: alerts now fails',
      ]);
    });

    it('tries a notification that could not be sent again on the next run', async () => {
      const h = await harness();
      await regressed(h);
      const { notifier, send } = h.notifier();
      send.mockRejectedValueOnce(new Error('notifications backend is down'));

      await notifier.notify();
      await notifier.notify();
      await notifier.notify();

      const titles = sentOf(send).map(s => s.payload.title);
      // The first call failed, each notification went out once after.
      expect(titles).toHaveLength(3);
      expect(new Set(titles.slice(1))).toEqual(
        new Set([
          'payments-api fell back from Operable to Foundation',
          'payments-api: alerts now fails',
        ]),
      );
    });
  },
);
