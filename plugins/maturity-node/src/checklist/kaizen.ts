import type {
  CheckDefinition,
  Rule,
} from '@backstage-maturity/plugin-maturity-common';
import {
  allOf,
  annotation,
  anyOf,
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
  not,
  TASK_RUNNER_FILES,
  TERRAFORM_FILES,
  TEST_AND_EXAMPLE_FOLDERS,
  TEST_SOURCES,
  YAML_FILES,
} from './common';
import { PHASE } from '@backstage-maturity/plugin-maturity-common';

/** The rule, saying in plain words what it looks for. */
function described<R extends Rule>(description: string, rule: R): R {
  return { ...rule, description };
}

const YAML_AND_TEMPLATES = [...YAML_FILES, '*.tpl'];

/** Container and pod settings may live in manifests, Helm templates or Terraform. */
const WORKLOAD_CONFIG = [...YAML_AND_TEMPLATES, ...TERRAFORM_FILES];

/**
 * Folders of examples, fixtures and test data. Load tests often live in
 * `test/` or `tests/` folders, so those are not left out where a check looks
 * for load tests.
 */
const EXAMPLE_FOLDERS = [
  '**/example/**',
  '**/examples/**',
  '**/testdata/**',
  '**/fixtures/**',
  '**/__fixtures__/**',
];

/**
 * Files that are not the service's own production container or workload:
 * tests, examples, dev containers, Helm charts of dependencies kept beside
 * the service's chart, vendored third-party code.
 */
const NOT_THE_SERVICES_OWN = [
  ...TEST_AND_EXAMPLE_FOLDERS,
  '**/.devcontainer/**',
  '**/charts/*/charts/**',
  '**/third_party/**',
  '**/third-party/**',
];

/** Dockerfiles of the service's production image: not dev, test or CI images. */
const PRODUCTION_DOCKERFILE_EXCLUDES = [
  ...NOT_THE_SERVICES_OWN,
  'Dockerfile[.-]{dev,devel,develop,development,local,test,tests,testing,ci,debug,e2e}*',
  '{dev,devel,develop,development,local,test,tests,testing,ci,debug,e2e}.Dockerfile',
  '*[.-]{dev,devel,develop,development,local,test,tests,testing,ci,debug,e2e}.Dockerfile',
];

/** A line that is not commented out up to this point (YAML/HCL `#`, HCL/JS `//`). */
const UNCOMMENTED = '^(?:(?!#|//)[^\\n])*?';

// ---------------------------------------------------------------- performance

/** A load-test tool started from a command line. */
const LOAD_TOOL_RUN = [
  '\\bk6[ \\t]+(?:run|cloud)\\b',
  '\\blocust\\b[^\\n]*--headless',
  '\\bjmeter\\b[^\\n]*[ \\t]-n\\b',
  '\\bartillery[ \\t]+run\\b',
  '\\bvegeta[ \\t]+attack\\b',
  '\\bwrk2?[ \\t]+-',
  'gatling:test\\b',
  '\\bgatlingRun\\b',
].join('|');

/** A CI step that calls a task-runner or package script named for load or benchmark tests. */
const CI_CALLS_LOAD_TASK =
  '\\b(?:make|task|just|npm[ \\t]+run|yarn(?:[ \\t]+run)?|pnpm(?:[ \\t]+run)?|bun[ \\t]+run)' +
  '(?:[ \\t]+-\\S+(?:[ \\t]+[\\w./-]+)?)*[ \\t]+[\\w:.-]*(?:load|perf|bench|stress|soak|k6|locust|artillery|gatling|jmeter|vegeta)';

/** JavaScript files that import k6. */
const K6_IMPORT =
  '(?:\\bfrom\\s+[\'"]k6(?:/[\\w-]+)*[\'"]|\\brequire\\(\\s*[\'"]k6(?:/[\\w-]+)*[\'"]\\s*\\))';
/** Python files that import Locust. */
const LOCUST_IMPORT =
  '(?:^from[ \\t]+locust\\b[^\\n]*import|^import[ \\t]+locust\\b)';
/** Gatling simulations (Scala, Java, Kotlin DSL). */
const GATLING_SIMULATION =
  '(?:\\bextends\\s+Simulation\\b|:\\s*Simulation\\s*\\(\\s*\\))';
const GATLING_FILES = [
  '*Simulation*.{scala,java,kt}',
  '**/gatling/**/*.{scala,java,kt}',
];
/** Artillery scripts: a `config:` with `phases` and `scenarios:`. */
const ARTILLERY_SCRIPT =
  '^config[ \\t]*:[ \\t]*$(?=[\\s\\S]*^[ \\t]+phases[ \\t]*:)(?=[\\s\\S]*^scenarios[ \\t]*:)';
const ARTILLERY_FILES = [
  '*{artillery,load,perf,stress,soak,spike,smoke}*.y*ml',
  '**/{artillery,load,loadtest,loadtests,load-test,load-tests,perf,performance,stress}/**/*.y*ml',
];

/**
 * Load-test scripts with pass/fail thresholds, wherever they run: k6
 * `thresholds`, Gatling assertions, Locust exit codes or locust-plugins
 * checks, JMeter assertions, Artillery `ensure`, a wrk `done()` that fails.
 */
