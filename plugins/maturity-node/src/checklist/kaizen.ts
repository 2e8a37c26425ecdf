import type {
  CheckDefinition,
  Rule,
} from '@backstage-maturity/plugin-maturity-common';
import {
  allOf,
  annotation,
  anyOf,
  BUILD_FILES,
  CI_AND_TASK_FILES,
  CI_FILES,
  content,
  dependency,
  DOC_EXTENSIONS,
  DOCKERFILES,
  documents,
  files,
  GENERATED_SOURCES,
  HELM_TEMPLATE_FILES,
  isDocumentation,
  isLibraryOrDocumentation,
  kubernetesKinds,
  SOURCE_FILES,
  TERRAFORM_FILES,
  TEST_AND_EXAMPLE_FOLDERS,
  TEST_SOURCES,
  YAML_FILES,
} from './common';
import { PHASE } from '@backstage-maturity/plugin-maturity-common';

const YAML_AND_TEMPLATES = [...YAML_FILES, '*.tpl'];

/** Container and pod settings may live in manifests, Helm templates or Terraform. */
const WORKLOAD_CONFIG = [...YAML_AND_TEMPLATES, ...TERRAFORM_FILES];

/**
 * The container runs as a non-root user: the last `USER` of a Dockerfile is
 * not root / 0, or a pod sets `runAsNonRoot: true`.
 *
 * @public
 */
export const nonRootContainerRule: Rule = anyOf(
  content(
    DOCKERFILES,
    '^USER[ \\t]+(?!(?:root|0)(?:[:\\s]|$))\\S+(?![\\s\\S]*^USER[ \\t])',
    { flags: 'im' },
  ),
  content(
    WORKLOAD_CONFIG,
    'runAsNonRoot[ \\t]*:[ \\t]*["\']?true|run_as_non_root[ \\t]*=[ \\t]*true',
    { exclude: TEST_AND_EXAMPLE_FOLDERS },
  ),
);

/**
 * The final stage of a Dockerfile builds on a minimal base: distroless,
 * `scratch`, Chainguard / Wolfi, UBI micro/minimal, or the bare `alpine`
 * image. Language images in an `-alpine` variant (`node:20-alpine`,
 * `eclipse-temurin:21-jre-alpine`) carry a whole runtime and package manager
 * and do not count as minimal.
 *
 * @public
 */
export const minimalBaseImageRule: Rule = content(
  DOCKERFILES,
  '^FROM[ \\t]+(?:--platform=\\S+[ \\t]+)?' +
    '(?:\\S*(?:distroless|chainguard|cgr\\.dev|wolfi|ubi\\d*[-/](?:micro|minimal))\\S*' +
    '|(?:\\S*/)?(?:scratch|alpine)(?:[:@]\\S*)?)' +
    '(?:[ \\t]+AS[ \\t]+\\S+)?[ \\t]*$(?![\\s\\S]*^FROM[ \\t])',
  { flags: 'im' },
);

/**
 * Containers run with a read-only root filesystem.
 *
 * @public
 */
export const readOnlyRootFilesystemRule: Rule = content(
  [...WORKLOAD_CONFIG, '*task-def*.json', '*taskdef*.json'],
  'readOnlyRootFilesystem[ \\t]*:[ \\t]*["\']?true|read_only_root_filesystem[ \\t]*=[ \\t]*true|"readonlyRootFilesystem"[ \\t]*:[ \\t]*true',
  { exclude: TEST_AND_EXAMPLE_FOLDERS },
);

/**
 * Phase 5: it is improved continuously from measurements.
 *
 * @public
 */
