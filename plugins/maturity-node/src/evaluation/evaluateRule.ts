import type { Rule } from '@backstage-maturity/plugin-maturity-common';
import type { EvaluationContext } from './context';
import {
  evaluateAnnotation,
  evaluateEntityField,
  evaluateLink,
  evaluateNoDependencyCycle,
  evaluateOwnerExists,
  evaluateRelation,
} from './entityRules';
import {
  evaluateContent,
  evaluateDependency,
  evaluateDocument,
  evaluateFiles,
  evaluateKubernetes,
} from './repositoryRules';
import { evaluateCustom, evaluateFact, evaluateScm } from './factRules';
import type { RuleResult } from './ruleResult';

function warningsOf(results: RuleResult[]): string[] {
  return [...new Set(results.flatMap(r => r.warnings ?? []))];
}

/**
 * Evaluates rules in order and stops at the first whose value settles the
 * combination (a true one for `any`, a false one for `all`): content rules
 * gated on a dependency then read no file in repositories without it.
 */
function evaluateUntil(
  rules: Rule[],
  ctx: EvaluationContext,
  settles: boolean,
): RuleResult[] {
  const results: RuleResult[] = [];
  for (const rule of rules) {
    const result = evaluateRule(rule, ctx);
    results.push(result);
    if (result.value === settles) break;
  }
  return results;
}

/** `any`: true if one is true; otherwise unknown if one is unknown. */
function any(results: RuleResult[]): RuleResult {
  const hit = results.find(r => r.value === true);
  if (hit) {
    return { ...hit, lookedFor: [], problems: [], warnings: warningsOf([hit]) };
  }
  const unknown = results.some(r => r.value === 'unknown');
  return {
    value: unknown ? 'unknown' : false,
    evidence: [],
    lookedFor: results.flatMap(r => r.lookedFor),
    problems: results.flatMap(r => r.problems),
    warnings: warningsOf(results),
    seen: results.flatMap(r => r.seen ?? []),
  };
}

/** `all`: false if one is false; otherwise unknown if one is unknown. */
function all(results: RuleResult[]): RuleResult {
  const failed = results.filter(r => r.value === false);
  const unknown = results.filter(r => r.value === 'unknown');
  let value: RuleResult['value'] = true;
  if (failed.length > 0) value = false;
  else if (unknown.length > 0) value = 'unknown';
  return {
    value,
    evidence: results.flatMap(r => r.evidence),
    lookedFor: failed.flatMap(r => r.lookedFor),
    problems: value === 'unknown' ? unknown.flatMap(r => r.problems) : [],
    warnings: warningsOf(results),
    seen: failed.flatMap(r => r.seen ?? []),
  };
}

function not(result: RuleResult): RuleResult {
  if (result.value === 'unknown') return result;
  return {
    value: !result.value,
    evidence: [],
    // What made the inner rule true is why its negation is false.
    lookedFor: result.value
      ? result.evidence.map(e => `absence of ${e.detail}`)
      : [],
    problems: [],
    warnings: result.warnings,
  };
}

/**
 * Evaluates a rule of the checklist's rule language. A rule that says in
 * plain words what it looks for is looked for in those words, in place of
 * the words of its parts.
 */
export function evaluateRule(rule: Rule, ctx: EvaluationContext): RuleResult {
  const result = evaluateKind(rule, ctx);
  if (rule.description && result.value !== true && result.lookedFor.length) {
    return { ...result, lookedFor: [rule.description] };
  }
  return result;
}

function evaluateKind(rule: Rule, ctx: EvaluationContext): RuleResult {
  if ('all' in rule) return all(evaluateUntil(rule.all, ctx, false));
  if ('any' in rule) return any(evaluateUntil(rule.any, ctx, true));
  if ('not' in rule) return not(evaluateRule(rule.not, ctx));
  if ('files' in rule) return evaluateFiles(rule, ctx);
  if ('content' in rule) return evaluateContent(rule, ctx);
  if ('dependency' in rule) return evaluateDependency(rule, ctx);
  if ('document' in rule) return evaluateDocument(rule, ctx);
  if ('kubernetes' in rule) return evaluateKubernetes(rule, ctx);
  if ('entity' in rule) return evaluateEntityField(rule, ctx);
  if ('annotation' in rule) return evaluateAnnotation(rule, ctx);
  if ('link' in rule) return evaluateLink(rule, ctx);
  if ('relation' in rule) return evaluateRelation(rule, ctx);
  if ('ownerExists' in rule) return evaluateOwnerExists(ctx);
  if ('noDependencyCycle' in rule) return evaluateNoDependencyCycle(ctx);
  if ('scm' in rule) return evaluateScm(rule, ctx);
  if ('fact' in rule) return evaluateFact(rule, ctx);
  if ('custom' in rule) return evaluateCustom(rule, ctx);
  throw new Error(`Unknown rule: ${JSON.stringify(rule)}`);
}
