import type { Entity } from '@backstage/catalog-model';
import type {
  EntityCheck,
  EntityHistory,
  Scorecard,
  Waiver,
} from '../api/types';

/** The catalog entity that the fixtures describe. */
export const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'payments-api', title: 'Payments API' },
  spec: {
    type: 'service',
    owner: 'group:default/team-payments',
    lifecycle: 'production',
    system: 'payments',
  },
};

const ENTITY_REF = 'component:default/payments-api';

type Definition = Pick<
  EntityCheck,
  'checkId' | 'title' | 'phase' | 'track' | 'required' | 'why' | 'howToPass'
> &
  Partial<Pick<EntityCheck, 'guidanceUrl' | 'attestable' | 'details'>>;

function check(
  definition: Definition,
  result: Partial<EntityCheck> & Pick<EntityCheck, 'outcome'>,
): EntityCheck {
  return {
    attestable: false,
    evidence: [],
    lookedFor: [],
    blocking: false,
    changedAt: '2026-10-02T08:00:00.000Z',
    ...definition,
    ...result,
  };
}

const runbooksAttestation: Waiver = {
  id: 'w-runbooks',
  entityRef: ENTITY_REF,
  checkId: 'runbooks',
  kind: 'attestation',
  reason: 'Runbooks live in the operations wiki, not in the repository',
  expiresAt: '2027-03-31',
  evidenceUrl: 'https://wiki.example.com/payments/runbooks',
  createdBy: 'user:default/jane.doe',
  source: 'api',
  createdAt: '2026-10-01T10:00:00.000Z',
  active: true,
};

const revokedExemption: Waiver = {
  id: 'w-scanning',
  entityRef: ENTITY_REF,
  checkId: 'security-scanning',
  kind: 'exemption',
  reason: 'Scanning is done by the platform team until the migration ends',
  expiresAt: '2026-12-31',
  createdBy: 'user:default/john.smith',
  source: 'api',
  createdAt: '2026-06-01T10:00:00.000Z',
  revokedAt: '2026-09-15T12:00:00.000Z',
  revokedBy: 'user:default/jane.doe',
  active: false,
};