const thresholdedLoadTestRule: Rule = anyOf(
  content(['*.{js,mjs,cjs,ts}'], `${K6_IMPORT}[\\s\\S]*?\\bthresholds\\s*:`, {
    exclude: [...EXAMPLE_FOLDERS, ...GENERATED_SOURCES],
  }),
  content(
    GATLING_FILES,
    `${GATLING_SIMULATION}[\\s\\S]*?\\.assertions?\\s*\\(`,
    { exclude: EXAMPLE_FOLDERS },
  ),
  content(
    ['*.py'],
    `${LOCUST_IMPORT}[\\s\\S]*?(?:\\bprocess_exit_code\\b|check[-_](?:fail[-_]ratio|avg[-_]response[-_]time|rps)\\b)`,
    { flags: 'im', exclude: EXAMPLE_FOLDERS },
  ),
  content(
    ['locust.conf', '.locust.conf', '*.locust.conf'],
    '^[ \\t]*check-(?:fail-ratio|avg-response-time|rps)\\b',
    { flags: 'im', exclude: EXAMPLE_FOLDERS },
  ),
  content(['*.jmx'], 'testclass="\\w*Assertion"', {
    exclude: EXAMPLE_FOLDERS,
  }),
  content(
    ARTILLERY_FILES,
    `${ARTILLERY_SCRIPT}[\\s\\S]*?^[ \\t]+(?:ensure|expect)[ \\t]*:`,
    { flags: 'im', exclude: EXAMPLE_FOLDERS },
  ),
  content(
    ['*.lua'],
    '(?:\\bfunction[ \\t]+done\\b|\\bdone[ \\t]*=[ \\t]*function\\b)[\\s\\S]{0,3000}?\\bos\\.exit\\b(?<=\\bwrk\\.[\\s\\S]*)',
    { exclude: EXAMPLE_FOLDERS },
  ),
);

/** Load tests that CI runs, directly or through a task-runner or package script. */
const loadTestInCiRule: Rule = anyOf(
  content(
    CI_FILES,
    [
      LOAD_TOOL_RUN,
      'grafana/(?:setup-|run-)?k6-action',
      '\\bgrafana/k6\\b',
      '\\bgatling\\b',
      '\\bjmeter\\b',
      'artilleryio/action',
    ].join('|'),
  ),
  allOf(
    content([...TASK_RUNNER_FILES, 'package.json'], LOAD_TOOL_RUN),
    content(CI_FILES, CI_CALLS_LOAD_TASK),
  ),
  // Gatling or JMeter bound to a phase of the Maven build.
  content(
    ['pom.xml'],
    '(?:gatling|jmeter)-maven-plugin</artifactId>(?:(?!</plugin>)[\\s\\S])*?<goal>(?:test|jmeter)</goal>',
  ),
);

/** Load-test scripts of the common tools (a dependency alone is not a script). */
const loadTestScriptRule: Rule = anyOf(
  content(['*.{js,mjs,cjs,ts}'], K6_IMPORT, {
    exclude: [...EXAMPLE_FOLDERS, ...GENERATED_SOURCES],
  }),
  content(GATLING_FILES, GATLING_SIMULATION, { exclude: EXAMPLE_FOLDERS }),
  content(['*.py'], LOCUST_IMPORT, { flags: 'im', exclude: EXAMPLE_FOLDERS }),
  files(['*.jmx'], { exclude: EXAMPLE_FOLDERS }),
  content(ARTILLERY_FILES, ARTILLERY_SCRIPT, {
    flags: 'im',
    exclude: EXAMPLE_FOLDERS,
  }),
  content(['*.lua'], '\\bwrk\\.(?:method|body|headers|format|path)\\b', {
    exclude: EXAMPLE_FOLDERS,
  }),
);

/**
 * A traffic generator that runs as part of a deployment, as demos have one:
 * a load tool started by a container image or a Compose/Kubernetes service,
 * or a folder named for a load or traffic generator.
 */
const trafficGeneratorRule: Rule = anyOf(
  content(
    DOCKERFILES,
    '^(?:CMD|ENTRYPOINT)[ \\t][^\\n]*\\b(?:locust|k6|artillery|jmeter|vegeta|wrk)\\b',
    { flags: 'im' },
  ),
  content(
    YAML_FILES,
    '^[ \\t]*(?:-[ \\t]*)?image[ \\t]*:[^\\n]*(?:locustio/locust|grafana/k6\\b|artilleryio/artillery)|^[ \\t]*(?:command|args|entrypoint)[ \\t]*:[^\\n]*\\blocust\\b',
    { flags: 'im', exclude: CI_FILES },
  ),
  files([
    '**/{loadgenerator,load-generator,load_generator,loadgen,traffic-generator,trafficgenerator,traffic_generator}/**',
  ]),
);

/**
 * Load tests: with thresholds, run by CI, or at least load-test scripts
 * where no demo traffic generator runs. A load generator that only
 * simulates demo traffic (no thresholds, never run in CI) is not
 * performance testing, and the tools alone (a Locust or Gatling
 * dependency) are not load tests.
 */
const loadTestRule: Rule = described(
  'load tests (k6, Gatling, Locust, JMeter, Artillery, Vegeta, wrk) with thresholds or run in CI, or load-test scripts that are not a demo traffic generator',
  anyOf(
    thresholdedLoadTestRule,
    loadTestInCiRule,
    allOf(loadTestScriptRule, not(trafficGeneratorRule)),
  ),
);

