import type { Checklist } from '@backstage-maturity/plugin-maturity-common';
import { makeBadge } from 'badge-maker';
import { phaseName } from './views';

const GREY = '#9f9f9f';
const RED = '#e05d44';
/** Shields' colours from orange to bright green, for the rungs of the ladder. */
const LADDER_COLOURS = ['#fe7d37', '#dfb317', '#a4a61d', '#97ca00', '#4c1'];

/**
 * A flat shields-style badge: a grey label and a coloured message. badge-maker
 * measures and escapes the text; a colour that is not a hex code is drawn
 * grey, as badge-maker would otherwise accept names and its own defaults.
 */
export function renderBadge(options: {
  label: string;
  message: string;
  colour: string;
}): string {
  const colour = /^#[0-9a-f]{3,6}$/i.test(options.colour)
    ? options.colour
    : GREY;
  return makeBadge({
    label: options.label,
    message: options.message,
    color: colour,
  });
}

/**
 * The badge of an entity's standing: red for not started, orange to green up
 * the ladder, grey when it is `unknown` or the entity has not been evaluated
 * (`undefined`).
 */
export function phaseBadge(
  checklist: Checklist,
  phase: string | null | undefined,
): string {
  if (phase === undefined) {
    return renderBadge({
      label: 'maturity',
      message: 'not evaluated',
      colour: GREY,
    });
  }
  const rung = checklist.phases.findIndex(p => p.id === phase);
  let colour = phase === null ? RED : GREY;
  if (rung >= 0) {
    // The top rung is bright green whatever the length of the ladder.
    const height = checklist.phases.length - 1;
    const share = height === 0 ? 1 : rung / height;
    colour = LADDER_COLOURS[Math.round(share * (LADDER_COLOURS.length - 1))];
  }
  return renderBadge({
    label: 'maturity',
    message: phaseName(checklist, phase),
    colour,
  });
}
