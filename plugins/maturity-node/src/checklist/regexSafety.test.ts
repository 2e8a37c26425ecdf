import type { Rule } from '@backstage-maturity/plugin-maturity-common';
import { leafRules } from '../evaluation/leafRules';
import { defaultChecklist } from './defaultChecklist';

/**
 * Content rules run regular expressions over files of any repository, on
 * the backend's event loop. A pattern that backtracks without bound on an
 * unlucky file would stall every request, so every pattern of the default
 * checklist must stay fast on texts built to make patterns backtrack:
 * blank lines of spaces, deep indentation, long runs of one character,
 * long paths and unclosed quotes and brackets.
 */

const LINES = 2_000;
const HOSTILE_TEXTS: Record<string, string> = {
  'lines of spaces': `services:\n  app:\n${'      \n'.repeat(LINES)}x`,
  'deep indentation': Array.from(
    { length: 200 },
    (_, i) => `${' '.repeat(i)}k${i}:`,
  ).join('\n'),
  'compose services without build': `services:\n${Array.from(
    { length: 300 },
    (_, i) => `  s${i}:\n    image: x\n    \n    environment:\n      A: b\n`,
  ).join('')}`,
  'one long line': 'a'.repeat(50_000),
  'long path': `"${'/segment'.repeat(5_000)}`,
  'unclosed quotes': `${'"a'.repeat(10_000)}`,
  'unclosed brackets': `${'{['.repeat(10_000)}`,
  'repeated words': 'health check ready status '.repeat(5_000),
  'tabs and spaces': ' \t'.repeat(25_000),
};

function contentPatterns(
  rule: Rule,
): Array<{ pattern: string; flags: string }> {
  const found: Array<{ pattern: string; flags: string }> = [];
  for (const { rule: leaf } of leafRules(rule)) {
    if ('content' in leaf) {
      found.push({
        pattern: leaf.content.pattern,
        flags: (leaf.content.flags ?? 'i').replace(/[gy]/g, ''),
      });
    }
  }
  return found;
}

const cases = defaultChecklist.checks.flatMap(check =>
  [check.rule, ...(check.notApplicableWhen ? [check.notApplicableWhen] : [])]
    .flatMap(contentPatterns)
    .map(({ pattern, flags }, index) => ({
      name: `${check.id} #${index + 1}`,
      regex: new RegExp(pattern, flags),
    })),
);

/**
 * The time of a run in milliseconds, run again (up to five times, after a
 * pause) while it is slow: a pattern that backtracks is slow every time, a
 * busy machine (a garbage collection, other processes) only now and then.
 */
async function fastestOfFive(run: () => void): Promise<number> {
  let fastest = Infinity;
  for (let attempt = 0; attempt < 5 && fastest > 250; attempt++) {
    if (attempt > 0) await new Promise(resolve => setTimeout(resolve, 200));
    const started = process.hrtime.bigint();
    run();
    fastest = Math.min(
      fastest,
      Number(process.hrtime.bigint() - started) / 1e6,
    );
  }
  return fastest;
}

describe('content patterns of the default checklist', () => {
  it('are there to test', () => {
    expect(cases.length).toBeGreaterThan(50);
  });

  it.each(cases)('$name stays fast on hostile texts', async ({ regex }) => {
    for (const [name, text] of Object.entries(HOSTILE_TEXTS)) {
      const ms = await fastestOfFive(() => regex.exec(text));
      expect({ text: name, slow: ms > 250 }).toEqual({
        text: name,
        slow: false,
      });
    }
  });
});