export const kaizenChecks: CheckDefinition[] = [
  {
    id: 'performance-testing',
    title: 'Performance testing is part of the cycle',
    phase: PHASE.kaizen,
    required: true,
    why: 'Without load and benchmark tests, performance regressions are found by users at peak traffic.',
    howToPass:
      'Load or benchmark tests: k6, Gatling, Locust, JMeter (`*.jmx`), Artillery, Vegeta or `wrk` scripts, ' +
      'or benchmark suites run in CI (`go test -bench`, JMH, `cargo bench`, a `benchmark` job).',
    rule: anyOf(
      dependency([
        'k6',
        '@types/k6',
        'io.gatling*:*',
        'locust',
        'artillery',
        'github.com/tsenart/vegeta*',
        'org.openjdk.jmh:*',
      ]),
      files([
        '*.jmx',
        'locustfile*.py',
        '**/k6/**/*.{js,ts}',
        '*.k6.{js,ts}',
        'artillery*.y*ml',
        '*Simulation.{scala,java,kt}',
        '**/gatling/**',
      ]),
      content(
        ['*.{js,mjs,ts}'],
        'from\\s+[\'"]k6(?:/[\\w-]+)?[\'"]|require\\(\\s*[\'"]k6',
        { exclude: GENERATED_SOURCES },
      ),
      content(
        ['*.lua'],
        '\\bwrk\\.(?:method|body|headers|format)\\b|^[ \\t]*(?:request|response)[ \\t]*=[ \\t]*function',
        { flags: 'im' },
      ),
      // Load-test tools run from CI, task runners or the build.
      content(
        [...CI_AND_TASK_FILES, ...BUILD_FILES],
        '\\bk6[ \\t]+run\\b|setup-k6-action|run-k6-action|k6-action|gatling|\\blocust\\b|\\bjmeter\\b|\\bartillery[ \\t]+run\\b|vegeta[ \\t]+attack|\\bwrk[ \\t]+-',
      ),
      // Benchmark suites run in CI.
      content(
        CI_FILES,
        [
          'go[ \\t]+test[^\\n]*[ \\t]-bench\\b',
          '\\bjmh\\b',
          'cargo[ \\t]+bench',
          '--benchmark',
          'BenchmarkDotNet',
          '^[ \\t]*-?[ \\t]*name[ \\t]*:[^\\n]*\\bbench(?:mark)?s?\\b',
          '^[ \\t]*[\\w-]*bench(?:mark)?[\\w-]*[ \\t]*:[ \\t]*$',
        ].join('|'),
        { flags: 'im' },
      ),
    ),
  },
  {
    id: 'slo-metrics',
    title: 'Optimisation is driven by metrics: SLOs and profiling',
    phase: PHASE.kaizen,
    required: true,
    why: 'Without SLOs and profiles, optimisation work follows opinions instead of what users experience.',
    howToPass:
      'SLO definitions (OpenSLO, Sloth, Nobl9, Pyrra, files whose name has `slo` / `slos` as a whole word ' +
      'such as `slo.yaml`, `api.slo.yml`, `slos/`, `datadog_service_level_objective` in IaC) or continuous ' +
      'profiling (a Go `net/http/pprof` endpoint, Pyroscope, Parca, async-profiler, Google Cloud Profiler, ' +
      'the Datadog profiler).',
    notApplicableWhen: isLibraryOrDocumentation,
    rule: anyOf(
      // SLO definitions.
      files(['{,*[._-]}{slo,slos}{,[._-]*}.{yaml,yml,json}', 'slo/', 'slos/']),
      kubernetesKinds([
        'SLO',
        'PrometheusServiceLevel',
        'ServiceLevelObjective',
      ]),
      // Sloth specification files (`version`, `service`, `slos`).
      documents(YAML_FILES, {
        topLevelKeys: ['slos'],
        has: ['service'],
        exclude: [...HELM_TEMPLATE_FILES, ...TEST_AND_EXAMPLE_FOLDERS],
      }),
      content(
        TERRAFORM_FILES,
        'datadog_service_level_objective|newrelic_service_level|google_monitoring_slo|grafana_slo|nobl9_slo|dynatrace_slo',
      ),
      // Continuous profiling.
      content(['*.go'], '"net/http/pprof"|dd-trace-go[^"\\n]*/profiler"', {
        exclude: TEST_SOURCES,
      }),
      dependency([
        'github.com/grafana/pyroscope-go*',
        'github.com/pyroscope-io/*',
        'cloud.google.com/go/profiler',
        '@pyroscope/nodejs',
        '@google-cloud/profiler',
        '@datadog/pprof',
        'pprof',
        'pyroscope*',
        'google-cloud-profiler',
        'io.pyroscope:*',
        'tools.profiler:async-profiler',
      ]),
      content(
        [...DOCKERFILES, ...YAML_AND_TEMPLATES, ...BUILD_FILES],
        'DD_PROFILING_ENABLED|async-profiler|libasyncProfiler|profiler_java_agent|\\bpyroscope\\b|\\bparca\\b',
        { exclude: TEST_AND_EXAMPLE_FOLDERS },
      ),
      content(
        SOURCE_FILES,
        'ddtrace\\.profiling|DD_PROFILING_ENABLED|profiling\\s*:\\s*true',
        { exclude: [...TEST_SOURCES, ...GENERATED_SOURCES] },
      ),
    ),
  },
  {
    id: 'security-hardening',
    title: 'Security hardening',
    phase: PHASE.kaizen,
    required: true,
    why: 'A container that runs as root on a full OS image with a writable filesystem turns any bug into a foothold.',
    howToPass:
      'A `SECURITY.md`, or two of: the container runs as non-root (`USER` not root in the Dockerfile, or ' +
      '`runAsNonRoot: true`), a distroless / scratch / minimal final base image, `readOnlyRootFilesystem: true`.',
    notApplicableWhen: isDocumentation,
    // The spec lists `SECURITY.md` on its own, then "container runs as
    // non-root (USER ..., runAsNonRoot), distroless/scratch/minimal base,
    // readOnlyRootFilesystem (two of these)". The parenthesis names the two
    // forms of the same item (non-root), so the items are non-root, minimal
    // base and read-only root fs, and "two of these" is two of those three
    // (examples/README.md reads it the same way: ledger-service is "non-root
    // only" although it has both USER and runAsNonRoot). SECURITY.md passes
    // on its own. The rule language has no "at least N of", so the pairs are
    // spelled out.
    rule: anyOf(
      files(['SECURITY.md']),
      allOf(nonRootContainerRule, minimalBaseImageRule),
      allOf(nonRootContainerRule, readOnlyRootFilesystemRule),
      allOf(minimalBaseImageRule, readOnlyRootFilesystemRule),
    ),
  },
  {
    id: 'docs-as-code',
    title: 'Documentation is code-adjacent and kept up to date',
    phase: PHASE.kaizen,
    required: true,
    attestable: true,
    why: 'Documentation kept away from the code goes stale, and stale documentation misleads.',
    howToPass:
      'TechDocs (`backstage.io/techdocs-ref` annotation), an `mkdocs.yml`, or a `docs/` folder with ' +
      'Markdown; and, where the hosting provider is connected, documentation changed within the last ' +
      '180 days (otherwise an owner can attest it).',
    rule: allOf(
      anyOf(
        annotation(['backstage.io/techdocs-ref']),
        files(['mkdocs.y*ml', '**/docs/**/*.{md,markdown,mdx}']),
      ),
      // Only evaluated when the scm module provides the fact.
      { scm: { fact: 'docs-changed-recently', whenUnavailable: true } },
    ),
  },
  {
    id: 'capacity-planning',
    title: 'Capacity planning is data-driven',
    phase: PHASE.kaizen,
    required: true,
    why: 'Capacity guessed up front is either wasted money or an outage at the next traffic peak.',
    howToPass:
      'Autoscaling driven by metrics (`HorizontalPodAutoscaler`, KEDA `ScaledObject`, a ' +
      '`VerticalPodAutoscaler`, autoscaling in IaC or enabled in Helm values) or capacity documentation ' +
      '(`*capacity*.md`).',
    notApplicableWhen: isLibraryOrDocumentation,
    rule: anyOf(
      kubernetesKinds([
        'HorizontalPodAutoscaler',
        'VerticalPodAutoscaler',
        'ScaledObject',
        'ScaledJob',
      ]),
      content(
        TERRAFORM_FILES,
        'autoscal|\\bmin_capacity\\b|\\bmax_capacity\\b|\\bmax_instance_count\\b|\\bmax_replicas\\b',
      ),
      content(
        [...YAML_FILES, '*.template', '*template*.json'],
        'AWS::(?:Application)?AutoScaling::|autoscaling\\.knative\\.dev/(?:min|max)-?scale',
        { exclude: TEST_AND_EXAMPLE_FOLDERS },
      ),
      // Helm values with autoscaling switched on.
      content(
        ['values*.y*ml'],
        '^autoscaling[ \\t]*:[ \\t]*\\r?\\n(?:[ \\t]+[^\\n]*\\n)*?[ \\t]+enabled[ \\t]*:[ \\t]*true\\b',
        { flags: 'im', exclude: TEST_AND_EXAMPLE_FOLDERS },
      ),
      files([`*capacity*.${DOC_EXTENSIONS}`]),
    ),
  },
  {
    id: 'architecture-evolution',
    title:
      'Architecture evolves through recorded decisions and fitness functions',
    phase: PHASE.kaizen,
    required: true,
    why: 'Decisions nobody recorded get re-argued, and boundaries nobody checks erode.',
    howToPass:
      'Architecture decision records (`docs/adr/`, `doc/architecture/decisions/`, `adr/`, or `NNNN-*.md` ' +
      'files in a decisions folder) or architecture rule checkers (ArchUnit, NetArchTest, Konsist, ' +
      'dependency-cruiser, eslint-plugin-boundaries, import-linter, go-cleanarch, go-arch-lint).',
    rule: anyOf(
      files([
        'adr/',
        'adrs/',
        'doc/architecture/decisions/',
        '.adr-dir',
        '.log4brains.yml',
        `**/*decision*/**/[0-9][0-9][0-9][0-9]-*.${DOC_EXTENSIONS}`,
        '.dependency-cruiser.{js,cjs,mjs,json}',
        '.importlinter',
        '.go-arch-lint.y*ml',
      ]),
      dependency([
        'com.tngtech.archunit:*',
        'NetArchTest*',
        'TngTech.ArchUnitNET*',
        'com.lemonappdev:konsist',
        'dependency-cruiser',
        'eslint-plugin-boundaries',
        'import-linter',
        'github.com/roblaszczak/go-cleanarch',
        'github.com/fe3dback/go-arch-lint',
        'archunit',
        'tsarch',
      ]),
      content(
        [...CI_AND_TASK_FILES, 'package.json', 'setup.cfg', 'pyproject.toml'],
        'go-cleanarch|go-arch-lint|depcruise|dependency-cruiser|lint-imports|import-linter|^\\[(?:tool\\.)?importlinter',
        { flags: 'im' },
      ),
    ),
  },
];
