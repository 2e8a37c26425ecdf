import type { Checklist } from '@backstage-maturity/plugin-maturity-common';
import type { MaturityRuleKind } from '../evaluation/ruleKinds';
import { customRuleProblems } from './customRules';

const gate: MaturityRuleKind = {
  name: 'sonar.gate',
  validateOptions: options =>
    typeof options?.minCoverage === 'number'
      ? []
      : ['minCoverage: expected a number'],
  evaluate: () => ({ value: true }),
};

function checklistWith(...rules: Checklist['checks'][number]['rule'][]) {
  return {
    phases: [{ id: 'one', name: 'One' }],
    tracks: [],
    checks: rules.map((rule, i) => ({
      id: `check-${i}`,
      title: 't',
      phase: 'one',
      why: 'w',
      howToPass: 'h',
      rule,
    })),
  } satisfies Checklist;
}

describe('customRuleProblems', () => {
  it('finds custom rules at any depth, naming kinds not installed and options their kind rejects', () => {
    const checklist = checklistWith(
      { custom: { kind: 'sonar.gate', options: { minCoverage: 80 } } },
      {
        all: [
          { files: ['README.md'] },
          { not: { custom: { kind: 'sonar.gate', options: {} } } },
        ],
      },
      { any: [{ custom: { kind: 'jira.epics' } }] },
    );

    expect(
      customRuleProblems(checklist, new Map([['sonar.gate', gate]])),
    ).toEqual([
      {
        path: 'check check-1: rule.all[1].not.custom.options',
        message: 'minCoverage: expected a number',
      },
      {
        path: 'check check-2: rule.any[0]',
        message:
          'rule kind "jira.epics" is not installed; installed: sonar.gate',
      },
    ]);
  });

  it('finds nothing when every custom rule can be evaluated', () => {
    expect(
      customRuleProblems(
        checklistWith({
          custom: { kind: 'sonar.gate', options: { minCoverage: 1 } },
        }),
        new Map([['sonar.gate', gate]]),
      ),
    ).toEqual([]);
  });
});
