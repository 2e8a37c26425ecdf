import type {
  CheckDefinition,
  Rule,
} from '@backstage-maturity/plugin-maturity-common';
import {
  allOf,
  anyOf,
  BUILD_FILES,
  CI_FILES,
  content,
  CONTRACT_TESTING_DEPENDENCIES,
  dependency,
  DOCKERFILES,
  documents,
  files,
  HELM_TEMPLATE_FILES,
  isLibraryOrDocumentation,
  kubernetesKinds,
  kubernetesWorkloadsRule,
  noDatabaseRule,
  not,
  relation,
  SPRING_CONFIG_FILES,
  TERRAFORM_FILES,
  TEST_AND_EXAMPLE_FOLDERS,
  TEST_SOURCES,
  YAML_FILES,
} from './common';
import { iacRule } from './foundation';
import { PHASE } from '@backstage-maturity/plugin-maturity-common';

const YAML_AND_TEMPLATES = [...YAML_FILES, '*.tpl'];

/** Liquibase changelogs, wherever they live. */
const LIQUIBASE_CHANGELOGS = [
  '*changelog*.{xml,yaml,yml,json,sql}',
  '**/db/**/*.{xml,yaml,yml,json,sql}',
  '**/liquibase/**/*.{xml,yaml,yml,json,sql}',
];

/**
 * SIGTERM handling in the application: the first half of
 * `graceful-shutdown`.
 *
 * @public
 */
export const sigtermHandlingRule: Rule = anyOf(
  content(['*.go'], 'signal\\.Notify', { exclude: TEST_SOURCES }),
  content(
    ['*.{js,mjs,cjs,ts,mts,cts}'],
    'process\\.(?:on|once|addListener)\\(\\s*[\'"`]SIGTERM|enableShutdownHooks\\s*\\(',
    { exclude: TEST_SOURCES },
  ),
  dependency(
    ['@godaddy/terminus', 'http-terminator', 'lightship', 'close-with-grace'],
    ['npm'],
  ),
  content(
    SPRING_CONFIG_FILES,
    'server\\.shutdown\\s*[=:]\\s*["\']?graceful|^[ \\t]+shutdown[ \\t]*:[ \\t]*["\']?graceful',
    { flags: 'im' },
  ),
  content(
    ['*.py'],
    '\\blifespan\\b|signal\\.SIGTERM|on_event\\(\\s*[\'"]shutdown',
    { exclude: TEST_SOURCES },
  ),
  content(['*.{cs,fs}'], 'IHostApplicationLifetime|ApplicationStopping', {
    exclude: TEST_SOURCES,
  }),
  content(['*.{java,kt,scala,groovy}'], 'addShutdownHook', {
    exclude: TEST_SOURCES,
  }),
  content(['*.rs'], 'tokio::signal|with_graceful_shutdown|signal_hook', {
    exclude: TEST_SOURCES,
  }),
  content(['*.rb'], '\\btrap\\(\\s*[\'"](?:SIG)?TERM', {
    exclude: TEST_SOURCES,
  }),
  content(['*.{ex,exs}'], 'System\\.trap_signal|:sigterm', {
    exclude: TEST_SOURCES,
  }),
);

/**
 * Phase 4: it survives failures and can be diagnosed.
 *
 * @public
 */