/** Benchmark suites, in each ecosystem. */
const benchmarkRule: Rule = described(
  'benchmark suites (Go benchmarks, JMH, kotlinx-benchmark, criterion or divan, BenchmarkDotNet, pytest-benchmark or asv, Benchee, benchmark-ips, tinybench or Vitest bench) or benchmarks run in CI',
  anyOf(
    // Go: benchmark functions in test files.
    content(
      ['*_test.go'],
      '^func[ \\t]+Benchmark\\w*[ \\t]*\\([ \\t]*\\w+[ \\t]+\\*testing\\.B[ \\t]*\\)',
      { flags: 'm', exclude: EXAMPLE_FOLDERS },
    ),
    dependency(
      [
        'org.openjdk.jmh:*',
        'me.champeau.jmh',
        'org.jetbrains.kotlinx:kotlinx-benchmark-*',
        'org.jetbrains.kotlinx.benchmark',
      ],
      ['maven', 'gradle'],
    ),
    dependency(
      [
        'criterion',
        'divan',
        'iai',
        'iai-callgrind',
        'codspeed-criterion-compat',
        'codspeed-divan-compat',
      ],
      ['cargo'],
    ),
    files(['benches/*.rs'], { exclude: EXAMPLE_FOLDERS }),
    content(['Cargo.toml'], '^\\[\\[bench\\]\\]', { flags: 'm' }),
    dependency(['BenchmarkDotNet*'], ['nuget']),
    dependency(
      ['pytest-benchmark', 'pytest-codspeed', 'asv', 'pyperf', 'richbench'],
      ['pypi'],
    ),
    files(['asv.conf.json']),
    dependency(['benchee', 'benchfella'], ['hex']),
    dependency(['benchmark-ips', 'benchmark-memory'], ['rubygems']),
    dependency(['tinybench', 'benchmark', 'mitata', '@codspeed/*'], ['npm']),
    files(['*.bench.{js,mjs,cjs,ts,mts,cts,jsx,tsx}'], {
      exclude: EXAMPLE_FOLDERS,
    }),
    // A benchmark folder with code (Ruby `benchmark/`, Python
    // `benchmarks/`, a module's `tests/benchmark/`, a benchmark harness).
    files(
      [
        '**/{benchmark,benchmarks,bench,benches}/**/*.{go,java,kt,scala,py,js,mjs,cjs,ts,mts,cs,fs,rb,rs,ex,exs}',
      ],
      { exclude: EXAMPLE_FOLDERS },
    ),
    // Benchmarks run in CI or by the task runners it calls.
    content(
      [...CI_FILES, ...TASK_RUNNER_FILES],
      [
        'go[ \\t]+test[^\\n]*[ \\t]-bench\\b',
        '\\bjmh\\b',
        'cargo[ \\t]+bench',
        '--benchmark',
        'BenchmarkDotNet',
        'CodSpeedHQ/action',
        'benchmark-action/github-action-benchmark',
        '\\bmix[ \\t]+run[ \\t]+\\S*bench',
      ].join('|'),
      { flags: 'im' },
    ),
    // CI jobs or steps named benchmark.
    content(
      CI_FILES,
      '^[ \\t]*(?:-[ \\t]*)?name[ \\t]*:[^\\n]*\\bbench(?:mark)?s?\\b|^[ \\t]*[\\w-]*bench(?:mark)?[\\w-]*[ \\t]*:[ \\t]*$',
      { flags: 'im' },
    ),
  ),
);

// ---------------------------------------------------------------- SLO and profiling

/** SLO definitions. */
const sloRule: Rule = described(
  'SLO definitions: OpenSLO, Sloth, Pyrra or Nobl9 files, a file or folder named slo or slos, or SLO resources in Terraform',
  anyOf(
    // `slo` / `slos` as a whole word of the name (`api.slo.yml`, `slos/`),
    // not inside another word (`slot`, `slow`, `isolation`).
    files(['{,*[._-]}{slo,slos}{,[._-]*}.{yaml,yml,json}', 'slo/', 'slos/'], {
      exclude: TEST_AND_EXAMPLE_FOLDERS,
    }),
    documents(YAML_FILES, {
      kinds: [
        'SLO',
        'PrometheusServiceLevel',
        'ServiceLevelObjective',
        'DatadogSLO',
      ],
      exclude: [...HELM_TEMPLATE_FILES, ...TEST_AND_EXAMPLE_FOLDERS],
    }),
    content(
      HELM_TEMPLATE_FILES,
      '^kind:[ \\t]*["\']?(?:SLO|PrometheusServiceLevel|ServiceLevelObjective|DatadogSLO)["\']?[ \\t]*$',
      { flags: 'im', exclude: TEST_AND_EXAMPLE_FOLDERS },
    ),
    // Sloth specification files (`version`, `service`, `slos`).
    documents(YAML_FILES, {
      topLevelKeys: ['slos'],
      has: ['service'],
      exclude: [...HELM_TEMPLATE_FILES, ...TEST_AND_EXAMPLE_FOLDERS],
    }),
    content(
      TERRAFORM_FILES,
      'datadog_service_level_objective|newrelic_service_level|google_monitoring_slo|grafana_slo|nobl9_slo|dynatrace_slo|honeycombio_slo|sumologic_slo|elasticstack_kibana_slo|applicationsignals_service_level_objective',
      { exclude: TEST_AND_EXAMPLE_FOLDERS },
    ),
  ),
);

