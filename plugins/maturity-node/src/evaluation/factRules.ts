import type {
  CustomRule,
  FactRule,
} from '@backstage-maturity/plugin-maturity-common';
import type { EvaluationContext } from './context';
import type { RuleResult } from './ruleResult';

/** A fact from an evidence provider; without it, `whenUnavailable`. */
export function evaluateFact(
  rule: FactRule,
  ctx: EvaluationContext,
): RuleResult {
  const { name, whenUnavailable = false } = rule.fact;
  const known = ctx.facts[name];
  if (known) {
    return known.value
      ? {
          value: true,
          evidence: [{ kind: 'fact', target: name, detail: known.detail }],
          lookedFor: [],
          problems: [],
        }
      : { value: false, evidence: [], lookedFor: [known.detail], problems: [] };
  }
  return whenUnavailable
    ? { value: true, evidence: [], lookedFor: [], problems: [] }
    : {
        value: false,
        evidence: [],
        lookedFor: [`${name} (from an evidence provider, or an attestation)`],
        problems: [],
      };
}

/** A rule of a kind that a backend module added from code. */
export function evaluateCustom(
  rule: CustomRule,
  ctx: EvaluationContext,
): RuleResult {
  const { kind, options } = rule.custom;
  const ruleKind = ctx.ruleKinds.get(kind);
  if (!ruleKind) {
    return {
      value: 'unknown',
      evidence: [],
      lookedFor: [],
      problems: [`rule kind ${kind} is not installed`],
    };
  }
  try {
    const result = ruleKind.evaluate(options, {
      entity: ctx.entity,
      facts: ctx.facts,
      repository: ctx.repository.ok ? ctx.repository.snapshot : undefined,
    });
    return {
      value: result.value,
      evidence: result.value === true ? result.evidence ?? [] : [],
      lookedFor: result.value === true ? [] : result.lookedFor ?? [],
      problems:
        result.value === 'unknown'
          ? result.problems ?? [`rule kind ${kind} could not decide`]
          : [],
    };
  } catch (error) {
    return {
      value: 'unknown',
      evidence: [],
      lookedFor: [],
      problems: [
        `rule kind ${kind} failed: ${
          error instanceof Error ? error.message : String(error)
        }`,
      ],
    };
  }
}