const checks: EntityCheck[] = [
  // Walking Skeleton: reached.
  check(
    {
      checkId: 'source-hosted',
      title: 'Code is in a hosted git repository',
      phase: 'walking-skeleton',
      required: true,
      why: 'Nobody else can build or review code that only lives on a laptop.',
      howToPass:
        'Annotate the entity with backstage.io/source-location pointing at a git host.',
    },
    {
      outcome: 'pass',
      evidence: [
        {
          kind: 'entity',
          target: 'backstage.io/source-location',
          detail: 'Source location points at github.com/acme/payments-api',
        },
      ],
    },
  ),
  check(
    {
      checkId: 'ci-pipeline',
      title: 'Build and deploy are automated by CI/CD',
      phase: 'walking-skeleton',
      required: true,
      why: 'Manual builds drift and cannot be repeated.',
      howToPass: 'Add a CI workflow such as .github/workflows/ci.yml.',
      guidanceUrl: 'https://handbook.example.com/ci',
    },
    {
      outcome: 'pass',
      evidence: [
        {
          kind: 'file',
          target: '.github/workflows/ci.yml',
          detail: 'GitHub Actions workflow',
        },
      ],
    },
  ),
  check(
    {
      checkId: 'unit-tests',
      title: 'There is a testing strategy, starting with unit tests',
      phase: 'walking-skeleton',
      required: true,
      why: 'Without tests every change is a gamble.',
      howToPass: 'Add unit tests next to the code (*.test.ts, *_test.go, ...).',
    },
    {
      outcome: 'error',
      reason: 'The repository could not be read: GitHub answered 503',
      lastConclusive: {
        outcome: 'pass',
        evidence: [
          {
            kind: 'file',
            target: 'src/payments.test.ts',
            detail: 'Unit test file',
          },
        ],
      },
      changedAt: '2026-11-21T09:30:00.000Z',
    },
  ),
  check(
    {
      checkId: 'owned',
      title: 'Someone owns it',
      phase: 'walking-skeleton',
      required: true,
      why: 'An unowned service is nobody’s problem until it is everybody’s.',
      howToPass: 'Set spec.owner to an existing group or user.',
    },
    {
      outcome: 'pass',
      evidence: [
        {
          kind: 'entity',
          target: 'spec.owner',
          detail: 'Owned by group:default/team-payments',
        },
      ],
    },
  ),
  // Solid Foundation: reached, one check exempted by an annotation.
  check(
    {
      checkId: 'health-checks',
      title: 'Health checks and readiness probes',
      phase: 'foundation',
      required: true,
      why: 'The platform cannot route around an instance it cannot ask.',
      howToPass: 'Declare readinessProbe and livenessProbe in the manifests.',
    },
    {
      outcome: 'pass',
      evidence: [
        {
          kind: 'file',
          target: 'deploy/deployment.yaml',
          detail: 'readinessProbe on /healthz',
        },
      ],
    },
  ),
  check(
    {
      checkId: 'structured-logging',
      title: 'Structured logging with levels',
      phase: 'foundation',
      required: true,
      why: 'Free text logs cannot be searched or aggregated.',
      howToPass: 'Depend on a structured logger such as pino or zap.',
    },
    {
      outcome: 'exempt',
      reason: 'The platform sidecar turns every log line into JSON',
      waiver: {
        checkId: 'structured-logging',
        kind: 'exemption',
        reason: 'The platform sidecar turns every log line into JSON',
        expiresAt: '2027-06-30',
        source: 'annotation',
      },
      lookedFor: ['a structured logger dependency (pino, winston, bunyan)'],
    },
  ),
  check(
    {
      checkId: 'api-contract',
      title: 'API contracts are explicit',
      phase: 'foundation',
      required: true,
      why: 'Consumers need a contract they can rely on.',
      howToPass: 'Provide an API entity or an `openapi.yaml` document.',
      details: [
        'any of:',
        '  {"relation":{"type":"providesApi"}}',
        '  files openapi*.{yaml,yml,json}',
      ],
    },
    {
      outcome: 'pass',
      evidence: [
        {
          kind: 'entity',
          target: 'api:default/payments',
          detail: 'Provides API payments',
        },
        {
          kind: 'warning',
          target: 'charts/payments/templates/job.yaml',
          detail:
            'charts/payments/templates/job.yaml: invalid YAML; ignored, as it cannot hold this evidence',
        },
      ],
    },
  ),
  // Production Ready: the next phase, four of eight met.
  check(
    {
      checkId: 'monitoring-alerting',
      title: 'Monitoring and alerting',
      phase: 'production-ready',
      required: true,
      why: 'Users should not be the ones to tell you it is down.',
      howToPass: 'Add the annotations of your monitoring and on-call tools.',
    },
    {
      outcome: 'pass',
      evidence: [
        {
          kind: 'entity',
          target: 'pagerduty.com/service-id',
          detail: 'PagerDuty service',
        },
      ],
    },
  ),
  check(
    {
      checkId: 'test-levels',
      title: 'Automated tests at several levels',
      phase: 'production-ready',
      required: true,
      why: 'Unit tests alone miss what breaks between components.',
      howToPass: 'Add integration or end-to-end tests and run them in CI.',
    },
    {
      outcome: 'fail',
      blocking: true,
      lookedFor: [
        'integration tests (testcontainers, *integration* folders)',
        'end-to-end tests (playwright, cypress, *e2e* folders)',
      ],
    },
  ),
  check(
    {
      checkId: 'config-per-env',
      title: 'Configuration is externalised and environment-specific',
      phase: 'production-ready',
      required: true,
      why: 'A build promoted between environments must not be rebuilt.',
      howToPass: 'Keep per-environment values files or overlays.',
    },
    {
      outcome: 'pass',
      evidence: [
        {
          kind: 'file',
          target: 'deploy/values-prod.yaml',
          detail: 'Helm values per environment',
        },
      ],
    },
  ),
  check(
    {
      checkId: 'secrets-management',
      title: 'Secrets management is automated',
      phase: 'production-ready',
      required: true,
      why: 'Secrets copied by hand leak and never rotate.',
      howToPass: 'Use SOPS, Vault, External Secrets or a cloud secret manager.',
      guidanceUrl: 'https://handbook.example.com/secrets',
    },
    {
      outcome: 'fail',
      blocking: true,
      lookedFor: ['.sops.yaml', 'ExternalSecret or SealedSecret manifests'],
    },
  ),
  check(
    {
      checkId: 'security-scanning',
      title: 'SAST/DAST/dependency scanning in CI',
      phase: 'production-ready',
      required: true,
      why: 'Known vulnerabilities are the cheapest ones to avoid.',
      howToPass: 'Run CodeQL, Snyk, Trivy or similar in CI.',
    },
    {
      outcome: 'fail',
      blocking: true,
      lookedFor: ['CodeQL, Semgrep, Snyk or Trivy in the CI configuration'],
      changedAt: '2026-09-15T12:05:00.000Z',
    },
  ),
  check(
    {
      checkId: 'contract-validation',
      title: 'Schemas are registered and validated, clients generated',
      phase: 'production-ready',
      required: true,
      why: 'Hand-written clients drift from the contract.',
      howToPass: 'Lint the contract with Spectral or buf and generate clients.',
    },
    {
      outcome: 'fail',
      blocking: true,
      lookedFor: ['.spectral.yaml', 'buf.yaml', 'openapi-generator config'],
    },
  ),
  check(
    {
      checkId: 'runbooks',
      title: 'Run books and play books exist',
      phase: 'production-ready',
      required: true,
      why: 'At 3 a.m. nobody remembers how to fail over.',
      howToPass:
        'Link a runbook from the entity or keep RUNBOOK.md in the repo.',
      attestable: true,
    },
    {
      outcome: 'attested',
      reason: runbooksAttestation.reason,
      waiver: {
        checkId: 'runbooks',
        kind: 'attestation',
        reason: runbooksAttestation.reason,
        expiresAt: runbooksAttestation.expiresAt,
        evidenceUrl: runbooksAttestation.evidenceUrl,
        createdBy: runbooksAttestation.createdBy,
        source: 'api',
      },
      lookedFor: ['a runbook link on the entity', 'RUNBOOK*.md'],
      changedAt: '2026-10-01T10:05:00.000Z',
    },
  ),
  check(
    {
      checkId: 'db-migrations',
      title: 'Database migrations are automated and versioned',
      phase: 'production-ready',
      required: true,
      why: 'Schema changes by hand cannot be repeated or rolled back.',
      howToPass: 'Keep versioned migrations (Flyway, knex, alembic, ...).',
    },
    {
      outcome: 'not-applicable',
      evidence: [
        { kind: 'entity', detail: 'No database dependency and no DB driver' },
      ],
    },
  ),
  // Operational Maturity and Kaizen: not reached yet.
  check(
    {
      checkId: 'distributed-tracing',
      title: 'Distributed tracing and metrics are built in',
      phase: 'operational-maturity',
      required: true,
      why: 'A request that crosses services cannot be followed without traces.',
      howToPass: 'Depend on OpenTelemetry and export traces.',
    },
    {
      outcome: 'pass',
      evidence: [
        {
          kind: 'file',
          target: 'package.json',
          detail: 'Depends on @opentelemetry/sdk-node',
        },
      ],
    },
  ),
  check(
    {
      checkId: 'disaster-recovery',
      title: 'Backup and disaster recovery are automated',
      phase: 'operational-maturity',
      required: true,
      why: 'A backup that was never restored is a hope, not a plan.',
      howToPass: 'Schedule backups and document the recovery.',
      attestable: true,
    },
    {
      outcome: 'fail',
      lookedFor: ['Velero Schedule', 'docs/**/disaster-recovery*'],
    },
  ),
  check(
    {
      checkId: 'performance-testing',
      title: 'Performance testing is part of the cycle',
      phase: 'kaizen',
      required: true,
      why: 'Regressions in latency go unnoticed until users complain.',
      howToPass: 'Run k6, Gatling or Locust scripts regularly.',
    },
    { outcome: 'fail', lookedFor: ['k6, Gatling, Locust or JMeter scripts'] },
  ),
  // Tracks beside the ladder.
  check(
    {
      checkId: 'code-review',
      title: 'Code reviews',
      track: 'practices',
      required: false,
      why: 'A second pair of eyes catches what tests do not.',
      howToPass: 'Add CODEOWNERS or require reviews on the main branch.',
    },
    {
      outcome: 'pass',
      evidence: [
        {
          kind: 'file',
          target: '.github/CODEOWNERS',
          detail: 'Code owners file',
        },
      ],
    },
  ),
  check(
    {
      checkId: 'trunk-based',
      title: 'Trunk-based development',
      track: 'practices',
      required: false,
      why: 'Long-lived branches hide integration problems.',
      howToPass: 'Keep branches few and short-lived, or attest it.',
      attestable: true,
    },
    { outcome: 'fail', lookedFor: ['few, short-lived branches'] },
  ),
  check(
    {
      checkId: 'dependency-updates',
      title: 'Dependency upgrades are automated',
      track: 'nice-to-have',
      required: false,
      why: 'Small upgrades often beat one big upgrade a year.',
      howToPass: 'Configure Renovate or Dependabot.',
    },
    {
      outcome: 'pass',
      evidence: [
        { kind: 'file', target: 'renovate.json', detail: 'Renovate config' },
      ],
    },
  ),
];

