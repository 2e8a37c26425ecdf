import type {
  CheckDefinition,
  Rule,
} from '@backstage-maturity/plugin-maturity-common';
import {
  allOf,
  anyOf,
  COMPOSE_FILES,
  content,
  dependency,
  DOCKERFILES,
  documents,
  files,
  GENERATED_SOURCES,
  HELM_TEMPLATE_FILES,
  isLibraryOrDocumentation,
  isLibraryOrWebsite,
  isLibraryWebsiteOrDocumentation,
  KUBERNETES_MANIFEST_KINDS,
  kubernetesKinds,
  LOCK_FILES,
  relation,
  SOURCE_FILES,
  SPRING_CONFIG_FILES,
  TERRAFORM_FILES,
  TEST_AND_EXAMPLE_FOLDERS,
  TEST_SOURCES,
  YAML_FILES,
} from './common';
import { PHASE } from '@backstage-maturity/plugin-maturity-common';

/**
 * Infrastructure as code: the evidence of `iac`, reused by the n/a rule of
 * `resource-limits`.
 *
 * @public
 */
export const iacRule: Rule = anyOf(
  files([
    ...TERRAFORM_FILES,
    'terragrunt.hcl',
    'Pulumi.y*ml',
    'cdk.json',
    '*.bicep',
    'Chart.yaml',
    'kustomization.y*ml',
  ]),
  // CloudFormation / SAM templates.
  content(
    [
      ...YAML_FILES,
      '*.template',
      '*template*.json',
      '*cfn*.json',
      '*cloudformation*.json',
    ],
    '^[ \\t]*["\']?AWSTemplateFormatVersion["\']?[ \\t]*:',
    { flags: 'im', exclude: TEST_AND_EXAMPLE_FOLDERS },
  ),
  // Kubernetes manifests and Crossplane compositions.
  kubernetesKinds([
    ...KUBERNETES_MANIFEST_KINDS,
    'Composition',
    'CompositeResourceDefinition',
  ]),
  // Ansible playbooks and roles.
  files([
    'ansible.cfg',
    '**/playbooks/*.y*ml',
    'playbook*.y*ml',
    '**/roles/*/tasks/*.y*ml',
  ]),
  content(
    YAML_FILES,
    '^-[ \\t]+(?:name[ \\t]*:[^\\n]*\\n[ \\t]+)?(?:hosts|import_playbook)[ \\t]*:',
    { flags: 'im', exclude: TEST_AND_EXAMPLE_FOLDERS },
  ),
);

/** Files that are test data, examples or generator configuration, not contracts. */
const NOT_CONTRACTS = [
  ...TEST_AND_EXAMPLE_FOLDERS,
  '**/third_party/**',
  'openapitools.json',
  'openapi-generator*',
];

/**
 * Explicit API contracts: the evidence of `api-contract`, whose absence
 * makes `contract-validation` not applicable.
 *
 * @public
 */
export const apiContractRule: Rule = anyOf(
  relation('providesApi'),
  files(
    [
      'openapi*.{yaml,yml,json}',
      'swagger*.{yaml,yml,json}',
      'asyncapi*.{yaml,yml,json}',
      '*.proto',
      '*.graphql',
      '*.graphqls',
      '*.avsc',
      '*.avdl',
      '*.thrift',
      '*.smithy',
      '*.raml',
    ],
    { exclude: NOT_CONTRACTS },
  ),
  // Any YAML document whose top-level key is openapi/swagger/asyncapi
  // (e.g. api/openapi/payments.yml).
  documents(YAML_FILES, {
    topLevelKeys: ['openapi', 'swagger', 'asyncapi'],
    exclude: [...NOT_CONTRACTS, ...HELM_TEMPLATE_FILES],
  }),
  // The same for JSON, searched as text so that JSON with comments
  // (tsconfig, appsettings) cannot make the check unknown; the value must be
  // a spec version such as "3.0.3".
  content(['*.json'], '"(?:openapi|swagger|asyncapi)"\\s*:\\s*"\\d', {
    exclude: [...NOT_CONTRACTS, ...LOCK_FILES, 'package.json', 'composer.json'],
  }),
);

/**
 * Phase 2: it can be operated and integrated.
 *
 * @public
 */
