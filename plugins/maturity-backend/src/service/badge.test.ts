import { phaseBadge, renderBadge } from './badge';
import type { Checklist } from '@backstage-maturity/plugin-maturity-common';

const checklist: Checklist = {
  phases: [
    { id: 'foundation', name: 'Foundation' },
    { id: 'operable', name: 'Operable' },
    { id: 'excellent', name: 'Excellent' },
  ],
  tracks: [],
  checks: [],
};

function fillOf(svg: string): string | undefined {
  // The message's background is the second rect of the clipped group.
  return svg.match(/<rect x="\d+" width="\d+" height="20" fill="([^"]+)"/)?.[1];
}

describe('phaseBadge', () => {
  it('shows the phase name, coloured up the ladder', () => {
    const bottom = phaseBadge(checklist, 'foundation');
    const top = phaseBadge(checklist, 'excellent');
    expect(bottom).toContain('>Foundation</text>');
    expect(bottom).toContain('aria-label="maturity: Foundation"');
    expect(fillOf(bottom)).toBe('#fe7d37');
    expect(fillOf(phaseBadge(checklist, 'operable'))).toBe('#a4a61d');
    expect(fillOf(top)).toBe('#4c1');
  });

  it('is red when not started and grey when unknown or not evaluated', () => {
    const notStarted = phaseBadge(checklist, null);
    expect(notStarted).toContain('>Not started</text>');
    expect(fillOf(notStarted)).toBe('#e05d44');

    const notEvaluated = phaseBadge(checklist, undefined);
    expect(notEvaluated).toContain('>not evaluated</text>');
    expect(fillOf(notEvaluated)).toBe('#9f9f9f');

    const unknown = phaseBadge(checklist, 'unknown');
    expect(unknown).toContain('>Unknown</text>');
    expect(fillOf(unknown)).toBe('#9f9f9f');
  });

  it('makes a one-phase ladder green at the top', () => {
    const single = { ...checklist, phases: [checklist.phases[0]] };
    expect(fillOf(phaseBadge(single, 'foundation'))).toBe('#4c1');
  });
});

describe('renderBadge', () => {
  it('escapes text, so that names cannot inject markup', () => {
    const svg = renderBadge({
      label: 'maturity',
      message: '<script>alert("x")</script> & \'more\'',
      colour: '#4c1',
    });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain(
      '>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;more&apos;</text>',
    );
    expect(svg).toContain(
      'aria-label="maturity: &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;more&apos;"',
    );
  });

  it('accepts only hex colours', () => {
    const svg = renderBadge({
      label: 'maturity',
      message: 'x',
      colour: 'red" onload="alert(1)',
    });
    expect(svg).not.toContain('onload');
    expect(fillOf(svg)).toBe('#9f9f9f');
    // badge-maker alone would draw a colour name in that colour.
    expect(
      fillOf(renderBadge({ label: 'maturity', message: 'x', colour: 'red' })),
    ).toBe('#9f9f9f');
  });

  it('grows with the length of the message', () => {
    const width = (svg: string) => Number(svg.match(/width="(\d+)"/)?.[1]);
    const short = renderBadge({
      label: 'maturity',
      message: 'A',
      colour: '#4c1',
    });
    const long = renderBadge({
      label: 'maturity',
      message: 'Operational Maturity',
      colour: '#4c1',
    });
    expect(width(long)).toBeGreaterThan(width(short) + 80);
  });
});