/** Where a service starts or configures its tracer and profiler. */
const PROFILER_SETUP_SOURCES = [
  '*{main,app,application,server,index,instrument,instrumentation,tracer,tracing,telemetry,sentry,datadog,profiler,profiling,otel}*.{js,mjs,cjs,ts,mts,cts,py}',
  '*{settings,config,wsgi,asgi,manage,__init__}*.py',
  '**/config/**/*.rb',
  '*.ru',
];

/** Ruby profilers, counted only where they are loaded in production. */
const RUBY_PROFILER = '["\'](?:rack-mini-profiler|stackprof)["\']';

/** Continuous profiling, in each ecosystem or for the whole host. */
const profilingRule: Rule = described(
  'continuous profiling: a Go pprof endpoint, Pyroscope, Parca, the OpenTelemetry eBPF profiler, async-profiler, Google Cloud Profiler, the Datadog or Sentry profiler, rack-mini-profiler or stackprof in production',
  anyOf(
    content(
      ['*.go'],
      '"net/http/pprof"|dd-trace-go[^"\\n]*/profiler"|"cloud\\.google\\.com/go/profiler"',
      { exclude: TEST_SOURCES },
    ),
    dependency([
      'github.com/grafana/pyroscope-go*',
      'github.com/pyroscope-io/*',
      'cloud.google.com/go/profiler',
      '@pyroscope/nodejs',
      '@google-cloud/profiler',
      '@datadog/pprof',
      '@sentry/profiling-node',
      'pprof',
      'pyroscope*',
      'google-cloud-profiler',
      'io.pyroscope:*',
      'tools.profiler:async-profiler',
    ]),
    // Profilers attached in images, manifests, build files or collectors.
    content(
      [
        ...DOCKERFILES,
        ...YAML_AND_TEMPLATES,
        ...TERRAFORM_FILES,
        '*.alloy',
        'pom.xml',
        'build.gradle',
        'build.gradle.kts',
        'Procfile',
      ],
      'DD_PROFILING_ENABLED|dd\\.profiling\\.enabled|async-profiler|libasyncProfiler|profiler_java_agent|\\bpyroscope\\b|\\bparca(?:-agent)?\\b|opentelemetry-ebpf-profiler|ebpf-profiler',
      { exclude: TEST_AND_EXAMPLE_FOLDERS },
    ),
    // Profilers switched on where the service starts or configures its
    // tracer (Datadog, Sentry), not anywhere in the source tree.
    content(
      PROFILER_SETUP_SOURCES,
      'ddtrace\\.profiling|DD_PROFILING_ENABLED|\\bprofiling\\s*:\\s*true|\\.profiling\\.enabled\\s*=\\s*(?!false\\b)\\S|profiles_sample_rate|profilesSampleRate|profile_session_sample_rate|profileSessionSampleRate',
      { exclude: [...TEST_SOURCES, ...GENERATED_SOURCES] },
    ),
    // rack-mini-profiler / stackprof outside development and test groups.
    content(
      ['Gemfile'],
      `^gem[ \\t]+${RUBY_PROFILER}(?![^\\n]*\\bgroups?[ \\t]*(?::|=>)[^\\n]*(?:development|test))` +
        `|^group\\b[^\\n]*:production\\b[^\\n]*\\bdo[ \\t]*$(?:(?!^end\\b)[\\s\\S]){0,3000}?^[ \\t]+gem[ \\t]+${RUBY_PROFILER}`,
      { flags: 'im' },
    ),
  ),
);

// ---------------------------------------------------------------- hardening

/** A user that is not root (`USER app`, `USER 10001:10001`, `USER $APP_UID`). */
const NON_ROOT_USER = '(?!(?:root|0)(?:[:\\s]|$))\\S+';
/** `FROM` flags such as `--platform=$BUILDPLATFORM`. */
const FROM_FLAGS = '(?:--\\S+[ \\t]+)*';
/**
 * Images whose default user is not root: distroless `:nonroot` tags,
 * Chainguard images (not their `-dev` variants), Microsoft's chiseled and
 * distroless .NET images.
 */
const NON_ROOT_IMAGE =
  '(?:\\S*distroless\\S*:\\S*nonroot\\S*|cgr\\.dev/chainguard/(?!\\S*-dev\\b)\\S+|mcr\\.microsoft\\.com/\\S*-(?:chiseled|distroless)\\S*)';

/**
 * The service's own container runs as a non-root user: the final stage of a
 * Dockerfile ends as a non-root `USER` (set in that stage, or in the stage it
 * builds on), a pod sets `runAsNonRoot: true` or a non-zero `runAsUser`, or
 * the entrypoint drops privileges (`gosu`, `su-exec`). A `USER` of a build
 * stage, a dev container and commented-out settings do not count.
 *
 * @public
 */
