import type { Checklist } from '@backstage-maturity/plugin-maturity-common';
import { phaseName } from './views';

const GREY = '#9f9f9f';
const RED = '#e05d44';
/** Shields' colours from orange to bright green, for the rungs of the ladder. */
const LADDER_COLOURS = ['#fe7d37', '#dfb317', '#a4a61d', '#97ca00', '#4c1'];

/** Approximate width in pixels of text in 11px Verdana, as shields draws it. */
function textWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    if ('iljtfrI.,:;|!\'" '.includes(char)) width += 4;
    else if ('mwMW'.includes(char)) width += 10;
    else if (char >= 'A' && char <= 'Z') width += 7.5;
    else width += 6.5;
  }
  return Math.ceil(width);
}

export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    char =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }[
        char
      ]!),
  );
}

/** A flat shields-style badge: a grey label and a coloured message. */
export function renderBadge(options: {
  label: string;
  message: string;
  colour: string;
}): string {
  const label = escapeXml(options.label);
  const message = escapeXml(options.message);
  const colour = /^#[0-9a-f]{3,6}$/i.test(options.colour)
    ? options.colour
    : GREY;
  const labelWidth = textWidth(options.label) + 10;
  const messageWidth = textWidth(options.message) + 10;
  const width = labelWidth + messageWidth;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" role="img" aria-label="${label}: ${message}">
<title>${label}: ${message}</title>
<linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>
<clipPath id="r"><rect width="${width}" height="20" rx="3" fill="#fff"/></clipPath>
<g clip-path="url(#r)"><rect width="${labelWidth}" height="20" fill="#555"/><rect x="${labelWidth}" width="${messageWidth}" height="20" fill="${colour}"/><rect width="${width}" height="20" fill="url(#s)"/></g>
<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11">
<text x="${
    labelWidth / 2
  }" y="15" fill="#010101" fill-opacity=".3">${label}</text><text x="${
    labelWidth / 2
  }" y="14">${label}</text>
<text x="${
    labelWidth + messageWidth / 2
  }" y="15" fill="#010101" fill-opacity=".3">${message}</text><text x="${
    labelWidth + messageWidth / 2
  }" y="14">${message}</text>
</g>
</svg>
`;
}

/**
 * The badge of an entity's phase: red for not started, orange to green up
 * the ladder, grey when the entity has not been evaluated (`undefined`).
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
