import { defaultChecklist } from '../checklist';
import { ruleSchema } from './schema';
import { validateChecklistConfig } from './validateChecklistConfig';

/** The issues of `rule` as the rule of a check, paths relative to the check. */
function ruleIssues(rule: unknown): string[] {
  return validateChecklistConfig({ checks: [{ id: 'lint', rule }] }).map(
    i => `${i.path.replace('maturity.checklist.checks[0].', '')}: ${i.message}`,
  );
}

describe('ruleSchema', () => {
  it('accepts every rule of the default checklist', () => {
    const rules = defaultChecklist.checks.flatMap(check =>
      check.notApplicableWhen
        ? [check.rule, check.notApplicableWhen]
        : [check.rule],
    );
    expect(rules.filter(rule => !ruleSchema.safeParse(rule).success)).toEqual(
      [],
    );
  });

  it('lets every default check be restated in configuration', () => {
    expect(
      validateChecklistConfig({
        checks: defaultChecklist.checks.map(check => ({ ...check })),
      }),
    ).toEqual([]);
  });

  it('accepts one rule of every kind', () => {
    expect(
      ruleIssues({
        all: [
          {
            files: ['Dockerfile'],
            exclude: ['test/'],
            caseSensitive: true,
            minCount: 2,
          },
          {
            content: {
              files: ['*.go'],
              pattern: 'signal\\.Notify',
              flags: 'im',
            },
          },
          { dependency: { names: ['pino'], ecosystems: ['npm', 'hex'] } },
          {
            document: {
              files: ['*.yaml'],
              kinds: ['Deployment'],
              has: ['spec.replicas'],
            },
          },
          { kubernetes: { check: 'probes', files: ['deploy/'] } },
          { entity: { field: 'spec.type', oneOf: ['service'] } },
          { annotation: { keys: ['datadoghq.com/*'], valuePattern: '\\S' } },
          { link: { pattern: 'runbook' } },
          {
            relation: {
              type: 'dependsOn',
              targetKind: 'Resource',
              targetType: ['database'],
            },
          },
          { ownerExists: true },
          { noDependencyCycle: true },
          { scm: { fact: 'semver-tags', whenUnavailable: true } },
          { any: [{ not: { files: ['.env'] } }] },
        ],
      }),
    ).toEqual([]);
  });

  it('explains wrong lists of globs', () => {
    expect(ruleIssues({ files: [], exclude: ['ok', '', 3] })).toEqual([
      'rule.files: expected at least one glob',
      'rule.exclude[1]: expected a glob (a non-empty string)',
      'rule.exclude[2]: expected a glob (a non-empty string)',
    ]);
  });

  it('names the known keys of a rule after an unknown one', () => {
    expect(ruleIssues({ files: ['a'], exlude: ['b'] })).toEqual([
      'rule.exlude: unknown key; expected one of description, files, exclude, caseSensitive, minCount',
    ]);
    expect(
      ruleIssues({ content: { files: ['a'], pattern: 'x' }, exclude: ['b'] }),
    ).toEqual([
      'rule.exclude: unknown key; expected one of description, content',
    ]);
  });

  it('rejects a rule with two kinds, and one that is not an object', () => {
    expect(
      ruleIssues({ files: ['a'], content: { files: ['a'], pattern: 'x' } }),
    ).toEqual([
      'rule: expected one rule kind, found files and content; combine rules with all or any',
    ]);
    expect(ruleIssues('Dockerfile')).toEqual([
      'rule: expected a rule: an object with one of files, content, dependency, document, kubernetes, entity, annotation, link, relation, ownerExists, noDependencyCycle, scm, fact, custom, all, any, not',
    ]);
  });

  it('accepts fact and custom rules, and says what is wrong with one', () => {
    expect(ruleIssues({ fact: { name: 'pagerduty.on-call' } })).toEqual([]);
    expect(
      ruleIssues({ custom: { kind: 'sonar.gate', options: { min: 80 } } }),
    ).toEqual([]);
    expect(
      ruleIssues({
        all: [
          { fact: { name: 'on call' } },
          { custom: { kind: 'sonar.gate', options: ['80'] } },
          { custom: { options: {} } },
        ],
      }),
    ).toEqual([
      'rule.all[0].fact.name: expected a fact name: letters, digits, ".", "-" and "_"',
      'rule.all[1].custom.options: expected an object',
      'rule.all[2].custom.kind: required',
    ]);
  });

  it('names the unknown value of an enumerated field and the known ones', () => {
    expect(
      ruleIssues({
        any: [
          { dependency: { names: ['requests'], ecosystems: ['pip'] } },
          { kubernetes: { check: 'limits' } },
          { scm: { fact: 'signed-commits' } },
        ],
      }),
    ).toEqual([
      'rule.any[0].dependency.ecosystems[0]: unknown ecosystem "pip"; expected one of npm, go, maven, gradle, pypi, nuget, rubygems, cargo, hex',
      'rule.any[1].kubernetes.check: unknown kubernetes check "limits"; expected one of probes, resources, gracefulShutdown',
      'rule.any[2].scm.fact: unknown scm fact "signed-commits"; expected one of commit-conventions, docs-changed-recently, short-lived-branches, reviews-required, co-authored-by-trailers, semver-tags',
    ]);
  });

  it('explains wrong values deep inside all, any and not', () => {
    expect(
      ruleIssues({
        all: [
          { not: { ownerExists: false } },
          { any: [] },
          { not: null },
          { files: ['a'], minCount: 0 },
          { entity: { field: 'spec.type', oneOf: ['a'], pattern: 'b' } },
          { relation: {} },
        ],
      }),
    ).toEqual([
      'rule.all[0].not.ownerExists: expected true',
      'rule.all[1].any: expected at least one rule',
      'rule.all[2].not: expected a rule: an object with one of files, content, dependency, document, kubernetes, entity, annotation, link, relation, ownerExists, noDependencyCycle, scm, fact, custom, all, any, not',
      'rule.all[3].minCount: expected a whole number of at least 1',
      'rule.all[4].entity: set either oneOf or pattern, not both',
      'rule.all[5].relation.type: required',
    ]);
  });

  it('compiles regular expressions as the evaluator does', () => {
    expect(
      ruleIssues({
        any: [
          { link: { pattern: '(?<name' } },
          { annotation: { keys: ['a'], valuePattern: '*' } },
          { content: { files: ['a'], pattern: 'x', flags: 'iq' } },
          // Valid without flags, invalid once the unicode flag is set.
          { content: { files: ['a'], pattern: '\\-', flags: 'u' } },
        ],
      }),
    ).toEqual([
      'rule.any[0].link.pattern: invalid regular expression: Invalid capture group name',
      'rule.any[1].annotation.valuePattern: invalid regular expression: Nothing to repeat',
      'rule.any[2].content.flags: invalid regular expression flags "iq"',
      'rule.any[3].content.pattern: invalid regular expression: Invalid escape',
    ]);
  });
});
