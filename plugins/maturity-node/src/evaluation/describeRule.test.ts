import type { Rule } from '@backstage-maturity/plugin-maturity-common';
import { ruleDetails, ruleWords } from './describeRule';
import { evaluateRuleAsCheck } from './__testUtils__/oneRule';

const TRACING: Rule = {
  description:
    'a tracing library (OpenTelemetry, Jaeger, …) in the manifests, or an OpenTelemetry collector configuration',
  any: [
    { dependency: { names: ['@opentelemetry/*', 'go.opentelemetry.io/*'] } },
    {
      content: {
        files: ['**/otel-collector*.y*ml'],
        pattern: '^receivers\\s*:',
        flags: 'im',
      },
    },
  ],
};

const evaluate = evaluateRuleAsCheck;

describe('plain words', () => {
  it('says what a failing check looked for in its description, without patterns', () => {
    const result = evaluate(TRACING, { 'go.mod': 'module x\n' });
    expect(result.outcome).toBe('fail');
    expect(result.lookedFor).toEqual([TRACING.description]);
    expect(result.lookedFor.join(' ')).not.toMatch(/[\\^$]|\*\*/);
  });

  it('words a rule without a description from its kind, with paths and names but no regular expression', () => {
    const result = evaluate(
      {
        any: [
          { files: ['**/.github/workflows/*.y*ml', 'Jenkinsfile'] },
          { content: { files: ['Dockerfile'], pattern: '^USER\\s+\\w+' } },
          { dependency: { names: ['pino', 'winston'] } },
        ],
      },
      {},
    );
    expect(result.lookedFor).toEqual([
      'a file such as .github/workflows/*.y*ml or Jenkinsfile',
      'the expected text in Dockerfile',
      'a dependency on pino or winston',
    ]);
  });

  it('names the line that passed a content rule, not the pattern', () => {
    const result = evaluate(
      {
        content: { files: ['*.go'], pattern: 'signal\\.Notify\\([^)]*SIGTERM' },
      },
      {
        'cmd/main.go':
          'package main\n\nfunc main() {\n\tsignal.Notify(stop, syscall.SIGTERM)\n}\n',
      },
    );
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].detail).toBe(
      'cmd/main.go line 4: signal.Notify(stop, syscall.SIGTERM)',
    );
  });

  it('cuts long lists and long lines', () => {
    expect(
      ruleWords({ dependency: { names: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] } }),
    ).toBe('a dependency on a, b, c, d, e, f or 1 more');
    const long = `x = ${'y'.repeat(200)}`;
    const result = evaluate(
      { content: { files: ['a.txt'], pattern: 'x =' } },
      { 'a.txt': long },
    );
    expect(result.evidence[0].detail.length).toBeLessThan(100);
  });
});

describe('ruleDetails', () => {
  it('keeps the technical detail for those who ask for it', () => {
    expect(ruleDetails(TRACING)).toEqual([
      `any of:  (${TRACING.description})`,
      '  dependency @opentelemetry/*, go.opentelemetry.io/*',
      '  text /^receivers\\s*:/im in **/otel-collector*.y*ml',
    ]);
    expect(
      ruleDetails({ not: { files: ['.env'], exclude: ['*.example'] } }),
    ).toEqual(['none of:', '  files .env (not *.example)']);
  });
});
