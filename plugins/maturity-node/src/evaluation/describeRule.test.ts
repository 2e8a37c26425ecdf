import type {
  Checklist,
  RepositorySnapshot,
  Rule,
} from '@backstage-maturity/plugin-maturity-common';
import { ruleDetails, ruleWords } from './describeRule';
import { evaluateEntity } from './evaluateEntity';

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

function snapshot(files: Record<string, string>): RepositorySnapshot {
  return {
    files: Object.entries(files).map(([path, text]) => ({
      path,
      size: text.length,
    })),
    contents: files,
    skipped: {},
  };
}

function evaluate(rule: Rule, files: Record<string, string>) {
  const checklist: Checklist = {
    phases: [{ id: 'one', name: 'One' }],
    tracks: [],
    checks: [
      { id: 'c', title: 'C', phase: 'one', why: 'w', howToPass: 'h', rule },
    ],
  };
  return evaluateEntity({
    checklist,
    now: new Date('2026-12-01T00:00:00Z'),
    input: {
      entity: {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name: 'svc' },
        spec: { type: 'service', owner: 'group:default/a' },
      },
      catalog: { ownerExists: true, related: {}, componentDependsOn: {} },
      repository: { status: 'read', snapshot: snapshot(files) },
    },
  }).checks[0];
}

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
