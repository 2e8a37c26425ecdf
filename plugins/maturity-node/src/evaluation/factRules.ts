import type {
  CustomRule,
  EvidenceFact,
  FactRule,
  ScmRule,
} from '@backstage-maturity/plugin-maturity-common';
import type { EvaluationContext } from './context';
import type { RuleResult } from './ruleResult';

/**
 * A provided fact as a rule result: true with what was seen, false with
 * what was looked for, unknown with why the provider could not tell, and
 * `whenUnavailable` (or an attestation) when no provider supplied it.
 */
function providedFact(
  kind: 'scm' | 'fact',
  name: string,
  known: EvidenceFact | undefined,
  whenUnavailable: boolean,
  lookedForWhenAbsent: string,
): RuleResult {
  if (!known) {
    return whenUnavailable
      ? { value: true, evidence: [], lookedFor: [], problems: [] }
      : {
          value: false,
          evidence: [],
          lookedFor: [lookedForWhenAbsent],
          problems: [],
        };
  }
  if (known.value === 'unknown') {
    return {
      value: 'unknown',
      evidence: [],
      lookedFor: [],
      problems: [`${name}: ${known.detail}`],
    };
  }
  return known.value
    ? {
        value: true,
        evidence: [{ kind, target: name, detail: known.detail }],
        lookedFor: [],
        problems: [],
      }
    : {
        value: false,
        evidence: [],
        lookedFor: [kind === 'scm' ? `${name}: ${known.detail}` : known.detail],
        problems: [],
        seen: [{ kind, target: name, detail: known.detail }],
      };
}

/** A fact from an evidence provider; without it, `whenUnavailable`. */
export function evaluateFact(
  rule: FactRule,
  ctx: EvaluationContext,
): RuleResult {
  const { name, whenUnavailable = false } = rule.fact;
  return providedFact(
    'fact',
    name,
    ctx.facts[name],
    whenUnavailable,
    `${name} (from an evidence provider, or an attestation)`,
  );
}

/**
 * A fact from the history or the hosting provider; without it,
 * `whenUnavailable`.
 */
export function evaluateScm(rule: ScmRule, ctx: EvaluationContext): RuleResult {
  const { fact, whenUnavailable = false } = rule.scm;
  return providedFact(
    'scm',
    fact,
    ctx.scm?.[fact],
    whenUnavailable,
    `${fact} (hosting-provider data, or an attestation)`,
  );
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
