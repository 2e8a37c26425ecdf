import type { Rule } from '@backstage-maturity/plugin-maturity-common';
import { evaluateRuleAsCheck } from './__testUtils__/oneRule';

/**
 * A file that cannot be parsed decides a check only when it could have been
 * its evidence; otherwise the check is decided on the other files and names
 * the file as a warning.
 */

const evaluate = evaluateRuleAsCheck;

const OPENAPI: Rule = {
  document: { files: ['*.yaml'], topLevelKeys: ['openapi', 'swagger'] },
};
const BROKEN_FIXTURE = 'tests/fixtures/broken.yaml';

describe('a file that cannot be parsed', () => {
  it('does not stop a document rule from passing on another file', () => {
    const result = evaluate(OPENAPI, {
      [BROKEN_FIXTURE]: 'name: [unclosed\nvalue: 1\n',
      'api/spec.yaml': 'openapi: 3.1.0\ninfo: { title: t, version: "1" }\n',
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe('api/spec.yaml');
  });

  it('leaves a fail a fail, naming the file', () => {
    const result = evaluate(OPENAPI, {
      [BROKEN_FIXTURE]: 'name: [unclosed\n',
    });
    expect(result.outcome).toBe('fail');
    expect(result.evidence).toEqual([
      expect.objectContaining({ kind: 'warning', target: BROKEN_FIXTURE }),
    ]);
  });

  it('makes the check an error when its text holds what the rule looks for', () => {
    const result = evaluate(OPENAPI, {
      'api/openapi.yaml': 'openapi: 3.1.0\npaths: [unclosed\n',
    });
    expect(result.outcome).toBe('error');
    expect(result.reason).toContain('api/openapi.yaml');
  });

  it('is ignored by a dependency rule when the manifest names none of the dependencies', () => {
    const rule: Rule = { dependency: { names: ['pino', '@opentelemetry/*'] } };
    expect(
      evaluate(rule, { 'package.json': '{ "dependencies": { "express": ' })
        .outcome,
    ).toBe('fail');
    const named = evaluate(rule, {
      'package.json': '{ "dependencies": { "pino": ',
    });
    expect(named.outcome).toBe('error');
    expect(
      evaluate(rule, {
        'package.json': '{ "dependencies": { "@opentelemetry/api": ',
      }).outcome,
    ).toBe('error');
  });

  it('is ignored by the Kubernetes probes unless it mentions a probe', () => {
    const template = (extra: string) => `apiVersion: apps/v1
kind: Deployment
spec:
  template:
    spec:
      containers:
        - name: app
          {{- if .Values.a }}
          image: a
          {{- else }}
          image: b
          {{- end }}
${extra}`;
    const rule: Rule = { kubernetes: { check: 'probes' } };
    const ignored = evaluate(rule, {
      'chart/templates/deployment.yaml': template(''),
    });
    expect(ignored.outcome).toBe('fail');
    expect(ignored.evidence[0].kind).toBe('warning');
    expect(
      evaluate(rule, {
        'chart/templates/deployment.yaml': template(
          '          readinessProbe: {{ toYaml .Values.probe }}\n',
        ),
      }).outcome,
    ).toBe('error');
  });
});