/**
 * Payments API: reached Solid Foundation, four of eight checks of Production
 * Ready met, one check that could not be read and one attested check.
 */
export const scorecard: Scorecard = {
  summary: {
    entityRef: ENTITY_REF,
    kind: 'component',
    namespace: 'default',
    name: 'payments-api',
    title: 'Payments API',
    type: 'service',
    lifecycle: 'production',
    owner: 'group:default/team-payments',
    system: 'system:default/payments',
    phase: 'foundation',
    nextPhase: 'production-ready',
    progress: 0.5,
    counts: {
      pass: 10,
      fail: 7,
      'not-applicable': 1,
      exempt: 1,
      attested: 1,
      error: 1,
    },
    blocking: [
      'test-levels',
      'secrets-management',
      'security-scanning',
      'contract-validation',
    ],
    evaluatedAt: '2026-11-21T09:30:00.000Z',
    phaseSince: '2026-08-03T06:00:00.000Z',
  },
  phases: [
    {
      phaseId: 'walking-skeleton',
      name: 'Walking Skeleton',
      reached: true,
      met: 4,
      total: 4,
      blocking: [],
    },
    {
      phaseId: 'foundation',
      name: 'Solid Foundation',
      reached: true,
      met: 3,
      total: 3,
      blocking: [],
    },
    {
      phaseId: 'production-ready',
      name: 'Production Ready',
      reached: false,
      met: 4,
      total: 8,
      blocking: [
        'test-levels',
        'secrets-management',
        'security-scanning',
        'contract-validation',
      ],
    },
    {
      phaseId: 'operational-maturity',
      name: 'Operational Maturity',
      reached: false,
      met: 1,
      total: 2,
      blocking: ['disaster-recovery'],
    },
    {
      phaseId: 'kaizen',
      name: 'Kaizen',
      reached: false,
      met: 0,
      total: 1,
      blocking: ['performance-testing'],
    },
  ],
  tracks: [
    { trackId: 'practices', name: 'Development practices', met: 1, total: 2 },
    { trackId: 'nice-to-have', name: 'Nice to have', met: 1, total: 1 },
  ],
  checks,
  waivers: [runbooksAttestation, revokedExemption],
};

