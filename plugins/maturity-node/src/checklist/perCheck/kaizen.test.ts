import {
  buildGradle,
  deploymentYaml,
  evaluateCheck,
  goMod,
  packageJson,
  pomXml,
  targets,
  type Fixture,
} from './fixture';
import { notApplicableFor } from './notApplicableFor';

/**
 * Phase 5, Kaizen (docs/checklist.md): one passing fixture per kind of
 * evidence of each check, the near misses that must not count, and the
 * types for which a check does not apply.
 */

describe('performance-testing', () => {
  it.each<[string, Record<string, string>, string]>([
    [
      'a k6 script',
      {
        'load/checkout.js':
          "import http from 'k6/http';\nexport default () => http.get(URL);\n",
      },
      'load/checkout.js:1',
    ],
    [
      'a k6/ folder',
      { 'k6/smoke.ts': 'export default () => {};\n' },
      'k6/smoke.ts',
    ],
    [
      '@types/k6',
      {
        'package.json': packageJson(
          {},
          { devDependencies: { '@types/k6': '^0.52.0' } },
        ),
      },
      'package.json',
    ],
    [
      'k6 run in CI',
      {
        '.github/workflows/perf.yml':
          'jobs:\n  load:\n    steps:\n      - run: k6 run load/checkout.js\n',
      },
      '.github/workflows/perf.yml:4',
    ],
    [
      'a Gatling dependency',
      {
        'build.gradle': buildGradle(
          'io.gatling.highcharts:gatling-charts-highcharts:3.11.5',
        ),
      },
      'build.gradle',
    ],
    [
      'a Gatling simulation',
      {
        'src/gatling/scala/CheckoutSimulation.scala':
          'class CheckoutSimulation extends Simulation\n',
      },
      'src/gatling/scala/CheckoutSimulation.scala',
    ],
    [
      'a locustfile',
      { 'perf/locustfile.py': 'from locust import HttpUser\n' },
      'perf/locustfile.py',
    ],
    [
      'a Locust dependency',
      { 'requirements-perf.txt': 'locust==2.29.1\n' },
      'requirements-perf.txt',
    ],
    [
      'a JMeter plan',
      { 'perf/checkout.jmx': '<jmeterTestPlan/>\n' },
      'perf/checkout.jmx',
    ],
    [
      'JMeter in CI',
      { '.gitlab-ci.yml': 'perf:\n  script:\n    - jmeter -n -t plan.jmx\n' },
      '.gitlab-ci.yml:3',
    ],
    [
      'an Artillery script',
      { 'artillery.yml': 'config:\n  target: http://svc\n' },
      'artillery.yml',
    ],
    [
      'an Artillery dependency',
      {
        'package.json': packageJson(
          {},
          { devDependencies: { artillery: '^2.0.16' } },
        ),
      },
      'package.json',
    ],
    [
      'vegeta attack in a Makefile',
      {
        Makefile:
          'load:\n\techo "GET http://svc/" | vegeta attack -rate=50 -duration=30s\n',
      },
      'Makefile:2',
    ],
    [
      'a vegeta library dependency',
      { 'go.mod': goMod('github.com/tsenart/vegeta/v12 v12.11.1') },
      'go.mod',
    ],
    [
      'a wrk Lua script',
      { 'perf/post.lua': 'wrk.method = "POST"\nwrk.body = "{}"\n' },
      'perf/post.lua:1',
    ],
    [
      'wrk in CI',
      {
        '.github/workflows/perf.yml':
          'jobs:\n  load:\n    steps:\n      - run: wrk -t4 -c100 -d30s http://svc/\n',
      },
      '.github/workflows/perf.yml:4',
    ],
    [
      'go test -bench in CI',
      {
        '.github/workflows/bench.yml':
          'jobs:\n  run:\n    steps:\n      - run: go test -run=^$ -bench=. ./...\n',
      },
      '.github/workflows/bench.yml:4',
    ],
    [
      'JMH',
      { 'pom.xml': pomXml(['org.openjdk.jmh:jmh-core:1.37']) },
      'pom.xml',
    ],
    [
      'a benchmark job in CI',
      {
        '.github/workflows/ci.yml':
          'jobs:\n  benchmark:\n    runs-on: ubuntu-latest\n',
      },
      '.github/workflows/ci.yml:2',
    ],
  ])('passes on %s', (_name, files, target) => {
    const result = evaluateCheck('performance-testing', { files });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(target);
  });

  it('fails on an empty repository', () => {
    expect(evaluateCheck('performance-testing').outcome).toBe('fail');
  });

  it.each<[string, Record<string, string>]>([
    [
      'Go benchmarks that CI never runs',
      {
        'orders/orders_test.go':
          'package orders\n\nfunc BenchmarkPrice(b *testing.B) {}\n',
        '.github/workflows/ci.yml':
          'jobs:\n  test:\n    steps:\n      - run: go test ./...\n',
      },
    ],
    ['a perf/ folder of notes', { 'perf/README.md': '# ideas\n' }],
  ])('fails on %s', (_name, files) => {
    expect(evaluateCheck('performance-testing', { files }).outcome).toBe(
      'fail',
    );
  });
});

