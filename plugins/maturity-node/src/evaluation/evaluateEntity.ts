import type {
  CheckDefinition,
  CheckOutcome,
  CheckResult,
  Checklist,
  Rule,
} from '@backstage-maturity/plugin-maturity-common';
import { annotationWaivers } from './annotationWaivers';
import { EvaluationContext } from './context';
import { NEEDS_CATALOG_DATA } from './entityRules';
import { evaluateCheck } from './evaluateCheck';
import { leafRules } from './leafRules';
import { summarizeResults } from './summarize';
import type { EntityEvaluation, EvaluateEntityOptions } from './types';
import { applyWaiver } from './waivers';

/**
 * Whether a result is an error only because no catalog was available. A
 * check whose evidence is missing from the repository but which might not
 * apply (its applicability needs the entity) is not one of them: nothing
 * shows that it is met.
 */
function onlyNeedsCatalog(result: CheckResult): boolean {
  return (
    result.outcome === 'error' &&
    result.lookedFor.length === 0 &&
    (result.reason ?? '')
      .split('; ')
      .every(part => part.endsWith(NEEDS_CATALOG_DATA))
  );
}

/**
 * Whether any part of a rule reads evidence besides the entity and the
 * catalog: the repository, providers' facts, or a rule kind from code.
 */
function readsEvidence(root: Rule): boolean {
  for (const { rule } of leafRules(root)) {
    if (
      'files' in rule ||
      'content' in rule ||
      'dependency' in rule ||
      'document' in rule ||
      'kubernetes' in rule ||
      'scm' in rule ||
      'fact' in rule ||
      'custom' in rule
    ) {
      return true;
    }
  }
  return false;
}

/** A check that only a described entity could pass, of an assumed one. */
function needsDescriptor(check: CheckDefinition): CheckResult {
  return {
    checkId: check.id,
    outcome: 'error',
    evidence: [],
    lookedFor: [],
    reason: `${check.title.replace(/\.$/, '')}: ${NEEDS_CATALOG_DATA}`,
  };
}

/**
 * Evaluates an entity against a checklist: a pure function of its inputs,
 * and the only place where outcomes, waivers, the phase, progress, blocking
 * checks and track scores are decided.
 *
 * @public
 */
export function evaluateEntity(
  options: EvaluateEntityOptions,
): EntityEvaluation {
  const { checklist, input, now, previous } = options;
  const ctx = new EvaluationContext({
    entity: input.entity,
    catalog: input.catalog,
    scm: input.scm,
    facts: input.facts,
    ruleKinds: options.ruleKinds,
    repository:
      input.repository?.status === 'read'
        ? { ok: true, snapshot: input.repository.snapshot }
        : {
            ok: false,
            reason:
              input.repository?.reason ?? 'no repository location is known',
          },
  });
  const declared = input.entity
    ? annotationWaivers(input.entity)
    : { waivers: [], problems: [] };
  const waivers = [...declared.waivers, ...(options.waivers ?? [])];
  const nowMs = now.getTime();

  const checks = checklist.checks.map(check =>
    applyWaiver(
      check,
      input.entityAssumed && !readsEvidence(check.rule)
        ? needsDescriptor(check)
        : evaluateCheck(check, ctx, {
            relationsUnknown: input.entityAssumed,
          }),
      waivers,
      nowMs,
    ),
  );
  const needsCatalog = input.catalog
    ? []
    : checks.filter(onlyNeedsCatalog).map(c => c.checkId);
  return {
    ...summarizeResults(checklist, checks, { previous, needsCatalog }),
    checks,
    evaluatedAt: now.toISOString(),
    needsCatalog,
    problems: declared.problems,
  };
}

/**
 * The evaluation of results decided earlier (an entity whose inputs did not
 * change), summarized by the same rules as {@link evaluateEntity}.
 *
 * @public
 */
export function evaluationOfResults(options: {
  checklist: Checklist;
  checks: CheckResult[];
  now: Date;
  previous?: Record<string, CheckOutcome>;
}): EntityEvaluation {
  const { checklist, checks, previous } = options;
  return {
    ...summarizeResults(checklist, checks, { previous }),
    checks,
    evaluatedAt: options.now.toISOString(),
    needsCatalog: [],
    problems: [],
  };
}

/**
 * The evaluation of an entity whose evidence could not be gathered at all:
 * every check errs with the reason, and counts for the phase by its previous
 * conclusive outcome.
 *
 * @public
 */
export function failedEvaluation(options: {
  checklist: Checklist;
  reason: string;
  now: Date;
  previous?: Record<string, CheckOutcome>;
}): EntityEvaluation {
  return evaluationOfResults({
    ...options,
    checks: options.checklist.checks.map(check => ({
      checkId: check.id,
      outcome: 'error',
      evidence: [],
      lookedFor: [],
      reason: options.reason,
    })),
  });
}
