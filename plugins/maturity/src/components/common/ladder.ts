import { UNKNOWN } from '@backstage-maturity/plugin-maturity-common';
import type { PhaseCount, Scorecard } from '../../api';
import { NOT_STARTED_ID, phaseName, UNKNOWN_ID } from './phases';

/** The phase ids of a scorecard's ladder, lowest first. */
export function ladderOf(scorecard: Scorecard): string[] {
  return scorecard.phases.map(p => p.phaseId);
}

/**
 * The phase ids of the ladder from counts (`unknown`, `not-started`, then
 * the ladder), lowest first.
 */
export function ladderOfCounts(phases: PhaseCount[]): string[] {
  return phases
    .map(p => p.phase)
    .filter(id => id !== NOT_STARTED_ID && id !== UNKNOWN_ID);
}

/**
 * Counts in the order they are shown: `Unknown`, `Not started`, then the
 * ladder lowest first, whatever order they came in.
 */
export function inLadderOrder<T extends { phase: string }>(
  phases: T[],
  ladder: string[],
): T[] {
  const rank = (id: string) => {
    if (id === UNKNOWN_ID) return -2;
    if (id === NOT_STARTED_ID) return -1;
    const index = ladder.indexOf(id);
    return index < 0 ? ladder.length : index;
  };
  return [...phases].sort((a, b) => rank(a.phase) - rank(b.phase));
}

/** The name of a phase of the scorecard's ladder; `Not started` for null. */
export function scorecardPhaseName(
  scorecard: Scorecard,
  phaseId: string | null,
): string {
  return phaseName(
    phaseId,
    scorecard.phases.map(p => ({ id: p.phaseId, name: p.name })),
  );
}

/** The name of a count's bucket; "Unknown" is a standing, never a phase. */
export function bucketName(count: PhaseCount): string {
  return count.phase === UNKNOWN_ID ? UNKNOWN : count.name;
}