describe('slo-metrics', () => {
  it.each([
    'slo.yaml',
    'observability/api.slo.yml',
    'slos/availability.yaml',
    'slo/latency.json',
    'checkout-slos.yaml',
  ])('passes on the SLO file %s', path => {
    const result = evaluateCheck('slo-metrics', {
      files: { [path]: 'x: 1\n' },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(path);
  });

  it.each<[string, Record<string, string>, string]>([
    [
      'an OpenSLO definition',
      {
        'observability/availability.yaml':
          'apiVersion: openslo/v1\nkind: SLO\nmetadata:\n  name: availability\n',
      },
      'observability/availability.yaml',
    ],
    [
      'a Sloth PrometheusServiceLevel',
      {
        'deploy/sloth.yaml':
          'apiVersion: sloth.slok.dev/v1\nkind: PrometheusServiceLevel\nmetadata:\n  name: svc\n',
      },
      'deploy/sloth.yaml',
    ],
    [
      'a Sloth specification file',
      {
        'observability/service-levels.yml':
          'version: prometheus/v1\nservice: svc\nslos:\n  - name: requests-availability\n',
      },
      'observability/service-levels.yml',
    ],
    [
      'a Nobl9 SLO in Terraform',
      { 'infra/nobl9.tf': 'resource "nobl9_slo" "availability" {}\n' },
      'infra/nobl9.tf:1',
    ],
    [
      'datadog_service_level_objective',
      {
        'infra/slo.tf':
          'resource "datadog_service_level_objective" "availability" {}\n',
      },
      'infra/slo.tf:1',
    ],
    [
      'a Go pprof endpoint',
      { 'cmd/svc/main.go': 'package main\n\nimport _ "net/http/pprof"\n' },
      'cmd/svc/main.go:3',
    ],
    [
      'Pyroscope (Go)',
      { 'go.mod': goMod('github.com/grafana/pyroscope-go v1.1.1') },
      'go.mod',
    ],
    [
      'Pyroscope (npm)',
      { 'package.json': packageJson({ '@pyroscope/nodejs': '^0.3.11' }) },
      'package.json',
    ],
    [
      'Pyroscope (Python)',
      { 'requirements.txt': 'pyroscope-io==0.8.7\n' },
      'requirements.txt',
    ],
    [
      'a Parca agent',
      {
        'deploy/parca.yaml':
          'apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: parca-agent\n',
      },
      'deploy/parca.yaml:4',
    ],
    [
      'async-profiler',
      {
        Dockerfile:
          'FROM eclipse-temurin:21-jre\nADD async-profiler.tar.gz /opt/\n',
      },
      'Dockerfile:2',
    ],
    [
      'Google Cloud Profiler (npm)',
      { 'package.json': packageJson({ '@google-cloud/profiler': '^6.0.2' }) },
      'package.json',
    ],
    [
      'Google Cloud Profiler (Go)',
      { 'go.mod': goMod('cloud.google.com/go/profiler v0.4.1') },
      'go.mod',
    ],
    [
      'the Datadog profiler in a manifest',
      {
        'deploy/deployment.yaml': deploymentYaml({
          container: 'env:\n  - { name: DD_PROFILING_ENABLED, value: "true" }',
        }),
      },
      'deploy/deployment.yaml:12',
    ],
    [
      'the Datadog profiler in Python source',
      { 'app/main.py': 'import ddtrace.profiling.auto\n' },
      'app/main.py:1',
    ],
  ])('passes on %s', (_name, files, target) => {
    const result = evaluateCheck('slo-metrics', { files });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(target);
  });

  it('fails on an empty repository', () => {
    expect(evaluateCheck('slo-metrics').outcome).toBe('fail');
  });

  it.each([
    ['slo inside a longer word', 'slot.yaml'],
    ['slo inside a longer word (isolation)', 'isolation.yml'],
    ['deployment slots', 'deployment-slots.json'],
  ])('fails on %s', (_name, path) => {
    expect(
      evaluateCheck('slo-metrics', { files: { [path]: 'x: 1\n' } }).outcome,
    ).toBe('fail');
  });

  it('fails on a pprof import only in a test', () => {
    expect(
      evaluateCheck('slo-metrics', {
        files: {
          'cmd/svc/main_test.go': 'package main\n\nimport _ "net/http/pprof"\n',
        },
      }).outcome,
    ).toBe('fail');
  });

  notApplicableFor('slo-metrics', ['library', 'documentation']);
});

describe('security-hardening', () => {
  const READ_ONLY = {
    'deploy/deployment.yaml': deploymentYaml({
      container: 'securityContext:\n  readOnlyRootFilesystem: true',
    }),
  };

  it('passes on SECURITY.md alone', () => {
    const result = evaluateCheck('security-hardening', {
      files: { 'SECURITY.md': '# Reporting\n' },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe('SECURITY.md');
  });

  it.each<[string, Record<string, string>, string[]]>([
    [
      'a non-root USER and a distroless base',
      {
        Dockerfile:
          'FROM golang:1.22 AS build\nRUN go build -o /svc\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /svc /svc\nUSER 65532:65532\n',
      },
      ['Dockerfile:5', 'Dockerfile:3'],
    ],
    [
      'a non-root USER and a scratch base',
      { Dockerfile: 'FROM scratch\nCOPY svc /svc\nUSER 10001\n' },
      ['Dockerfile:3', 'Dockerfile:1'],
    ],
    [
      'a non-root USER and readOnlyRootFilesystem',
      { Dockerfile: 'FROM node:20-alpine\nUSER node\n', ...READ_ONLY },
      ['Dockerfile:2', 'deploy/deployment.yaml:12'],
    ],
    [
      'runAsNonRoot and readOnlyRootFilesystem',
      {
        'deploy/deployment.yaml': deploymentYaml({
          container:
            'securityContext:\n  runAsNonRoot: true\n  readOnlyRootFilesystem: true',
        }),
      },
      ['deploy/deployment.yaml:12', 'deploy/deployment.yaml:13'],
    ],
    [
      'a bare alpine base and readOnlyRootFilesystem',
      { Dockerfile: 'FROM alpine:3.20\nCOPY svc /svc\n', ...READ_ONLY },
      ['Dockerfile:1', 'deploy/deployment.yaml:12'],
    ],
  ])('passes on two hardening measures: %s', (_name, files, expected) => {
    const result = evaluateCheck('security-hardening', { files });
    expect(result.outcome).toBe('pass');
    expect(targets(result)).toEqual(expected);
  });

  it('fails on an empty repository', () => {
    expect(evaluateCheck('security-hardening').outcome).toBe('fail');
  });

  it.each<[string, Record<string, string>]>([
    [
      'non-root alone, even stated twice (USER and runAsNonRoot)',
      {
        Dockerfile: 'FROM node:20\nUSER node\n',
        'deploy/deployment.yaml': deploymentYaml({
          container: 'securityContext:\n  runAsNonRoot: true',
        }),
      },
    ],
    [
      'a language image in an -alpine variant as the "minimal" base',
      { Dockerfile: 'FROM node:20-alpine\nUSER node\n' },
    ],
    [
      'a distroless base whose last USER is root',
      { Dockerfile: 'FROM gcr.io/distroless/base\nUSER root\n' },
    ],
    ['readOnlyRootFilesystem alone', READ_ONLY],
  ])('fails on %s', (_name, files) => {
    expect(evaluateCheck('security-hardening', { files }).outcome).toBe('fail');
  });

  it('applies to a library', () => {
    expect(
      evaluateCheck('security-hardening', {
        entity: { spec: { type: 'library' } },
        files: { 'SECURITY.md': 'x\n' },
      }).outcome,
    ).toBe('pass');
  });

  notApplicableFor('security-hardening', ['documentation']);
});

describe('docs-as-code', () => {
  it('passes on the backstage.io/techdocs-ref annotation', () => {
    const result = evaluateCheck('docs-as-code', {
      entity: { annotations: { 'backstage.io/techdocs-ref': 'dir:.' } },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe('backstage.io/techdocs-ref');
  });

  it.each([
    'mkdocs.yml',
    'mkdocs.yaml',
    'docs/index.md',
    'docs/guides/setup.mdx',
  ])('passes on %s', path => {
    const result = evaluateCheck('docs-as-code', { files: { [path]: 'x\n' } });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(path);
  });

  it('passes when (scm) docs changed within the last 180 days', () => {
    const result = evaluateCheck('docs-as-code', {
      files: { 'docs/index.md': '# svc\n' },
      scm: {
        'docs-changed-recently': {
          value: true,
          detail: 'docs/ changed 12 days ago',
        },
      },
    });
    expect(result.outcome).toBe('pass');
    expect(targets(result)).toEqual(['docs/index.md', 'docs-changed-recently']);
  });

  it('fails when (scm) docs have not changed for 180 days', () => {
    const result = evaluateCheck('docs-as-code', {
      files: { 'mkdocs.yml': 'site_name: svc\n', 'docs/index.md': '# svc\n' },
      scm: {
        'docs-changed-recently': {
          value: false,
          detail: 'last change 400 days ago',
        },
      },
    });
    expect(result.outcome).toBe('fail');
  });

  it('fails on an empty repository', () => {
    expect(evaluateCheck('docs-as-code').outcome).toBe('fail');
  });

  it.each<[string, Fixture]>([
    ['a README alone', { files: { 'README.md': '# svc\n' } }],
    [
      'a docs/ folder without Markdown',
      { files: { 'docs/architecture.png': 'PNG' } },
    ],
  ])('fails on %s', (_name, fixture) => {
    expect(evaluateCheck('docs-as-code', fixture).outcome).toBe('fail');
  });
});

describe('capacity-planning', () => {
  const kind = (k: string, apiVersion: string) =>
    `apiVersion: ${apiVersion}\nkind: ${k}\nmetadata:\n  name: svc\n`;

  it.each<[string, Record<string, string>, string]>([
    [
      'a HorizontalPodAutoscaler',
      { 'deploy/hpa.yaml': kind('HorizontalPodAutoscaler', 'autoscaling/v2') },
      'deploy/hpa.yaml',
    ],
    [
      'a KEDA ScaledObject',
      { 'deploy/keda.yaml': kind('ScaledObject', 'keda.sh/v1alpha1') },
      'deploy/keda.yaml',
    ],
    [
      'a VerticalPodAutoscaler',
      {
        'deploy/vpa.yaml': kind(
          'VerticalPodAutoscaler',
          'autoscaling.k8s.io/v1',
        ),
      },
      'deploy/vpa.yaml',
    ],
    [
      'an HPA in a Helm template',
      {
        'charts/svc/templates/hpa.yaml':
          '{{- if .Values.autoscaling.enabled }}\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\n{{- end }}\n',
      },
      'charts/svc/templates/hpa.yaml:3',
    ],
    [
      'autoscaling in Terraform',
      {
        'infra/scaling.tf':
          'resource "aws_appautoscaling_target" "svc" {\n  max_capacity = 10\n}\n',
      },
      'infra/scaling.tf:1',
    ],
    [
      'autoscaling in CloudFormation',
      {
        'template.yaml':
          'Resources:\n  Asg:\n    Type: AWS::AutoScaling::AutoScalingGroup\n',
      },
      'template.yaml:3',
    ],
    [
      'Knative scale bounds',
      {
        'deploy/service.yaml':
          'metadata:\n  annotations:\n    autoscaling.knative.dev/max-scale: "10"\n',
      },
      'deploy/service.yaml:3',
    ],
    [
      'autoscaling enabled in Helm values',
      {
        'charts/svc/values.yaml':
          'replicaCount: 2\nautoscaling:\n  enabled: true\n  maxReplicas: 10\n',
      },
      'charts/svc/values.yaml:2',
    ],
    [
      'capacity documentation',
      { 'docs/capacity-plan.md': '# Capacity\n' },
      'docs/capacity-plan.md',
    ],
  ])('passes on %s', (_name, files, target) => {
    const result = evaluateCheck('capacity-planning', { files });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(target);
  });

  it('fails on an empty repository', () => {
    expect(evaluateCheck('capacity-planning').outcome).toBe('fail');
  });

  it.each<[string, Record<string, string>]>([
    [
      'autoscaling disabled in Helm values',
      {
        'charts/svc/values.yaml':
          'autoscaling:\n  enabled: false\n  maxReplicas: 10\n',
      },
    ],
    ['a fixed replica count', { 'deploy/deployment.yaml': deploymentYaml() }],
  ])('fails on %s', (_name, files) => {
    expect(evaluateCheck('capacity-planning', { files }).outcome).toBe('fail');
  });

  notApplicableFor('capacity-planning', ['library', 'documentation']);
});

describe('architecture-evolution', () => {
  it.each([
    'docs/adr/0001-record-architecture-decisions.md',
    'doc/architecture/decisions/0002-use-postgres.md',
    'adr/0003-event-sourcing.md',
    'docs/decisions/0004-split-billing.md',
    'architecture/decision-records/0005-grpc.adoc',
    '.adr-dir',
    '.dependency-cruiser.js',
    '.importlinter',
    '.go-arch-lint.yml',
  ])('passes on %s', path => {
    const result = evaluateCheck('architecture-evolution', {
      files: { [path]: 'x\n' },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(path);
  });

  it.each<[string, string, string, string]>([
    [
      'ArchUnit',
      'pom.xml',
      pomXml(['com.tngtech.archunit:archunit-junit5:1.3.0']),
      'com.tngtech.archunit:archunit-junit5',
    ],
    [
      'NetArchTest',
      'Svc.Tests/Svc.Tests.csproj',
      '<Project>\n  <ItemGroup>\n    <PackageReference Include="NetArchTest.Rules" Version="1.3.2" />\n  </ItemGroup>\n</Project>\n',
      'NetArchTest.Rules',
    ],
    [
      'Konsist',
      'build.gradle.kts',
      'dependencies {\n    testImplementation("com.lemonappdev:konsist:0.15.1")\n}\n',
      'com.lemonappdev:konsist',
    ],
    [
      'dependency-cruiser',
      'package.json',
      packageJson(
        {},
        { devDependencies: { 'dependency-cruiser': '^16.3.10' } },
      ),
      'dependency-cruiser',
    ],
    [
      'eslint-plugin-boundaries',
      'package.json',
      packageJson(
        {},
        { devDependencies: { 'eslint-plugin-boundaries': '^4.2.2' } },
      ),
      'eslint-plugin-boundaries',
    ],
    [
      'import-linter',
      'requirements-dev.txt',
      'import-linter==2.0\n',
      'import-linter',
    ],
    [
      'go-cleanarch',
      'go.mod',
      goMod('github.com/roblaszczak/go-cleanarch v1.2.1'),
      'github.com/roblaszczak/go-cleanarch',
    ],
  ])('passes on a dependency on %s', (_name, path, text, name) => {
    const result = evaluateCheck('architecture-evolution', {
      files: { [path]: text },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(path);
    expect(result.evidence[0].detail).toContain(name);
  });

  it.each([
    [
      'import-linter contracts in setup.cfg',
      'setup.cfg',
      '[importlinter]\nroot_package = svc\n',
      'setup.cfg:1',
    ],
    [
      'go-arch-lint in CI',
      '.github/workflows/ci.yml',
      'jobs:\n  arch:\n    steps:\n      - run: go-arch-lint check\n',
      '.github/workflows/ci.yml:4',
    ],
    [
      'go-cleanarch in a Makefile',
      'Makefile',
      'arch:\n\tgo-cleanarch ./...\n',
      'Makefile:2',
    ],
  ])('passes on %s', (_name, path, text, target) => {
    const result = evaluateCheck('architecture-evolution', {
      files: { [path]: text },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(target);
  });

  it('fails on an empty repository', () => {
    expect(evaluateCheck('architecture-evolution').outcome).toBe('fail');
  });

  it.each([
    ['an architecture overview', 'docs/architecture.md'],
    ['unnumbered notes in a decisions folder', 'docs/decisions/notes.md'],
    ['numbered files outside a decisions folder', 'docs/0001-intro.md'],
  ])('fails on %s', (_name, path) => {
    expect(
      evaluateCheck('architecture-evolution', { files: { [path]: 'x\n' } })
        .outcome,
    ).toBe('fail');
  });
});
