import type {
  Checklist,
  Rule,
} from '@backstage-maturity/plugin-maturity-common';
import { leafRules } from '../evaluation/leafRules';
import type { MaturityRuleKind } from '../evaluation/ruleKinds';
import type { ChecklistConfigIssue } from './errors';

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
      for (const { rule, path: below } of leafRules(root)) {
        if (!('custom' in rule)) continue;
        const path = `${at}${below}`;
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
