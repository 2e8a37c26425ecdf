import {
  buildGradle,
  cargoToml,
  csproj,
  deploymentYaml,
  details,
  evaluateCheck,
  gemfile,
  goMod,
  mixExs,
  packageJson,
  pomXml,
  pyproject,
  relation,
  targets,
} from './fixture';
import { notApplicableFor } from './notApplicableFor';

/**
 * Phase 2, Solid Foundation (docs/checklist.md): one passing fixture per
 * kind of evidence of each check, the near misses that must not count, and
 * the types for which a check does not apply.
 */

describe('health-checks', () => {
  it.each([
    [
      'readinessProbe',
      'readinessProbe:\n  httpGet: { path: /ready, port: 8080 }',
    ],
    ['livenessProbe', 'livenessProbe:\n  tcpSocket: { port: 8080 }'],
  ])('passes on a %s in a Kubernetes manifest', (_probe, container) => {
    const result = evaluateCheck('health-checks', {
      files: { 'deploy/deployment.yaml': deploymentYaml({ container }) },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe('deploy/deployment.yaml');
  });

  it('passes on a probe in a Helm template', () => {
    const template = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "svc.fullname" . }}
spec:
  template:
    spec:
      containers:
        - name: svc
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
          {{- with .Values.readinessProbe }}
          readinessProbe:
            {{- toYaml . | nindent 12 }}
          {{- end }}
`;
    const path = 'charts/svc/templates/deployment.yaml';
    const result = evaluateCheck('health-checks', {
      files: { [path]: template },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toMatch(
      /^charts\/svc\/templates\/deployment\.yaml/,
    );
  });

  it.each([
    [
      'HEALTHCHECK in a Dockerfile',
      'Dockerfile',
      'FROM node:20\nCOPY . .\nHEALTHCHECK CMD curl -f http://localhost:3000/healthz || exit 1\n',
      'Dockerfile:3',
    ],
    [
      'healthcheck: in a compose file',
      'docker-compose.yml',
      'services:\n  svc:\n    build: .\n    healthcheck:\n      test: ["CMD", "wget", "-qO-", "localhost:8080"]\n',
      'docker-compose.yml:2',
    ],
    [
      'healthcheck: before build: on the same compose service',
      'compose.yaml',
      'services:\n  db:\n    image: postgres:16\n  api:\n    healthcheck:\n      test: ["CMD", "curl", "-f", "localhost:8080/healthz"]\n    build:\n      context: .\n',
      'compose.yaml:4',
    ],
    [
      'a /healthcheck route in C#',
      'src/Svc/Startup.cs',
      'endpoints.MapGet("/healthcheck", () => Results.Ok());\n',
      'src/Svc/Startup.cs:1',
    ],
    [
      'an /api/health route',
      'src/routes.ts',
      "router.get('/api/v1/health', health);\n",
      'src/routes.ts:1',
    ],
    [
      'an /internal/isalive route in Kotlin',
      'src/main/kotlin/no/acme/Routes.kt',
      'fun Route.naisRoutes() {\n    get("/internal/isalive") { call.respond(HttpStatusCode.OK) }\n}\n',
      'src/main/kotlin/no/acme/Routes.kt:2',
    ],
    [
      'a route path without a leading slash',
      'src/main/kotlin/no/acme/HealthRoutes.kt',
      'fun Route.health() {\n    get("internal/isready") { call.respond(HttpStatusCode.OK) }\n}\n',
      'src/main/kotlin/no/acme/HealthRoutes.kt:2',
    ],
    [
      'a Plug matching the status path',
      'lib/svc_web/plugs/status.ex',
      'def call(%Conn{path_info: ["status"]} = conn, _opts) do\n  conn |> send_resp(200, "") |> halt()\nend\n',
      'lib/svc_web/plugs/status.ex:1',
    ],
    [
      'a root /status route in Elixir',
      'lib/svc_web/plugs/status.ex',
      'def call(%Plug.Conn{request_path: "/status"} = conn, _opts), do: send_resp(conn, 200, "ok")\n',
      'lib/svc_web/plugs/status.ex:1',
    ],
    [
      'a readinessProbe in an ERB-templated manifest',
      'config/deploy/web.yaml.erb',
      'kind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          readinessProbe:\n            httpGet: { path: /internal/ping, port: 3000 }\n',
      'config/deploy/web.yaml.erb:7',
    ],
    [
      'the Rails health route',
      'config/routes.rb',
      'Rails.application.routes.draw do\n  get "up" => "rails/health#show", as: :rails_health_check\nend\n',
      'config/routes.rb:2',
    ],
    [
      'a /healthz handler in Go',
      'cmd/svc/main.go',
      'package main\n\nfunc main() {\n\thttp.HandleFunc("/healthz", ok)\n}\n',
      'cmd/svc/main.go:4',
    ],
    [
      'a /health route in Node',
      'src/server.ts',
      "const app = express();\napp.get('/health', (_req, res) => res.send('ok'));\n",
      'src/server.ts:2',
    ],
    [
      'a /ready route in Python',
      'app/main.py',
      '@app.get("/ready")\ndef ready():\n    return {"ok": True}\n',
      'app/main.py:1',
    ],
    [
      'a /livez route',
      'src/routes.js',
      'router.get(`/livez`, live);\n',
      'src/routes.js:1',
    ],
    [
      'actuator/health in Java',
      'src/main/java/com/acme/SecurityConfig.java',
      'class SecurityConfig {\n  String[] open = { "/actuator/health" };\n}\n',
      'src/main/java/com/acme/SecurityConfig.java:2',
    ],
    [
      'grpc.health in Go',
      'internal/server/grpc.go',
      'package server\n\nimport "google.golang.org/grpc/health"\n',
      'internal/server/grpc.go:3',
    ],
    [
      'ASP.NET MapHealthChecks',
      'src/Svc/Program.cs',
      'var app = builder.Build();\napp.MapHealthChecks("/hc");\n',
      'src/Svc/Program.cs:2',
    ],
  ])('passes on %s', (_name, path, text, target) => {
    const result = evaluateCheck('health-checks', { files: { [path]: text } });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(target);
  });

  it('fails on an empty repository', () => {
    expect(evaluateCheck('health-checks').outcome).toBe('fail');
  });

  it.each([
    ['HEALTHCHECK NONE', { Dockerfile: 'FROM node:20\nHEALTHCHECK NONE\n' }],
    [
      'a /healthz route only in a test',
      {
        'server_test.go':
          'package main\n\nfunc TestHealth(t *testing.T) {\n\tget("/healthz")\n}\n',
      },
    ],
    ['/health mentioned in the README', { 'README.md': 'GET "/health"\n' }],
    ['a /ping route only', { 'hello.go': 'r.GET("/api/ping", ping)\n' }],
    [
      'a status route that is not the root',
      { 'src/routes.ts': "router.get('/orders/:id/status', status);\n" },
    ],
    [
      'a path that only starts like a health route',
      { 'src/routes.ts': "router.get('/healthy-recipes', list);\n" },
    ],
    [
      'a Deployment without probes',
      { 'deploy/deployment.yaml': deploymentYaml() },
    ],
    [
      'a compose healthcheck on the database only',
      {
        'docker-compose.yml':
          'services:\n  db:\n    image: postgres:16\n    healthcheck:\n      test: ["CMD", "pg_isready"]\n  svc:\n    build: .\n    depends_on:\n      db:\n        condition: service_healthy\n',
      },
    ],
    [
      'a Dockerfile HEALTHCHECK under examples/',
      {
        'examples/Dockerfile':
          'FROM nginx\nHEALTHCHECK CMD curl -f localhost || exit 1\n',
      },
    ],
  ])('fails on %s', (_name, files) => {
    expect(evaluateCheck('health-checks', { files }).outcome).toBe('fail');
  });

  it.each([
    [
      'Spring Boot Actuator',
      'pom.xml',
      pomXml(['org.springframework.boot:spring-boot-starter-actuator']),
    ],
    [
      'Quarkus SmallRye Health',
      'build.gradle',
      buildGradle('io.quarkus:quarkus-smallrye-health'),
    ],
    [
      'NestJS Terminus',
      'package.json',
      packageJson({ '@nestjs/terminus': '^10.2.3' }),
    ],
    [
      'heptiolabs/healthcheck',
      'go.mod',
      goMod(
        'github.com/heptiolabs/healthcheck v0.0.0-20211123025425-613501dd5deb',
      ),
    ],
    [
      'django-health-check',
      'requirements.txt',
      'django==5.0.6\ndjango-health-check==3.18.3\n',
    ],
    ['the health_check gem', 'Gemfile', gemfile('rails', 'health_check')],
    ['plug_checkup', 'mix.exs', mixExs('{:plug_checkup, "~> 0.6"}')],
    ['tonic-health', 'Cargo.toml', cargoToml('tonic-health = "0.12"')],
  ])('passes on a health library: %s', (_name, path, text) => {
    const result = evaluateCheck('health-checks', { files: { [path]: text } });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(path);
  });

  notApplicableFor('health-checks', ['library', 'website', 'documentation']);
});

describe('structured-logging', () => {
  const passes = (files: Record<string, string>) => {
    const result = evaluateCheck('structured-logging', { files });
    expect(result.outcome).toBe('pass');
    return result;
  };

  describe('Go', () => {
    it.each([
      ['zap', 'go.uber.org/zap v1.27.0'],
      ['zerolog', 'github.com/rs/zerolog v1.33.0'],
      ['the OTel logs SDK', 'go.opentelemetry.io/otel/sdk/log v0.6.0'],
    ])('passes on a %s requirement in go.mod', (_name, requirement) => {
      const result = passes({ 'go.mod': goMod(requirement) });
      expect(result.evidence[0].target).toBe('go.mod');
      expect(result.evidence[0].detail).toContain(requirement.split(' ')[0]);
    });

    it('passes on log/slog use in source', () => {
      const result = passes({
        'cmd/svc/main.go':
          'package main\n\nimport (\n\t"log/slog"\n\t"os"\n)\n\nvar log = slog.New(slog.NewJSONHandler(os.Stdout, nil))\n',
      });
      expect(result.evidence[0].target).toBe('cmd/svc/main.go:8');
    });

    it.each([
      [
        'records written through slog',
        'package main\n\nimport "log/slog"\n\nfunc main() {\n\tslog.Info("started", "port", 8080)\n}\n',
        'main.go:6',
      ],
      [
        'slog.SetDefault',
        'package main\n\nfunc init() {\n\tslog.SetDefault(slog.New(tint.NewHandler(os.Stderr, nil)))\n}\n',
        'main.go:4',
      ],
    ])('passes on %s', (_name, text, target) => {
      expect(passes({ 'main.go': text }).evidence[0].target).toBe(target);
    });

    it.each([
      ['go-kit/log', 'github.com/go-kit/log v0.2.1'],
      ['hclog', 'github.com/hashicorp/go-hclog v1.6.3'],
    ])('passes on %s in go.mod', (_name, requirement) => {
      expect(
        passes({ 'go.mod': goMod(requirement) }).evidence[0].detail,
      ).toContain(requirement.split(' ')[0]);
    });

    it('passes on zap with a no-op fallback beside a production logger', () => {
      const result = passes({
        'go.mod': goMod('go.uber.org/zap v1.27.0'),
        'internal/svc/options.go':
          'package svc\n\nfunc defaults(o *Options) {\n\tif o.Log == nil {\n\t\to.Log = zap.NewNop()\n\t}\n}\n',
        'cmd/svc/main.go':
          'package main\n\nfunc main() {\n\tlog, _ := zap.NewProduction()\n\trun(log)\n}\n',
      });
      expect(targets(result)).toEqual(['cmd/svc/main.go:4']);
    });

    it('passes on logrus with its JSON formatter', () => {
      const result = passes({
        'go.mod': goMod('github.com/sirupsen/logrus v1.9.3'),
        'main.go':
          'package main\n\nfunc init() {\n\tlog.SetFormatter(&log.JSONFormatter{})\n}\n',
      });
      expect(targets(result)).toEqual(['go.mod', 'main.go:4']);
      expect(details(result)).toContain('github.com/sirupsen/logrus');
    });

    it.each([
      [
        'logrus with its text formatter',
        {
          'go.mod': goMod('github.com/sirupsen/logrus v1.9.3'),
          'main.go':
            'package main\n\nfunc init() {\n\tlog.SetFormatter(&log.TextFormatter{})\n}\n',
        },
      ],
      [
        'the standard log package',
        { 'main.go': 'package main\n\nimport "log"\n' },
      ],
      [
        'log/slog only in a test',
        { 'main_test.go': 'package main\n\nimport "log/slog"\n' },
      ],
      [
        'zap as an // indirect requirement',
        { 'go.mod': goMod('go.uber.org/zap v1.27.0 // indirect') },
      ],
      [
        'zap set up only as a no-op logger',
        {
          'go.mod': goMod('go.uber.org/zap v1.27.0'),
          'main.go':
            'package main\n\nvar log = zap.NewNop()\n\nfunc main() { log.Info("started") }\n',
        },
      ],
      [
        'zerolog writing to io.Discard',
        {
          'go.mod': goMod('github.com/rs/zerolog v1.33.0'),
          'main.go':
            'package main\n\nvar log = zerolog.New(io.Discard).With().Timestamp().Logger()\n',
        },
      ],
      [
        'a slog handler that discards',
        {
          'main.go':
            'package main\n\nimport (\n\t"io"\n\t"log/slog"\n)\n\nvar log = slog.New(slog.NewTextHandler(io.Discard, nil))\n',
        },
      ],
      [
        'log/slog imported only for its types',
        {
          'config.go':
            'package main\n\nimport "log/slog"\n\ntype Config struct {\n\tLevel slog.Level\n}\n',
        },
      ],
    ])('fails on %s', (_name, files) => {
      expect(evaluateCheck('structured-logging', { files }).outcome).toBe(
        'fail',
      );
    });

    // A JSON formatter set only in a test is not the service's logging.
    it('fails on logrus with a JSON formatter only in a test', () => {
      expect(
        evaluateCheck('structured-logging', {
          files: {
            'go.mod': goMod('github.com/sirupsen/logrus v1.9.3'),
            'main_test.go':
              'package main\n\nfunc init() {\n\tlog.SetFormatter(&log.JSONFormatter{})\n}\n',
          },
        }).outcome,
      ).toBe('fail');
    });
  });

  describe('Java', () => {
    it.each([
      [
        'logstash-logback-encoder in pom.xml',
        'pom.xml',
        pomXml(['net.logstash.logback:logstash-logback-encoder:7.4']),
        'net.logstash.logback:logstash-logback-encoder',
      ],
      [
        'logstash-logback-encoder in build.gradle',
        'build.gradle',
        buildGradle('net.logstash.logback:logstash-logback-encoder:7.4'),
        'net.logstash.logback:logstash-logback-encoder',
      ],
      [
        'log4j-layout-template-json in build.gradle.kts',
        'build.gradle.kts',
        'dependencies {\n    implementation("org.apache.logging.log4j:log4j-layout-template-json:2.23.1")\n}\n',
        'org.apache.logging.log4j:log4j-layout-template-json',
      ],
      [
        'ecs-logging in pom.xml',
        'pom.xml',
        pomXml(['co.elastic.logging:logback-ecs-encoder:1.6.0']),
        'co.elastic.logging:logback-ecs-encoder',
      ],
      [
        'the OTel logs SDK in pom.xml',
        'pom.xml',
        pomXml(['io.opentelemetry:opentelemetry-sdk-logs:1.40.0']),
        'io.opentelemetry:opentelemetry-sdk-logs',
      ],
      [
        'the OTel logback appender in build.gradle',
        'build.gradle',
        buildGradle(
          'io.opentelemetry.instrumentation:opentelemetry-logback-appender-1.0:2.6.0-alpha',
        ),
        'opentelemetry-logback-appender',
      ],
    ])('passes on %s', (_name, path, text, name) => {
      const result = passes({ [path]: text });
      expect(result.evidence[0].target).toBe(path);
      expect(result.evidence[0].detail).toContain(name);
    });

    it.each([
      [
        'log4j2 JsonLayout',
        'src/main/resources/log4j2.xml',
        '<Configuration>\n  <Appenders>\n    <Console name="out"><JsonLayout compact="true"/></Console>\n  </Appenders>\n</Configuration>\n',
        'src/main/resources/log4j2.xml:3',
      ],
      [
        'log4j2 JsonTemplateLayout',
        'src/main/resources/log4j2-spring.yaml',
        'Configuration:\n  Appenders:\n    Console:\n      JsonTemplateLayout:\n        eventTemplateUri: classpath:EcsLayout.json\n',
        'src/main/resources/log4j2-spring.yaml:4',
      ],
      [
        'a LogstashEncoder in logback.xml',
        'src/main/resources/logback-spring.xml',
        '<configuration>\n  <appender name="json" class="ch.qos.logback.core.ConsoleAppender">\n    <encoder class="net.logstash.logback.encoder.LogstashEncoder"/>\n  </appender>\n</configuration>\n',
        'src/main/resources/logback-spring.xml:3',
      ],
      [
        'Spring Boot structured logging',
        'src/main/resources/application.properties',
        'spring.application.name=svc\nlogging.structured.format.console=ecs\n',
        'src/main/resources/application.properties:2',
      ],
      [
        'log4j2 EcsLayout',
        'src/main/resources/log4j2.xml',
        '<Configuration>\n  <Appenders>\n    <Console name="out"><EcsLayout serviceName="svc"/></Console>\n  </Appenders>\n</Configuration>\n',
        'src/main/resources/log4j2.xml:3',
      ],
    ])('passes on %s', (_name, path, text, target) => {
      expect(passes({ [path]: text }).evidence[0].target).toBe(target);
    });

    it('passes on Quarkus JSON logging', () => {
      expect(
        passes({
          'pom.xml': pomXml(['io.quarkus:quarkus-logging-json']),
        }).evidence[0].detail,
      ).toContain('quarkus-logging-json');
    });

    it('passes on a root level of OFF only in the test configuration', () => {
      const result = passes({
        'pom.xml': pomXml([
          'net.logstash.logback:logstash-logback-encoder:7.4',
        ]),
        'src/test/resources/logback-test.xml':
          '<configuration><root level="OFF"/></configuration>\n',
      });
      expect(result.evidence[0].target).toBe('pom.xml');
    });

    it.each([
      [
        'logback-classic alone',
        { 'pom.xml': pomXml(['ch.qos.logback:logback-classic:1.5.6']) },
      ],
      [
        'a log4j2 PatternLayout',
        {
          'src/main/resources/log4j2.xml':
            '<Configuration><Appenders><Console name="out"><PatternLayout pattern="%m%n"/></Console></Appenders></Configuration>\n',
        },
      ],
      [
        'a Logstash encoder under a root logger turned off',
        {
          'pom.xml': pomXml([
            'net.logstash.logback:logstash-logback-encoder:7.4',
          ]),
          'src/main/resources/logback-spring.xml':
            '<configuration>\n  <appender name="json" class="ch.qos.logback.core.ConsoleAppender">\n    <encoder class="net.logstash.logback.encoder.LogstashEncoder"/>\n  </appender>\n  <root level="OFF"><appender-ref ref="json"/></root>\n</configuration>\n',
        },
      ],
      [
        'Spring Boot structured logging with the root level OFF',
        {
          'src/main/resources/application.yml':
            'logging:\n  structured:\n    format:\n      console: ecs\n  level:\n    root: OFF\n',
        },
      ],
    ])('fails on %s', (_name, files) => {
      expect(evaluateCheck('structured-logging', { files }).outcome).toBe(
        'fail',
      );
    });
  });

  describe('Node.js', () => {
    it.each([
      ['pino', '^9.2.0'],
      ['winston', '^3.13.0'],
      ['bunyan', '^1.8.15'],
      ['@elastic/ecs-pino-format', '^1.5.0'],
      ['@opentelemetry/sdk-logs', '^0.52.0'],
      ['@opentelemetry/exporter-logs-otlp-http', '^0.52.0'],
    ])('passes on %s in package.json', (name, version) => {
      const result = passes({
        'package.json': packageJson({ [name]: version }),
      });
      expect(result.evidence[0].target).toBe('package.json');
      expect(result.evidence[0].detail).toContain(name);
    });

    it.each([
      ['debug', { 'package.json': packageJson({ debug: '^4.3.5' }) }],
      ['console.log', { 'src/index.js': "console.log('started');\n" }],
    ])('fails on %s alone', (_name, files) => {
      expect(evaluateCheck('structured-logging', { files }).outcome).toBe(
        'fail',
      );
    });

    it('passes on Fastify with its logger on', () => {
      const result = passes({
        'package.json': packageJson({ fastify: '^4.28.0' }),
        'src/server.ts':
          "import Fastify from 'fastify';\n\nconst app = Fastify({ logger: true });\n",
      });
      expect(targets(result)).toEqual(['package.json', 'src/server.ts:3']);
    });

    it('passes on pino silenced only in tests', () => {
      const result = passes({
        'package.json': packageJson({ pino: '^9.2.0' }),
        'src/logger.ts':
          "export const logger = pino({ level: process.env.LOG_LEVEL ?? 'info' });\n",
        'src/logger.test.ts': 'const quiet = pino({ enabled: false });\n',
      });
      expect(targets(result)).toEqual(['package.json', 'src/logger.ts:1']);
    });

    it.each([
      [
        'pino switched off',
        'export const logger = pino({ enabled: false });\n',
        { pino: '^9.2.0' },
      ],
      [
        'pino at the silent level',
        "export const logger = pino({ level: 'silent' });\n",
        { pino: '^9.2.0' },
      ],
      [
        'a silent winston logger',
        'export const logger = winston.createLogger({ silent: true, transports: [] });\n',
        { winston: '^3.13.0' },
      ],
      [
        'Fastify with its logger off',
        'const app = fastify({ logger: false });\n',
        { fastify: '^4.28.0' },
      ],
    ])('fails on %s', (_name, text, dependencies) => {
      expect(
        evaluateCheck('structured-logging', {
          files: {
            'package.json': packageJson(dependencies),
            'src/server.ts': text,
          },
        }).outcome,
      ).toBe('fail');
    });
  });

  describe('Python', () => {
    it.each([
      [
        'structlog in requirements.txt',
        'requirements.txt',
        'flask==3.0.3\nstructlog==24.2.0\n',
        'structlog',
      ],
      [
        'python-json-logger in pyproject.toml',
        'pyproject.toml',
        pyproject('fastapi>=0.111', 'python-json-logger>=2.0'),
        'python-json-logger',
      ],
      [
        'loguru in Poetry dependencies',
        'pyproject.toml',
        '[tool.poetry]\nname = "svc"\n\n[tool.poetry.dependencies]\npython = "^3.12"\nloguru = "^0.7.2"\n',
        'loguru',
      ],
      [
        'loguru in a Pipfile',
        'Pipfile',
        '[packages]\nloguru = "*"\n',
        'loguru',
      ],
      [
        'ecs-logging in requirements-prod.txt',
        'requirements-prod.txt',
        'ecs-logging==2.1.0\n',
        'ecs-logging',
      ],
    ])('passes on %s', (_name, path, text, name) => {
      const result = passes({ [path]: text });
      expect(result.evidence[0].target).toBe(path);
      expect(result.evidence[0].detail).toContain(name);
    });

    it('passes on the OTel logs SDK in source', () => {
      const result = passes({
        'app/telemetry.py':
          'from opentelemetry.sdk._logs import LoggerProvider, LoggingHandler\n',
      });
      expect(result.evidence[0].target).toBe('app/telemetry.py:1');
    });

    it.each([
      [
        'django-structlog',
        'requirements.txt',
        'django==5.0.6\ndjango-structlog==8.1.0\n',
      ],
      [
        'loguru with its default sink replaced',
        'app/log.py',
        'from loguru import logger\nimport sys\n\nlogger.remove()\nlogger.add(sys.stdout, serialize=True)\n',
      ],
    ])('passes on %s', (_name, path, text) => {
      const result = passes({
        'requirements.txt': 'loguru==0.7.2\n',
        [path]: text,
      });
      expect(result.evidence[0].target).toBe('requirements.txt');
    });

    it.each([
      [
        'loguru with its sinks removed',
        'requirements.txt',
        'loguru==0.7.2\n',
        'from loguru import logger\n\nlogger.remove()\n',
      ],
      [
        'structlog with logging disabled',
        'requirements.txt',
        'structlog==24.2.0\n',
        'import logging\n\nlogging.disable(logging.CRITICAL)\n',
      ],
    ])('fails on %s', (_name, path, manifest, source) => {
      expect(
        evaluateCheck('structured-logging', {
          files: { [path]: manifest, 'app/main.py': source },
        }).outcome,
      ).toBe('fail');
    });

    it('fails on the standard logging module alone', () => {
      expect(
        evaluateCheck('structured-logging', {
          files: {
            'requirements.txt': 'flask==3.0.3\n',
            'app/main.py': 'import logging\nlogging.basicConfig()\n',
          },
        }).outcome,
      ).toBe('fail');
    });
  });

  describe('.NET', () => {
    it.each([
      ['Serilog.AspNetCore', csproj('Serilog.AspNetCore/8.0.1')],
      [
        'Elastic.CommonSchema.Serilog',
        csproj('Elastic.CommonSchema.Serilog/8.11.0'),
      ],
    ])('passes on %s in a csproj', (name, text) => {
      const result = passes({ 'src/Svc/Svc.csproj': text });
      expect(result.evidence[0].target).toBe('src/Svc/Svc.csproj');
      expect(result.evidence[0].detail).toContain(name);
    });

    it.each([
      [
        'AddOpenTelemetry on the logging builder',
        'builder.Logging.AddOpenTelemetry(o => o.AddOtlpExporter());\n',
      ],
      [
        'WithLogging on the OpenTelemetry builder',
        'builder.Services.AddOpenTelemetry()\n    .WithLogging(l => l.AddOtlpExporter());\n',
      ],
      ['AddJsonConsole', 'builder.Logging.AddJsonConsole();\n'],
    ])('passes on %s', (_name, text) => {
      const result = passes({ 'src/Svc/Program.cs': text });
      expect(result.evidence[0].target).toMatch(/^src\/Svc\/Program\.cs:\d$/);
    });

    it('passes on NLog with a JSON layout', () => {
      const result = passes({
        'src/Svc/Svc.csproj': csproj('NLog.Web.AspNetCore/5.3.11'),
        'src/Svc/nlog.config':
          '<nlog>\n  <targets>\n    <target name="console" xsi:type="Console">\n      <layout xsi:type="JsonLayout" />\n    </target>\n  </targets>\n</nlog>\n',
      });
      expect(targets(result)).toEqual([
        'src/Svc/Svc.csproj',
        'src/Svc/nlog.config:4',
      ]);
    });

    it.each([
      [
        'Serilog set to Logger.None',
        {
          'src/Svc/Svc.csproj': csproj('Serilog.AspNetCore/8.0.1'),
          'src/Svc/Program.cs':
            'Log.Logger = Serilog.Core.Logger.None;\nbuilder.Host.UseSerilog();\n',
        },
      ],
      [
        'NLog without a JSON layout',
        {
          'src/Svc/Svc.csproj': csproj('NLog/5.3.2'),
          'src/Svc/nlog.config':
            '<nlog><targets><target name="f" xsi:type="File" layout="${message}" /></targets></nlog>\n',
        },
      ],
    ])('fails on %s', (_name, files) => {
      expect(evaluateCheck('structured-logging', { files }).outcome).toBe(
        'fail',
      );
    });

    it('fails on Microsoft.Extensions.Logging with the plain console', () => {
      expect(
        evaluateCheck('structured-logging', {
          files: {
            'src/Svc/Svc.csproj': csproj('Microsoft.Extensions.Logging/8.0.0'),
            'src/Svc/Program.cs': 'builder.Logging.AddConsole();\n',
          },
        }).outcome,
      ).toBe('fail');
    });
  });

  describe('Rust, Ruby and Elixir', () => {
    it.each([
      [
        'tracing-subscriber in Cargo.toml',
        'Cargo.toml',
        cargoToml(
          'tracing = "0.1"',
          'tracing-subscriber = { version = "0.3", features = ["json"] }',
        ),
        'tracing-subscriber',
      ],
      [
        'opentelemetry-appender-tracing in Cargo.toml',
        'Cargo.toml',
        cargoToml('opentelemetry-appender-tracing = "0.5"'),
        'opentelemetry-appender-tracing',
      ],
      [
        'semantic_logger in a Gemfile',
        'Gemfile',
        gemfile('rails', 'semantic_logger'),
        'semantic_logger',
      ],
      [
        'rails_semantic_logger in a Gemfile',
        'Gemfile',
        gemfile('rails', 'rails_semantic_logger'),
        'rails_semantic_logger',
      ],
      [
        'opentelemetry-logs-sdk in a Gemfile',
        'Gemfile',
        gemfile('opentelemetry-logs-sdk'),
        'opentelemetry-logs-sdk',
      ],
      [
        'logger_json in mix.exs',
        'mix.exs',
        mixExs('{:phoenix, "~> 1.7"}', '{:logger_json, "~> 6.0"}'),
        'logger_json',
      ],
      [
        'logster in mix.exs',
        'mix.exs',
        mixExs('{:phoenix, "~> 1.7"}', '{:logster, "~> 1.1"}'),
        'logster',
      ],
    ])('passes on %s', (_name, path, text, name) => {
      const result = passes({ [path]: text });
      expect(result.evidence[0].target).toBe(path);
      expect(result.evidence[0].detail).toContain(name);
    });

    it('passes on lograge with its JSON formatter', () => {
      const result = passes({
        Gemfile: gemfile('rails', 'lograge'),
        'config/environments/production.rb':
          'Rails.application.configure do\n  config.lograge.enabled = true\n  config.lograge.formatter = Lograge::Formatters::Json.new\nend\n',
      });
      expect(targets(result)).toEqual([
        'Gemfile',
        'config/environments/production.rb:3',
      ]);
    });

    it('passes on lograge with JSON beside a silenced asset logger', () => {
      const result = passes({
        Gemfile: gemfile('rails', 'lograge'),
        'config/initializers/lograge.rb':
          'Rails.application.configure do\n  config.lograge.formatter = Lograge::Formatters::Json.new\n  config.assets.logger = ActiveSupport::Logger.new(nil)\nend\n',
      });
      expect(targets(result)).toEqual([
        'Gemfile',
        'config/initializers/lograge.rb:2',
      ]);
    });

    it('passes on a JSON formatter for the Elixir logger', () => {
      const result = passes({
        'config/config.exs':
          'import Config\n\nconfig :logger, :default_handler,\n  formatter: {LoggerJSON.Formatters.Basic, metadata: [:request_id]}\n',
      });
      expect(result.evidence[0].target).toBe('config/config.exs:3');
    });

    it('passes on a Rails logger sent to nowhere only in the test environment', () => {
      const result = passes({
        Gemfile: gemfile('rails', 'semantic_logger'),
        'config/environments/test.rb':
          'Rails.application.configure do\n  config.logger = Logger.new(nil)\nend\n',
      });
      expect(result.evidence[0].target).toBe('Gemfile');
    });

    it.each([
      [
        'lograge without a JSON formatter',
        { Gemfile: gemfile('rails', 'lograge') },
      ],
      [
        'semantic_logger with the Rails logger sent to nowhere',
        {
          Gemfile: gemfile('rails', 'semantic_logger'),
          'config/environments/production.rb':
            'Rails.application.configure do\n  config.logger = ActiveSupport::Logger.new(File::NULL)\nend\n',
        },
      ],
      [
        'logger_json with the logger backends emptied',
        {
          'mix.exs': mixExs('{:logger_json, "~> 6.0"}'),
          'config/prod.exs': 'import Config\n\nconfig :logger, backends: []\n',
        },
      ],
      [
        "Phoenix's default console format",
        {
          'mix.exs': mixExs('{:phoenix, "~> 1.7"}'),
          'config/config.exs':
            'import Config\n\nconfig :logger, :console,\n  format: "$time $metadata[$level] $message\\n",\n  metadata: [:request_id]\n',
        },
      ],
      [
        'tracing-subscriber writing to a sink',
        {
          'Cargo.toml': cargoToml('tracing-subscriber = "0.3"'),
          'src/main.rs':
            'fn main() {\n    tracing_subscriber::fmt().with_writer(std::io::sink).init();\n}\n',
        },
      ],
    ])('fails on %s', (_name, files) => {
      expect(evaluateCheck('structured-logging', { files }).outcome).toBe(
        'fail',
      );
    });

    it('fails on the tracing facade without a subscriber', () => {
      expect(
        evaluateCheck('structured-logging', {
          files: { 'Cargo.toml': cargoToml('tracing = "0.1"', 'log = "0.4"') },
        }).outcome,
      ).toBe('fail');
    });
  });

  it('fails on an empty repository', () => {
    expect(evaluateCheck('structured-logging').outcome).toBe('fail');
  });

  notApplicableFor('structured-logging', [
    'library',
    'website',
    'documentation',
  ]);
});

describe('iac', () => {
  it.each([
    'infra/main.tf',
    'infra/main.tf.json',
    'infra/live/terragrunt.hcl',
    'Pulumi.yaml',
    'infra/Pulumi.yml',
    'cdk.json',
    'infra/main.bicep',
    'charts/svc/Chart.yaml',
    'deploy/kustomization.yaml',
    'deploy/base/kustomization.yml',
    'ansible.cfg',
    'playbooks/site.yml',
    'playbook.yml',
    'ansible/roles/web/tasks/main.yml',
    'deploy/helmfile.yaml',
    'deploy/svc.nomad.hcl',
    'fly.toml',
    'render.yaml',
    'heroku.yml',
    '.do/deploy.template.yaml',
    'deployment/elasticbeanstalk/Dockerrun.aws.json',
    '.ebextensions/01-app.config',
  ])('passes on %s', path => {
    const result = evaluateCheck('iac', { files: { [path]: 'x: 1\n' } });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(path);
  });

  it.each([
    [
      'a CloudFormation template',
      'template.yaml',
      "AWSTemplateFormatVersion: '2010-09-09'\nResources: {}\n",
      'template.yaml:1',
    ],
    [
      'a CloudFormation JSON template',
      'infra/stack.template',
      '{\n  "AWSTemplateFormatVersion": "2010-09-09",\n  "Resources": {}\n}\n',
      'infra/stack.template:2',
    ],
    [
      'a Kubernetes Deployment',
      'deploy/deployment.yaml',
      deploymentYaml(),
      'deploy/deployment.yaml:2',
    ],
    [
      'a Kubernetes Service',
      'k8s/service.yml',
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: svc\nspec:\n  ports: [{ port: 80 }]\n',
      'k8s/service.yml:2',
    ],
    [
      'a Helm template',
      'charts/svc/templates/service.yaml',
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ include "svc.fullname" . }}\n',
      'charts/svc/templates/service.yaml:2',
    ],
    [
      'a Crossplane composition',
      'crossplane/composition.yaml',
      'apiVersion: apiextensions.crossplane.io/v1\nkind: Composition\nmetadata:\n  name: xdatabase\nspec:\n  compositeTypeRef: { apiVersion: acme.io/v1, kind: XDatabase }\n',
      'crossplane/composition.yaml:2',
    ],
    [
      'a Crossplane XRD',
      'crossplane/definition.yaml',
      'apiVersion: apiextensions.crossplane.io/v1\nkind: CompositeResourceDefinition\nmetadata:\n  name: xdatabases.acme.io\n',
      'crossplane/definition.yaml:2',
    ],
    [
      'an Ansible playbook by content',
      'deploy/site.yml',
      '- name: Deploy svc\n  hosts: web\n  tasks: []\n',
      'deploy/site.yml:1',
    ],
    [
      'an App Engine app.yaml',
      'app.yaml',
      'runtime: python312\nentrypoint: gunicorn -b :$PORT main:app\n',
      'app.yaml:1',
    ],
    [
      'a Cloud Run service',
      'deploy/service.yaml',
      'apiVersion: serving.knative.dev/v1\nkind: Service\nmetadata:\n  name: svc\nspec:\n  template:\n    spec:\n      containers:\n        - image: gcr.io/acme/svc\n',
      'deploy/service.yaml:2',
    ],
    [
      'a Serverless Framework service',
      'serverless.yml',
      'service: svc\nprovider:\n  name: aws\n  runtime: nodejs20.x\nfunctions:\n  api:\n    handler: handler.api\n',
      'serverless.yml:2',
    ],
    [
      'a Cloud Foundry manifest',
      'manifest.yml',
      'applications:\n  - name: svc\n    memory: 512M\n',
      'manifest.yml:1',
    ],
    [
      'a Kubernetes Deployment as an ERB template',
      'config/deploy/web.yaml.erb',
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: <%= environment %>\n',
      'config/deploy/web.yaml.erb:2',
    ],
    [
      'a templated platform Application that does not parse as YAML',
      '.nais/nais.yaml',
      'apiVersion: "nais.io/v1alpha1"\nkind: "Application"\nmetadata:\n  name: svc\nspec:\n  image: {{image}}\n',
      '.nais/nais.yaml:2',
    ],
    [
      'an Argo CD Application',
      'argocd/svc.yaml',
      'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: svc\nspec:\n  project: default\n',
      'argocd/svc.yaml:2',
    ],
    [
      'a NixOS module declaring the service',
      'nix/module.nix',
      '{ config, lib, pkgs, ... }:\n{\n  config = lib.mkIf cfg.enable {\n    systemd.services.svc = {\n      wantedBy = [ "multi-user.target" ];\n    };\n  };\n}\n',
      'nix/module.nix:4',
    ],
    [
      'an ARM template',
      'infra/azuredeploy.json',
      '{\n  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",\n  "resources": []\n}\n',
      'infra/azuredeploy.json:2',
    ],
  ])('passes on %s', (_name, path, text, target) => {
    const result = evaluateCheck('iac', { files: { [path]: text } });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(target);
  });

  it('fails on an empty repository', () => {
    expect(evaluateCheck('iac').outcome).toBe('fail');
  });

  it('applies to a website', () => {
    expect(
      evaluateCheck('iac', { entity: { spec: { type: 'website' } } }).outcome,
    ).toBe('fail');
  });

  it.each([
    ['a Dockerfile alone', { Dockerfile: 'FROM node:20\n' }],
    [
      'Kubernetes manifests under examples/',
      { 'examples/deployment.yaml': deploymentYaml() },
    ],
    [
      'a YAML file that is not a manifest',
      { 'config/app.yaml': 'kind: settings\nport: 8080\n' },
    ],
    [
      'an app.yaml of application settings',
      { 'app.yaml': 'name: svc\nport: 8080\nfeatures: [a, b]\n' },
    ],
    [
      'an Expo app.json without a Procfile',
      { 'app.json': '{ "expo": { "name": "svc" } }\n' },
    ],
    ['a Procfile alone', { Procfile: 'web: node server.js\n' }],
    [
      'a kind without an apiVersion',
      { 'config/jobs.yaml': 'kind: Deployment\nsteps: [build, ship]\n' },
    ],
    [
      'a Backstage catalog entity',
      {
        'catalog-info.yaml':
          'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: svc\n',
      },
    ],
    [
      'a Nix flake with a development shell only',
      {
        'flake.nix':
          '{\n  outputs = { nixpkgs, ... }: {\n    devShells.x86_64-linux.default = nixpkgs.legacyPackages.x86_64-linux.mkShell { };\n  };\n}\n',
      },
    ],
    [
      'a manifest.yml that is not a Cloud Foundry manifest',
      { 'manifest.yml': 'name: svc\nversion: 1.0.0\n' },
    ],
  ])('fails on %s', (_name, files) => {
    expect(evaluateCheck('iac', { files }).outcome).toBe('fail');
  });

  it('passes on a Heroku app.json beside a Procfile', () => {
    const result = evaluateCheck('iac', {
      files: {
        'app.json': '{ "name": "svc", "addons": ["heroku-postgresql"] }\n',
        Procfile: 'web: node server.js\n',
      },
    });
    expect(result.outcome).toBe('pass');
    expect(targets(result)).toEqual(['app.json', 'Procfile']);
  });

  notApplicableFor('iac', ['library', 'documentation']);
});

describe('api-contract', () => {
  it('passes on a providesApi relation', () => {
    const result = evaluateCheck('api-contract', {
      entity: { relations: [relation('providesApi', 'api:default/svc-api')] },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe('api:default/svc-api');
  });

  it.each([
    'openapi.yaml',
    'api/openapi-v1.yml',
    'openapi.json',
    'swagger.json',
    'docs/swagger.yaml',
    'asyncapi.yaml',
    'proto/payments/v1/payments.proto',
    'schema.graphql',
    'graph/schema.graphqls',
    'avro/payment.avsc',
  ])('passes on %s', path => {
    const result = evaluateCheck('api-contract', {
      files: { [path]: 'x\n' },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(path);
  });

  it.each([
    [
      'openapi',
      'api/openapi/payments.yml',
      "openapi: '3.0.3'\ninfo: { title: payments, version: '1' }\n",
      'api/openapi/payments.yml:1',
    ],
    [
      'swagger',
      'spec/payments.yaml',
      "swagger: '2.0'\ninfo: { title: payments }\n",
      'spec/payments.yaml:1',
    ],
    [
      'asyncapi',
      'events/payments.yml',
      "asyncapi: '3.0.0'\ninfo: { title: payments }\n",
      'events/payments.yml:1',
    ],
    [
      'openapi (JSON)',
      'docs/api/payments.json',
      '{\n  "openapi": "3.1.0",\n  "info": {}\n}\n',
      'docs/api/payments.json:2',
    ],
  ])(
    'passes on a document whose top-level key is %s',
    (_key, path, text, target) => {
      const result = evaluateCheck('api-contract', { files: { [path]: text } });
      expect(result.outcome).toBe('pass');
      expect(result.evidence[0].target).toBe(target);
    },
  );

  it('fails on an empty repository', () => {
    expect(evaluateCheck('api-contract').outcome).toBe('fail');
  });

  it.each([
    ['an openapi file under test/', 'test/openapi.yaml'],
    ['an openapi file under tests/fixtures/', 'tests/fixtures/openapi.json'],
    ['a proto under testdata/', 'internal/testdata/payments.proto'],
    ['a GraphQL schema under __tests__/', 'src/__tests__/schema.graphql'],
    ['an openapi file under examples/', 'examples/openapi.yaml'],
    ['openapi-generator configuration', 'openapitools.json'],
  ])('fails on %s', (_name, path) => {
    expect(
      evaluateCheck('api-contract', { files: { [path]: "openapi: '3.0.0'\n" } })
        .outcome,
    ).toBe('fail');
  });

  it.each([
    ['a nested openapi key', 'config/app.yaml', 'docs:\n  openapi: true\n'],
    [
      'an openapi script in package.json',
      'package.json',
      '{ "scripts": { "openapi": "3d" }, "openapi": "3.0.0" }\n',
    ],
  ])('fails on %s', (_name, path, text) => {
    expect(
      evaluateCheck('api-contract', { files: { [path]: text } }).outcome,
    ).toBe('fail');
  });

  it('fails, not errs, beside a YAML template that does not parse', () => {
    expect(
      evaluateCheck('api-contract', {
        files: {
          'deploy/app.yaml':
            'spec:\n  image: {{image}}\n  replicas: {{replicas}}\n',
        },
      }).outcome,
    ).toBe('fail');
  });

  it('fails on vendored Google API protos', () => {
    expect(
      evaluateCheck('api-contract', {
        files: {
          'proto/google/api/annotations.proto': 'syntax = "proto3";\n',
          'proto/google/protobuf/empty.proto': 'syntax = "proto3";\n',
        },
      }).outcome,
    ).toBe('fail');
  });

  describe('a contract generated from the code and served', () => {
    const passesOn = (files: Record<string, string>) => {
      const result = evaluateCheck('api-contract', { files });
      return `${result.outcome}: ${details(result)}`;
    };

    it.each([
      [
        'springdoc-openapi',
        'pom.xml',
        pomXml(['org.springdoc:springdoc-openapi-starter-webmvc-ui:2.6.0']),
        'springdoc-openapi-starter-webmvc-ui',
      ],
      [
        'SmallRye OpenAPI',
        'build.gradle',
        buildGradle('io.quarkus:quarkus-smallrye-openapi'),
        'quarkus-smallrye-openapi',
      ],
      [
        'FastAPI',
        'requirements.txt',
        'fastapi==0.111.0\nuvicorn==0.30.1\n',
        'fastapi',
      ],
      [
        'drf-spectacular',
        'requirements.txt',
        'djangorestframework==3.15.2\ndrf-spectacular==0.27.2\n',
        'drf-spectacular',
      ],
      ['tsoa', 'package.json', packageJson({ tsoa: '^6.4.0' }), 'tsoa'],
      [
        'fastify swagger',
        'package.json',
        packageJson({ '@fastify/swagger': '^8.15.0' }),
        '@fastify/swagger',
      ],
      [
        'swag with its HTTP handler',
        'go.mod',
        goMod('github.com/swaggo/http-swagger/v2 v2.0.2'),
        'github.com/swaggo/http-swagger',
      ],
      [
        'huma',
        'go.mod',
        goMod('github.com/danielgtaylor/huma/v2 v2.22.1'),
        'huma',
      ],
      [
        'grape-swagger',
        'Gemfile',
        gemfile('grape', 'grape-swagger'),
        'grape-swagger',
      ],
      ['rswag', 'Gemfile', gemfile('rails', 'rswag-api'), 'rswag-api'],
      [
        'utoipa with Swagger UI',
        'Cargo.toml',
        cargoToml('utoipa = "4"', 'utoipa-swagger-ui = "7"'),
        'utoipa',
      ],
      ['poem-openapi', 'Cargo.toml', cargoToml('poem-openapi = "5"'), 'poem'],
    ])('passes on %s', (_name, path, text, name) => {
      expect(passesOn({ [path]: text })).toMatch(
        new RegExp(`^pass: .*${name}`),
      );
    });

    it.each([
      [
        'Swashbuckle with UseSwagger',
        {
          'src/Svc/Svc.csproj': csproj('Swashbuckle.AspNetCore/6.6.2'),
          'src/Svc/Program.cs':
            'builder.Services.AddSwaggerGen();\nvar app = builder.Build();\napp.UseSwagger();\n',
        },
        'Swashbuckle.AspNetCore',
      ],
      [
        'ASP.NET OpenAPI with MapOpenApi',
        {
          'src/Svc/Svc.csproj': csproj('Microsoft.AspNetCore.OpenApi/9.0.0'),
          'src/Svc/Program.cs':
            'builder.Services.AddOpenApi();\nvar app = builder.Build();\napp.MapOpenApi();\n',
        },
        'Microsoft.AspNetCore.OpenApi',
      ],
      [
        'NestJS swagger set up',
        {
          'package.json': packageJson({ '@nestjs/swagger': '^7.4.0' }),
          'src/main.ts':
            "const document = SwaggerModule.createDocument(app, config);\nSwaggerModule.setup('docs', app, document);\n",
        },
        '@nestjs/swagger',
      ],
      [
        'open_api_spex with RenderSpec',
        {
          'mix.exs': mixExs('{:open_api_spex, "~> 3.21"}'),
          'lib/svc_web/router.ex':
            'scope "/api" do\n  get "/openapi", OpenApiSpex.Plug.RenderSpec, []\nend\n',
        },
        'open_api_spex',
      ],
      [
        'utoipa served from a route',
        {
          'Cargo.toml': cargoToml('utoipa = "4"', 'axum = "0.7"'),
          'src/main.rs':
            'async fn spec() -> Json<utoipa::openapi::OpenApi> {\n    Json(ApiDoc::openapi())\n}\n',
        },
        'utoipa',
      ],
    ])('passes on %s', (_name, files, name) => {
      expect(passesOn(files)).toMatch(new RegExp(`^pass: .*${name}`));
    });

    it.each([
      [
        'springdoc with its documents turned off',
        {
          'pom.xml': pomXml([
            'org.springdoc:springdoc-openapi-starter-webmvc-ui:2.6.0',
          ]),
          'src/main/resources/application.properties':
            'springdoc.api-docs.enabled=false\n',
        },
      ],
      [
        'Swashbuckle never served',
        {
          'src/Svc/Svc.csproj': csproj('Swashbuckle.AspNetCore/6.6.2'),
          'src/Svc/Program.cs': 'var app = builder.Build();\napp.Run();\n',
        },
      ],
      [
        'FastAPI with its OpenAPI URL removed',
        {
          'requirements.txt': 'fastapi==0.111.0\n',
          'app/main.py': 'app = FastAPI(openapi_url=None)\n',
        },
      ],
      [
        'NestJS swagger never set up',
        {
          'package.json': packageJson({ '@nestjs/swagger': '^7.4.0' }),
          'src/main.ts': 'await app.listen(3000);\n',
        },
      ],
      [
        'open_api_spex without a rendered spec',
        {
          'mix.exs': mixExs('{:open_api_spex, "~> 3.21"}'),
          'lib/svc_web/router.ex':
            'plug OpenApiSpex.Plug.PutApiSpec, module: SvcWeb.ApiSpec\n',
        },
      ],
      ['utoipa alone', { 'Cargo.toml': cargoToml('utoipa = "4"') }],
    ])('fails on %s', (_name, files) => {
      expect(evaluateCheck('api-contract', { files }).outcome).toBe('fail');
    });
  });

  it('applies to documentation components', () => {
    expect(
      evaluateCheck('api-contract', {
        entity: { spec: { type: 'documentation' } },
      }).outcome,
    ).toBe('fail');
  });

  notApplicableFor('api-contract', ['library', 'website']);
});
