import type {
  CheckDefinition,
  CheckOutcome,
  CheckResult,
  Checklist,
  EvaluationInput,
  PhaseProgress,
  Scorecard,
  Waiver,
} from '../model';
import { EvaluationContext } from './context';
import { evaluateRule } from './evaluateRule';

/**
 * Options of {@link evaluateScorecard}.
 *
 * @public
 */
export interface EvaluateScorecardOptions {
  checklist: Checklist;
  input: EvaluationInput;
  /** Exemptions and attestations of the entity; expired ones are ignored. */
  waivers?: Waiver[];
  now: Date;
  /**
   * The last conclusive outcome of each check. When a check now ends in
   * `error`, the phase is computed from its previous outcome instead, so an
   * unreadable repository does not drop an entity down the ladder.
   */
  previous?: Record<string, CheckOutcome>;
}

const MET: ReadonlySet<CheckOutcome> = new Set([
  'pass',
  'not-applicable',
  'exempt',
  'attested',
]);

/**
 * Whether an outcome counts as met for phases and progress.
 *
 * @public
 */
export function isMet(outcome: CheckOutcome): boolean {
  return MET.has(outcome);
}

/**
 * Which checks count as met when climbing the ladder: a check that errs
 * counts by its previous conclusive outcome, so that unreadable evidence
 * does not drop an entity down the ladder.
 *
 * @public
 */
export function metForPhase(
  checks: CheckResult[],
  previous: Record<string, CheckOutcome> = {},
): (checkId: string) => boolean {
  const outcomeOf = new Map(checks.map(c => [c.checkId, c.outcome]));
  return checkId => {
    const outcome = outcomeOf.get(checkId);
    if (outcome === undefined) return false;
    if (outcome === 'error' && previous[checkId]) {
      return isMet(previous[checkId]);
    }
    return isMet(outcome);
  };
}

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

function evaluateCheck(
  check: CheckDefinition,
  ctx: EvaluationContext,
): CheckResult {
  const notApplicable = check.notApplicableWhen
    ? evaluateRule(check.notApplicableWhen, ctx)
    : undefined;
  if (notApplicable?.value === true) {
    return {
      checkId: check.id,
      outcome: 'not-applicable',
      evidence: notApplicable.evidence,
      lookedFor: [],
      reason:
        notApplicable.evidence.map(e => e.detail).join('; ') ||
        'does not apply to this entity',
    };
  }
  const result = evaluateRule(check.rule, ctx);
  if (result.value === true) {
    return {
      checkId: check.id,
      outcome: 'pass',
      evidence: result.evidence,
      lookedFor: [],
    };
  }
  if (result.value === false && notApplicable?.value !== 'unknown') {
    return {
      checkId: check.id,
      outcome: 'fail',
      evidence: [],
      lookedFor: result.lookedFor,
    };
  }
  const problems = [
    ...result.problems,
    ...(notApplicable?.value === 'unknown' ? notApplicable.problems : []),
  ];
  return {
    checkId: check.id,
    outcome: 'error',
    evidence: [],
    lookedFor: result.lookedFor,
    reason: [...new Set(problems)].join('; ') || 'evidence could not be read',
  };
}

function applyWaiver(
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

/**
 * The phase reached, the progress into the next one and the track scores of
 * a set of check results. `countsAsMet` decides which checks count as met
 * when climbing the ladder (the evaluator counts an erring check by its
 * previous conclusive outcome).
 *
 * @public
 */
export function summarizeScorecard(
  checklist: Checklist,
  checks: CheckResult[],
  countsAsMet: (checkId: string) => boolean,
): Pick<Scorecard, 'phase' | 'nextPhase' | 'progress' | 'phases' | 'tracks'> {
  const outcomeOf = new Map(checks.map(c => [c.checkId, c.outcome]));
  const met = (checkId: string) => {
    const outcome = outcomeOf.get(checkId);
    return outcome !== undefined && isMet(outcome);
  };

  let stillClimbing = true;
  let phase: string | null = null;
  const phases: PhaseProgress[] = checklist.phases.map(p => {
    const own = checklist.checks.filter(c => c.phase === p.id);
    const blocking = own
      .filter(c => c.required !== false && !countsAsMet(c.id))
      .map(c => c.id);
    const reached = stillClimbing && blocking.length === 0;
    if (reached) {
      phase = p.id;
    } else {
      stillClimbing = false;
    }
    return {
      phaseId: p.id,
      reached,
      met: own.filter(c => met(c.id)).length,
      total: own.length,
      blocking,
    };
  });

  const next = phases.find(p => !p.reached);
  const tracks = checklist.tracks.map(t => {
    const own = checklist.checks.filter(c => c.track === t.id);
    return {
      trackId: t.id,
      met: own.filter(c => met(c.id)).length,
      total: own.length,
    };
  });

  return {
    phase,
    nextPhase: next?.phaseId ?? null,
    progress: progressInto(next),
    phases,
    tracks,
  };
}

/** Share of the next phase's checks met; 1 at the top of the ladder. */
function progressInto(next: PhaseProgress | undefined): number {
  if (!next) return 1;
  return next.total > 0 ? next.met / next.total : 0;
}

/**
 * Evaluates an entity against a checklist: a pure function of its inputs.
 *
 * @public
 */
export function evaluateScorecard(
  options: EvaluateScorecardOptions,
): Scorecard {
  const { checklist, input, waivers = [], now, previous = {} } = options;
  const ctx = new EvaluationContext({
    entity: input.entity,
    catalog: input.catalog,
    scm: input.scm,
    repository:
      input.repository?.status === 'read'
        ? { ok: true, snapshot: input.repository.snapshot }
        : {
            ok: false,
            reason:
              input.repository?.reason ?? 'no repository location is known',
          },
  });
  const nowMs = now.getTime();

  const checks = checklist.checks.map(check =>
    applyWaiver(check, evaluateCheck(check, ctx), waivers, nowMs),
  );
  return {
    ...summarizeScorecard(checklist, checks, metForPhase(checks, previous)),
    checks,
    evaluatedAt: now.toISOString(),
  };
}
