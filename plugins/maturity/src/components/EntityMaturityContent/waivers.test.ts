import { DateTime } from 'luxon';
import { scorecard } from '../../__fixtures__/scorecard';
import {
  expiryBounds,
  validateWaiverForm,
  waivableChecks,
  waiverRows,
  type WaiverForm,
} from './waivers';

// Late in the evening in UTC: the bounds must still be UTC days.
const NOW = DateTime.fromISO('2026-11-21T23:30:00Z');

const valid: WaiverForm = {
  kind: 'attestation',
  checkId: 'trunk-based',
  reason: 'Branches live for a day at most',
  expiresOn: '2027-02-01',
  evidenceUrl: 'https://github.com/acme/payments-api/branches',
};

describe('expiryBounds', () => {
  it('runs from tomorrow to a year from today, in UTC days', () => {
    expect(expiryBounds(NOW)).toEqual({ min: '2026-11-22', max: '2027-11-21' });
    expect(expiryBounds(DateTime.fromISO('2026-11-22T01:00:00+05:00'))).toEqual(
      { min: '2026-11-22', max: '2027-11-21' },
    );
  });
});

describe('validateWaiverForm', () => {
  const checks = waivableChecks(scorecard);
  const validate = (change: Partial<WaiverForm>) =>
    validateWaiverForm({ ...valid, ...change }, checks, NOW);

  it('accepts a complete attestation of an attestable check', () => {
    expect(validate({})).toEqual({});
  });

  it('accepts an exemption without evidence', () => {
    expect(
      validate({ kind: 'exemption', checkId: 'test-levels', evidenceUrl: '' }),
    ).toEqual({});
  });

  it('refuses attesting a check that can only be exempted', () => {
    expect(validate({ checkId: 'test-levels' })).toEqual({
      checkId: 'This check cannot be attested, only exempted',
    });
  });

  it('refuses checks that cannot be waived, short reasons and missing evidence', () => {
    expect(
      validate({ checkId: 'runbooks', reason: ' too short ', evidenceUrl: '' }),
    ).toEqual({
      checkId: 'Choose the check to exempt or attest',
      reason: 'Give a reason of at least 10 characters',
      evidenceUrl: 'An attestation needs a link to its evidence',
    });
  });

  it('keeps the expiry between tomorrow and a year ahead', () => {
    expect(validate({ expiresOn: '2026-11-22' })).toEqual({});
    expect(validate({ expiresOn: '2027-11-21' })).toEqual({});
    expect(validate({ expiresOn: '2026-11-21' }).expiresOn).toBe(
      'Choose a date after today',
    );
    expect(validate({ expiresOn: '2027-11-22' }).expiresOn).toBe(
      'Choose a date at most a year ahead (2027-11-21 or earlier)',
    );
    expect(validate({ expiresOn: '' }).expiresOn).toBe('Choose an expiry date');
    expect(validate({ expiresOn: '2027-02-30' }).expiresOn).toBe(
      'Choose an expiry date',
    );
  });

  it('wants evidence on the web', () => {
    expect(validate({ evidenceUrl: 'file:///etc/passwd' }).evidenceUrl).toBe(
      'Enter a web address starting with https://',
    );
    expect(
      validate({ kind: 'exemption', evidenceUrl: 'see wiki' }).evidenceUrl,
    ).toBe('Enter a web address starting with https://');
  });
});

describe('waivableChecks', () => {
  it('offers unmet checks without a waiver in force', () => {
    expect(waivableChecks(scorecard).map(c => c.checkId)).toEqual([
      'unit-tests',
      'test-levels',
      'secrets-management',
      'security-scanning',
      'contract-validation',
      'disaster-recovery',
      'performance-testing',
      'trunk-based',
    ]);
  });
});

describe('waiverRows', () => {
  it('lists API waivers, active first, then those of annotations', () => {
    expect(
      waiverRows(scorecard).map(r => [r.checkId, r.source, r.status]),
    ).toEqual([
      ['runbooks', 'api', 'active'],
      ['security-scanning', 'api', 'revoked'],
      ['structured-logging', 'annotation', 'active'],
    ]);
  });

  it('tells expired waivers from revoked ones', () => {
    const expired = {
      ...scorecard,
      waivers: [{ ...scorecard.waivers[1], revokedAt: undefined }],
    };
    expect(waiverRows(expired)[0].status).toBe('expired');
  });
});
