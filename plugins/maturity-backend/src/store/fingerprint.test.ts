import { checkFingerprint } from './fingerprint';
import { toCheckResultRow } from './rowMapping';
import { resultOf } from './__testUtils__/scorecards';

describe('checkFingerprint', () => {
  const at = '2026-11-20T10:00:00.000Z';
  const row = toCheckResultRow(
    'component:default/a',
    resultOf('readme', 'pass'),
    false,
    at,
  );

  it('is the same for the same result, whoever stores it and when', () => {
    expect(
      checkFingerprint(
        toCheckResultRow(
          'component:default/b',
          resultOf('readme', 'pass'),
          false,
          '2027-01-01T00:00:00.000Z',
        ),
      ),
    ).toBe(checkFingerprint(row));
  });

  it('changes with outcome, evidence, what was looked for, reason, waiver and blocking', () => {
    const base = checkFingerprint(row);
    const variants = [
      { ...row, outcome: 'fail' as const },
      { ...row, evidence: '[]' },
      { ...row, looked_for: '["README.md"]' },
      { ...row, reason: 'Found in docs/' },
      { ...row, waiver: '{"kind":"exemption"}' },
      { ...row, blocking: true },
    ];

    const fingerprints = variants.map(checkFingerprint);

    expect(new Set([base, ...fingerprints]).size).toBe(variants.length + 1);
  });
});
