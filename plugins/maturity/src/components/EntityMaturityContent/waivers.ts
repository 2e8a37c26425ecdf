import { WAIVER_REASON_MIN_LENGTH } from '@backstage-maturity/plugin-maturity-common';
import { DateTime } from 'luxon';
import type { EntityCheck, Scorecard, Waiver, WaiverKind } from '../../api';

/** What to say when a reason, to grant or to revoke, is too short. */
export function reasonTooShort(reason: string): string | undefined {
  return reason.trim().length < WAIVER_REASON_MIN_LENGTH
    ? `Give a reason of at least ${WAIVER_REASON_MIN_LENGTH} characters`
    : undefined;
}

/** A waiver as the list shows it, from the API or from a catalog annotation. */
export type WaiverRow = Pick<
  Waiver,
  | 'checkId'
  | 'kind'
  | 'reason'
  | 'expiresAt'
  | 'evidenceUrl'
  | 'createdBy'
  | 'revokedAt'
  | 'revokedBy'
> & {
  key: string;
  /** Set for waivers created through the API, which alone can be revoked. */
  id?: string;
  checkTitle: string;
  source: NonNullable<Waiver['source']>;
  status: 'active' | 'revoked' | 'expired';
};

/** API waivers (active first) followed by those declared by annotations. */
export function waiverRows(scorecard: Scorecard): WaiverRow[] {
  const titles = new Map(scorecard.checks.map(c => [c.checkId, c.title]));
  const fromApi: WaiverRow[] = scorecard.waivers.map(w => ({
    key: w.id,
    id: w.id,
    checkId: w.checkId,
    checkTitle: titles.get(w.checkId) ?? w.checkId,
    kind: w.kind,
    reason: w.reason,
    expiresAt: w.expiresAt,
    evidenceUrl: w.evidenceUrl,
    createdBy: w.createdBy,
    source: 'api',
    status: w.active ? 'active' : (w.revokedAt && 'revoked') || 'expired',
    revokedAt: w.revokedAt,
    revokedBy: w.revokedBy,
  }));
  const fromAnnotations: WaiverRow[] = scorecard.checks.flatMap(c =>
    c.waiver && c.waiver.source !== 'api'
      ? [
          {
            key: `annotation-${c.checkId}`,
            checkId: c.checkId,
            checkTitle: c.title,
            kind: c.waiver.kind,
            reason: c.waiver.reason,
            expiresAt: c.waiver.expiresAt,
            evidenceUrl: c.waiver.evidenceUrl,
            createdBy: c.waiver.createdBy,
            source: 'annotation' as const,
            status: 'active' as const,
          },
        ]
      : [],
  );
  const active = (row: WaiverRow) => (row.status === 'active' ? 0 : 1);
  return [...fromApi.sort((a, b) => active(a) - active(b)), ...fromAnnotations];
}

/**
 * Checks that a new waiver could apply to: not met, and without a waiver
 * in force (the backend refuses a second active one).
 */
export function waivableChecks(scorecard: Scorecard): EntityCheck[] {
  const waived = new Set(
    scorecard.waivers.filter(w => w.active).map(w => w.checkId),
  );
  return scorecard.checks.filter(
    c =>
      (c.outcome === 'fail' || c.outcome === 'error') &&
      !c.waiver &&
      !waived.has(c.checkId),
  );
}

export interface WaiverForm {
  kind: WaiverKind;
  checkId: string;
  reason: string;
  /** `YYYY-MM-DD`. */
  expiresOn: string;
  evidenceUrl: string;
}

export type WaiverFormErrors = Partial<Record<keyof WaiverForm, string>>;

/**
 * The expiry dates the backend accepts: it reads a date as the end of that
 * day in UTC, so the bounds are UTC days too.
 */
export function expiryBounds(now: DateTime = DateTime.utc()): {
  min: string;
  max: string;
} {
  const today = now.toUTC().startOf('day');
  return {
    min: today.plus({ days: 1 }).toISODate()!,
    max: today.plus({ years: 1 }).toISODate()!,
  };
}

function isWebUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** What is wrong with the form, field by field; empty when it can be sent. */
export function validateWaiverForm(
  form: WaiverForm,
  checks: EntityCheck[],
  now: DateTime = DateTime.utc(),
): WaiverFormErrors {
  const errors: WaiverFormErrors = {};
  const check = checks.find(c => c.checkId === form.checkId);
  if (!check) {
    errors.checkId = 'Choose the check to exempt or attest';
  } else if (form.kind === 'attestation' && !check.attestable) {
    errors.checkId = 'This check cannot be attested, only exempted';
  }
  const reason = reasonTooShort(form.reason);
  if (reason) {
    errors.reason = reason;
  }
  const { min, max } = expiryBounds(now);
  const expiry = DateTime.fromISO(form.expiresOn, { zone: 'utc' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.expiresOn) || !expiry.isValid) {
    errors.expiresOn = 'Choose an expiry date';
  } else if (form.expiresOn < min) {
    errors.expiresOn = 'Choose a date after today';
  } else if (form.expiresOn > max) {
    errors.expiresOn = `Choose a date at most a year ahead (${max} or earlier)`;
  }
  const url = form.evidenceUrl.trim();
  if (form.kind === 'attestation' && !url) {
    errors.evidenceUrl = 'An attestation needs a link to its evidence';
  } else if (url && !isWebUrl(url)) {
    errors.evidenceUrl = 'Enter a web address starting with https://';
  }
  return errors;
}
