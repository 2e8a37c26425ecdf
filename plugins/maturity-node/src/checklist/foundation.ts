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
  files,
  GENERATED_SOURCES,
  HELM_TEMPLATE_FILES,
  isLibraryOrDocumentation,
  isLibraryOrWebsite,
  isLibraryWebsiteOrDocumentation,
  KUBERNETES_MANIFEST_KINDS,
  LOCK_FILES,
  not,
  relation,
  SOURCE_FILES,
  SPRING_CONFIG_FILES,
  TERRAFORM_FILES,
  TEST_AND_EXAMPLE_FOLDERS,
  TEST_SOURCES,
  YAML_FILES,
} from './common';
import { PHASE } from '@backstage-maturity/plugin-maturity-common';

/** YAML rendered from a template (ERB, Jinja, Go templates) before use. */
const TEMPLATED_YAML_FILES = [
  '*.y*ml.erb',
  '*.y*ml.j2',
  '*.y*ml.jinja',
  '*.y*ml.tmpl',
  '*.y*ml.gotmpl',
];

/**
 * Kinds of Kubernetes documents that define infrastructure: the built-in
 * kinds, Crossplane compositions and the custom resources of widely used
 * operators (Argo CD, Flux, Prometheus, cert-manager, External Secrets,
 * KEDA, Istio, Traefik, Strimzi, NAIS).
 */
const IAC_KINDS = [
  ...KUBERNETES_MANIFEST_KINDS,
  'Composition',
  'CompositeResourceDefinition',
  'Application',
  'ApplicationSet',
  'HelmRelease',
  'PrometheusRule',
  'ServiceMonitor',
  'PodMonitor',
  'Certificate',
  'ClusterIssuer',
  'ExternalSecret',
  'SealedSecret',
  'ScaledObject',
  'VirtualService',
  'DestinationRule',
  'IngressRoute',
  'KafkaTopic',
  'Naisjob',
];

/** The same rule, saying in plain words what it looks for. */
function described<T extends Rule>(description: string, rule: T): T {
  return { ...rule, description };
}

/**
 * Infrastructure as code: the evidence of `iac`, reused by the n/a rule of
 * `resource-limits`.
 *
 * @public
 */
