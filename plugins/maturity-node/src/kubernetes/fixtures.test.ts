import { inspectKubernetes } from './inspect';
import type { KubernetesCheck, KubernetesRuleResult } from './types';
import { loadRepo } from './__testUtils__/loadRepo';

/**
 * The example organisation's fixtures (examples/README.md and
 * expected-phases.json) read as the evaluator reads them.
 */
function inspect(repo: string, check: KubernetesCheck): KubernetesRuleResult {
  const { files, appConfigFiles } = loadRepo(repo);
  return inspectKubernetes(check, files, appConfigFiles);
}

describe('example fixtures', () => {
  it('fails identity-api graceful shutdown: grace 20 s < preStop 10 s + HostOptions ShutdownTimeout 30 s', () => {
    expect(inspect('identity-api', 'gracefulShutdown')).toEqual({
      value: false,
      evidence: [],
      lookedFor: [
        'deploy/base/deployment.yaml: Deployment/identity-api terminationGracePeriodSeconds 20 < preStop sleep 10 s + shutdown timeout 30 s (env HostOptions__ShutdownTimeout)',
      ],
      problems: [],
      comparable: true,
    });
  });

  it.each([
    [
      'payments-api',
      'Deployment/payments-api: terminationGracePeriodSeconds 40 >= preStop sleep 5 s + shutdown timeout 25 s (env SHUTDOWN_TIMEOUT)',
    ],
    [
      'ledger-service',
      'Deployment/ledger-service: terminationGracePeriodSeconds 45 >= preStop sleep 10 s + shutdown timeout 20 s (spring.lifecycle.timeout-per-shutdown-phase in src/main/resources/application.properties)',
    ],
  ])('passes %s graceful shutdown with comparable timeouts', (repo, detail) => {
    const result = inspect(repo, 'gracefulShutdown');
    expect(result.value).toBe(true);
    expect(result.comparable).toBe(true);
    expect(result.evidence.map(e => e.detail)).toEqual([detail]);
  });

  it.each([
    'fraud-scoring',
    'storefront-web',
    'cart-service',
    'session-service',
  ])(
    'leaves %s graceful shutdown to the source check (nothing comparable)',
    repo => {
      const result = inspect(repo, 'gracefulShutdown');
      expect(result).toMatchObject({
        value: true,
        evidence: [],
        comparable: false,
      });
    },
  );

  it('fails fraud-scoring resources: requests without limits', () => {
    expect(inspect('fraud-scoring', 'resources')).toMatchObject({
      value: false,
      lookedFor: [
        'deploy/helm/fraud-scoring/templates/deployment.yaml: Deployment/fraud-scoring container fraud-scoring lacks resources.limits',
      ],
      problems: [],
    });
  });

  it.each<[string, boolean]>([
    ['payments-api', true],
    ['ledger-service', true],
    ['identity-api', true],
    ['storefront-web', true],
    ['fraud-scoring', false],
    ['feature-flags-service', false],
    ['session-service', false],
  ])('gives %s resources %p', (repo, value) => {
    const result = inspect(repo, 'resources');
    expect(result.value).toBe(value);
    expect(result.problems).toEqual([]);
  });

  it.each<[string, boolean]>([
    ['payments-api', true],
    ['fraud-scoring', true],
    ['feature-flags-service', true],
    ['cart-service', true],
    ['session-service', false],
    ['audit-log-consumer', false],
  ])('gives %s probes %p', (repo, value) => {
    const result = inspect(repo, 'probes');
    expect(result.value).toBe(value);
    expect(result.problems).toEqual([]);
  });

  it('names the Helm template, workload and container of payments-api probes', () => {
    expect(inspect('payments-api', 'probes').evidence).toEqual([
      {
        kind: 'kubernetes',
        target: 'deploy/helm/payments-api/templates/deployment.yaml',
        detail:
          'Deployment/payments-api container payments-api has readinessProbe, livenessProbe',
      },
    ]);
  });
});
