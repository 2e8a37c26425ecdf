import type { TestDatabaseId } from '@backstage/backend-test-utils';
import type { CampaignDefinition } from '@backstage-maturity/plugin-maturity-node';
import { createTestDatabases } from '../store/testDatabases';
import { Harness, sentOf, TEAM } from './__testUtils__/harness';

const databases = createTestDatabases();

const WAIVER = 'maturity:waiver-expiry';
const CAMPAIGN = 'maturity:campaign-deadline';
const DIGEST = 'maturity:weekly-digest';
/** Only the digest, to read it alone. */
const DIGEST_ONLY = {
  phaseRegression: { enabled: false },
  checkFailing: { enabled: false },
  waiverExpiry: { enabled: false },
  campaignDeadline: { enabled: false },
  weeklyDigest: { enabled: true, weekday: 'wednesday' },
};

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

const campaign: CampaignDefinition = {
  id: 'foundation-by-q1',
  title: 'Foundation by Q1',
  target: { phase: 'foundation' },
  entities: {},
  start: '2026-12-01',
  deadline: '2027-01-31',
};

describe.each(databases.eachSupportedId())(
  'MaturityNotifier, reminders, on %s',
  (databaseId: TestDatabaseId) => {
    async function harness(now: Date) {
      return Harness.create(await databases.init(databaseId), now);
    }

    async function waive(
      h: Harness,
      name: string,
      expiresAt: string,
      kind: 'exemption' | 'attestation' = 'exemption',
    ) {
      return h.store.createWaiver(
        {
          entityRef: `component:default/${name}`,
          checkId: 'alerts',
          kind,
          reason: 'Alerts come from the platform',
          expiresAt,
          createdBy: 'user:default/jane',
          source: 'api',
        },
        'user:default/jane',
        day('2026-12-01'),
      );
    }

    it('reminds the owner 14 and 3 days before a waiver ends, once each, at UTC day boundaries', async () => {
      const h = await harness(day('2027-01-01'));
      await h.evaluate('payments-api', { alerts: 'exempt' }, day('2026-12-01'));
      // Valid through 2027-01-20.
      const waiver = await waive(h, 'payments-api', '2027-01-20');
      const { notifier, send } = h.notifier();
      const titlesAt = async (time: string) => {
        h.now = new Date(time);
        await notifier.notify();
        return sentOf(send, WAIVER).map(s => s.payload.title);
      };

      // 15 days before, to the last millisecond: nothing.
      expect(await titlesAt('2027-01-05T23:59:59.999Z')).toEqual([]);
      // 14 days before.
      expect(await titlesAt('2027-01-06T00:00:00.000Z')).toEqual([
        'payments-api: the exemption of alerts ends in 14 days',
      ]);
      // 13 days before, and again later that day: nothing more.
      await titlesAt('2027-01-07T00:00:00.000Z');
      expect(await titlesAt('2027-01-07T18:00:00.000Z')).toHaveLength(1);
      // 4 days before: still nothing more.
      expect(await titlesAt('2027-01-16T12:00:00.000Z')).toHaveLength(1);
      // 3 days before: the second reminder, marked high.
      expect(await titlesAt('2027-01-17T00:00:00.000Z')).toEqual([
        'payments-api: the exemption of alerts ends in 14 days',
        'payments-api: the exemption of alerts ends in 3 days',
      ]);
      // The last day and after: nothing more.
      await titlesAt('2027-01-20T12:00:00.000Z');
      expect(await titlesAt('2027-01-21T00:00:00.000Z')).toHaveLength(2);

      const [first, second] = sentOf(send, WAIVER);
      expect(first.recipients).toEqual({ type: 'entity', entityRef: TEAM });
      expect(first.payload).toMatchObject({
        link: '/catalog/default/component/payments-api/maturity',
        severity: 'normal',
        scope: `waiver-expiry:${waiver.id}:14`,
      });
      expect(first.payload.description).toContain('valid through 2027-01-20');
      expect(second.payload).toMatchObject({
        severity: 'high',
        scope: `waiver-expiry:${waiver.id}:3`,
      });
    });

    it('sends a missed reminder on the next run, and none for revoked waivers or entities without an owner', async () => {
      const h = await harness(day('2027-01-10'));
      await h.evaluate(
        'payments-api',
        { alerts: 'attested' },
        day('2026-12-01'),
      );
      await h.evaluate('orphan-api', {}, day('2026-12-01'), {
        owner: undefined,
      });
      await waive(h, 'payments-api', '2027-01-20', 'attestation');
      await waive(h, 'orphan-api', '2027-01-20');
      const revoked = await waive(h, 'payments-api', '2027-01-19');
      await h.store.revokeWaiver(
        revoked.id,
        'user:default/jane',
        'Fixed',
        day('2026-12-02'),
      );
      const { notifier, send } = h.notifier();

      // 10 days left: no run saw day 14, the 14-day reminder goes now.
      await notifier.notify();
      await notifier.notify();

      expect(sentOf(send).map(s => s.payload.title)).toEqual([
        'payments-api: the attestation of alerts ends in 10 days',
      ]);
    });

    it('reminds each owner of a campaign deadline once per reminder day, listing only the entities not done', async () => {
      const h = await harness(new Date('2027-01-17T06:00:00.000Z'));
      h.campaigns = [campaign];
      const row = (entity: string, owner: string | null, status: string) => ({
        campaign_id: campaign.id,
        entity_ref: `component:default/${entity}`,
        owner,
        status,
        met: status === 'done' ? 3 : 1,
        total: 3,
        remaining: status === 'done' ? '[]' : '["ci"]',
        computed_at: '2027-01-17T05:00:00.000Z',
      });
      await h
        .knex('maturity_campaign_entities')
        .insert([
          row('payments-api', TEAM, 'at-risk'),
          row('orders-api', TEAM, 'on-track'),
          row('billing-api', TEAM, 'done'),
          row('search-api', 'group:default/team-search', 'on-track'),
          row('orphan-api', null, 'at-risk'),
        ]);
      const { notifier, send } = h.notifier();

      // 14 days before 2027-01-31, twice.
      await notifier.notify();
      await notifier.notify();

      const first = sentOf(send, CAMPAIGN);
      expect(first.map(s => s.recipients)).toEqual([
        { type: 'entity', entityRef: TEAM },
        { type: 'entity', entityRef: 'group:default/team-search' },
      ]);
      expect(first[0].payload).toMatchObject({
        title:
          'Foundation by Q1: 2 entities of team-payments not done, deadline in 14 days',
        link: '/maturity/campaigns/foundation-by-q1',
        severity: 'normal',
      });
      expect(first[0].payload.description).toContain(
        'Not done yet: orders-api and payments-api.',
      );
      expect(first[0].payload.description).not.toContain('billing-api');
      expect(first[1].payload.title).toBe(
        'Foundation by Q1: 1 entity of team-search not done, deadline in 14 days',
      );

      // 3 days before: once more each, marked high.
      h.now = day('2027-01-28');
      await notifier.notify();
      await notifier.notify();
      const all = sentOf(send, CAMPAIGN);
      expect(all).toHaveLength(4);
      expect(all[2].payload).toMatchObject({
        title:
          'Foundation by Q1: 2 entities of team-payments not done, deadline in 3 days',
        severity: 'high',
      });
    });

    it('sends each team one digest a week, on the configured weekday', async () => {
      // Tuesday 2026-12-15.
      const h = await harness(new Date('2026-12-15T09:00:00.000Z'));
      await h.evaluate('payments-api', { alerts: 'pass' }, day('2026-12-10'));
      await h.evaluate('payments-api', { alerts: 'fail' }, day('2026-12-14'));
      await h.evaluate('orders-api', {}, day('2026-12-14'));
      await h.evaluate('search-api', {}, day('2026-12-14'), {
        owner: 'group:default/team-search',
      });
      const { notifier, send } = h.notifier(DIGEST_ONLY);
      const digestsAt = async (time: string) => {
        h.now = new Date(time);
        await notifier.notify();
        return sentOf(send, DIGEST);
      };

      expect(await digestsAt('2026-12-15T09:00:00.000Z')).toEqual([]);
      const wednesday = await digestsAt('2026-12-16T09:00:00.000Z');
      expect(wednesday.map(d => d.recipients)).toEqual(
        expect.arrayContaining([
          { type: 'entity', entityRef: TEAM },
          { type: 'entity', entityRef: 'group:default/team-search' },
        ]),
      );
      expect(wednesday).toHaveLength(2);
      const payments = wednesday.find(
        d => (d.recipients as { entityRef: string }).entityRef === TEAM,
      )!;
      expect(payments.payload).toMatchObject({
        title: 'Maturity of team-payments, week 2026-W51',
        link: `/maturity?owner=${encodeURIComponent(TEAM)}`,
        severity: 'low',
      });
      expect(payments.payload.description).toBe(
        '2 entities: 2 Foundation. Last 7 days: 1 phase regression, 1 newly failing check. Top blockers: alerts (2 entities).',
      );
      // The rest of the week: nothing more.
      expect(await digestsAt('2026-12-17T09:00:00.000Z')).toHaveLength(2);
      expect(await digestsAt('2026-12-20T23:00:00.000Z')).toHaveLength(2);
      // The next Wednesday: the next digests.
      expect(await digestsAt('2026-12-23T09:00:00.000Z')).toHaveLength(4);
    });
  },
);
