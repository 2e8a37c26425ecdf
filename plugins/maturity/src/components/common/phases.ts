import {
  NOT_STARTED,
  NOT_STARTED_ID,
  UNKNOWN,
  UNKNOWN_ID,
} from '@backstage-maturity/plugin-maturity-common';
import type { CheckOutcome, PhaseCount, PhaseDefinition } from '../../api';

export { NOT_STARTED_ID, UNKNOWN_ID };

/** A phase's colour and the colour of text written on it. */
export interface PhaseColours {
  background: string;
  text: string;
}

const WHITE = '#ffffff';
const DARK = '#212121';

// One colour per rung, told apart by lightness too; each text colour keeps
// a contrast of at least 4.5:1 (WCAG AA) on its background, whatever the
// theme, and charts and chips always print the phase name beside it.
const LADDER_COLOURS: PhaseColours[] = [
  { background: '#8e24aa', text: WHITE },
  { background: '#3949ab', text: WHITE },
  { background: '#00796b', text: WHITE },
  { background: '#7cb342', text: DARK },
  { background: '#f9a825', text: DARK },
];
const NOT_STARTED_COLOURS: PhaseColours = {
  background: '#616161',
  text: WHITE,
};
const UNKNOWN_COLOURS: PhaseColours = { background: '#6d4c41', text: WHITE };

/**
 * The colours of a phase, by its position on the ladder: `not-started` (or
 * null) grey, `unknown` brown.
 */
export function phaseColours(
  phaseId: string | null,
  ladder: string[],
): PhaseColours {
  if (phaseId === UNKNOWN_ID) return UNKNOWN_COLOURS;
  const index = phaseId === null ? -1 : ladder.indexOf(phaseId);
  return index < 0
    ? NOT_STARTED_COLOURS
    : LADDER_COLOURS[Math.min(index, LADDER_COLOURS.length - 1)];
}

/** The background colour of a phase (see `phaseColours`). */
export function phaseColour(phaseId: string | null, ladder: string[]): string {
  return phaseColours(phaseId, ladder).background;
}

/**
 * The name of a phase id from the counts or the checklist; `Not started`
 * for null or `not-started`, `Unknown` for `unknown`.
 */
export function phaseName(
  phaseId: string | null,
  phases: PhaseDefinition[] | PhaseCount[],
): string {
  if (phaseId === null || phaseId === NOT_STARTED_ID) {
    return NOT_STARTED;
  }
  if (phaseId === UNKNOWN_ID) return UNKNOWN;
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
