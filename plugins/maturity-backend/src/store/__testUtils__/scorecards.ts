import type {
  CheckOutcome,
  CheckResult,
  Checklist,
} from '@backstage-maturity/plugin-maturity-common';
import {
  evaluationOfResults,
  type EntityEvaluation,
} from '@backstage-maturity/plugin-maturity-node';
import type {
  StoredEntityFacts as EntityFacts,
  EvaluationRecord,
} from '../types';

function check(id: string, phase: string | undefined, track?: string) {
  return {
    id,
    title: id,
    phase,
    track,
    why: `Without ${id} things go wrong`,
    howToPass: `Add ${id}`,
    rule: { files: [`${id}.md`] },
  };
}

/** A small ladder: foundation, operable, excellent, and a security track. */
export const checklist: Checklist = {
  phases: [
    { id: 'foundation', name: 'Foundation' },
    { id: 'operable', name: 'Operable' },
    { id: 'excellent', name: 'Excellent' },
  ],
  tracks: [{ id: 'security', name: 'Security' }],
  checks: [
    check('readme', 'foundation'),
    check('ci', 'foundation'),
    check('logging', 'operable'),
    check('alerts', 'operable'),
    check('slo', 'excellent'),
    check('dependabot', undefined, 'security'),
  ],
};

/** A checklist of `count` foundation checks, for volume tests. */
export function largeChecklist(count: number): Checklist {
  return {
    phases: [{ id: 'foundation', name: 'Foundation' }],
    tracks: [],
    checks: Array.from({ length: count }, (_, i) =>
      check(`check-${String(i).padStart(2, '0')}`, 'foundation'),
    ),
  };
}

/** The result that an evaluator would give a check with this outcome. */
export function resultOf(checkId: string, outcome: CheckOutcome): CheckResult {
  switch (outcome) {
    case 'pass':
      return {
        checkId,
        outcome,
        evidence: [
          { kind: 'file', target: `${checkId}.md`, detail: `${checkId}.md` },
        ],
        lookedFor: [],
      };
    case 'fail':
      return { checkId, outcome, evidence: [], lookedFor: [`${checkId}.md`] };
    case 'error':
      return {
        checkId,
        outcome,
        evidence: [],
        lookedFor: [],
        reason: 'The repository could not be read: 503 Service Unavailable',
      };
    case 'not-applicable':
      return {
        checkId,
        outcome,
        evidence: [{ kind: 'entity', target: 'spec.type', detail: 'library' }],
        lookedFor: [],
        reason: 'Libraries are not deployed',
      };
    default:
      return {
        checkId,
        outcome,
        evidence: [],
        lookedFor: [],
        reason: 'Handled by the platform team',
        waiver: {
          checkId,
          kind: outcome === 'exempt' ? 'exemption' : 'attestation',
          reason: 'Handled by the platform team',
          expiresAt: '2027-01-31',
          source: 'api',
        },
      };
  }
}

/**
 * A scorecard with the given outcomes (others fail), its phase and progress
 * computed as the evaluator does.
 */
export function scorecardOf(
  outcomes: Record<string, CheckOutcome | CheckResult>,
  options: { checklist?: Checklist; evaluatedAt?: string } = {},
): EntityEvaluation {
  const list = options.checklist ?? checklist;
  return evaluationOfResults({
    checklist: list,
    checks: list.checks.map(c => {
      const given = outcomes[c.id] ?? 'fail';
      return typeof given === 'string' ? resultOf(c.id, given) : given;
    }),
    now: new Date(options.evaluatedAt ?? '2026-11-20T10:00:00.000Z'),
  });
}

/** Outcomes that reach `foundation` and half of `operable`. */
export const foundationOutcomes: Record<string, CheckOutcome> = {
  readme: 'pass',
  ci: 'pass',
  logging: 'pass',
  alerts: 'fail',
  slo: 'fail',
  dependabot: 'fail',
};

export function factsOf(
  name: string,
  facts: Partial<EntityFacts> = {},
): EntityFacts {
  return {
    entityRef: `component:default/${name}`,
    kind: 'component',
    namespace: 'default',
    name,
    type: 'service',
    lifecycle: 'production',
    owner: 'group:default/team-payments',
    system: 'system:default/payments',
    domain: 'domain:default/commerce',
    ...facts,
  };
}

export function recordOf(
  name: string,
  outcomes: Record<string, CheckOutcome | CheckResult> = foundationOutcomes,
  options: {
    facts?: Partial<EntityFacts>;
    checklist?: Checklist;
    etag?: string;
  } = {},
): EvaluationRecord {
  return {
    inputsDigest: `digest-${name}`,
    facts: factsOf(name, options.facts),
    scorecard: scorecardOf(outcomes, { checklist: options.checklist }),
    repository: {
      location: `https://github.com/acme/${name}`,
      etag: options.etag ?? `"etag-${name}"`,
    },
  };
}
