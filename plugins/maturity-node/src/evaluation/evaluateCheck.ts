import type {
  CheckDefinition,
  CheckResult,
  Evidence,
} from '@backstage-maturity/plugin-maturity-common';
import type { EvaluationContext } from './context';
import { evaluateRule } from './evaluateRule';

/** The outcome of one check's rules, before waivers. */
export function evaluateCheck(
  check: CheckDefinition,
  ctx: EvaluationContext,
): CheckResult {
  const notApplicable = check.notApplicableWhen
    ? evaluateRule(check.notApplicableWhen, ctx)
    : undefined;
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
    target: warning.slice(0, warning.indexOf(': ')),
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
      evidence: warnings,
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
