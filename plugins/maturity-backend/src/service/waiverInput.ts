import { InputError } from '@backstage/errors';
import {
  WAIVER_REASON_MIN_LENGTH,
  type Checklist,
  type NewWaiver,
} from '@backstage-maturity/plugin-maturity-common';
import { waiverExpiry } from '@backstage-maturity/plugin-maturity-node';
import { DateTime } from 'luxon';

// One rule for granting and revoking, as the API's minLength says.
const MIN_REASON = WAIVER_REASON_MIN_LENGTH;

// A date, or a date-time with an explicit offset (never server-local time).
const EXPIRY_FORMAT =
  /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;

// The offsets of real time zones: UTC-12:00 (Baker Island) to UTC+14:00
// (Line Islands), in minutes.
const MIN_OFFSET = -12 * 60;
const MAX_OFFSET = 14 * 60;

/** Whether the date-time's offset (`+05:30`, `Z`, none) is one a zone has. */
function isRealOffset(expiresAt: string): boolean {
  const offset = /([+-])(\d{2}):(\d{2})$/.exec(expiresAt);
  if (!offset || !expiresAt.includes('T')) return true;
  const [, sign, hours, minutes] = offset;
  const total =
    (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
  return Number(minutes) < 60 && total >= MIN_OFFSET && total <= MAX_OFFSET;
}

function invalid(field: string, message: string): InputError {
  return new InputError(`Invalid body field "${field}": ${message}`);
}

/**
 * Checks a new waiver against the checklist and the clock: a known check,
 * attestations only of attestable checks and with evidence, a real reason,
 * and an expiry in the future but at most a year ahead.
 */
export function parseNewWaiver(
  body: NewWaiver,
  checklist: Checklist,
  now: Date,
): NewWaiver {
  const check = checklist.checks.find(c => c.id === body.checkId);
  if (!check) {
    throw invalid('checkId', `unknown check "${body.checkId}"`);
  }
  if (body.kind === 'attestation') {
    if (!check.attestable) {
      throw invalid(
        'kind',
        `check "${check.id}" cannot be attested, only exempted`,
      );
    }
    if (!body.evidenceUrl) {
      throw invalid('evidenceUrl', 'required for attestations');
    }
  }
  const reason = body.reason.trim();
  if (reason.length < MIN_REASON) {
    throw invalid('reason', `at least ${MIN_REASON} characters`);
  }

  const { expiresAt } = body;
  if (
    !EXPIRY_FORMAT.test(expiresAt) ||
    !DateTime.fromISO(expiresAt, { setZone: true }).isValid
  ) {
    throw invalid(
      'expiresAt',
      `${expiresAt} is not an ISO 8601 date (2026-06-30) or date-time with offset`,
    );
  }
  if (!isRealOffset(expiresAt)) {
    throw invalid(
      'expiresAt',
      `${expiresAt} has an offset no time zone has (from -12:00 to +14:00)`,
    );
  }
  const expiry = waiverExpiry({ expiresAt });
  if (expiry <= now.getTime()) {
    throw invalid('expiresAt', `${expiresAt} is not in the future`);
  }
  const latest = DateTime.fromJSDate(now, { zone: 'utc' })
    .plus({ years: 1 })
    .endOf('day');
  if (expiry > latest.toMillis()) {
    throw invalid(
      'expiresAt',
      `${expiresAt} is more than a year ahead (at most ${latest.toISODate()})`,
    );
  }

  return {
    checkId: check.id,
    kind: body.kind,
    reason,
    expiresAt,
    ...(body.evidenceUrl && { evidenceUrl: body.evidenceUrl }),
  };
}

/** The reason of a revocation, trimmed. */
export function parseRevokeReason(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed.length < MIN_REASON) {
    throw invalid('reason', `at least ${MIN_REASON} characters`);
  }
  return trimmed;
}
