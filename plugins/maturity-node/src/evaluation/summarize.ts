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

/** How a check stands for climbing the ladder. */
type Standing = 'met' | 'unmet' | 'unread';

/**
 * How each check stands for climbing the ladder: a check that errs stands
 * by its previous conclusive outcome, or is `unread` without one; a check
 * that only catalog data can decide, when there was no catalog, does not
 * hold the entity back.
 */
function standingOf(
  checks: CheckResult[],
  previous: Record<string, CheckOutcome>,
  needsCatalog: ReadonlySet<string>,
): (checkId: string) => Standing {
  const outcomeOf = new Map(checks.map(c => [c.checkId, c.outcome]));
  return checkId => {
    const outcome = outcomeOf.get(checkId);
    if (outcome === undefined) return 'unmet';
    if (needsCatalog.has(checkId)) return 'met';
    if (outcome === 'error') {
      if (!previous[checkId]) return 'unread';
      return isMet(previous[checkId]) ? 'met' : 'unmet';
    }
    return isMet(outcome) ? 'met' : 'unmet';
  };
}

/** At most this many characters of reasons in an unknown standing. */
const MAX_REASON = 500;

/** The distinct reasons why the given checks could not be read. */
function unreadReason(checks: CheckResult[], unread: string[]): string {
  const ids = new Set(unread);
  const reasons = [
    ...new Set(
      checks
        .filter(c => ids.has(c.checkId))
        .map(c => c.reason ?? 'evidence could not be read'),
    ),
  ].join('; ');
  return reasons.length > MAX_REASON
    ? `${reasons.slice(0, MAX_REASON - 1)}…`
    : reasons;
}

/** Share of the next phase's checks met; 1 at the top of the ladder. */
function progressInto(next: PhaseProgress | undefined): number {
  if (!next) return 1;
  return next.total > 0 ? next.met / next.total : 0;
}

/**
 * The phase reached, the progress into the next one, its blocking checks
 * and the track scores of a set of check results. A check that could not be
 * read never blocks: when only such checks keep the entity from its next
 * phase, its standing is unknown.
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
  | 'phase'
  | 'unknown'
  | 'nextPhase'
  | 'progress'
  | 'phases'
  | 'tracks'
  | 'blocking'
> {
  const standing = standingOf(
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
  const unreadOf = new Map<string, string[]>();
  const phases: PhaseProgress[] = checklist.phases.map(p => {
    const own = checklist.checks.filter(c => c.phase === p.id);
    const required = own.filter(c => c.required !== false);
    const blocking = required
      .filter(c => standing(c.id) === 'unmet')
      .map(c => c.id);
    const unread = required
      .filter(c => standing(c.id) === 'unread')
      .map(c => c.id);
    unreadOf.set(p.id, unread);
    const reached =
      stillClimbing && blocking.length === 0 && unread.length === 0;
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
  const unread = next ? unreadOf.get(next.phaseId) ?? [] : [];
  const unknown =
    next && next.blocking.length === 0 && unread.length > 0
      ? { reason: unreadReason(checks, unread), checks: unread }
      : undefined;
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
    ...(unknown && { unknown }),
    nextPhase: next?.phaseId ?? null,
    progress: progressInto(next),
    phases,
    tracks,
    blocking: next?.blocking ?? [],
  };
}
