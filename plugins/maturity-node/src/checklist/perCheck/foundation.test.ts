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
      'docker-compose.yml:4',
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
    [
      'a Deployment without probes',
      { 'deploy/deployment.yaml': deploymentYaml() },
    ],
  ])('fails on %s', (_name, files) => {
    expect(evaluateCheck('health-checks', { files }).outcome).toBe('fail');
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
      expect(result.evidence[0].target).toBe('cmd/svc/main.go:4');
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
    ])('passes on %s', (_name, path, text, target) => {
      expect(passes({ [path]: text }).evidence[0].target).toBe(target);
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
        'lograge in a Gemfile',
        'Gemfile',
        gemfile('rails', 'lograge'),
        'lograge',
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
    ])('passes on %s', (_name, path, text, name) => {
      const result = passes({ [path]: text });
      expect(result.evidence[0].target).toBe(path);
      expect(result.evidence[0].detail).toContain(name);
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
      'deploy/deployment.yaml',
    ],
    [
      'a Kubernetes Service',
      'k8s/service.yml',
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: svc\nspec:\n  ports: [{ port: 80 }]\n',
      'k8s/service.yml',
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
      'crossplane/composition.yaml',
    ],
    [
      'a Crossplane XRD',
      'crossplane/definition.yaml',
      'apiVersion: apiextensions.crossplane.io/v1\nkind: CompositeResourceDefinition\nmetadata:\n  name: xdatabases.acme.io\n',
      'crossplane/definition.yaml',
    ],
    [
      'an Ansible playbook by content',
      'deploy/site.yml',
      '- name: Deploy svc\n  hosts: web\n  tasks: []\n',
      'deploy/site.yml:1',
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
  ])('fails on %s', (_name, files) => {
    expect(evaluateCheck('iac', { files }).outcome).toBe('fail');
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
      'api/openapi/payments.yml',
    ],
    [
      'swagger',
      'spec/payments.yaml',
      "swagger: '2.0'\ninfo: { title: payments }\n",
      'spec/payments.yaml',
    ],
    [
      'asyncapi',
      'events/payments.yml',
      "asyncapi: '3.0.0'\ninfo: { title: payments }\n",
      'events/payments.yml',
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

  it('applies to documentation components', () => {
    expect(
      evaluateCheck('api-contract', {
        entity: { spec: { type: 'documentation' } },
      }).outcome,
    ).toBe('fail');
  });

  notApplicableFor('api-contract', ['library', 'website']);
});
