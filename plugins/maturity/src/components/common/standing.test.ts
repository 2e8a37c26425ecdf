import { scorecard, unknownScorecard } from '../../__fixtures__/scorecard';
import {
  blockingChecks,
  lowerBoundText,
  shortReason,
  standingName,
  standingOf,
} from './standing';

describe('standing', () => {
  it('puts an entity whose standing could not be told under unknown, not its lower bound', () => {
    const unknown = { reason: 'Repository not found', checks: ['ci'] };
    expect(standingOf({ phase: 'walking-skeleton', unknown })).toBe('unknown');
    expect(standingOf({ phase: null, unknown })).toBe('unknown');
    expect(standingOf({ phase: null })).toBe('not-started');
    expect(standingOf({ phase: 'foundation' })).toBe('foundation');
  });

  it('is the phase, or Unknown whatever the lower bound', () => {
    expect(standingName(scorecard)).toBe('Solid Foundation');
    expect(standingName(unknownScorecard)).toBe('Unknown');
    const atLeast = {
      ...unknownScorecard,
      summary: { ...unknownScorecard.summary, phase: 'foundation' },
    };
    expect(standingName(atLeast)).toBe('Unknown');
    expect(lowerBoundText(atLeast)).toBe('At least Solid Foundation');
    expect(lowerBoundText(unknownScorecard)).toBeUndefined();
    expect(lowerBoundText(scorecard)).toBeUndefined();
  });

  it('lists the blocking checks in checklist order, never unread ones', () => {
    const shuffled = {
      ...scorecard,
      summary: {
        ...scorecard.summary,
        blocking: ['contract-validation', 'unit-tests', 'test-levels'],
      },
    };
    expect(blockingChecks(shuffled).map(c => c.checkId)).toEqual([
      'test-levels',
      'contract-validation',
    ]);
  });

  it('shortens a reason to its first sentence and a bounded length', () => {
    expect(shortReason('It failed. Then more.')).toBe('It failed.');
    expect(shortReason('a'.repeat(200), 20)).toBe(`${'a'.repeat(19)}…`);
  });
});
