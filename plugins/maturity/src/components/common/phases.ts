import { NOT_STARTED } from '@backstage-maturity/plugin-maturity-common';
import type { CheckOutcome, PhaseCount, PhaseDefinition } from '../../api';

/** The id that counts and filters use for entities below the first phase. */
export const NOT_STARTED_ID = 'not-started';

// One colour per rung, dark enough for white text and told apart by
// lightness too; charts and chips always print the phase name beside it.
const LADDER_COLOURS = ['#8e24aa', '#3949ab', '#00897b', '#7cb342', '#f9a825'];
const NOT_STARTED_COLOUR = '#9e9e9e';

/** The colour of a phase, by its position on the ladder (`not-started` grey). */
export function phaseColour(phaseId: string | null, ladder: string[]): string {
  if (phaseId === null || phaseId === NOT_STARTED_ID) {
    return NOT_STARTED_COLOUR;
  }
  const index = ladder.indexOf(phaseId);
  return index < 0
    ? NOT_STARTED_COLOUR
    : LADDER_COLOURS[Math.min(index, LADDER_COLOURS.length - 1)];
}

/** The name of a phase id from the counts or the checklist; `Not started` for null. */
export function phaseName(
  phaseId: string | null,
  phases: PhaseDefinition[] | PhaseCount[],
): string {
  if (phaseId === null || phaseId === NOT_STARTED_ID) {
    return NOT_STARTED;
  }
  for (const phase of phases) {
    const id = 'id' in phase ? phase.id : phase.phase;
    if (id === phaseId) return phase.name;
  }
  return phaseId;
}

/** How each outcome reads to a person. */
export const OUTCOME_LABELS: Record<CheckOutcome, string> = {
  pass: 'Passed',
  fail: 'Not met',
  'not-applicable': 'Not applicable',
  exempt: 'Exempt',
  attested: 'Attested',
  error: 'Could not check',
};