export const nonRootContainerRule: Rule = described(
  'the container runs as a non-root user (USER in the final Dockerfile stage, runAsNonRoot, or gosu/su-exec in the entrypoint)',
  anyOf(
    content(
      DOCKERFILES,
      [
        // The final stage sets a non-root USER and nothing after it changes that.
        `^USER[ \\t]+${NON_ROOT_USER}[^\\n]*$(?![\\s\\S]*^(?:FROM|USER)[ \\t])`,
        // The final stage builds on a stage whose last USER is non-root.
        `^FROM[ \\t]+${FROM_FLAGS}\\S+[ \\t]+AS[ \\t]+([\\w.-]+)[ \\t]*$(?:(?!^FROM[ \\t])[\\s\\S])*?` +
          `^USER[ \\t]+${NON_ROOT_USER}[^\\n]*$(?:(?!^(?:FROM|USER)[ \\t])[\\s\\S])*` +
          `(?:^FROM[ \\t][\\s\\S]*)?^FROM[ \\t]+${FROM_FLAGS}\\1(?:[ \\t]+AS[ \\t]+\\S+)?[ \\t]*$(?![\\s\\S]*^(?:FROM|USER)[ \\t])`,
        // The final stage's image runs as non-root by default (distroless
        // :nonroot, Chainguard, Microsoft chiseled and distroless images)
        // and no USER changes that.
        `^FROM[ \\t]+${FROM_FLAGS}${NON_ROOT_IMAGE}(?:[ \\t]+AS[ \\t]+\\S+)?[ \\t]*$(?![\\s\\S]*^(?:FROM|USER)[ \\t])`,
        // The entrypoint drops privileges.
        '^(?:ENTRYPOINT|CMD)[ \\t][^\\n]*\\b(?:gosu|su-exec)\\b(?![ \\t",]+["\']?(?:root|0)\\b)',
      ].join('|'),
      { flags: 'im', exclude: PRODUCTION_DOCKERFILE_EXCLUDES },
    ),
    content(
      WORKLOAD_CONFIG,
      `${UNCOMMENTED}(?:\\b(?:runAsNonRoot|run_as_non_root)["']?[ \\t]*[:=][ \\t]*["']?true\\b|\\b(?:runAsUser|run_as_user)["']?[ \\t]*[:=][ \\t]*["']?[1-9]\\d*\\b)`,
      { flags: 'im', exclude: NOT_THE_SERVICES_OWN },
    ),
    content(
      ['*entrypoint*.sh', '*entrypoint*.bash', '*entrypoint'],
      '^[ \\t]*(?:exec[ \\t]+)?(?:gosu|su-exec|s6-setuidgid)[ \\t]+(?!root\\b|0\\b)\\S+|\\bsetpriv\\b[^\\n]*--reuid[= ]+(?!root\\b|0\\b)\\S+',
      { flags: 'im', exclude: NOT_THE_SERVICES_OWN },
    ),
  ),
);

/** Images of a minimal base: distroless, scratch, Alpine, `-slim`, chiseled, Chainguard/Wolfi, UBI micro/minimal. */
const MINIMAL_IMAGE =
  '(?:\\S*(?:distroless|chainguard|cgr\\.dev|wolfi|chisel|alpine|ubi\\d*[-/](?:micro|minimal))\\S*' +
  '|\\S*[-_.:]slim\\S*|(?:\\S*/)?scratch(?:[:@]\\S*)?)';

/**
 * The final stage of the service's Dockerfile builds on a minimal base:
 * distroless, `scratch`, Alpine (also a language image's `-alpine`
 * variant), a `-slim` variant, a chiseled Ubuntu/.NET image, Chainguard /
 * Wolfi, UBI micro/minimal; directly or through the stage it builds on.
 *
 * @public
 */
export const minimalBaseImageRule: Rule = described(
  'a minimal final base image (distroless, scratch, Alpine, -slim or chiseled)',
  content(
    DOCKERFILES,
    [
      `^FROM[ \\t]+${FROM_FLAGS}${MINIMAL_IMAGE}(?:[ \\t]+AS[ \\t]+\\S+)?[ \\t]*$(?![\\s\\S]*^FROM[ \\t])`,
      // The final FROM takes its image or tag from an ARG whose default is minimal.
      `^ARG[ \\t]+(\\w+)[ \\t]*=[ \\t]*["']?${MINIMAL_IMAGE}[\\s\\S]*` +
        `^FROM[ \\t]+${FROM_FLAGS}\\S*\\$\\{?\\1\\}?\\S*(?:[ \\t]+AS[ \\t]+\\S+)?[ \\t]*$(?![\\s\\S]*^FROM[ \\t])`,
      `^FROM[ \\t]+${FROM_FLAGS}${MINIMAL_IMAGE}[ \\t]+AS[ \\t]+([\\w.-]+)[ \\t]*$[\\s\\S]*` +
        `^FROM[ \\t]+${FROM_FLAGS}\\2(?:[ \\t]+AS[ \\t]+\\S+)?[ \\t]*$(?![\\s\\S]*^FROM[ \\t])`,
    ].join('|'),
    { flags: 'im', exclude: PRODUCTION_DOCKERFILE_EXCLUDES },
  ),
);

/**
 * The service's own workload runs with a read-only root filesystem
 * (Kubernetes, Helm values, Terraform, ECS task definitions); commented-out
 * settings (as in the scaffold of `helm create`) do not count.
 *
 * @public
 */