export const foundationChecks: CheckDefinition[] = [
  {
    id: 'health-checks',
    title: 'Health checks and readiness probes',
    phase: PHASE.foundation,
    required: true,
    why: 'Without health and readiness signals, the platform sends traffic to instances that are starting, stuck or dead.',
    howToPass:
      '`readinessProbe` / `livenessProbe` in Kubernetes manifests or Helm templates, `HEALTHCHECK` in a ' +
      'Dockerfile, `healthcheck:` in a compose file, or a health endpoint in the source (`/healthz`, ' +
      '`/health`, `/ready`, `/livez`, `actuator/health`, `grpc.health`, ASP.NET `MapHealthChecks`).',
    notApplicableWhen: isLibraryWebsiteOrDocumentation,
    rule: anyOf(
      { kubernetes: { check: 'probes' } },
      // Also in Helm templates that do not parse as YAML before rendering.
      content(
        [...YAML_FILES, '*.tpl'],
        '^[ \\t]*(?:readiness|liveness|startup)Probe[ \\t]*:',
        { flags: 'im', exclude: TEST_AND_EXAMPLE_FOLDERS },
      ),
      content(DOCKERFILES, '^[ \\t]*HEALTHCHECK[ \\t]+(?!NONE\\b)', {
        flags: 'im',
      }),
      content(COMPOSE_FILES, '^[ \\t]+healthcheck[ \\t]*:', { flags: 'im' }),
      content(
        SOURCE_FILES,
        '["\'`]/(?:healthz?|readyz?|livez|liveness|readiness)\\b|actuator/health|grpc[._/]health|\\b(?:Map|Use|Add)HealthChecks\\b',
        { exclude: [...TEST_SOURCES, ...GENERATED_SOURCES] },
      ),
    ),
  },
  {
    id: 'structured-logging',
    title: 'Structured logging with levels',
    phase: PHASE.foundation,
    required: true,
    why: 'Free-text logs cannot be searched, filtered by level or correlated across services during an incident.',
    howToPass:
      'A structured logger: Go `zap`, `zerolog`, `log/slog`, or `logrus` with its JSON formatter; Java ' +
      '`logstash-logback-encoder`, log4j2 `JsonLayout` / `JsonTemplateLayout`, ECS logging; Node `pino`, ' +
      '`winston`, `bunyan`; Python `structlog`, `python-json-logger`, `loguru`; .NET `Serilog` or ' +
      'OpenTelemetry logging (`AddOpenTelemetry` on the logging builder); Rust `tracing-subscriber`; or an ' +
      'OpenTelemetry logs SDK in any language.',
    notApplicableWhen: isLibraryWebsiteOrDocumentation,
    rule: anyOf(
      // Go
      dependency(
        [
          'go.uber.org/zap',
          'github.com/rs/zerolog',
          'golang.org/x/exp/slog',
          'go.opentelemetry.io/otel/sdk/log',
          'go.opentelemetry.io/otel/exporters/otlp/otlplog/*',
          'go.opentelemetry.io/contrib/bridges/*',
        ],
        ['go'],
      ),
      content(['*.go'], '"log/slog"', {
        exclude: [...TEST_SOURCES, '**/vendor/**'],
      }),
      allOf(
        dependency(
          ['github.com/sirupsen/logrus', 'github.com/Sirupsen/logrus'],
          ['go'],
        ),
        content(['*.go'], 'JSONFormatter', {
          caseSensitive: true,
          exclude: ['*_test.go'],
        }),
      ),
      // Java / Kotlin
      dependency(
        [
          'net.logstash.logback:logstash-logback-encoder',
          'org.apache.logging.log4j:log4j-layout-template-json',
          'co.elastic.logging:*',
          'io.opentelemetry:opentelemetry-sdk-logs',
          'io.opentelemetry.instrumentation:opentelemetry-logback-appender*',
          'io.opentelemetry.instrumentation:opentelemetry-log4j-appender*',
        ],
        ['maven', 'gradle'],
      ),
      content(
        ['log4j2*.xml', 'log4j2*.y*ml', 'log4j2*.json', 'log4j2*.properties'],
        'JsonLayout|JsonTemplateLayout',
      ),
      content(['logback*.xml'], 'LogstashEncoder|EcsEncoder|JsonEncoder'),
      content(
        SPRING_CONFIG_FILES,
        'logging\\.structured\\.format|^[ \\t]+structured[ \\t]*:',
        { flags: 'im' },
      ),
      // Node.js
      dependency(
        [
          'pino',
          'winston',
          'bunyan',
          '@elastic/ecs-*-format',
          '@opentelemetry/sdk-logs',
          '@opentelemetry/exporter-logs-*',
        ],
        ['npm'],
      ),
      // Python
      dependency(
        ['structlog', 'python-json-logger', 'loguru', 'ecs-logging'],
        ['pypi'],
      ),
      content(['*.py'], 'opentelemetry\\.sdk\\._logs', {
        exclude: TEST_SOURCES,
      }),
      // .NET
      dependency(['Serilog*', 'Elastic.CommonSchema*'], ['nuget']),
      content(
        ['*.cs'],
        'Logging\\s*\\.\\s*AddOpenTelemetry|\\.WithLogging\\s*\\(|AddJsonConsole',
        { exclude: TEST_SOURCES },
      ),
      // Rust
      dependency(
        ['tracing-subscriber', 'opentelemetry-appender-*', 'slog-json'],
        ['cargo'],
      ),
      // Ruby and Elixir
      dependency(
        ['semantic_logger', 'lograge', 'ougai', 'opentelemetry-logs-sdk'],
        ['rubygems'],
      ),
      dependency(['logger_json'], ['hex']),
    ),
  },
  {
    id: 'iac',
    title: 'Infrastructure as code, not click-ops',
    phase: PHASE.foundation,
    required: true,
    why: 'Infrastructure set up by hand cannot be reviewed, reproduced or recovered after a disaster.',
    howToPass:
      'Infrastructure defined in the repository: Terraform (`*.tf`), Pulumi (`Pulumi.yaml`), CDK (`cdk.json`), ' +
      'CloudFormation (`AWSTemplateFormatVersion`), Bicep (`*.bicep`), a Helm chart (`Chart.yaml`), ' +
      'Kustomize (`kustomization.yaml`), Kubernetes manifests, Crossplane compositions or Ansible playbooks.',
    notApplicableWhen: isLibraryOrDocumentation,
    rule: iacRule,
  },
  {
    id: 'api-contract',
    title: 'API contracts are explicit (OpenAPI, AsyncAPI, ...)',
    phase: PHASE.foundation,
    required: true,
    why: 'Without an explicit contract, consumers code against guesses and every change can break them silently.',
    howToPass:
      'The entity provides an API entity (`providesApis`), or the repository holds a contract: ' +
      '`openapi*.yaml|json`, `swagger*.yaml|json`, `asyncapi*.yaml|json`, any YAML/JSON document whose ' +
      'top-level key is `openapi`, `swagger` or `asyncapi`, `*.proto`, `*.graphql` / `*.graphqls`, `*.avsc` ' +
      '(or Avro IDL, Thrift, Smithy, RAML). Files under test, fixture or example folders do not count.',
    notApplicableWhen: isLibraryOrWebsite,
    rule: apiContractRule,
  },
];