/** How Payments API got where it is. */
export const entityHistory: EntityHistory = {
  phases: [
    { at: '2026-05-12T06:00:00.000Z', from: null, to: 'walking-skeleton' },
    {
      at: '2026-08-03T06:00:00.000Z',
      from: 'walking-skeleton',
      to: 'foundation',
    },
  ],
  checks: [
    {
      at: '2026-11-21T09:30:00.000Z',
      checkId: 'unit-tests',
      from: 'pass',
      to: 'error',
    },
    {
      at: '2026-10-01T10:05:00.000Z',
      checkId: 'runbooks',
      from: 'fail',
      to: 'attested',
    },
    {
      at: '2026-09-15T12:05:00.000Z',
      checkId: 'security-scanning',
      from: 'exempt',
      to: 'fail',
    },
  ],
};

/** Why the repository of the unknown fixture could not be read. */
export const UNREADABLE_REASON =
  'The repository could not be read: GitHub answered 404 Not Found. The integration may lack access to it.';

// Checks that read the repository; the others read the catalog entity.
const REPOSITORY_CHECKS = new Set([
  'ci-pipeline',
  'unit-tests',
  'health-checks',
  'structured-logging',
  'test-levels',
  'config-per-env',
  'secrets-management',
  'security-scanning',
  'contract-validation',
  'distributed-tracing',
  'disaster-recovery',
  'performance-testing',
  'code-review',
  'trunk-based',
  'dependency-updates',
]);

/**
 * Payments API when its repository cannot be read and never could: every
 * check of the repository could not be checked, its standing is unknown
 * (no phase known to be reached) and nothing counts as blocking.
 */
export const unknownScorecard: Scorecard = {
  ...scorecard,
  summary: {
    ...scorecard.summary,
    phase: null,
    nextPhase: 'walking-skeleton',
    progress: 0.5,
    unknown: {
      reason: UNREADABLE_REASON,
      checks: ['ci-pipeline', 'unit-tests'],
    },
    counts: {
      pass: 4,
      fail: 0,
      'not-applicable': 1,
      exempt: 0,
      attested: 1,
      error: 15,
    },
    blocking: [],
  },
  phases: scorecard.phases.map(p => ({
    ...p,
    reached: false,
    blocking: [],
  })),
  checks: checks.map(c =>
    REPOSITORY_CHECKS.has(c.checkId)
      ? {
          ...c,
          outcome: 'error' as const,
          reason: UNREADABLE_REASON,
          evidence: [],
          lookedFor: [],
          lastConclusive: undefined,
          waiver: undefined,
          blocking: false,
        }
      : c,
  ),
  waivers: [],
};
