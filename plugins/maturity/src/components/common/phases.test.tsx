import { render, screen } from '@testing-library/react';
import { PhaseChip } from './PhaseChip';
import { phaseName } from './phases';
import { inLadderOrder, ladderOfCounts } from './ladder';

const LADDER = [
  'walking-skeleton',
  'foundation',
  'production-ready',
  'operational-maturity',
  'kaizen',
  // A sixth rung, beyond the palette, shares the top colour.
  'beyond',
];

/** `rgb(r, g, b)` (as the DOM gives inline colours) to channels 0..1. */
function channels(colour: string): number[] {
  const match = colour.match(/rgb\((\d+), (\d+), (\d+)\)/);
  if (!match) throw new Error(`Not an rgb() colour: ${colour}`);
  return match.slice(1).map(c => Number(c) / 255);
}

/** Relative luminance, WCAG 2.x. */
function luminance(colour: string): number {
  const [r, g, b] = channels(colour).map(c =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

describe('phase chips', () => {
  it.each(['unknown', 'not-started', null, ...LADDER])(
    'writes %s with a text contrast of at least 4.5:1',
    phase => {
      render(<PhaseChip phase={phase} name="Label" ladder={LADDER} />);
      const chip = screen.getByText('Label').closest('.MuiChip-root')!;
      const { color, backgroundColor } = (chip as HTMLElement).style;
      expect(contrastRatio(color, backgroundColor)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('tells Unknown, Not started and each rung apart by colour', () => {
    const ids = ['unknown', 'not-started', ...LADDER.slice(0, 5)];
    ids.forEach(id =>
      render(<PhaseChip phase={id} name={id} ladder={LADDER} />),
    );
    const backgrounds = ids.map(
      id =>
        (screen.getByText(id).closest('.MuiChip-root') as HTMLElement).style
          .backgroundColor,
    );
    expect(new Set(backgrounds).size).toBe(ids.length);
  });
});

describe('phase names', () => {
  it('names Unknown and Not started apart', () => {
    expect(phaseName('unknown', [])).toBe('Unknown');
    expect(phaseName(null, [])).toBe('Not started');
    expect(phaseName('not-started', [])).toBe('Not started');
    expect(phaseName('kaizen', [{ id: 'kaizen', name: 'Kaizen' }])).toBe(
      'Kaizen',
    );
  });
});

describe('ladder order', () => {
  const counts = ['kaizen', 'not-started', 'foundation', 'unknown'].map(
    phase => ({ phase, name: phase, count: 0 }),
  );

  it('reads the ladder from counts without Unknown and Not started', () => {
    expect(ladderOfCounts(counts)).toEqual(['kaizen', 'foundation']);
  });

  it('orders Unknown, Not started, then the ladder lowest first', () => {
    expect(
      inLadderOrder(counts, ['foundation', 'kaizen']).map(c => c.phase),
    ).toEqual(['unknown', 'not-started', 'foundation', 'kaizen']);
  });
});
