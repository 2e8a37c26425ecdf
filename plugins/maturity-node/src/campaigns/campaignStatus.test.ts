import type { CheckOutcome } from '@backstage-maturity/plugin-maturity-common';
import { campaignEntityStatus } from './campaignStatus';
import { testChecklist } from './testChecklist';
import type { CampaignDefinition, CampaignStanding } from './types';

// 90 days: 2027-01-01 to 2027-03-31, both included.
const byPhaseTwo: CampaignDefinition = {
  id: 'two-by-march',
  title: 'Everyone to Two',
  target: { phase: 'two' },
  entities: {},
  start: '2027-01-01',
  deadline: '2027-03-31',
};

const threeChecks: CampaignDefinition = {
  ...byPhaseTwo,
  id: 'three-checks',
  target: { checks: ['ci', 'sbom', 'pairing'] },
};

function standing(
  outcomes: Record<string, CheckOutcome>,
  phase = 'not-started',
  unknown?: boolean,
): CampaignStanding {
  return {
    phase,
    checks: Object.entries(outcomes).map(([checkId, outcome]) => ({
      checkId,
      outcome,
    })),
    ...(unknown !== undefined && { unknown }),
  };
}

function statusAt(
  campaign: CampaignDefinition,
  entity: CampaignStanding,
  now: string,
) {
  return campaignEntityStatus(campaign, entity, new Date(now), testChecklist);
}

describe('campaignEntityStatus', () => {
  describe('a phase target', () => {
    it('needs the required checks of the target phase and the phases below', () => {
      expect(statusAt(byPhaseTwo, standing({}), '2027-01-01T00:00Z')).toEqual({
        status: 'on-track',
        // Not `badge` (optional), `slo` (a higher phase) nor `pairing` (a track).
        remaining: ['ci', 'readme', 'sbom'],
        met: 0,
        total: 3,
      });
    });

    it('is done when the target phase is reached', () => {
      expect(
        statusAt(byPhaseTwo, standing({}, 'two'), '2027-05-01T00:00Z'),
      ).toEqual({ status: 'done', remaining: [], met: 3, total: 3 });
    });

    it('is done when a phase above the target is reached', () => {
      expect(
        statusAt(byPhaseTwo, standing({}, 'three'), '2027-05-01T00:00Z').status,
      ).toBe('done');
    });

    it('is not done at a phase below the target', () => {
      expect(
        statusAt(
          byPhaseTwo,
          standing({ ci: 'pass', readme: 'pass' }, 'one'),
          '2027-05-01T00:00Z',
        ),
      ).toEqual({ status: 'overdue', remaining: ['sbom'], met: 2, total: 3 });
    });

    it('is done when every needed check is met, by any met outcome', () => {
      expect(
        statusAt(
          byPhaseTwo,
          standing({
            ci: 'attested',
            readme: 'not-applicable',
            sbom: 'exempt',
          }),
          '2027-05-01T00:00Z',
        ).status,
      ).toBe('done');
    });
  });

  describe('a checks target', () => {
    it('is done when the listed checks are met, whatever the phase', () => {
      expect(
        statusAt(
          threeChecks,
          standing({
            ci: 'pass',
            sbom: 'pass',
            pairing: 'pass',
            readme: 'fail',
          }),
          '2027-05-01T00:00Z',
        ),
      ).toEqual({ status: 'done', remaining: [], met: 3, total: 3 });
    });

    it('lists the checks that fail, err or were never read as remaining', () => {
      expect(
        statusAt(
          threeChecks,
          standing({ ci: 'pass', sbom: 'fail' }, 'three'),
          '2027-01-01T00:00Z',
        ),
      ).toEqual({
        status: 'on-track',
        remaining: ['sbom', 'pairing'],
        met: 1,
        total: 3,
      });
    });
  });

  describe('day boundaries (UTC)', () => {
    const oneOfThree = standing({ ci: 'pass' });

    it('is overdue from the first instant after the deadline day', () => {
      expect(
        statusAt(threeChecks, oneOfThree, '2027-03-31T23:59:59.999Z').status,
      ).toBe('at-risk');
      expect(
        statusAt(threeChecks, oneOfThree, '2027-04-01T00:00:00Z').status,
      ).toBe('overdue');
    });

    it('is at risk from 14 days before the deadline', () => {
      // Ahead of pace: 2 of 3 met, 7 of 22 days elapsed on 2027-03-17.
      const short = { ...threeChecks, start: '2027-03-10' };
      const allButOne = standing({ ci: 'pass', sbom: 'pass' });
      expect(
        statusAt(short, allButOne, '2027-03-16T23:59:59.999Z').status,
      ).toBe('on-track');
      expect(statusAt(short, allButOne, '2027-03-17T00:00:00Z').status).toBe(
        'at-risk',
      );
    });

    it('is at risk once the share met falls behind the share of days elapsed', () => {
      // 1 of 3 checks met; 30 of 90 days elapsed at the start of 2027-01-31.
      expect(
        statusAt(threeChecks, oneOfThree, '2027-01-31T23:59:59.999Z').status,
      ).toBe('on-track');
      expect(
        statusAt(threeChecks, oneOfThree, '2027-02-01T00:00:00Z').status,
      ).toBe('at-risk');
    });

    it('is on track before the campaign starts, with nothing met', () => {
      expect(
        statusAt(threeChecks, standing({}), '2026-12-01T00:00Z').status,
      ).toBe('on-track');
      expect(
        statusAt(threeChecks, standing({}), '2027-01-01T23:59Z').status,
      ).toBe('on-track');
      expect(
        statusAt(threeChecks, standing({}), '2027-01-02T00:00Z').status,
      ).toBe('at-risk');
    });

    it('stays done after the deadline', () => {
      expect(
        statusAt(byPhaseTwo, standing({}, 'two'), '2030-01-01T00:00Z').status,
      ).toBe('done');
    });
  });

  describe('an unknown standing', () => {
    it('does not trust the phase, and lists the unread checks as remaining', () => {
      expect(
        statusAt(
          byPhaseTwo,
          standing({ ci: 'pass', readme: 'error' }, 'two', true),
          '2027-01-01T00:00Z',
        ),
      ).toEqual({
        status: 'on-track',
        remaining: ['readme', 'sbom'],
        met: 1,
        total: 3,
      });
    });

    it('is done when every target check is known to be met', () => {
      expect(
        statusAt(
          byPhaseTwo,
          standing({ ci: 'pass', readme: 'pass', sbom: 'pass' }, 'one', true),
          '2027-05-01T00:00Z',
        ).status,
      ).toBe('done');
    });
  });

  it('refuses a target phase that the checklist does not have', () => {
    expect(() =>
      statusAt(
        { ...byPhaseTwo, target: { phase: 'prod' } },
        standing({}),
        '2027-01-01T00:00Z',
      ),
    ).toThrow('unknown phase "prod"');
  });
});
