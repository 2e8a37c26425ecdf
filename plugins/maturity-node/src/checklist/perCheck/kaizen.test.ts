import {
  buildGradle,
  cargoToml,
  csproj,
  deploymentYaml,
  evaluateCheck,
  gemfile,
  goMod,
  mixExs,
  packageJson,
  pomXml,
  pyproject,
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
  const K6_THRESHOLDS =
    "import http from 'k6/http';\n\nexport const options = {\n  thresholds: { http_req_duration: ['p(95)<300'] },\n};\nexport default () => http.get(__ENV.URL);\n";
  const K6_NO_THRESHOLDS =
    "import http from 'k6/http';\nexport default () => http.get(__ENV.URL);\n";
  const LOCUST_DEMO =
    'from locust import HttpUser, task\n\nclass Shopper(HttpUser):\n    @task\n    def browse(self):\n        self.client.get("/")\n';

  it.each<[string, Record<string, string>, string]>([
    [
      'a k6 script with thresholds',
      { 'load/checkout.js': K6_THRESHOLDS },
      'load/checkout.js:1',
    ],
    [
      'a k6 script in a tests/ folder with thresholds',
      { 'tests/load/smoke.ts': K6_THRESHOLDS },
      'tests/load/smoke.ts:1',
    ],
    [
      'k6 run in CI (a script without thresholds)',
      {
        'load/checkout.js': K6_NO_THRESHOLDS,
        '.github/workflows/perf.yml':
          'jobs:\n  load:\n    steps:\n      - run: k6 run load/checkout.js\n',
      },
      '.github/workflows/perf.yml:4',
    ],
    [
      'the k6 GitHub Action',
      {
        '.github/workflows/perf.yml':
          'jobs:\n  load:\n    steps:\n      - uses: grafana/run-k6-action@v1\n',
      },
      '.github/workflows/perf.yml:4',
    ],
    [
      'a Gatling simulation with assertions (Scala)',
      {
        'src/gatling/scala/CheckoutSimulation.scala':
          'class CheckoutSimulation extends Simulation {\n  setUp(scn.inject(atOnceUsers(10))).assertions(global.responseTime.max.lt(800))\n}\n',
      },
      'src/gatling/scala/CheckoutSimulation.scala:1',
    ],
    [
      'a Gatling simulation with assertions (Kotlin)',
      {
        'src/gatling/kotlin/CheckoutSimulation.kt':
          'class CheckoutSimulation : Simulation() {\n  init { setUp(scn.injectOpen(atOnceUsers(10))).assertions(global().failedRequests().count().shouldBe(0L)) }\n}\n',
      },
      'src/gatling/kotlin/CheckoutSimulation.kt:1',
    ],
    [
      'Gatling run in CI',
      {
        '.gitlab-ci.yml': 'perf:\n  script:\n    - ./gradlew gatlingRun\n',
      },
      '.gitlab-ci.yml:3',
    ],
    [
      'the Gatling Maven plugin bound to the build',
      {
        'pom.xml': `<project>
  <build><plugins>
    <plugin>
      <groupId>io.gatling</groupId>
      <artifactId>gatling-maven-plugin</artifactId>
      <executions><execution><goals><goal>test</goal></goals></execution></executions>
    </plugin>
  </plugins></build>
</project>
`,
      },
      'pom.xml:5',
    ],
    [
      'a Locust script that fails on its failure ratio',
      {
        'perf/locustfile.py': `${LOCUST_DEMO}\n@events.quitting.add_listener\ndef _(environment, **kw):\n    if environment.stats.total.fail_ratio > 0.01:\n        environment.process_exit_code = 1\n`,
      },
      'perf/locustfile.py:1',
    ],
    [
      'locust-plugins thresholds in locust.conf',
      { 'perf/locust.conf': 'headless = true\ncheck-fail-ratio = 0.01\n' },
      'perf/locust.conf:2',
    ],
    [
      'Locust run headless in CI',
      {
        '.github/workflows/perf.yml':
          'jobs:\n  load:\n    steps:\n      - run: locust -f perf/locustfile.py --headless -u 50 -t 2m\n',
      },
      '.github/workflows/perf.yml:4',
    ],
    [
      'a JMeter plan with assertions',
      {
        'perf/checkout.jmx':
          '<jmeterTestPlan>\n  <hashTree>\n    <DurationAssertion guiclass="DurationAssertionGui" testclass="DurationAssertion" testname="p99"/>\n  </hashTree>\n</jmeterTestPlan>\n',
      },
      'perf/checkout.jmx:3',
    ],
    [
      'JMeter in CI',
      { '.gitlab-ci.yml': 'perf:\n  script:\n    - jmeter -n -t plan.jmx\n' },
      '.gitlab-ci.yml:3',
    ],
    [
      'an Artillery script with ensure thresholds',
      {
        'load/artillery.yml':
          'config:\n  target: http://svc\n  phases:\n    - duration: 60\n      arrivalRate: 20\n  ensure:\n    thresholds:\n      - http.response_time.p99: 250\nscenarios:\n  - flow:\n      - get: { url: / }\n',
      },
      'load/artillery.yml:1',
    ],
    [
      'artillery run in CI',
      {
        '.github/workflows/perf.yml':
          'jobs:\n  load:\n    steps:\n      - run: npx artillery run load/artillery.yml\n',
      },
      '.github/workflows/perf.yml:4',
    ],
    [
      'vegeta attack in CI',
      {
        '.github/workflows/perf.yml':
          'jobs:\n  load:\n    steps:\n      - run: echo "GET http://svc/" | vegeta attack -rate=50 -duration=30s | vegeta report\n',
      },
      '.github/workflows/perf.yml:4',
    ],
    [
      'a Makefile load target that CI calls',
      {
        Makefile:
          'load:\n\techo "GET http://svc/" | vegeta attack -rate=50 -duration=30s\n',
        '.github/workflows/perf.yml':
          'jobs:\n  load:\n    steps:\n      - run: make load\n',
      },
      'Makefile:2',
    ],
    [
      'a package script that CI calls',
      {
        'package.json': packageJson(
          {},
          { scripts: { 'test:load': 'k6 run load/checkout.js' } },
        ),
        '.github/workflows/perf.yml':
          'jobs:\n  load:\n    steps:\n      - run: npm run test:load\n',
      },
      'package.json:5',
    ],
    [
      'a wrk Lua script whose done() fails the run',
      {
        'perf/post.lua':
          'wrk.method = "POST"\nfunction done(summary, latency, requests)\n  if latency:percentile(99) > 300000 then os.exit(1) end\nend\n',
      },
      'perf/post.lua:2',
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
      'a k6 script without thresholds (not a demo traffic generator)',
      { 'load/checkout.js': K6_NO_THRESHOLDS },
      'load/checkout.js:1',
    ],
    [
      'a Gatling simulation without assertions',
      {
        'src/gatling/scala/CheckoutSimulation.scala':
          'class CheckoutSimulation extends Simulation {\n  setUp(scn.inject(atOnceUsers(10)))\n}\n',
      },
      'src/gatling/scala/CheckoutSimulation.scala:1',
    ],
    [
      'a JMeter plan without assertions',
      { 'src/test/jmeter/crud-benchmark.jmx': '<jmeterTestPlan/>\n' },
      'src/test/jmeter/crud-benchmark.jmx',
    ],
    [
      'an Artillery script without thresholds',
      {
        'load/artillery.yml':
          'config:\n  target: http://svc\n  phases:\n    - duration: 60\nscenarios:\n  - flow:\n      - get: { url: / }\n',
      },
      'load/artillery.yml:1',
    ],
    [
      'a wrk Lua script',
      { 'perf/post.lua': 'wrk.method = "POST"\nwrk.body = "{}"\n' },
      'perf/post.lua:1',
    ],
    [
      'a demo traffic generator whose k6 script has thresholds',
      {
        'src/load-generator/script.js': K6_THRESHOLDS,
        'src/load-generator/Dockerfile':
          'FROM grafana/k6:0.52.0\nCOPY script.js /\nCMD ["run", "/script.js"]\n',
      },
      'src/load-generator/script.js:1',
    ],
    [
      'a benchmark folder with code',
      {
        'dex/benchmark/src/main/java/Application.java':
          'class Application {}\n',
      },
      'dex/benchmark/src/main/java/Application.java',
    ],
    [
      'Go benchmark functions',
      {
        'orders/orders_test.go':
          'package orders\n\nimport "testing"\n\nfunc BenchmarkPrice(b *testing.B) {\n\tfor b.Loop() {\n\t}\n}\n',
      },
      'orders/orders_test.go:5',
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
      'the JMH Gradle plugin',
      {
        'build.gradle.kts':
          'plugins {\n    id("me.champeau.jmh") version "0.7.2"\n}\n',
      },
      'build.gradle.kts',
    ],
    [
      'kotlinx-benchmark',
      {
        'build.gradle.kts':
          'dependencies {\n    implementation("org.jetbrains.kotlinx:kotlinx-benchmark-runtime:0.4.11")\n}\n',
      },
      'build.gradle.kts',
    ],
    [
      'criterion (Rust)',
      {
        'Cargo.toml': `${cargoToml()}\n[dev-dependencies]\ncriterion = "0.5"\n`,
      },
      'Cargo.toml',
    ],
    [
      'a Rust benches/ suite',
      { 'benches/parse.rs': 'fn main() {}\n' },
      'benches/parse.rs',
    ],
    [
      'cargo bench in CI',
      {
        '.github/workflows/bench.yml':
          'jobs:\n  bench:\n    steps:\n      - run: cargo bench --no-run\n',
      },
      '.github/workflows/bench.yml:4',
    ],
    [
      'BenchmarkDotNet',
      {
        'benchmarks/Svc.Benchmarks.csproj': csproj('BenchmarkDotNet/0.14.0'),
      },
      'benchmarks/Svc.Benchmarks.csproj',
    ],
    [
      'pytest-benchmark',
      { 'requirements-dev.txt': 'pytest==8.3.2\npytest-benchmark==4.0.0\n' },
      'requirements-dev.txt',
    ],
    [
      'an asv benchmark suite (Python)',
      { 'asv.conf.json': '{ "version": 1 }\n' },
      'asv.conf.json',
    ],
    [
      'Benchee',
      { 'mix.exs': mixExs('{:benchee, "~> 1.3", only: :dev}') },
      'mix.exs',
    ],
    ['benchmark-ips', { Gemfile: gemfile('benchmark-ips') }, 'Gemfile'],
    [
      'tinybench',
      {
        'package.json': packageJson(
          {},
          { devDependencies: { tinybench: '^2.9.0' } },
        ),
      },
      'package.json',
    ],
    [
      'a Vitest bench file',
      { 'src/price.bench.ts': "import { bench } from 'vitest';\n" },
      'src/price.bench.ts',
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

  it('fails on an empty repository, saying what it looked for', () => {
    const result = evaluateCheck('performance-testing');
    expect(result.outcome).toBe('fail');
    expect(result.lookedFor.join(' ')).toContain('demo traffic generator');
  });

  it.each<[string, Record<string, string>]>([
    [
      'a demo traffic generator: a Locust file without thresholds, run by Docker Compose, never by CI',
      {
        'src/load-generator/locustfile.py': LOCUST_DEMO,
        'src/load-generator/requirements.txt': 'locust==2.31.8\n',
        'src/load-generator/Dockerfile':
          'FROM python:3.12-slim\nCMD ["locust", "--autostart", "-u", "10"]\n',
        'docker-compose.yml':
          'services:\n  load-generator:\n    build: src/load-generator\n',
        '.github/workflows/ci.yml':
          'jobs:\n  build:\n    steps:\n      - run: docker compose build\n',
      },
    ],
    [
      'a k6 script without thresholds in a load-generator folder, never run by CI',
      { 'src/load-generator/script.js': K6_NO_THRESHOLDS },
    ],
    [
      'a k6 script without thresholds that a Kubernetes Deployment runs',
      {
        'load/checkout.js': K6_NO_THRESHOLDS,
        'deploy/loadgen.yaml':
          'apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - image: grafana/k6:0.52.0\n          args: [run, /scripts/checkout.js]\n',
      },
    ],
    [
      'a k6/ folder without scripts and @types/k6 alone',
      {
        'k6/README.md': '# load tests to come\n',
        'package.json': packageJson(
          {},
          { devDependencies: { '@types/k6': '^0.52.0' } },
        ),
      },
    ],
    [
      'a Gatling dependency alone',
      {
        'build.gradle': buildGradle(
          'io.gatling.highcharts:gatling-charts-highcharts:3.11.5',
        ),
      },
    ],
    [
      'a Locust dependency named in pyproject.toml',
      { 'pyproject.toml': pyproject('locust>=2.29') },
    ],
    [
      'a JMeter plan without assertions that a container image runs as a traffic generator',
      {
        'perf/checkout.jmx': '<jmeterTestPlan/>\n',
        'perf/Dockerfile':
          'FROM justb4/jmeter:5.5\nCOPY checkout.jmx /plans/\nENTRYPOINT ["jmeter", "-n", "-t", "/plans/checkout.jmx"]\n',
      },
    ],
    [
      'an Artillery dependency alone',
      {
        'package.json': packageJson(
          {},
          { devDependencies: { artillery: '^2.0.16' } },
        ),
      },
    ],
    [
      'a vegeta library dependency',
      { 'go.mod': goMod('github.com/tsenart/vegeta/v12 v12.11.1') },
    ],
    [
      'vegeta in a Makefile target that CI never calls',
      {
        Makefile:
          'load:\n\techo "GET http://svc/" | vegeta attack -rate=50 -duration=30s\n',
        '.github/workflows/ci.yml':
          'jobs:\n  test:\n    steps:\n      - run: make test\n',
      },
    ],
    [
      'a k6 script with thresholds under examples/',
      { 'examples/k6/checkout.js': K6_THRESHOLDS },
    ],
    [
      'Go tests without benchmarks',
      {
        'orders/orders_test.go':
          'package orders\n\nfunc TestPrice(t *testing.T) {}\n',
      },
    ],
    ['a perf/ folder of notes', { 'perf/README.md': '# ideas\n' }],
    [
      'derailed_benchmarks, a memory and boot-time tool for Rails',
      { Gemfile: gemfile('derailed_benchmarks') },
    ],
    [
      'a package named load in the sources',
      {
        'src/main/java/com/acme/load/LoadPhase.java':
          'class LoadPhase extends Simulation {}\n',
      },
    ],
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
    [
      'the OpenTelemetry eBPF profiler',
      {
        'deploy/profiler.yaml':
          'apiVersion: apps/v1\nkind: DaemonSet\nspec:\n  template:\n    spec:\n      containers:\n        - image: otel/opentelemetry-ebpf-profiler:v0.1\n',
      },
      'deploy/profiler.yaml:7',
    ],
    [
      'Pyroscope eBPF in a Grafana Alloy configuration',
      {
        'deploy/config.alloy':
          'pyroscope.ebpf "default" {\n  forward_to = [pyroscope.write.default.receiver]\n}\n',
      },
      'deploy/config.alloy:1',
    ],
    [
      'Pyroscope (.NET)',
      { 'src/Svc/Svc.csproj': csproj('Pyroscope/0.8.14') },
      'src/Svc/Svc.csproj',
    ],
    [
      'pprof-rs (Rust)',
      {
        'Cargo.toml': cargoToml(
          'pprof = { version = "0.13", features = ["flamegraph"] }',
        ),
      },
      'Cargo.toml',
    ],
    [
      'the Sentry profiler (Node)',
      { 'package.json': packageJson({ '@sentry/profiling-node': '^8.0.0' }) },
      'package.json',
    ],
    [
      'the Datadog profiler enabled in Ruby',
      {
        'config/initializers/datadog.rb':
          'Datadog.configure do |c|\n  c.profiling.enabled = true\nend\n',
      },
      'config/initializers/datadog.rb:2',
    ],
    [
      'the Datadog profiler switched on by a setting in Ruby',
      {
        'config/initializers/datadog.rb':
          'Datadog.configure do |c|\n  c.profiling.enabled = enabled\nend\n',
      },
      'config/initializers/datadog.rb:2',
    ],
    [
      'the Sentry profiler in a Django settings module',
      {
        'app/settings.py':
          'sentry_sdk.init(dsn=DSN, traces_sample_rate=0.2, profiles_sample_rate=0.2)\n',
      },
      'app/settings.py:1',
    ],
    [
      'rack-mini-profiler outside the development group',
      {
        Gemfile:
          'source "https://rubygems.org"\n\ngem "rails"\ngem "rack-mini-profiler", require: false\n',
      },
      'Gemfile:4',
    ],
    [
      'stackprof in a production group',
      {
        Gemfile:
          'source "https://rubygems.org"\n\ngroup :production do\n  gem "stackprof"\nend\n',
      },
      'Gemfile:3',
    ],
    [
      'a Datadog SLO resource of the Datadog operator',
      {
        'deploy/slo.yml':
          'apiVersion: datadoghq.com/v1alpha1\nkind: DatadogSLO\nmetadata:\n  name: checkout\n',
      },
      'deploy/slo.yml',
    ],
    [
      'a Honeycomb SLO in Terraform',
      { 'infra/honeycomb.tf': 'resource "honeycombio_slo" "checkout" {}\n' },
      'infra/honeycomb.tf:1',
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

  it.each<[string, Record<string, string>]>([
    [
      'rack-mini-profiler in the development group',
      {
        Gemfile:
          'source "https://rubygems.org"\n\ngroup :development do\n  gem "rack-mini-profiler"\n  gem "stackprof"\nend\n',
      },
    ],
    [
      'stackprof with a development group option',
      {
        Gemfile:
          'source "https://rubygems.org"\n\ngem "stackprof", groups: [:development, :test]\n',
      },
    ],
    [
      'runtime/pprof writing a CPU profile (no endpoint)',
      { 'cmd/svc/main.go': 'package main\n\nimport "runtime/pprof"\n' },
    ],
    ['an SLO file under examples/', { 'examples/slo.yaml': 'x: 1\n' }],
    [
      'a profiler setting named in an arbitrary Java source',
      {
        'src/main/java/com/acme/config/Conf.java':
          'static final String PROFILING = "DD_PROFILING_ENABLED";\n',
      },
    ],
    [
      'the Datadog profiler switched off in Ruby',
      {
        'config/initializers/datadog.rb':
          'Datadog.configure do |c|\n  c.profiling.enabled = false\nend\n',
      },
    ],
  ])('fails on %s', (_name, files) => {
    expect(evaluateCheck('slo-metrics', { files }).outcome).toBe('fail');
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

  it.each<[string, Record<string, string>, string[]]>([
    [
      'a SECURITY.md and a non-root USER',
      {
        'SECURITY.md': '# Reporting\n',
        Dockerfile: 'FROM node:20\nUSER node\n',
      },
      ['SECURITY.md', 'Dockerfile:2'],
    ],
    [
      'a .github/SECURITY.md and a -slim base (running as root)',
      {
        '.github/SECURITY.md': '# Reporting\n',
        Dockerfile: 'FROM python:3.12-slim\nCMD ["python", "-m", "svc"]\n',
      },
      ['.github/SECURITY.md', 'Dockerfile:1'],
    ],
    [
      'a SECURITY.md and readOnlyRootFilesystem',
      { 'SECURITY.md': '# Reporting\n', ...READ_ONLY },
      ['SECURITY.md', 'deploy/deployment.yaml:12'],
    ],
  ])(
    'passes on a security policy and a hardening measure: %s',
    (_name, files, expected) => {
      const result = evaluateCheck('security-hardening', { files });
      expect(result.outcome).toBe('pass');
      expect(targets(result)).toEqual(expected);
    },
  );

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
      'a non-root USER and a language image in an -alpine variant',
      { Dockerfile: 'FROM node:20-alpine\nUSER node\n' },
      ['Dockerfile:2', 'Dockerfile:1'],
    ],
    [
      'a non-root USER and a -slim base',
      {
        Dockerfile:
          'FROM python:3.12-slim\nRUN useradd --uid 10001 app\nUSER 10001\nCMD ["python", "-m", "svc"]\n',
      },
      ['Dockerfile:3', 'Dockerfile:1'],
    ],
    [
      'a chiseled .NET base and its app user',
      {
        Dockerfile:
          'FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nRUN dotnet publish -o /out\nFROM mcr.microsoft.com/dotnet/aspnet:8.0-jammy-chiseled\nCOPY --from=build /out /app\nUSER app\n',
      },
      ['Dockerfile:5', 'Dockerfile:3'],
    ],
    [
      'a final stage that builds on a hardened base stage (.NET template)',
      {
        'src/Svc/Dockerfile':
          'FROM mcr.microsoft.com/dotnet/aspnet:8.0-alpine AS base\nUSER $APP_UID\nWORKDIR /app\n\nFROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nRUN dotnet publish -o /app/publish\n\nFROM base AS final\nCOPY --from=build /app/publish .\nENTRYPOINT ["dotnet", "Svc.dll"]\n',
      },
      ['src/Svc/Dockerfile:1', 'src/Svc/Dockerfile:1'],
    ],
    [
      'a privilege drop with gosu in the entrypoint and a -slim base',
      {
        Dockerfile:
          'FROM debian:bookworm-slim\nCOPY docker-entrypoint.sh /usr/local/bin/\nENTRYPOINT ["docker-entrypoint.sh"]\n',
        'docker-entrypoint.sh':
          '#!/bin/sh\nset -e\nchown -R app /data\nexec gosu app "$@"\n',
      },
      ['docker-entrypoint.sh:4', 'Dockerfile:1'],
    ],
    [
      'su-exec in the ENTRYPOINT of an Alpine image',
      {
        Dockerfile:
          'FROM alpine:3.20\nRUN apk add su-exec\nENTRYPOINT ["su-exec", "app", "/svc"]\n',
      },
      ['Dockerfile:3', 'Dockerfile:1'],
    ],
    [
      'a non-root USER and readOnlyRootFilesystem',
      { Dockerfile: 'FROM node:20\nUSER node\n', ...READ_ONLY },
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
      'a non-zero runAsUser and readOnlyRootFilesystem in Helm values',
      {
        'charts/svc/values.yaml':
          'podSecurityContext:\n  runAsUser: 10001\nsecurityContext:\n  readOnlyRootFilesystem: true\n',
      },
      ['charts/svc/values.yaml:2', 'charts/svc/values.yaml:4'],
    ],
    [
      'readonlyRootFilesystem in an ECS task definition and a non-root USER',
      {
        Dockerfile: 'FROM eclipse-temurin:21-jre\nUSER 10001\n',
        'infra/ecs.tf':
          'resource "aws_ecs_task_definition" "svc" {\n  container_definitions = jsonencode([{\n    name = "svc"\n    readonlyRootFilesystem = true\n  }])\n}\n',
      },
      ['Dockerfile:2', 'infra/ecs.tf:4'],
    ],
    [
      'a Chainguard image, non-root by default',
      {
        Dockerfile:
          'FROM cgr.dev/chainguard/maven AS build\nRUN mvn package\nFROM cgr.dev/chainguard/jre\nCOPY --from=build /app.jar /app.jar\nENTRYPOINT ["java", "-jar", "/app.jar"]\n',
      },
      ['Dockerfile:3', 'Dockerfile:3'],
    ],
    [
      'a -slim final base named by an ARG and a non-root USER',
      {
        Dockerfile:
          'ARG DEBIAN_VERSION=bookworm-20240701-slim\nFROM hexpm/elixir:1.17-debian-${DEBIAN_VERSION} AS build\nRUN mix release\nFROM debian:${DEBIAN_VERSION} AS app\nCOPY --from=build /app/_build/prod/rel/svc ./\nUSER nobody\n',
      },
      ['Dockerfile:6', 'Dockerfile:1'],
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

  it('fails on an empty repository, saying what it looked for', () => {
    const result = evaluateCheck('security-hardening');
    expect(result.outcome).toBe('fail');
    expect(result.lookedFor.join(' ')).toContain('SECURITY.md');
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
      'a non-root USER only in a build stage',
      {
        Dockerfile:
          'FROM node:20-alpine AS build\nUSER node\nRUN npm ci && npm run build\n\nFROM nginx:1.27\nCOPY --from=build /app/dist /usr/share/nginx/html\n',
        ...READ_ONLY,
      },
    ],
    [
      'a distroless base whose last USER is root',
      { Dockerfile: 'FROM gcr.io/distroless/base\nUSER root\n' },
    ],
    [
      'a hardened base stage that the final stage overrides with root',
      {
        Dockerfile:
          'FROM alpine:3.20 AS base\nUSER 10001\nFROM base AS final\nUSER root\n',
      },
    ],
    ['readOnlyRootFilesystem alone', READ_ONLY],
    [
      'the commented-out securityContext of the helm create scaffold',
      {
        'charts/svc/values.yaml':
          'podSecurityContext: {}\n  # fsGroup: 2000\n\nsecurityContext: {}\n  # capabilities:\n  #   drop:\n  #   - ALL\n  # readOnlyRootFilesystem: true\n  # runAsNonRoot: true\n  # runAsUser: 1000\n',
      },
    ],
    [
      'a dev container that runs as a non-root user on Alpine',
      {
        '.devcontainer/Dockerfile':
          'FROM mcr.microsoft.com/devcontainers/base:alpine\nUSER vscode\n',
      },
    ],
    [
      'a development Dockerfile',
      { 'Dockerfile.dev': 'FROM node:20-alpine\nUSER node\n' },
    ],
    [
      'hardening settings of a dependency chart kept beside the service chart',
      {
        'charts/svc/charts/postgresql/values.yaml':
          'primary:\n  containerSecurityContext:\n    runAsNonRoot: true\n    readOnlyRootFilesystem: true\n',
      },
    ],
    [
      'gosu installed and checked in a RUN step, not used in the entrypoint',
      {
        Dockerfile:
          'FROM debian:bookworm-slim\nRUN apt-get install -y gosu && gosu nobody true\nCMD ["/svc"]\n',
      },
    ],
    [
      'a Chainguard -dev image (root by default) and nothing else',
      {
        Dockerfile:
          'FROM cgr.dev/chainguard/python:latest-dev\nCOPY . /app\nCMD ["python", "/app/main.py"]\n',
      },
    ],
    ['a SECURITY.md alone', { 'SECURITY.md': '# Reporting\n' }],
    [
      'a SECURITY.md of vendored code or under docs/, and a non-root USER',
      {
        'third_party/lib/SECURITY.md': '# Reporting\n',
        'docs/SECURITY.md': '# Reporting\n',
        Dockerfile: 'FROM node:20\nUSER node\n',
      },
    ],
    [
      'a SECURITY.md and a development Dockerfile',
      {
        'SECURITY.md': '# Reporting\n',
        'Dockerfile.dev': 'FROM ruby:3.3-alpine\nUSER app\n',
      },
    ],
  ])('fails on %s', (_name, files) => {
    expect(evaluateCheck('security-hardening', { files }).outcome).toBe('fail');
  });

  it('applies to a library', () => {
    expect(
      evaluateCheck('security-hardening', {
        entity: { spec: { type: 'library' } },
        files: { 'SECURITY.md': 'x\n' },
      }).outcome,
    ).toBe('fail');
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
    'docs/index.rst',
    'src/docs/asciidoc/index.adoc',
    'doc/operations.md',
    'docusaurus.config.ts',
    'docs/conf.py',
    'book.toml',
    'docfx.json',
    '.readthedocs.yaml',
    'templates/docs/api.md',
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
    [
      'a pull request template kept in docs/',
      { files: { 'docs/pull_request_template.md': '## What\n' } },
    ],
    [
      'documentation of an example, not of the service',
      { files: { 'examples/basic/docs/index.md': '# Example\n' } },
    ],
    [
      'documentation of vendored code',
      { files: { 'third_party/lib/docs/index.md': '# Lib\n' } },
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
      'an HPA in a Helm template that no value switches',
      {
        'charts/svc/templates/hpa.yaml':
          'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: {{ include "svc.fullname" . }}\n',
      },
      'charts/svc/templates/hpa.yaml:2',
    ],
    [
      'an HPA in a Helm template behind an API-version switch only',
      {
        'charts/svc/templates/hpa.yaml':
          '{{- if .Capabilities.APIVersions.Has "autoscaling/v2" }}\napiVersion: autoscaling/v2\n{{- end }}\nkind: HorizontalPodAutoscaler\n',
      },
      'charts/svc/templates/hpa.yaml:4',
    ],
    [
      'a switched HPA template with autoscaling enabled in the values',
      {
        'charts/svc/templates/hpa.yaml':
          '{{- if .Values.autoscaling.enabled }}\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\n{{- end }}\n',
        'charts/svc/values-prod.yaml':
          'autoscaling:\n  enabled: true\n  maxReplicas: 10\n',
      },
      'charts/svc/values-prod.yaml:1',
    ],
    [
      'autoscaling in Bicep (Azure Container Apps)',
      {
        'infra/main.bicep':
          "resource app 'Microsoft.App/containerApps@2023-05-01' = {\n  properties: {\n    template: {\n      scale: {\n        minReplicas: 1\n        maxReplicas: 10\n      }\n    }\n  }\n}\n",
      },
      'infra/main.bicep:1',
    ],
    [
      'App Engine automatic scaling',
      {
        'app.yaml':
          'runtime: python312\nautomatic_scaling:\n  max_instances: 10\n',
      },
      'app.yaml:2',
    ],
    [
      'autoscaling in CDK code',
      {
        'infra/lib/svc-stack.ts':
          'const scaling = service.autoScaleTaskCount({ maxCapacity: 10 });\nscaling.scaleOnCpuUtilization("cpu", { targetUtilizationPercent: 60 });\n',
      },
      'infra/lib/svc-stack.ts:1',
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
    [
      'the helm create scaffold: an HPA template switched off in the values',
      {
        'charts/svc/templates/hpa.yaml':
          '{{- if .Values.autoscaling.enabled }}\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nspec:\n  maxReplicas: {{ .Values.autoscaling.maxReplicas }}\n{{- end }}\n',
        'charts/svc/values.yaml':
          'replicaCount: 1\nautoscaling:\n  enabled: false\n  minReplicas: 1\n  maxReplicas: 100\n',
      },
    ],
    [
      'autoscaling switched off in Terraform',
      {
        'infra/gke.tf':
          'module "svc" {\n  enable_autoscaling = false\n  # autoscaling is planned\n}\n',
      },
    ],
    [
      'an HPA of an example',
      {
        'examples/hpa.yaml':
          'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: demo\n',
      },
    ],
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
    'docs/adr/README.md',
    '.dependency-cruiser.js',
    '.importlinter',
    'tach.toml',
    '.go-arch-lint.yml',
    'arch-go.yml',
    'packwerk.yml',
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
    [
      'Spring Modulith',
      'pom.xml',
      pomXml(['org.springframework.modulith:spring-modulith-starter-test']),
      'org.springframework.modulith:spring-modulith-starter-test',
    ],
    [
      'ArchUnitNET',
      'tests/Svc.ArchTests/Svc.ArchTests.csproj',
      csproj('TngTech.ArchUnitNET.xUnit/0.11.0'),
      'TngTech.ArchUnitNET.xUnit',
    ],
    ['tach (Python)', 'requirements-dev.txt', 'tach==0.14.0\n', 'tach'],
    ['Packwerk (Ruby)', 'Gemfile', gemfile('packwerk'), 'packwerk'],
    [
      'Boundary (Elixir)',
      'mix.exs',
      mixExs('{:boundary, "~> 0.10", runtime: false}'),
      'boundary',
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
    [
      'Nx module boundaries in the ESLint configuration',
      '.eslintrc.json',
      '{ "rules": { "@nx/enforce-module-boundaries": "error" } }\n',
      '.eslintrc.json:1',
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
    ['source code of a package named adr', 'internal/adr/parser.go'],
    ['decision records of an example', 'examples/app/docs/adr/0001-use-x.md'],
  ])('fails on %s', (_name, path) => {
    expect(
      evaluateCheck('architecture-evolution', { files: { [path]: 'x\n' } })
        .outcome,
    ).toBe('fail');
  });
});
