import type {
  CheckOutcome,
  CheckResult,
  Checklist,
  PhaseProgress,
} from '@backstage-maturity/plugin-maturity-common';
import type { EntityEvaluation } from './types';

const MET: ReadonlySet<CheckOutcome> = new Set([
  'pass',
  'not-applicable',
  'exempt',
  'attested',
]);

/**
 * Whether an outcome counts as met (pass, not applicable, exempt, attested).
 *
 * @public
 */
export function isMet(outcome: CheckOutcome): boolean {
  return MET.has(outcome);
}

/**
 * Which checks count as met when climbing the ladder: a check that errs
 * counts by its previous conclusive outcome, and a check that only catalog
 * data can decide, when there was no catalog, does not hold the entity back.
 */
function countsForPhase(
  checks: CheckResult[],
  previous: Record<string, CheckOutcome>,
  needsCatalog: ReadonlySet<string>,
): (checkId: string) => boolean {
  const outcomeOf = new Map(checks.map(c => [c.checkId, c.outcome]));
  return checkId => {
    const outcome = outcomeOf.get(checkId);
    if (outcome === undefined) return false;
    if (needsCatalog.has(checkId)) return true;
    if (outcome === 'error' && previous[checkId]) {
      return isMet(previous[checkId]);
    }
    return isMet(outcome);
  };
}

/** Share of the next phase's checks met; 1 at the top of the ladder. */
function progressInto(next: PhaseProgress | undefined): number {
  if (!next) return 1;
  return next.total > 0 ? next.met / next.total : 0;
}

/**
 * The phase reached, the progress into the next one, its blocking checks
 * and the track scores of a set of check results.
 */
export function summarizeResults(
  checklist: Checklist,
  checks: CheckResult[],
  options: {
    previous?: Record<string, CheckOutcome>;
    needsCatalog?: string[];
  } = {},
): Pick<
  EntityEvaluation,
  'phase' | 'nextPhase' | 'progress' | 'phases' | 'tracks' | 'blocking'
> {
  const countsAsMet = countsForPhase(
    checks,
    options.previous ?? {},
    new Set(options.needsCatalog),
  );
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
    blocking: next?.blocking ?? [],
  };
}
