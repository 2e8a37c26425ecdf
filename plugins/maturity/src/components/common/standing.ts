import type { EntityCheck, EntitySummary, Scorecard } from '../../api';
import { scorecardPhaseName } from './ladder';
import { NOT_STARTED_ID, UNKNOWN_ID } from './phases';

/**
 * Where an entity stands, as a phase id of the counts and filters:
 * `unknown` when its standing could not be told (its `phase` is then only a
 * lower bound), `not-started`, or the phase reached.
 */
export function standingOf(
  summary: Pick<EntitySummary, 'phase' | 'unknown'>,
): string {
  if (summary.unknown) return UNKNOWN_ID;
  return summary.phase ?? NOT_STARTED_ID;
}

/**
 * Where the entity stands, in words: its phase, `Not started`, or `Unknown`
 * when unreadable evidence leaves its standing open. The phase of an unknown
 * entity is only a lower bound, never its standing.
 */
export function standingName(scorecard: Scorecard): string {
  return scorecardPhaseName(scorecard, standingOf(scorecard.summary));
}

/** "At least <phase>" for an unknown entity with a known lower bound. */
export function lowerBoundText(scorecard: Scorecard): string | undefined {
  const { phase, unknown } = scorecard.summary;
  return unknown && phase !== null
    ? `At least ${scorecardPhaseName(scorecard, phase)}`
    : undefined;
}

/** The checks that keep the entity from its next phase, in checklist order. */
export function blockingChecks(scorecard: Scorecard): EntityCheck[] {
  const blocking = new Set(scorecard.summary.blocking);
  return scorecard.checks.filter(
    c => blocking.has(c.checkId) && c.outcome !== 'error',
  );
}

/** Shortens a reason to its first sentence, and at most `max` characters. */
export function shortReason(reason: string, max = 120): string {
  const sentence = reason.split(/(?<=\.)\s/)[0].trim();
  return sentence.length <= max
    ? sentence
    : `${sentence.slice(0, max - 1).trimEnd()}…`;
}