export const operationalMaturityChecks: CheckDefinition[] = [
  {
    id: 'distributed-tracing',
    title: 'Distributed tracing and metrics are built in',
    phase: PHASE.operationalMaturity,
    required: true,
    why: 'Without traces, a slow or failing request cannot be followed across services and incidents take hours.',
    howToPass:
      'A tracing library or agent: OpenTelemetry, OpenCensus, Jaeger, Zipkin/Brave, Spring Cloud Sleuth, ' +
      'Micrometer Tracing, AWS X-Ray SDK, the Datadog tracer (`dd-trace`), Elastic APM, the New Relic agent ' +
      'or a Honeycomb beeline as a dependency (or as a `-javaagent`), or an OpenTelemetry collector ' +
      'configuration.',
    notApplicableWhen: isLibraryOrDocumentation,
    rule: anyOf(
      dependency([
        // OpenTelemetry
        '@opentelemetry/*',
        'go.opentelemetry.io/*',
        'io.opentelemetry*:*',
        'software.amazon.opentelemetry:*',
        'opentelemetry*',
        'tracing-opentelemetry',
        // OpenCensus
        '@opencensus/*',
        'go.opencensus.io*',
        'io.opencensus:*',
        'opencensus*',
        // Jaeger, Zipkin / Brave
        'jaeger-client',
        'github.com/uber/jaeger-client-go',
        'io.jaegertracing:*',
        'Jaeger*',
        '*zipkin*',
        'github.com/openzipkin/*',
        // Spring Cloud Sleuth, Micrometer Tracing
        'org.springframework.cloud:spring-cloud-starter-sleuth',
        'org.springframework.cloud:spring-cloud-sleuth*',
        'io.micrometer:micrometer-tracing*',
        // AWS X-Ray
        'aws-xray-sdk*',
        'github.com/aws/aws-xray-sdk-go*',
        'com.amazonaws:aws-xray-recorder-sdk-*',
        'AWSXRayRecorder*',
        // Datadog
        'dd-trace',
        'ddtrace',
        'gopkg.in/DataDog/dd-trace-go*',
        'github.com/DataDog/dd-trace-go*',
        'com.datadoghq:dd-trace-*',
        'Datadog.Trace*',
        // Elastic APM
        'elastic-apm-node',
        'elastic-apm',
        'go.elastic.co/apm*',
        'co.elastic.apm:*',
        'Elastic.Apm*',
        // New Relic
        'newrelic',
        'newrelic_rpm',
        'github.com/newrelic/go-agent*',
        'com.newrelic.agent.java:*',
        'NewRelic.Agent*',
        // Honeycomb
        'honeycomb-beeline',
        '@honeycombio/*',
        'github.com/honeycombio/beeline-go*',
        'io.honeycomb*:*',
      ]),
      dependency(['datadog'], ['rubygems']),
      // OpenTelemetry collector configuration.
      documents(YAML_FILES, {
        topLevelKeys: ['receivers'],
        has: ['exporters', 'service.pipelines'],
        exclude: [...HELM_TEMPLATE_FILES, ...TEST_AND_EXAMPLE_FOLDERS],
      }),
      files(['otel-collector*.y*ml', 'otelcol*.y*ml']),
      kubernetesKinds(['OpenTelemetryCollector', 'Instrumentation']),
      // Tracing agents attached at start-up.
      content(
        [...DOCKERFILES, ...YAML_AND_TEMPLATES, ...BUILD_FILES],
        '-javaagent:[^\\s"\']*(?:opentelemetry|dd-java-agent|newrelic|elastic-apm|applicationinsights)|\\bopentelemetry-instrument\\b|\\bddtrace-run\\b',
        { exclude: TEST_AND_EXAMPLE_FOLDERS },
      ),
    ),
  },
  {
    id: 'resilience',
    title: 'Circuit breakers and retry policies',
    phase: PHASE.operationalMaturity,
    required: true,
    why: 'Without timeouts, retries and circuit breakers, one slow dependency cascades into an outage of everything that calls it.',
    howToPass:
      'A direct dependency on a circuit-breaker or retry/backoff library (resilience4j, spring-retry, ' +
      'Hystrix, opossum, cockatiel, p-retry, async-retry, sony/gobreaker, hystrix-go, failsafe / ' +
      'failsafe-go, cenkalti/backoff, avast/retry-go, Polly, Microsoft.Extensions.Http.Resilience, ' +
      'pybreaker, tenacity, backoff), or an Istio `DestinationRule` with `outlierDetection`. A version ' +
      'pinned only as a transitive dependency (e.g. a Go `// indirect` requirement) does not count. Not ' +
      'applicable when the component has no outgoing dependency (no `dependsOn` / `consumesApi`).',
    notApplicableWhen: allOf(
      not(relation('dependsOn')),
      not(relation('consumesApi')),
    ),
    rule: anyOf(
      dependency([
        // JVM
        'io.github.resilience4j:*',
        'org.springframework.retry:spring-retry',
        'com.netflix.hystrix:*',
        'org.springframework.cloud:spring-cloud-starter-netflix-hystrix',
        'org.springframework.cloud:spring-cloud-starter-circuitbreaker-*',
        'dev.failsafe:failsafe*',
        'net.jodah:failsafe',
        // Node.js
        'opossum',
        'cockatiel',
        'p-retry',
        'async-retry',
        // Go
        'github.com/sony/gobreaker*',
        'github.com/afex/hystrix-go',
        'github.com/failsafe-go/failsafe-go*',
        'github.com/cenkalti/backoff*',
        'github.com/avast/retry-go*',
        // .NET
        'Polly*',
        'Microsoft.Extensions.Http.Resilience',
        'Microsoft.Extensions.Resilience',
        'Microsoft.Extensions.Http.Polly',
        // Python (and the npm/cargo packages of the same name)
        'pybreaker',
        'tenacity',
        'backoff',
      ]),
      dependency(['retriable', 'circuitbox'], ['rubygems']),
      dependency(['tokio-retry', 'backon', 'failsafe'], ['cargo']),
      documents(YAML_FILES, {
        kinds: ['DestinationRule'],
        has: ['spec.trafficPolicy.outlierDetection'],
        exclude: [...HELM_TEMPLATE_FILES, ...TEST_AND_EXAMPLE_FOLDERS],
      }),
      content(
        HELM_TEMPLATE_FILES,
        '^kind:[ \\t]*["\']?DestinationRule\\b[\\s\\S]*?^[ \\t]+outlierDetection[ \\t]*:',
        { flags: 'im' },
      ),
    ),
  },
  {
    id: 'service-contracts',
    title: 'Service contracts are tested',
    phase: PHASE.operationalMaturity,
    required: true,
    why: 'Without contract tests, a provider change breaks its consumers in production rather than in CI.',
    howToPass:
      'Consumer-driven contract tests: a Pact dependency or `pacts/`, Spring Cloud Contract, contracts in ' +
      'a `contracts/` folder of the tests, or Specmatic. Not applicable when the component neither ' +
      'consumes nor provides an API.',
    notApplicableWhen: allOf(
      not(relation('consumesApi')),
      not(relation('providesApi')),
    ),
    rule: anyOf(
      dependency([
        ...CONTRACT_TESTING_DEPENDENCIES,
        'io.specmatic*:*',
        'in.specmatic:*',
        'specmatic',
      ]),
      files([
        'pacts/',
        '*.pact.json',
        'specmatic.{json,yaml,yml}',
        '**/{test,tests,__tests__,spec,src/test}/**/contracts/**',
        '**/contracts/**/*{.test.,.spec.,_test.,Test.,Tests.,_spec.}*',
      ]),
      content(BUILD_FILES, 'spring-cloud-contract|specmatic'),
    ),
  },
  {
    id: 'migration-safety',
    title: 'Database migrations are reversible and tested',
    phase: PHASE.operationalMaturity,
    required: true,
    why: 'A migration that cannot be rolled back or was never run before production turns a bad deploy into data loss.',
    howToPass:
      'Down/rollback migrations (`*.down.sql`, `down` / `downgrade` functions, Flyway undo `U*__*.sql`, ' +
      'Liquibase `rollback`), or migrations run in CI (migrate, Liquibase, Flyway, Alembic, `manage.py ' +
      'migrate`, `db:migrate`, `prisma migrate`, `dotnet ef`, ...). Not applicable without a database.',
    notApplicableWhen: noDatabaseRule,
    rule: anyOf(
      files(['*.down.sql', '*_down.sql', '*-down.sql', 'down.sql']),
      files(['U*__*.sql'], { caseSensitive: true }),
      content(
        ['**/*migrat*/**', '**/alembic/**', '**/db/migrate/**'],
        [
          '\\bdef\\s+(?:downgrade|down)\\b',
          '\\b(?:exports\\.)?down\\s*[=:(]',
          '\\basync\\s+down\\s*\\(',
          '^--[ \\t]*\\+(?:goose|migrate)[ \\t]+Down',
          '\\bfunc\\s+\\w*down\\w*\\s*\\(',
        ].join('|'),
        { flags: 'im' },
      ),
      content(
        LIQUIBASE_CHANGELOGS,
        '^[ \\t]*-?[ \\t]*rollback[ \\t]*:|<rollback\\b|^--[ \\t]*rollback\\b',
        { flags: 'im' },
      ),
      content(
        CI_FILES,
        [
          '\\bmigrate\\b[^\\n]*\\b(?:up|down|apply|deploy)\\b',
          '\\bliquibase\\b',
          '\\bflyway\\b',
          'alembic[ \\t]+(?:upgrade|downgrade)',
          'manage\\.py[ \\t]+migrate',
          '\\b(?:rails|rake)[ \\t]+db:migrate',
          'knex[ \\t]+migrate',
          'sequelize(?:-cli)?[ \\t]+db:migrate',
          'prisma[ \\t]+migrate',
          'dotnet[ \\t]+ef[ \\t]+(?:database|migrations)',
          'atlas[ \\t]+migrate',
          '\\bgoose\\b[^\\n]*\\b(?:up|down)\\b',
          'sqlx[ \\t]+migrate',
          'diesel[ \\t]+migration',
          'typeorm[^\\n]*migration:run',
          'mix[ \\t]+ecto\\.migrate',
        ].join('|'),
        { flags: 'im' },
      ),
    ),
  },
  {
    id: 'disaster-recovery',
    title: 'Backup and disaster recovery are automated',
    phase: PHASE.operationalMaturity,
    required: true,
    why: 'Backups that are manual or untested are missing on the day they are needed.',
    howToPass:
      'Automated backups or a recovery plan: a Velero `Schedule`, `aws_backup_plan`, a ' +
      '`google_sql_database_instance` backup configuration (or another managed-database backup in IaC), ' +
      'a backup CronJob, or a disaster-recovery document (`docs/**/disaster-recovery*`, `DR*.md`). Not ' +
      'applicable to components without a database (no state).',
    notApplicableWhen: noDatabaseRule,
    rule: anyOf(
      content(
        YAML_AND_TEMPLATES,
        '^apiVersion:[ \\t]*["\']?(?:velero|k8up)\\.io/',
        {
          flags: 'im',
          exclude: TEST_AND_EXAMPLE_FOLDERS,
        },
      ),
      kubernetesKinds(['ScheduledBackup']),
      content(
        TERRAFORM_FILES,
        'aws_backup_plan|aws_backup_selection|backup_configuration\\s*\\{|backup_retention_period\\s*=\\s*[1-9]|point_in_time_recovery|azurerm_backup_|azurerm_recovery_services_vault|google_backup_dr',
      ),
      // A CronJob that takes backups.
      content(
        YAML_AND_TEMPLATES,
        '^kind:[ \\t]*["\']?CronJob\\b[\\s\\S]*?\\b(?:backups?|pg_dump|pg_dumpall|pg_basebackup|mysqldump|mongodump|wal-g|pgbackrest|restic)\\b' +
          '|\\b(?:backups?|pg_dump|mysqldump|mongodump)\\b[\\s\\S]*?^kind:[ \\t]*["\']?CronJob\\b',
        { flags: 'im', exclude: TEST_AND_EXAMPLE_FOLDERS },
      ),
      files(['docs/**/disaster-recovery*', 'docs/**/disaster-recovery*/**']),
      files(['DR*.md'], { caseSensitive: true }),
    ),
  },
  {
    id: 'graceful-shutdown',
    title: 'Graceful shutdown is implemented and its timeouts agree',
    phase: PHASE.operationalMaturity,
    required: true,
    why: 'Without graceful shutdown, every deploy or scale-down drops in-flight requests; mismatched timeouts kill the process mid-drain.',
    howToPass:
      "SIGTERM handling in the source (`signal.Notify`, `process.on('SIGTERM')`, `server.shutdown=graceful`, " +
      'a FastAPI/Starlette `lifespan`, `IHostApplicationLifetime`, `addShutdownHook`, `tokio::signal`, ...). ' +
      'Fails when a manifest’s `terminationGracePeriodSeconds` is smaller than its `preStop` sleep plus ' +
      'the application’s shutdown timeout, where both are readable.',
    notApplicableWhen: isLibraryOrDocumentation,
    // The Kubernetes inspection is false only when readable timeouts
    // disagree; with nothing to compare it leaves the verdict to the source.
    rule: allOf(sigtermHandlingRule, {
      kubernetes: { check: 'gracefulShutdown' },
    }),
  },
  {
    id: 'resource-limits',
    title: 'Resource limits and quotas are defined',
    phase: PHASE.operationalMaturity,
    required: true,
    why: 'A container without requests and limits starves its neighbours or gets killed unpredictably under load.',
    howToPass:
      '`resources.limits` and `resources.requests` in every container of the Kubernetes / Helm manifests, ' +
      'or a `ResourceQuota` / `LimitRange`. Not applicable when there are no Kubernetes manifests and no ' +
      'infrastructure as code.',
    notApplicableWhen: allOf(not(iacRule), not(kubernetesWorkloadsRule)),
    rule: anyOf(
      { kubernetes: { check: 'resources' } },
      kubernetesKinds(['ResourceQuota', 'LimitRange']),
    ),
  },
];