export const iacRule: Rule = described(
  'infrastructure as code: Terraform, Pulumi, CDK, CloudFormation, Bicep or ARM templates, a Helm ' +
    'chart, Kustomize, Kubernetes manifests, Crossplane compositions, Ansible playbooks, NixOS modules, ' +
    'or a PaaS app definition (fly.toml, App Engine app.yaml, render.yaml, app.json with a Procfile, ' +
    'Cloud Run or Knative service YAML, Serverless Framework, Cloud Foundry, Elastic Beanstalk, ' +
    'DigitalOcean App Platform)',
  anyOf(
    files([
      ...TERRAFORM_FILES,
      'terragrunt.hcl',
      'cdktf.json',
      'Pulumi.y*ml',
      'cdk.json',
      '*.bicep',
      'Chart.yaml',
      'kustomization.y*ml',
      'helmfile.y*ml',
      '*.nomad',
      '*.nomad.hcl',
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
    // Azure Resource Manager templates.
    content(
      ['*.json'],
      '"\\$schema"\\s*:\\s*"https?://schema\\.management\\.azure\\.com/schemas/[^"]*deploymentTemplate',
      { exclude: [...TEST_AND_EXAMPLE_FOLDERS, ...LOCK_FILES, 'package.json'] },
    ),
    // Kubernetes manifests (Knative and Cloud Run services and the custom
    // resources of common operators included) and Crossplane compositions:
    // an apiVersion and a kind at the top level. Read as text, so that Helm,
    // ERB, Jinja or Go templates count and an unparsable file decides
    // nothing.
    described(
      'Kubernetes manifests (workloads, services, config, custom resources such as Argo CD applications or Prometheus rules, Knative or Cloud Run services), also as Helm or other templates',
      content(
        [...YAML_FILES, '*.tpl', ...TEMPLATED_YAML_FILES],
        `^kind:[ \\t]*["']?(?:${IAC_KINDS.join(
          '|',
        )})["']?[ \\t]*(?:#[^\\n]*)?$(?:(?<=^apiVersion[ \\t]*:[\\s\\S]*)|(?=[\\s\\S]*^apiVersion[ \\t]*:))`,
        { flags: 'im', exclude: TEST_AND_EXAMPLE_FOLDERS },
      ),
    ),
    // NixOS modules that declare the service.
    content(['*.nix'], '\\bsystemd\\.services\\b', {
      exclude: TEST_AND_EXAMPLE_FOLDERS,
    }),
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
    described(
      'a PaaS app definition (fly.toml, App Engine app.yaml, render.yaml, app.json with a Procfile, ' +
        'heroku.yml, Serverless Framework, Cloud Foundry, Elastic Beanstalk or DigitalOcean App Platform)',
      anyOf(
        files(
          [
            'fly.toml',
            'render.yaml',
            'heroku.yml',
            '.do/*.y*ml',
            'Dockerrun.aws.json',
            '.ebextensions/',
          ],
          { exclude: TEST_AND_EXAMPLE_FOLDERS },
        ),
        // Heroku: an app.json beside a Procfile (an app.json alone is also
        // Expo's or a web manifest's name).
        allOf(
          files(['app.json'], { exclude: TEST_AND_EXAMPLE_FOLDERS }),
          files(['Procfile'], { exclude: TEST_AND_EXAMPLE_FOLDERS }),
        ),
        // App Engine: an app.yaml that names its runtime (other app.yaml
        // files are application settings).
        content(['app.yaml', 'app.yml'], '^runtime[ \\t]*:[ \\t]*\\S', {
          flags: 'im',
          exclude: TEST_AND_EXAMPLE_FOLDERS,
        }),
        // Serverless Framework and Cloud Foundry manifests.
        content(['serverless.y*ml'], '^provider[ \\t]*:', {
          flags: 'im',
          exclude: TEST_AND_EXAMPLE_FOLDERS,
        }),
        content(['manifest.y*ml'], '^applications[ \\t]*:', {
          flags: 'im',
          exclude: TEST_AND_EXAMPLE_FOLDERS,
        }),
      ),
    ),
  ),
);

/** Files that are test data, examples or generator configuration, not contracts. */
const NOT_CONTRACTS = [
  ...TEST_AND_EXAMPLE_FOLDERS,
  '**/third_party/**',
  '**/google/{api,protobuf,rpc,type}/**',
  'openapitools.json',
  'openapi-generator*',
];

/** Source files of the service, without tests and generated bundles. */
const OWN_SOURCES = {
  exclude: [...TEST_SOURCES, ...GENERATED_SOURCES],
};

/** Where a Node service starts and sets up its server. */
const NODE_ENTRY_FILES = [
  '{main,index,server,app,bootstrap}.{js,mjs,cjs,ts,mts,cts}',
  '*{swagger,openapi}*.{js,mjs,cjs,ts,mts,cts}',
];

/** Where a Node service sets up its logger: its entry points and log modules. */
const NODE_LOGGER_FILES = [
  '{main,index,server,app,bootstrap}.{js,mjs,cjs,ts,mts,cts}',
  '*log*.{js,mjs,cjs,ts,mts,cts}',
];

/**
 * A contract generated from the code (annotations, types, route schemas) and
 * served by the service: the framework or library that generates it, and
 * where serving it is a separate call, that call.
 */
const generatedContractRule: Rule = described(
  'a contract generated from the code and served by the service (springdoc-openapi, SmallRye OpenAPI, ' +
    'Swashbuckle, NSwag or ASP.NET OpenAPI with the document mapped, FastAPI, NestJS swagger set up, ' +
    'tsoa, fastify swagger, swag, huma, open_api_spex, utoipa, grape-swagger, rswag, …)',
  anyOf(
    // Java/Kotlin: springdoc and SmallRye serve the document by default,
    // unless the base configuration turns it off.
    allOf(
      dependency(
        [
          'org.springdoc:springdoc-openapi-*',
          'io.springfox:springfox-*',
          'io.quarkus:quarkus-smallrye-openapi',
          'io.micronaut.openapi:*',
          'io.swagger.core.v3:swagger-jaxrs2*',
        ],
        ['maven', 'gradle'],
      ),
      not(
        content(
          ['application.properties', 'application.yml', 'application.yaml'],
          '^[ \\t]*springdoc\\.api-docs\\.enabled[ \\t]*[=:][ \\t]*false|^springdoc[ \\t]*:[ \\t]*\\n[ \\t]+api-docs[ \\t]*:[ \\t]*\\n[ \\t]+enabled[ \\t]*:[ \\t]*false',
          { flags: 'im', exclude: TEST_AND_EXAMPLE_FOLDERS },
        ),
      ),
    ),
    // .NET: Swashbuckle, NSwag and Microsoft.AspNetCore.OpenApi generate
    // the document; UseSwagger/UseOpenApi/MapOpenApi serve it.
    allOf(
      dependency(
        [
          'Swashbuckle.AspNetCore*',
          'NSwag.AspNetCore',
          'Microsoft.AspNetCore.OpenApi',
        ],
        ['nuget'],
      ),
      content(
        ['Program.cs', 'Startup.cs', '*{Swagger,OpenApi,Extensions}*.cs'],
        '\\.(?:UseSwagger|UseOpenApi|MapOpenApi|MapSwagger)\\s*\\(',
        OWN_SOURCES,
      ),
    ),
    // Python: FastAPI, Django Ninja and Litestar serve /openapi.json
    // unless openapi_url is None; the others serve what they generate.
    allOf(
      dependency(['fastapi', 'django-ninja', 'litestar'], ['pypi']),
      not(content(['*.py'], '\\bopenapi_url\\s*=\\s*None\\b', OWN_SOURCES)),
    ),
    dependency(
      [
        'drf-spectacular',
        'drf-yasg',
        'flask-smorest',
        'flasgger',
        'apiflask',
        'flask-restx',
        'connexion',
      ],
      ['pypi'],
    ),
    // Node: NestJS swagger once set up; tsoa and fastify swagger.
    allOf(
      dependency(['@nestjs/swagger'], ['npm']),
      content(
        NODE_ENTRY_FILES,
        '\\bSwaggerModule\\s*\\.\\s*setup\\s*\\(',
        OWN_SOURCES,
      ),
    ),
    dependency(
      [
        'tsoa',
        '@fastify/swagger',
        'fastify-swagger',
        '@hono/zod-openapi',
        '@elysiajs/swagger',
        'swagger-jsdoc',
      ],
      ['npm'],
    ),
    // Go: swag with a handler that serves its document, huma.
    dependency(
      [
        'github.com/swaggo/http-swagger*',
        'github.com/swaggo/gin-swagger',
        'github.com/swaggo/echo-swagger',
        'github.com/gofiber/swagger',
        'github.com/danielgtaylor/huma*',
      ],
      ['go'],
    ),
    // Ruby and Elixir.
    dependency(
      ['grape-swagger', 'rswag-api', 'rswag', 'apipie-rails'],
      ['rubygems'],
    ),
    allOf(
      dependency(['open_api_spex'], ['hex']),
      content(
        ['*router*.ex'],
        'OpenApiSpex\\.Plug\\.(?:RenderSpec|SwaggerUI)',
        OWN_SOURCES,
      ),
    ),
    dependency(['phoenix_swagger'], ['hex']),
    // Rust: utoipa with a UI or route that serves it, poem-openapi, aide.
    allOf(
      dependency(['utoipa'], ['cargo']),
      anyOf(
        dependency(
          [
            'utoipa-swagger-ui',
            'utoipa-redoc',
            'utoipa-rapidoc',
            'utoipa-scalar',
            'utoipa-axum',
          ],
          ['cargo'],
        ),
        content(['*.rs'], '::openapi\\(\\)', OWN_SOURCES),
      ),
    ),
    dependency(['poem-openapi', 'aide', 'rocket_okapi'], ['cargo']),
  ),
);

/**
 * Explicit API contracts: the evidence of `api-contract`, whose absence
 * makes `contract-validation` not applicable.
 *
 * @public
 */
export const apiContractRule: Rule = described(
  'a providesApi relation, or an API contract in the repository (OpenAPI, Swagger or AsyncAPI ' +
    'documents, Protocol Buffers, GraphQL schemas, Avro schemas), or one generated from the code and ' +
    'served by the service; files under test, fixture or example folders do not count',
  anyOf(
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
    // Any YAML document whose top-level key is openapi/swagger/asyncapi with
    // a spec version (e.g. api/openapi/payments.yml). Read as text: a key at
    // the start of a line is a top-level key, and a YAML file that does not
    // parse (a template) cannot make the check unknown.
    content(
      YAML_FILES,
      '^(?:openapi|swagger|asyncapi)[ \\t]*:[ \\t]*["\']?\\d',
      { flags: 'im', exclude: [...NOT_CONTRACTS, ...HELM_TEMPLATE_FILES] },
    ),
    // The same for JSON, searched as text so that JSON with comments
    // (tsconfig, appsettings) cannot make the check unknown; the value must be
    // a spec version such as "3.0.3".
    content(['*.json'], '"(?:openapi|swagger|asyncapi)"\\s*:\\s*"\\d', {
      exclude: [
        ...NOT_CONTRACTS,
        ...LOCK_FILES,
        'package.json',
        'composer.json',
      ],
    }),
    generatedContractRule,
  ),
);

/**
 * A health endpoint in the source: a route or path whose last segment names
 * health, readiness or liveness (`/healthz`, `/api/health`,
 * `/internal/isalive`), a root `/status`, Spring's actuator health, the gRPC
 * health service, ASP.NET health checks or the Rails health route.
 */
const HEALTH_ENDPOINT = [
  '["\'`](?:/|[\\w.{}:-]+/)(?:[\\w.{}:-]+/)*(?:health(?:z|check|-check|_check)?|readyz?|livez|liveness|readiness|isalive|isready|alive)\\b(?![\\w-])',
  '["\'`]/_?status["\'`]',
  '\\bpath_info:\\s*\\[\\s*"(?:health(?:z|check|_check)?|status|readyz?|livez|liveness|readiness|alive)"\\s*\\]',
  'actuator/health',
  'grpc[._/]health',
  '\\b(?:Map|Use|Add)HealthChecks\\b',
  'rails/health#show',
].join('|');

/**
 * A Compose service that is built from the repository (`build:`) and has a
 * `healthcheck:`: the service's own health check, not a database's.
 */
const COMPOSE_OWN_HEALTHCHECK =
  '^([ \\t]+)["\']?[\\w.-]+["\']?[ \\t]*:[ \\t]*(?:#[^\\n]*)?\\n' +
  // Each line is either a deeper one or a blank one, never both: a line
  // of spaces that both alternatives matched made this exponential.
  '(?=(?:\\1[ \\t]+\\S[^\\n]*\\n|[ \\t]*\\n)*?\\1[ \\t]+build[ \\t]*:)' +
  '(?=(?:\\1[ \\t]+\\S[^\\n]*\\n|[ \\t]*\\n)*?\\1[ \\t]+healthcheck[ \\t]*:)';

/** Structured-logging evidence that holds unless the code discards the log. */
function usedUnlessDiscarded(
  globs: string[],
  exclude: string[],
  setUp: string,
  discards: string,
): Rule {
  return anyOf(
    content(globs, setUp, { exclude, flags: 'im' }),
    not(content(globs, discards, { exclude, flags: 'im' })),
  );
}

const GO_SOURCES_EXCLUDE = [...TEST_SOURCES];
const NODE_SOURCES_EXCLUDE = [...TEST_SOURCES, ...GENERATED_SOURCES];
const PY_SOURCES_EXCLUDE = [...TEST_SOURCES, 'conftest.py'];

/** A discard writer in Go. */
const GO_DISCARD = '(?:io|ioutil)\\.Discard\\b';

/**
 * Go's log/slog as the application's logger: a handler set up (not one that
 * discards), the default replaced, or records written through slog.
 */
const SLOG_AS_LOGGER =
  `\\bslog\\.(?:New|SetDefault)\\((?!\\s*(?:slog\\.DiscardHandler|slog\\.New(?:JSON|Text)Handler\\(\\s*${GO_DISCARD}|slog\\.New\\(\\s*slog\\.(?:DiscardHandler|New(?:JSON|Text)Handler\\(\\s*${GO_DISCARD})))` +
  '|\\bslog\\.(?:Debug|Info|Warn|Error|Log)(?:Context|Attrs)?\\(';

/** A Go logger set up in the source: zap, zerolog or slog, not discarding. */
const GO_LOGGER_SET_UP = [
  '\\bzap\\.New(?!Nop\\b)\\w*\\(',
  '\\bzapcore\\.NewCore\\(',
  `\\bzerolog\\.New\\((?!\\s*${GO_DISCARD})`,
  '"github\\.com/rs/zerolog/log"',
  SLOG_AS_LOGGER,
].join('|');

/** A Go logger set up to discard its output. */
const GO_LOGGER_DISCARDED = `\\bzap\\.NewNop\\(|\\bzerolog\\.Nop\\(|\\bzerolog\\.New\\(\\s*${GO_DISCARD}`;

/** Node loggers constructed with output switched off. */
const NODE_LOGGER_OFF =
  '\\{[^}]*\\b(?:enabled\\s*:\\s*false|silent\\s*:\\s*true|level\\s*:\\s*["\'`]silent["\'`])';

/** Logging configuration files of the JVM, not those of the tests. */
const JVM_LOG_CONFIG_EXCLUDE = [
  ...TEST_AND_EXAMPLE_FOLDERS,
  '**/src/test/**',
  '*-test.*',
  '*-test-*',
];

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
      'Dockerfile, `healthcheck:` on the service built from the repository in a compose file (a ' +
      'database’s health check is not the service’s), a health endpoint in the source (`/healthz`, ' +
      '`/health`, `/healthcheck`, `/api/health`, `/ready`, `/livez`, `/internal/isalive`, a root `/status`, ' +
      '`actuator/health`, `grpc.health`, ASP.NET `MapHealthChecks`, the Rails `rails/health#show` route), ' +
      'or a health library or framework module that serves one ' +
      '(Spring Boot Actuator, Quarkus SmallRye Health, Micronaut management, NestJS Terminus, ' +
      '`@godaddy/terminus`, `django-health-check`, `health_check`/`okcomputer`, `tonic-health`, …).',
    notApplicableWhen: isLibraryWebsiteOrDocumentation,
    rule: described(
      'a readiness or liveness probe in the Kubernetes or Helm manifests, a HEALTHCHECK in a ' +
        'Dockerfile, a healthcheck on the service in a compose file, a health endpoint in the source ' +
        '(/healthz, /health, /ready, actuator/health, gRPC health, MapHealthChecks), or a health ' +
        'library such as Spring Boot Actuator',
      anyOf(
        { kubernetes: { check: 'probes' } },
        // Also in Helm and other templates that do not parse as YAML before
        // rendering.
        content(
          [...YAML_FILES, '*.tpl', ...TEMPLATED_YAML_FILES],
          '^[ \\t]*(?:readiness|liveness|startup)Probe[ \\t]*:',
          { flags: 'im', exclude: TEST_AND_EXAMPLE_FOLDERS },
        ),
        content(DOCKERFILES, '^[ \\t]*HEALTHCHECK[ \\t]+(?!NONE\\b)', {
          flags: 'im',
          exclude: TEST_AND_EXAMPLE_FOLDERS,
        }),
        described(
          'a healthcheck on a compose service built from the repository',
          content(COMPOSE_FILES, COMPOSE_OWN_HEALTHCHECK, {
            flags: 'im',
            exclude: TEST_AND_EXAMPLE_FOLDERS,
          }),
        ),
        content(SOURCE_FILES, HEALTH_ENDPOINT, OWN_SOURCES),
        described(
          'a health library or framework module (Spring Boot Actuator, Quarkus SmallRye Health, ' +
            'Micronaut management, Terminus, Lightship, django-health-check, health_check, ' +
            'okcomputer, tonic-health, …)',
          anyOf(
            dependency(
              [
                'org.springframework.boot:spring-boot-starter-actuator',
                'io.quarkus:quarkus-smallrye-health',
                'io.micronaut:micronaut-management',
                'io.helidon.health:*',
                'io.helidon.webserver.observe:helidon-webserver-observe-health',
              ],
              ['maven', 'gradle'],
            ),
            dependency(
              [
                '@godaddy/terminus',
                '@nestjs/terminus',
                'lightship',
                '@cloudnative/health-connect',
              ],
              ['npm'],
            ),
            dependency(
              [
                'github.com/heptiolabs/healthcheck',
                'github.com/alexliesenfeld/health',
                'github.com/hellofresh/health-go*',
                'github.com/InVisionApp/go-health*',
              ],
              ['go'],
            ),
            dependency(
              [
                'django-health-check',
                'django-watchman',
                'fastapi-health',
                'py-healthcheck',
                'flask-healthz',
              ],
              ['pypi'],
            ),
            dependency(
              ['health_check', 'okcomputer', 'rails-healthcheck'],
              ['rubygems'],
            ),
            dependency(['plug_checkup', 'plug_heartbeat'], ['hex']),
            dependency(['tonic-health'], ['cargo']),
          ),
        ),
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
      'A structured logger that the service’s own logging uses: Go `zap`, `zerolog`, `log/slog` as the ' +
      'application logger (a handler set up or records written through it), `logrus` with its JSON ' +
      'formatter, `go-kit/log`, `hclog`; Java `logstash-logback-encoder`, log4j2 `JsonLayout` / ' +
      '`JsonTemplateLayout` / `EcsLayout`, ECS logging, Spring Boot structured logging, Quarkus JSON ' +
      'logging; Node `pino` (also through Fastify’s logger), `winston`, `bunyan`; Python `structlog`, ' +
      '`python-json-logger`, `loguru`; .NET `Serilog`, NLog with a `JsonLayout`, or OpenTelemetry ' +
      'logging (`AddOpenTelemetry` on the logging builder) or `AddJsonConsole`; Ruby `lograge` with a ' +
      'JSON formatter, `semantic_logger`, `ougai`; Elixir `logger_json`, `logster` or a JSON log ' +
      'backend or formatter; Rust `tracing-subscriber`; or an OpenTelemetry logs SDK in any language. ' +
      'A logger set up to discard its output (`zap.NewNop()`, `io.Discard`, `enabled: false`, ' +
      '`silent: true`, `Logger.None`, a root level of OFF) is not structured logging.',
    notApplicableWhen: isLibraryWebsiteOrDocumentation,
    rule: described(
      'a structured logger that the service’s own logging uses (Go zap, zerolog, slog or logrus with ' +
        'JSON; Java Logstash/ECS encoders or log4j2 JSON layouts; Node pino, winston or bunyan; Python ' +
        'structlog, python-json-logger or loguru; .NET Serilog or OpenTelemetry logging; Ruby lograge ' +
        'with JSON, semantic_logger or ougai; Elixir logger_json or logster; Rust tracing-subscriber), ' +
        'not one set up to discard its output',
      anyOf(
        described(
          'a Go structured logger (zap, zerolog, log/slog, logrus with its JSON formatter, go-kit/log, hclog) or the OpenTelemetry Go logs SDK',
          anyOf(
            // A logger set up in the source is evidence by itself; a
            // dependency counts when the source does not set it up to
            // discard (a no-op fallback beside a real logger still counts).
            content(['*.go'], GO_LOGGER_SET_UP, {
              caseSensitive: true,
              flags: '',
              exclude: GO_SOURCES_EXCLUDE,
            }),
            allOf(
              dependency(['go.uber.org/zap', 'github.com/rs/zerolog'], ['go']),
              not(
                content(['*.go'], GO_LOGGER_DISCARDED, {
                  caseSensitive: true,
                  flags: '',
                  exclude: GO_SOURCES_EXCLUDE,
                }),
              ),
            ),
            dependency(
              [
                'golang.org/x/exp/slog',
                'github.com/go-kit/log',
                'github.com/hashicorp/go-hclog',
                'go.opentelemetry.io/otel/sdk/log',
                'go.opentelemetry.io/otel/exporters/otlp/otlplog/*',
                'go.opentelemetry.io/contrib/bridges/*',
              ],
              ['go'],
            ),
            allOf(
              dependency(
                ['github.com/sirupsen/logrus', 'github.com/Sirupsen/logrus'],
                ['go'],
              ),
              content(['*.go'], 'JSONFormatter', {
                caseSensitive: true,
                flags: '',
                exclude: GO_SOURCES_EXCLUDE,
              }),
            ),
          ),
        ),
        described(
          'a Java or Kotlin structured logger (logstash-logback-encoder, log4j2 JSON or ECS layouts, ECS logging, Spring Boot or Quarkus structured logging, OpenTelemetry logs) without the root logger turned off',
          allOf(
            anyOf(
              dependency(
                [
                  'net.logstash.logback:logstash-logback-encoder',
                  'org.apache.logging.log4j:log4j-layout-template-json',
                  'co.elastic.logging:*',
                  'io.quarkus:quarkus-logging-json',
                  'io.opentelemetry:opentelemetry-sdk-logs',
                  'io.opentelemetry.instrumentation:opentelemetry-logback-appender*',
                  'io.opentelemetry.instrumentation:opentelemetry-log4j-appender*',
                ],
                ['maven', 'gradle'],
              ),
              content(
                [
                  'log4j2*.xml',
                  'log4j2*.y*ml',
                  'log4j2*.json',
                  'log4j2*.properties',
                ],
                'JsonLayout|JsonTemplateLayout|EcsLayout',
                { exclude: JVM_LOG_CONFIG_EXCLUDE },
              ),
              content(
                ['logback*.xml'],
                'LogstashEncoder|EcsEncoder|JsonEncoder',
                { exclude: JVM_LOG_CONFIG_EXCLUDE },
              ),
              content(
                SPRING_CONFIG_FILES,
                'logging\\.structured\\.format|^[ \\t]+structured[ \\t]*:',
                { flags: 'im', exclude: JVM_LOG_CONFIG_EXCLUDE },
              ),
            ),
            not(
              content(
                [
                  'logback*.xml',
                  'log4j2*.xml',
                  'application.properties',
                  'application.y*ml',
                ],
                '<root\\s+level\\s*=\\s*"off"|^[ \\t]*logging\\.level\\.root[ \\t]*[=:][ \\t]*off\\b|^[ \\t]+root[ \\t]*:[ \\t]*["\']?off["\']?[ \\t]*$',
                { flags: 'im', exclude: JVM_LOG_CONFIG_EXCLUDE },
              ),
            ),
          ),
        ),
        described(
          'a Node structured logger (pino, winston, bunyan, Fastify’s pino logger, OpenTelemetry logs) not set up to discard its output',
          anyOf(
            allOf(
              dependency(
                [
                  'pino',
                  'pino-http',
                  'nestjs-pino',
                  'winston',
                  'bunyan',
                  '@elastic/ecs-*-format',
                ],
                ['npm'],
              ),
              usedUnlessDiscarded(
                NODE_LOGGER_FILES,
                NODE_SOURCES_EXCLUDE,
                `\\b(?:pino|createLogger)\\((?!\\s*${NODE_LOGGER_OFF})`,
                `\\b(?:pino|createLogger)\\(\\s*${NODE_LOGGER_OFF}`,
              ),
            ),
            dependency(
              ['@opentelemetry/sdk-logs', '@opentelemetry/exporter-logs-*'],
              ['npm'],
            ),
            // Fastify logs through pino when its logger is on.
            allOf(
              dependency(['fastify'], ['npm']),
              content(
                NODE_ENTRY_FILES,
                '\\bfastify\\(\\s*\\{[^)]*?\\blogger\\s*:(?!\\s*false\\b)',
                { exclude: NODE_SOURCES_EXCLUDE },
              ),
            ),
          ),
        ),
        described(
          'a Python structured logger (structlog, python-json-logger, loguru, ECS logging, OpenTelemetry logs) not set up to discard its output',
          anyOf(
            allOf(
              dependency(
                [
                  'structlog',
                  'django-structlog',
                  'python-json-logger',
                  'json-log-formatter',
                  'loguru',
                  'ecs-logging',
                ],
                ['pypi'],
              ),
              usedUnlessDiscarded(
                ['*.py'],
                PY_SOURCES_EXCLUDE,
                '\\bstructlog\\.configure\\(|\\bjsonlogger\\.|JsonFormatter\\b|\\blogger\\.add\\(|\\becs_logging\\.',
                '^[ \\t]*logging\\.disable\\(|\\bReturnLoggerFactory\\(|^[ \\t]*logger\\.remove\\(\\)[ \\t]*$',
              ),
            ),
            content(['*.py'], 'opentelemetry\\.sdk\\._logs', {
              exclude: PY_SOURCES_EXCLUDE,
            }),
          ),
        ),
        described(
          'a .NET structured logger (Serilog, NLog with a JSON layout, OpenTelemetry logging, the JSON console) not set up to discard its output',
          anyOf(
            allOf(
              dependency(['Serilog*', 'Elastic.CommonSchema*'], ['nuget']),
              usedUnlessDiscarded(
                ['*.cs', 'appsettings*.json'],
                TEST_SOURCES,
                '\\.WriteTo\\.|"WriteTo"\\s*:',
                '\\bLogger\\.None\\b|new\\s+LoggerConfiguration\\(\\)\\s*\\.CreateLogger\\(\\)',
              ),
            ),
            allOf(
              dependency(['NLog*'], ['nuget']),
              content(
                ['nlog.config', '*.nlog', 'appsettings*.json'],
                'JsonLayout',
                {
                  exclude: TEST_SOURCES,
                },
              ),
            ),
            content(
              ['*.cs'],
              'Logging\\s*\\.\\s*AddOpenTelemetry|\\.WithLogging\\s*\\(|AddJsonConsole',
              { exclude: TEST_SOURCES },
            ),
          ),
        ),
        described(
          'a Rust structured logger (tracing-subscriber, slog-json, OpenTelemetry appenders) not writing to a sink',
          allOf(
            dependency(
              [
                'tracing-subscriber',
                'tracing-bunyan-formatter',
                'opentelemetry-appender-*',
                'slog-json',
              ],
              ['cargo'],
            ),
            not(
              content(
                ['*.rs'],
                'with_writer\\(\\s*(?:std::)?io::sink\\b|\\bNoSubscriber::',
                { exclude: TEST_SOURCES },
              ),
            ),
          ),
        ),
        described(
          'a Ruby structured logger (lograge with a JSON formatter, semantic_logger, ougai, logstash-logger, OpenTelemetry logs) without the Rails logger sent to nowhere',
          allOf(
            anyOf(
              dependency(
                [
                  'semantic_logger',
                  'rails_semantic_logger',
                  'ougai',
                  'logstash-logger',
                  'opentelemetry-logs-sdk',
                ],
                ['rubygems'],
              ),
              allOf(
                dependency(['lograge'], ['rubygems']),
                content(
                  ['**/config/**/*.rb'],
                  'Lograge::Formatters::(?:Json|Logstash|Graylog2)\\b|lograge\\.formatter\\s*=[^\\n]*to_json',
                  { exclude: ['**/config/environments/test.rb'] },
                ),
              ),
            ),
            not(
              content(
                ['**/config/**/*.rb'],
                '\\b(?:config|Rails)\\.logger\\s*=\\s*(?:ActiveSupport::)?Logger\\.new\\(\\s*(?:nil|File::NULL|["\']/dev/null["\'])\\s*\\)',
                { exclude: ['**/config/environments/test.rb'] },
              ),
            ),
          ),
        ),
        described(
          'an Elixir structured logger (logger_json, logster, a JSON or Logstash log backend or formatter) with the logger not switched off',
          allOf(
            anyOf(
              dependency(
                [
                  'logger_json',
                  'logster',
                  'logger_logstash_backend',
                  'ex_json_logger',
                  'logger_formatter_json',
                ],
                ['hex'],
              ),
              content(
                ['**/config/*.exs'],
                'config\\s+:logger\\b(?:(?!\\nconfig\\s)[\\s\\S])*?(?:json|logstash)',
                { exclude: ['**/config/test.exs'] },
              ),
            ),
            not(
              content(
                ['**/config/*.exs'],
                'config\\s+:logger\\s*,[^\\n]*(?:level:\\s*:none\\b|backends:\\s*\\[\\s*\\])',
                { exclude: ['**/config/test.exs'] },
              ),
            ),
          ),
        ),
      ),
    ),
  },
  {
    id: 'iac',
    title: 'Infrastructure as code, not click-ops',
    phase: PHASE.foundation,
    required: true,
    why: 'Infrastructure set up by hand cannot be reviewed, reproduced or recovered after a disaster.',
    howToPass:
      'Infrastructure defined in the repository: Terraform/OpenTofu (`*.tf`, Terragrunt), Pulumi ' +
      '(`Pulumi.yaml`), CDK (`cdk.json`), CloudFormation (`AWSTemplateFormatVersion`), Bicep (`*.bicep`) ' +
      'or ARM templates, a Helm chart (`Chart.yaml`) or `helmfile.yaml`, Kustomize (`kustomization.yaml`), ' +
      'Kubernetes manifests (also as ERB/Jinja/Go templates; Cloud Run and Knative service YAML included), ' +
      'Crossplane compositions, Ansible playbooks, Nomad jobs, NixOS modules declaring the service, or a ' +
      'PaaS app definition: `fly.toml`, an App Engine `app.yaml` (with `runtime:`), `render.yaml`, ' +
      '`app.json` with a `Procfile`, `heroku.yml`, a Serverless Framework `serverless.yml`, a Cloud ' +
      'Foundry `manifest.yml`, Elastic Beanstalk (`Dockerrun.aws.json`, `.ebextensions/`) or a ' +
      'DigitalOcean App Platform spec (`.do/`).',
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
      '(or Avro IDL, Thrift, Smithy, RAML); or the service serves a contract generated from its code: ' +
      'springdoc-openapi or SmallRye OpenAPI, Swashbuckle/NSwag/`Microsoft.AspNetCore.OpenApi` with ' +
      '`UseSwagger()`/`MapOpenApi()`, FastAPI (unless `openapi_url=None`), drf-spectacular, NestJS ' +
      '`@nestjs/swagger` with `SwaggerModule.setup`, tsoa, `@fastify/swagger`, swag with its HTTP ' +
      'handler, huma, `open_api_spex` with `RenderSpec`, utoipa with a UI or route, grape-swagger, rswag. ' +
      'Files under test, fixture or example folders and vendored third-party schemas do not count.',
    notApplicableWhen: isLibraryOrWebsite,
    rule: apiContractRule,
  },
];
