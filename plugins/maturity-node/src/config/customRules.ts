import type {
  Checklist,
  Rule,
} from '@backstage-maturity/plugin-maturity-common';
import type { MaturityRuleKind } from '../evaluation/ruleKinds';
import type { ChecklistConfigIssue } from './errors';

function* customRules(
  rule: Rule,
  path: string,
): Generator<{ rule: Extract<Rule, { custom: unknown }>; path: string }> {
  if ('custom' in rule) yield { rule, path };
  if ('all' in rule) {
    for (const [i, r] of rule.all.entries()) {
      yield* customRules(r, `${path}.all[${i}]`);
    }
  }
  if ('any' in rule) {
    for (const [i, r] of rule.any.entries()) {
      yield* customRules(r, `${path}.any[${i}]`);
    }
  }
  if ('not' in rule) yield* customRules(rule.not, `${path}.not`);
}

/**
 * Problems of the checklist's `custom` rules: kinds that are not installed
 * and options that their kind rejects, each with the check and rule path.
 * Empty when every custom rule can be evaluated.
 *
 * @public
 */
export function customRuleProblems(
  checklist: Checklist,
  ruleKinds: ReadonlyMap<string, MaturityRuleKind>,
): ChecklistConfigIssue[] {
  const issues: ChecklistConfigIssue[] = [];
  for (const check of checklist.checks) {
    const roots: Array<[Rule | undefined, string]> = [
      [check.rule, `check ${check.id}: rule`],
      [check.notApplicableWhen, `check ${check.id}: notApplicableWhen`],
    ];
    for (const [root, at] of roots) {
      if (!root) continue;
      for (const { rule, path } of customRules(root, at)) {
        const kind = ruleKinds.get(rule.custom.kind);
        if (!kind) {
          issues.push({
            path,
            message: `rule kind "${
              rule.custom.kind
            }" is not installed; installed: ${
              [...ruleKinds.keys()].join(', ') || 'none'
            }`,
          });
          continue;
        }
        for (const message of kind.validateOptions?.(rule.custom.options) ??
          []) {
          issues.push({ path: `${path}.custom.options`, message });
        }
      }
    }
  }
  return issues;
}
