import type { Scorecard } from '../../api';
import { phaseName } from './phases';

/** The phase ids of a scorecard's ladder, lowest first. */
export function ladderOf(scorecard: Scorecard): string[] {
  return scorecard.phases.map(p => p.phaseId);
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