export const readOnlyRootFilesystemRule: Rule = described(
  'a read-only root filesystem on the service’s own workload (readOnlyRootFilesystem)',
  content(
    [...WORKLOAD_CONFIG, '*task-def*.json', '*taskdef*.json'],
    `${UNCOMMENTED}\\b(?:readOnlyRootFilesystem|read_only_root_filesystem)["']?[ \\t]*[:=][ \\t]*["']?true\\b`,
    { flags: 'im', exclude: NOT_THE_SERVICES_OWN },
  ),
);

/** A security policy at the root or in `.github/`. */
const securityPolicyRule: Rule = described(
  'a SECURITY.md at the root or in .github/',
  files(['{SECURITY.md,.github/SECURITY.md}']),
);

/** Every pair of the rules, each pair as `all`. */
function pairs(rules: Rule[]): Rule[] {
  return rules.flatMap((a, i) => rules.slice(i + 1).map(b => allOf(a, b)));
}

// ---------------------------------------------------------------- capacity

/** Autoscaler kinds. */
const AUTOSCALER_KINDS = [
  'HorizontalPodAutoscaler',
  'VerticalPodAutoscaler',
  'ScaledObject',
  'ScaledJob',
];

/** Folders where infrastructure code in a general-purpose language lives (CDK, Pulumi). */
const IAC_CODE = [
  '**/{cdk,infra,infrastructure,iac,deploy,deployment,pulumi}/**/*.{ts,js,py,go,java,cs,kt}',
  '*[-_.]stack.{ts,js,py}',
];

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
      'Load-test scripts: k6 scripts, Gatling simulations, Locust files, JMeter plans (`*.jmx`), Artillery ' +
      'scripts or `wrk` Lua scripts, or k6/Gatling/Locust/JMeter/Artillery/Vegeta/`wrk` run from CI ' +
      '(directly or through a `make`/package script that CI calls). A load generator that only simulates ' +
      'demo traffic (started by a container image or a Compose/Kubernetes service, or kept in a ' +
      '`load-generator` folder) counts only with thresholds (k6 `thresholds`, Gatling assertions, a Locust ' +
      'exit code or `--check-*` thresholds, JMeter assertions, Artillery `ensure`) or when CI runs it; a ' +
      'tool dependency alone is not a load test. Or benchmark suites: Go `Benchmark` functions or ' +
      '`go test -bench`, JMH or kotlinx-benchmark, criterion/divan (`benches/`, `cargo bench`), ' +
      'BenchmarkDotNet, pytest-benchmark or asv, Benchee, benchmark-ips, tinybench or Vitest ' +
      '`*.bench.ts`, or a `benchmark/` folder with code.',
    rule: described(
      'load tests (k6, Gatling, Locust, JMeter, Artillery, Vegeta, wrk scripts, not a demo traffic generator without thresholds or CI) or benchmark suites (Go benchmarks, JMH, criterion, BenchmarkDotNet, pytest-benchmark, Benchee, a benchmark folder, …)',
      anyOf(loadTestRule, benchmarkRule),
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
      'such as `slo.yaml`, `api.slo.yml`, `slos/`, `datadog_service_level_objective` and other SLO ' +
      'resources in Terraform) or continuous profiling (a Go `net/http/pprof` endpoint, Pyroscope, Parca, ' +
      'the OpenTelemetry eBPF profiler, async-profiler, Google Cloud Profiler, the Datadog or Sentry ' +
      'profiler, `rack-mini-profiler` / `stackprof` outside the development and test groups of the ' +
      '`Gemfile`). A name with `slo` inside another word (`slot`, `slow`) is not an SLO.',
    notApplicableWhen: isLibraryOrDocumentation,
    rule: described(
      'SLO definitions (OpenSLO, Sloth, Nobl9, a slo.yaml or slos/ folder, SLOs in Terraform) or continuous profiling (pprof endpoint, Pyroscope, Parca, OpenTelemetry eBPF profiler, async-profiler, Cloud Profiler, Datadog profiler, …)',
      anyOf(sloRule, profilingRule),
    ),
  },
  {
    id: 'security-hardening',
    title: 'Security hardening',
    phase: PHASE.kaizen,
    required: true,
    why: 'A container that runs as root on a full OS image with a writable filesystem turns any bug into a foothold.',
    howToPass:
      'Two of: a `SECURITY.md` at the root or in `.github/`; the service’s own container runs as non-root ' +
      '(a non-root `USER` in the final Dockerfile stage, an image that runs as non-root by default such as ' +
      'distroless `:nonroot`, Chainguard or chiseled .NET images, `runAsNonRoot: true`, or a privilege drop ' +
      'with `gosu` / `su-exec` in the entrypoint); a distroless / scratch / Alpine / `-slim` / chiseled ' +
      'final base image; `readOnlyRootFilesystem: true` on the service’s own workload. Dev-container and ' +
      'test Dockerfiles, build stages, dependency charts and commented-out settings do not count.',
    notApplicableWhen: isDocumentation,
    // "SECURITY.md ...; the service's own container runs as non-root (USER
    // ..., runAsNonRoot, a privilege drop), distroless/... final base,
    // readOnlyRootFilesystem ... (two of these)": four items, of which two
    // are needed; the parenthesis after non-root names forms of that one
    // item, so USER and runAsNonRoot together still count once. The rule
    // language has no "at least N of", so the pairs are spelled out.
    rule: described(
      'two of: a SECURITY.md at the root or in .github/, a non-root container, a minimal final base image, a read-only root filesystem',
      anyOf(
        ...pairs([
          securityPolicyRule,
          nonRootContainerRule,
          minimalBaseImageRule,
          readOnlyRootFilesystemRule,
        ]),
      ),
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
      'TechDocs (`backstage.io/techdocs-ref` annotation), a documentation site kept in the repository ' +
      '(`mkdocs.yml`, Docusaurus, Sphinx `docs/conf.py`, mdBook `book.toml`, DocFX `docfx.json`, Antora, ' +
      'VitePress, `.readthedocs.yaml`), or a `docs/` (or `doc/`) folder with Markdown, AsciiDoc or ' +
      'reStructuredText (pull request and issue templates are not documentation); and, where the hosting ' +
      'provider is connected, documentation changed within the last 180 days (otherwise an owner can ' +
      'attest it).',
    rule: described(
      'documentation in the repository (TechDocs, mkdocs.yml or another docs site, a docs/ folder with Markdown) changed within the last 180 days',
      allOf(
        anyOf(
          described(
            'the backstage.io/techdocs-ref annotation',
            annotation(['backstage.io/techdocs-ref']),
          ),
          described(
            'a documentation site kept in the repository (MkDocs, Docusaurus, Sphinx, mdBook, DocFX, Antora, VitePress, Read the Docs)',
            files(
              [
                'mkdocs.y*ml',
                'docusaurus.config.*',
                'book.toml',
                'docfx.json',
                'antora.yml',
                '.readthedocs.y*ml',
                '{docs,doc}/conf.py',
                '{.vitepress,docs/.vitepress}/config.*',
              ],
              { exclude: TEST_AND_EXAMPLE_FOLDERS },
            ),
          ),
          described(
            'a docs/ or doc/ folder with Markdown, AsciiDoc or reStructuredText',
            files([`**/{docs,doc}/**/*.${DOC_EXTENSIONS}`], {
              exclude: [
                ...TEST_AND_EXAMPLE_FOLDERS,
                '**/third_party/**',
                '**/third-party/**',
                'pull_request_template.md',
                '**/PULL_REQUEST_TEMPLATE/**',
                '**/ISSUE_TEMPLATE/**',
              ],
            }),
          ),
        ),
        // Only evaluated when the scm module provides the fact.
        {
          scm: { fact: 'docs-changed-recently', whenUnavailable: true },
          description:
            'documentation changed within the last 180 days, as the hosting provider reports (or an attestation)',
        },
      ),
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
      '`VerticalPodAutoscaler`, Knative scale bounds, autoscaling in Terraform, CloudFormation, Bicep, CDK ' +
      'or Pulumi code, App Engine `automatic_scaling`, or autoscaling enabled in Helm values) or capacity ' +
      'documentation (`*capacity*.md`). A Helm autoscaler template that the values switch off (as in the ' +
      'scaffold of `helm create`) does not count.',
    notApplicableWhen: isLibraryOrDocumentation,
    rule: described(
      'autoscaling (a HorizontalPodAutoscaler, KEDA ScaledObject, autoscaling in IaC or enabled in Helm values) or capacity documentation',
      anyOf(
        described(
          'a HorizontalPodAutoscaler, VerticalPodAutoscaler or KEDA ScaledObject',
          documents(YAML_FILES, {
            exclude: [...HELM_TEMPLATE_FILES, ...TEST_AND_EXAMPLE_FOLDERS],
            kinds: AUTOSCALER_KINDS,
          }),
        ),
        // A Helm template's autoscaler counts when no `{{ if .Values... }}`
        // switches it; a switched one counts through the values below.
        described(
          'an autoscaler in a Helm template that no value switches off',
          content(
            HELM_TEMPLATE_FILES,
            `^kind:[ \\t]*["']?(?:${AUTOSCALER_KINDS.join(
              '|',
            )})["']?[ \\t]*$(?<!\\{\\{-?[ \\t]*if\\b[^}]*\\.Values\\b[\\s\\S]*)`,
            { flags: 'im', exclude: TEST_AND_EXAMPLE_FOLDERS },
          ),
        ),
        // Helm values with autoscaling switched on.
        described(
          'autoscaling enabled in Helm values',
          content(
            ['values*.y*ml'],
            '^(?:autoscaling|hpa|autoscaler|keda)[ \\t]*:[ \\t]*\\r?\\n(?:[ \\t][^\\n]*\\n)*?[ \\t]+enabled[ \\t]*:[ \\t]*true\\b',
            { flags: 'im', exclude: TEST_AND_EXAMPLE_FOLDERS },
          ),
        ),
        described(
          'autoscaling in infrastructure code (Terraform, CloudFormation, Bicep, CDK or Pulumi, App Engine, Knative or Cloud Run)',
          anyOf(
            // Terraform: autoscaling resources and settings, not switched off.
            content(
              TERRAFORM_FILES,
              `${UNCOMMENTED}(?:autoscal(?!\\w*["']?[ \\t]*=[ \\t]*false)|\\b(?:min|max)_capacity\\b|\\bmax_instance_count\\b|\\bmax_replicas\\b|\\bmax_node_count\\b)`,
              { flags: 'im', exclude: TEST_AND_EXAMPLE_FOLDERS },
            ),
            // CloudFormation, Knative / Cloud Run, App Engine, Azure Container Apps.
            content(
              [...YAML_FILES, '*.template', '*template*.json'],
              `${UNCOMMENTED}(?:AWS::(?:Application)?AutoScaling::|autoscaling\\.knative\\.dev/(?:min|max)-?scale|^automatic_scaling[ \\t]*:)`,
              {
                flags: 'im',
                exclude: [...TEST_AND_EXAMPLE_FOLDERS, ...HELM_TEMPLATE_FILES],
              },
            ),
            content(
              ['*.bicep'],
              "Microsoft\\.Insights/autoscalesettings|\\bmaxReplicas[ \\t]*:[ \\t]*\\d|'Microsoft\\.App/containerApps[\\s\\S]*?\\bscale[ \\t]*:",
              { exclude: TEST_AND_EXAMPLE_FOLDERS },
            ),
            // CDK and Pulumi code.
            content(
              IAC_CODE,
              '\\bautoScaleTaskCount\\b|\\bscaleOn(?:Cpu|Memory|Request)\\w*\\(|\\bappautoscaling\\.|\\bScalableTarget\\b|\\bAutoScalingGroup\\(',
              { exclude: [...TEST_SOURCES, ...GENERATED_SOURCES] },
            ),
          ),
        ),
        described(
          'capacity or sizing documentation',
          files([`*{capacity,sizing}*.${DOC_EXTENSIONS}`], {
            exclude: TEST_AND_EXAMPLE_FOLDERS,
          }),
        ),
      ),
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
      'Architecture decision records (documents in `docs/adr/`, `doc/architecture/decisions/`, `adr/`, or ' +
      '`NNNN-*.md` files in a decisions folder; adr-tools `.adr-dir`, log4brains) or architecture rule ' +
      'checkers (ArchUnit, Spring Modulith, jMolecules, NetArchTest, ArchUnitNET, Konsist, ' +
      'dependency-cruiser, eslint-plugin-boundaries, Nx module boundaries, Sheriff, import-linter, tach, ' +
      'PyTestArch, go-cleanarch, go-arch-lint, arch-go, Packwerk, Boundary).',
    rule: described(
      'architecture decision records (docs/adr/, NNNN-*.md in a decisions folder) or an architecture rule checker (ArchUnit, NetArchTest, Konsist, dependency-cruiser, import-linter, go-arch-lint, Packwerk, Boundary, …)',
      anyOf(
        described(
          'architecture decision records (docs/adr/, doc/architecture/decisions/, NNNN-*.md in a decisions folder)',
          files(
            [
              `**/{adr,adrs}/**/*.${DOC_EXTENSIONS}`,
              `**/architecture/decisions/**/*.${DOC_EXTENSIONS}`,
              '.adr-dir',
              '.log4brains.yml',
              `**/*decision*/**/[0-9][0-9][0-9][0-9]-*.${DOC_EXTENSIONS}`,
            ],
            { exclude: TEST_AND_EXAMPLE_FOLDERS },
          ),
        ),
        described(
          'an architecture rule checker (ArchUnit, NetArchTest, Konsist, dependency-cruiser, eslint-plugin-boundaries, import-linter, tach, go-arch-lint, Packwerk, Boundary, …)',
          anyOf(
            files([
              '.dependency-cruiser.{js,cjs,mjs,json}',
              '.importlinter',
              'tach.toml',
              '.go-arch-lint.y*ml',
              'arch-go.y*ml',
              '.arch-go.y*ml',
              'packwerk.yml',
              'sheriff.config.ts',
            ]),
            dependency(
              [
                'com.tngtech.archunit:*',
                'org.jmolecules.integrations:jmolecules-archunit',
                'org.springframework.modulith:*',
                'com.lemonappdev:konsist',
              ],
              ['maven', 'gradle'],
            ),
            dependency(['NetArchTest*', 'TngTech.ArchUnitNET*'], ['nuget']),
            dependency(
              [
                'dependency-cruiser',
                'eslint-plugin-boundaries',
                '@softarc/sheriff-core',
                '@softarc/eslint-plugin-sheriff',
                'archunit',
                'tsarch',
              ],
              ['npm'],
            ),
            dependency(['import-linter', 'tach', 'pytestarch'], ['pypi']),
            dependency(
              [
                'github.com/roblaszczak/go-cleanarch',
                'github.com/fe3dback/go-arch-lint',
                'github.com/arch-go/arch-go*',
                'github.com/fdaines/arch-go',
              ],
              ['go'],
            ),
            dependency(['packwerk'], ['rubygems']),
            dependency(['boundary'], ['hex']),
            content(
              [
                ...CI_FILES,
                ...TASK_RUNNER_FILES,
                'package.json',
                'setup.cfg',
                'pyproject.toml',
                '.eslintrc*',
                'eslint.config.*',
              ],
              'go-cleanarch|go-arch-lint|\\barch-go\\b|depcruise|dependency-cruiser|lint-imports|import-linter|\\btach[ \\t]+check\\b|\\bpackwerk[ \\t]+(?:check|validate)\\b|enforce-module-boundaries|^\\[(?:tool\\.)?importlinter',
              { flags: 'im' },
            ),
          ),
        ),
      ),
    ),
  },
];
