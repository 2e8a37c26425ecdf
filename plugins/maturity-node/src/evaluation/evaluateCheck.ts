import type {
  CheckDefinition,
  CheckResult,
  Evidence,
  Rule,
} from '@backstage-maturity/plugin-maturity-common';
import { leafRules } from './leafRules';
import { pathOfProblem } from '../util/fileProblems';
import type { EvaluationContext } from './context';
import { evaluateRule } from './evaluateRule';

/** Whether a rule reads the entity's relations. */
function readsRelations(rule: Rule): boolean {
  for (const { rule: leaf } of leafRules(rule)) {
    if ('relation' in leaf) return true;
  }
  return false;
}

/**
 * The outcome of one check's rules, before waivers. With `relationsUnknown`
 * (an entity assumed from a checkout, without catalog data), a check that
 * would not apply for want of relations passes when its evidence is there:
 * a service that uses a retry library has dependencies, known or not.
 */
export function evaluateCheck(
  check: CheckDefinition,
  ctx: EvaluationContext,
  options: { relationsUnknown?: boolean } = {},
): CheckResult {
  const notApplicable = check.notApplicableWhen
    ? evaluateRule(check.notApplicableWhen, ctx)
    : undefined;
  if (
    notApplicable?.value === true &&
    options.relationsUnknown &&
    readsRelations(check.notApplicableWhen!)
  ) {
    const result = evaluateRule(check.rule, ctx);
    if (result.value === true) {
      return {
        checkId: check.id,
        outcome: 'pass',
        evidence: result.evidence,
        lookedFor: [],
      };
    }
  }
  if (notApplicable?.value === true) {
    return {
      checkId: check.id,
      outcome: 'not-applicable',
      evidence: notApplicable.evidence,
      lookedFor: [],
      reason:
        notApplicable.evidence.map(e => e.detail).join('; ') ||
        'does not apply to this entity',
    };
  }
  const result = evaluateRule(check.rule, ctx);
  const warnings: Evidence[] = (result.warnings ?? []).map(warning => ({
    kind: 'warning',
    target: pathOfProblem(warning),
    detail: warning,
  }));
  if (result.value === true) {
    return {
      checkId: check.id,
      outcome: 'pass',
      evidence: [...result.evidence, ...warnings],
      lookedFor: [],
    };
  }
  if (result.value === false && notApplicable?.value !== 'unknown') {
    return {
      checkId: check.id,
      outcome: 'fail',
      evidence: [...(result.seen ?? []), ...warnings],
      lookedFor: result.lookedFor,
    };
  }
  const problems = [
    ...result.problems,
    ...(notApplicable?.value === 'unknown' ? notApplicable.problems : []),
  ];
  return {
    checkId: check.id,
    outcome: 'error',
    evidence: [],
    lookedFor: result.lookedFor,
    reason: [...new Set(problems)].join('; ') || 'evidence could not be read',
  };
}
