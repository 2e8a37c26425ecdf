import type {
  CheckDefinition,
  CheckResult,
  Waiver,
} from '@backstage-maturity/plugin-maturity-common';

/**
 * The moment a waiver stops counting: the end of the day for a plain date.
 *
 * @public
 */
export function waiverExpiry(waiver: Pick<Waiver, 'expiresAt'>): number {
  const plainDate = /^\d{4}-\d{2}-\d{2}$/.test(waiver.expiresAt);
  const time = Date.parse(
    plainDate ? `${waiver.expiresAt}T23:59:59.999Z` : waiver.expiresAt,
  );
  return Number.isNaN(time) ? -Infinity : time;
}

/**
 * How a waiver counts: an active exemption makes an unmet check `exempt`;
 * an active attestation makes an unmet attestable check `attested`. A check
 * that passes or does not apply keeps its outcome.
 */
export function applyWaiver(
  check: CheckDefinition,
  result: CheckResult,
  waivers: Waiver[],
  now: number,
): CheckResult {
  if (result.outcome === 'pass' || result.outcome === 'not-applicable') {
    return result;
  }
  const active = waivers.filter(
    w => w.checkId === check.id && waiverExpiry(w) > now,
  );
  const exemption = active.find(w => w.kind === 'exemption');
  if (exemption) {
    return {
      ...result,
      outcome: 'exempt',
      reason: exemption.reason,
      waiver: exemption,
    };
  }
  const attestation = active.find(w => w.kind === 'attestation');
  if (attestation && check.attestable) {
    return {
      ...result,
      outcome: 'attested',
      reason: attestation.reason,
      waiver: attestation,
    };
  }
  return result;
}
