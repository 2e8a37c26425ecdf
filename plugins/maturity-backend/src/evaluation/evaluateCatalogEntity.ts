import type { Entity } from '@backstage/catalog-model';
import type {
  CatalogContext,
  CheckResult,
  Checklist,
  Waiver,
} from '@backstage-maturity/plugin-maturity-common';
import {
  evaluateEntity,
  evaluationOfResults,
  type EntityEvaluation,
  type MaturityRuleKind,
} from '@backstage-maturity/plugin-maturity-node';
import type {
  EvaluationRecord,
  PriorState,
  StoredEntityFacts,
} from '../store/types';
import type { EvidenceCollector } from './EvidenceCollector';
import { decodeTokens, encodeTokens } from './evidenceTokens';
import { deferredRead, runDeferred } from './worker/deferredRepository';

/** What evaluating one catalog entity needs besides the entity. */
export interface CatalogEntityInputs {
  checklist: Checklist;
  ruleKinds: ReadonlyMap<string, MaturityRuleKind>;
  facts: StoredEntityFacts;
  prior?: PriorState;
  /** Waivers granted through the API (annotation waivers are the entity's). */
  waivers: Waiver[];
  catalog: CatalogContext;
  /** Digest of every input besides the evidence. */
  inputsDigest: string;
  /** Re-read evidence even when nothing changed (re-evaluation on request). */
  ignoreTokens: boolean;
  collector: EvidenceCollector;
  now: Date;
}

/**
 * The stored results of an unchanged entity with unchanged evidence, or
 * undefined when they do not cover the checklist.
 */
function unchangedResults(
  checklist: Checklist,
  prior: PriorState,
): CheckResult[] | undefined {
  const checks = checklist.checks.map(c => prior.results[c.id]);
  return checks.some(c => !c) ? undefined : checks;
}

/**
 * Collects an entity's evidence from the providers and has the engine
 * evaluate it. When neither the entity nor any provider's evidence changed,
 * the stored results are summarized again instead (no rule runs).
 */
export async function evaluateCatalogEntity(
  entity: Entity,
  inputs: CatalogEntityInputs,
): Promise<{ record: EvaluationRecord; unreadable: boolean }> {
  const { checklist, prior, facts, now, inputsDigest } = inputs;
  const unchangedInputs =
    !inputs.ignoreTokens && prior?.inputsDigest === inputsDigest;
  const collected = await inputs.collector.collect(
    entity,
    unchangedInputs ? decodeTokens(prior?.repository?.etag) : undefined,
  );

  const unchanged =
    collected.kind === 'not-modified' && prior
      ? unchangedResults(checklist, prior)
      : undefined;
  if (collected.kind === 'not-modified' && unchanged) {
    return {
      unreadable: false,
      record: {
        facts,
        scorecard: evaluationOfResults({
          checklist,
          checks: unchanged,
          now,
          previous: prior?.conclusive,
        }),
        repository: {
          location: prior?.repository?.location,
          etag: encodeTokens(collected.tokens),
        },
        inputsDigest,
      },
    };
  }
  const fresh =
    collected.kind === 'evidence'
      ? collected
      : await inputs.collector.collect(entity);
  // Asked without tokens, providers always answer with evidence.
  const evidence = fresh.kind === 'evidence' ? fresh.evidence : {};
  const input = {
    entity,
    catalog: inputs.catalog,
    scm: evidence.scm,
    facts: evidence.facts,
  };
  let repository = evidence.repository;
  let scorecard: EntityEvaluation | undefined;
  const deferred = deferredRead(repository);
  if (deferred) {
    // Rule kinds from modules are code, which only this thread has: the
    // worker then reads, and the rules run here.
    const inWorker = inputs.ruleKinds.size === 0;
    const answer = await runDeferred(
      deferred,
      inWorker
        ? {
            checklist,
            input,
            waivers: inputs.waivers,
            now,
            previous: prior?.conclusive,
          }
        : undefined,
    );
    repository = answer.evidence;
    scorecard = answer.scorecard;
  }
  scorecard ??= evaluateEntity({
    checklist,
    input: { ...input, repository },
    waivers: inputs.waivers,
    now,
    previous: prior?.conclusive,
    ruleKinds: inputs.ruleKinds,
  });
  return {
    unreadable: repository?.status === 'unavailable',
    record: {
      facts,
      scorecard,
      repository: {
        location: repository?.location,
        etag: encodeTokens(fresh.tokens),
      },
      inputsDigest,
    },
  };
}
