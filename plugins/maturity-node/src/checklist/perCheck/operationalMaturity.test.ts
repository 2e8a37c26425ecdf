import {
  buildGradle,
  cargoToml,
  csproj,
  deploymentYaml,
  details,
  evaluateCheck,
  gemfile,
  goMod,
  packageJson,
  pomXml,
  relatedTo,
  relation,
  targets,
  type Fixture,
} from './fixture';
import { notApplicableFor } from './notApplicableFor';

/**
 * Phase 4, Operational Maturity (docs/checklist.md): one passing fixture per
 * kind of evidence of each check, the near misses that must not count, and
 * the cases where a check does not apply.
 */

/** A database in use: a PostgreSQL driver. */
const PG = { 'package.json': packageJson({ pg: '^8.12.0' }) };

describe('distributed-tracing', () => {
  it.each<[string, string, string, string]>([
    [
      'OpenTelemetry (npm)',
      'package.json',
      packageJson({ '@opentelemetry/sdk-node': '^0.52.0' }),
      '@opentelemetry/sdk-node',
    ],
    [
      'OpenTelemetry (Go)',
      'go.mod',
      goMod('go.opentelemetry.io/otel v1.28.0'),
      'go.opentelemetry.io/otel',
    ],
    [
      'OpenTelemetry (Maven)',
      'pom.xml',
      pomXml(['io.opentelemetry:opentelemetry-api:1.40.0']),
      'io.opentelemetry:opentelemetry-api',
    ],
    [
      'OpenTelemetry (Python)',
      'requirements.txt',
      'opentelemetry-sdk==1.25.0\n',
      'opentelemetry-sdk',
    ],
    [
      'OpenTelemetry (.NET)',
      'src/Svc/Svc.csproj',
      csproj('OpenTelemetry.Extensions.Hosting/1.9.0'),
      'OpenTelemetry.Extensions.Hosting',
    ],
    [
      'OpenTelemetry (Rust)',
      'Cargo.toml',
      cargoToml('opentelemetry = "0.23"'),
      'opentelemetry',
    ],
    [
      'OpenCensus',
      'go.mod',
      goMod('go.opencensus.io v0.24.0'),
      'go.opencensus.io',
    ],
    [
      'Jaeger',
      'package.json',
      packageJson({ 'jaeger-client': '^3.19.0' }),
      'jaeger-client',
    ],
    [
      'Zipkin/Brave',
      'pom.xml',
      pomXml(['io.zipkin.brave:brave:6.0.3']),
      'io.zipkin.brave:brave',
    ],
    [
      'Spring Cloud Sleuth',
      'build.gradle',
      buildGradle(
        'org.springframework.cloud:spring-cloud-starter-sleuth:3.1.11',
      ),
      'spring-cloud-starter-sleuth',
    ],
    [
      'Micrometer Tracing',
      'pom.xml',
      pomXml(['io.micrometer:micrometer-tracing-bridge-otel']),
      'io.micrometer:micrometer-tracing-bridge-otel',
    ],
    [
      'the AWS X-Ray SDK (npm)',
      'package.json',
      packageJson({ 'aws-xray-sdk-core': '^3.9.0' }),
      'aws-xray-sdk-core',
    ],
    [
      'the AWS X-Ray SDK (Python)',
      'requirements.txt',
      'aws-xray-sdk==2.14.0\n',
      'aws-xray-sdk',
    ],
    [
      'the Datadog tracer (npm)',
      'package.json',
      packageJson({ 'dd-trace': '^5.18.0' }),
      'dd-trace',
    ],
    [
      'the Datadog tracer (Python)',
      'requirements.txt',
      'ddtrace==2.9.2\n',
      'ddtrace',
    ],
    [
      'the Datadog tracer (Go)',
      'go.mod',
      goMod('gopkg.in/DataDog/dd-trace-go.v1 v1.65.0'),
      'gopkg.in/DataDog/dd-trace-go.v1',
    ],
    [
      'Elastic APM (npm)',
      'package.json',
      packageJson({ 'elastic-apm-node': '^4.7.0' }),
      'elastic-apm-node',
    ],
    [
      'Elastic APM (Maven)',
      'pom.xml',
      pomXml(['co.elastic.apm:apm-agent-api:1.50.0']),
      'co.elastic.apm:apm-agent-api',
    ],
    [
      'the New Relic agent (npm)',
      'package.json',
      packageJson({ newrelic: '^12.0.0' }),
      'newrelic',
    ],
    [
      'the New Relic agent (Ruby)',
      'Gemfile',
      gemfile('newrelic_rpm'),
      'newrelic_rpm',
    ],
    [
      'a Honeycomb beeline (npm)',
      'package.json',
      packageJson({ 'honeycomb-beeline': '^3.5.0' }),
      'honeycomb-beeline',
    ],
    [
      'a Honeycomb beeline (Go)',
      'go.mod',
      goMod('github.com/honeycombio/beeline-go v1.17.0'),
      'github.com/honeycombio/beeline-go',
    ],
  ])('passes on a dependency on %s', (_name, path, text, name) => {
    const result = evaluateCheck('distributed-tracing', {
      files: { [path]: text },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(path);
    expect(result.evidence[0].detail).toContain(name);
  });

  it.each([
    [
      'an OTel collector configuration by content',
      'deploy/collector.yaml',
      'receivers:\n  otlp: { protocols: { grpc: {} } }\nexporters:\n  otlp: { endpoint: tempo:4317 }\nservice:\n  pipelines:\n    traces: { receivers: [otlp], exporters: [otlp] }\n',
      'deploy/collector.yaml',
    ],
    [
      'an OTel collector configuration by name',
      'otel-collector-config.yaml',
      'x: 1\n',
      'otel-collector-config.yaml',
    ],
    [
      'an OpenTelemetryCollector resource',
      'deploy/otel.yaml',
      'apiVersion: opentelemetry.io/v1beta1\nkind: OpenTelemetryCollector\nmetadata:\n  name: svc\n',
      'deploy/otel.yaml',
    ],
    [
      'an OpenTelemetry Java agent in the Dockerfile',
      'Dockerfile',
      'FROM eclipse-temurin:21-jre\nENTRYPOINT ["java", "-javaagent:/otel/opentelemetry-javaagent.jar", "-jar", "app.jar"]\n',
      'Dockerfile:2',
    ],
  ])('passes on %s', (_name, path, text, target) => {
    const result = evaluateCheck('distributed-tracing', {
      files: { [path]: text },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(target);
  });

  it('fails on an empty repository', () => {
    expect(evaluateCheck('distributed-tracing').outcome).toBe('fail');
  });

  it.each<[string, Record<string, string>]>([
    [
      'metrics only (prom-client)',
      { 'package.json': packageJson({ 'prom-client': '^15.1.3' }) },
    ],
    [
      'metrics only (Micrometer Prometheus registry)',
      { 'pom.xml': pomXml(['io.micrometer:micrometer-registry-prometheus']) },
    ],
    [
      'a collector configuration under examples/',
      {
        'examples/collector.yaml':
          'receivers: { otlp: {} }\nexporters: { debug: {} }\nservice: { pipelines: { traces: {} } }\n',
      },
    ],
  ])('fails on %s', (_name, files) => {
    expect(evaluateCheck('distributed-tracing', { files }).outcome).toBe(
      'fail',
    );
  });

  notApplicableFor('distributed-tracing', ['library', 'documentation']);
});

describe('resilience', () => {
  /** The service calls another component. */
  const CALLS: Fixture['entity'] = {
    relations: [relation('dependsOn', 'component:default/orders')],
  };

  it.each<[string, string, string, string]>([
    [
      'resilience4j',
      'pom.xml',
      pomXml(['io.github.resilience4j:resilience4j-spring-boot3:2.2.0']),
      'io.github.resilience4j:resilience4j-spring-boot3',
    ],
    [
      'spring-retry',
      'build.gradle',
      buildGradle('org.springframework.retry:spring-retry:2.0.6'),
      'org.springframework.retry:spring-retry',
    ],
    [
      'Hystrix',
      'pom.xml',
      pomXml(['com.netflix.hystrix:hystrix-core:1.5.18']),
      'com.netflix.hystrix:hystrix-core',
    ],
    [
      'Failsafe',
      'pom.xml',
      pomXml(['dev.failsafe:failsafe:3.3.2']),
      'dev.failsafe:failsafe',
    ],
    ['opossum', 'package.json', packageJson({ opossum: '^8.1.4' }), 'opossum'],
    [
      'cockatiel',
      'package.json',
      packageJson({ cockatiel: '^3.1.3' }),
      'cockatiel',
    ],
    [
      'p-retry',
      'package.json',
      packageJson({ 'p-retry': '^6.2.0' }),
      'p-retry',
    ],
    [
      'async-retry',
      'package.json',
      packageJson({ 'async-retry': '^1.3.3' }),
      'async-retry',
    ],
    [
      'sony/gobreaker',
      'go.mod',
      goMod('github.com/sony/gobreaker v1.0.0'),
      'github.com/sony/gobreaker',
    ],
    [
      'hystrix-go',
      'go.mod',
      goMod('github.com/afex/hystrix-go v0.0.0-20180502004556-fa1af6a1f4f5'),
      'github.com/afex/hystrix-go',
    ],
    [
      'failsafe-go',
      'go.mod',
      goMod('github.com/failsafe-go/failsafe-go v0.6.2'),
      'github.com/failsafe-go/failsafe-go',
    ],
    [
      'cenkalti/backoff',
      'go.mod',
      goMod('github.com/cenkalti/backoff/v4 v4.3.0'),
      'github.com/cenkalti/backoff/v4',
    ],
    [
      'avast/retry-go',
      'go.mod',
      goMod('github.com/avast/retry-go/v4 v4.6.0'),
      'github.com/avast/retry-go/v4',
    ],
    ['Polly', 'src/Svc/Svc.csproj', csproj('Polly/8.4.1'), 'Polly'],
    [
      'Microsoft.Extensions.Http.Resilience',
      'src/Svc/Svc.csproj',
      csproj('Microsoft.Extensions.Http.Resilience/8.7.0'),
      'Microsoft.Extensions.Http.Resilience',
    ],
    ['pybreaker', 'requirements.txt', 'pybreaker==1.2.0\n', 'pybreaker'],
    [
      'tenacity',
      'pyproject.toml',
      '[project]\nname = "svc"\ndependencies = ["tenacity>=8.5"]\n',
      'tenacity',
    ],
    ['backoff', 'requirements.txt', 'backoff==2.2.1\n', 'backoff'],
  ])('passes on a direct dependency on %s', (_name, path, text, name) => {
    const result = evaluateCheck('resilience', {
      entity: CALLS,
      files: { [path]: text },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(path);
    expect(result.evidence[0].detail).toContain(name);
  });

  it('passes on an Istio DestinationRule with outlierDetection', () => {
    const result = evaluateCheck('resilience', {
      entity: CALLS,
      files: {
        'deploy/destination-rule.yaml':
          'apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata:\n  name: orders\nspec:\n  host: orders\n  trafficPolicy:\n    outlierDetection:\n      consecutive5xxErrors: 5\n',
      },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe('deploy/destination-rule.yaml');
  });

  it('passes with a consumesApi relation as the outgoing dependency', () => {
    const result = evaluateCheck('resilience', {
      entity: { relations: [relation('consumesApi', 'api:default/orders')] },
      files: { 'package.json': packageJson({ opossum: '^8.1.4' }) },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].detail).toContain('opossum');
  });

  it('fails with an outgoing dependency and no resilience library', () => {
    expect(evaluateCheck('resilience', { entity: CALLS }).outcome).toBe('fail');
  });

  it.each<[string, Record<string, string>]>([
    [
      'a transitive // indirect go requirement',
      { 'go.mod': goMod('github.com/cenkalti/backoff/v4 v4.3.0 // indirect') },
    ],
    [
      'a DestinationRule without outlierDetection',
      {
        'deploy/destination-rule.yaml':
          'apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata:\n  name: orders\nspec:\n  host: orders\n  trafficPolicy:\n    connectionPool: { tcp: { maxConnections: 100 } }\n',
      },
    ],
    [
      'an HTTP client alone',
      { 'package.json': packageJson({ axios: '^1.7.2' }) },
    ],
  ])('fails on %s', (_name, files) => {
    expect(evaluateCheck('resilience', { entity: CALLS, files }).outcome).toBe(
      'fail',
    );
  });

  // Pinning a version without depending on the library is not a dependency:
  // Maven <dependencyManagement> (BOM imports included), Gradle
  // `constraints { }` and .NET central `PackageVersion` items.
  it.each<[string, Record<string, string>]>([
    [
      'a resilience4j BOM in Maven dependencyManagement only',
      {
        'pom.xml': `<project>
  <dependencyManagement><dependencies><dependency>
    <groupId>io.github.resilience4j</groupId>
    <artifactId>resilience4j-bom</artifactId>
    <version>2.2.0</version>
    <type>pom</type>
    <scope>import</scope>
  </dependency></dependencies></dependencyManagement>
</project>
`,
      },
    ],
    [
      'a Gradle dependency constraint only',
      {
        'build.gradle':
          "dependencies {\n    constraints {\n        implementation 'io.github.resilience4j:resilience4j-core:2.2.0'\n    }\n}\n",
      },
    ],
    [
      'a .NET central PackageVersion without a PackageReference',
      {
        'Directory.Packages.props':
          '<Project>\n  <ItemGroup>\n    <PackageVersion Include="Polly" Version="8.4.1" />\n  </ItemGroup>\n</Project>\n',
      },
    ],
  ])('fails on %s (a version pin, not a dependency)', (_name, files) => {
    expect(evaluateCheck('resilience', { entity: CALLS, files }).outcome).toBe(
      'fail',
    );
  });

  it('is not applicable without dependsOn or consumesApi', () => {
    expect(evaluateCheck('resilience').outcome).toBe('not-applicable');
  });

  it('is not applicable when the service only provides an API', () => {
    expect(
      evaluateCheck('resilience', {
        entity: { relations: [relation('providesApi', 'api:default/svc')] },
      }).outcome,
    ).toBe('not-applicable');
  });
});

describe('service-contracts', () => {
  const CONSUMES: Fixture['entity'] = {
    relations: [relation('consumesApi', 'api:default/orders')],
  };

  it.each<[string, string, string, string]>([
    [
      'Pact (npm)',
      'package.json',
      packageJson(
        {},
        { devDependencies: { '@pact-foundation/pact': '^13.1.0' } },
      ),
      '@pact-foundation/pact',
    ],
    [
      'Pact (JVM)',
      'pom.xml',
      pomXml(['au.com.dius.pact.consumer:junit5:4.6.11']),
      'au.com.dius.pact.consumer:junit5',
    ],
    [
      'Pact (Python)',
      'requirements-dev.txt',
      'pact-python==2.2.1\n',
      'pact-python',
    ],
    [
      'Pact (Go)',
      'go.mod',
      goMod('github.com/pact-foundation/pact-go/v2 v2.0.5'),
      'github.com/pact-foundation/pact-go/v2',
    ],
    [
      'Pact (.NET)',
      'Svc.Tests/Svc.Tests.csproj',
      csproj('PactNet/5.0.0'),
      'PactNet',
    ],
    ['Pact (Ruby)', 'Gemfile', gemfile('pact'), 'pact'],
    [
      'Spring Cloud Contract',
      'pom.xml',
      pomXml([
        'org.springframework.cloud:spring-cloud-starter-contract-verifier',
      ]),
      'spring-cloud-starter-contract-verifier',
    ],
    [
      'Specmatic',
      'pom.xml',
      pomXml(['io.specmatic:junit5-support:2.0.0']),
      'io.specmatic:junit5-support',
    ],
  ])('passes on a dependency on %s', (_name, path, text, name) => {
    const result = evaluateCheck('service-contracts', {
      entity: CONSUMES,
      files: { [path]: text },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(path);
    expect(result.evidence[0].detail).toContain(name);
  });

  it.each([
    ['a pacts/ folder', 'pacts/web-svc.json'],
    ['a pact file', 'test/pact/web-svc.pact.json'],
    [
      'Spring Cloud Contract contracts in src/test',
      'src/test/resources/contracts/shouldReturnOrder.groovy',
    ],
    ['consumer tests in contracts/', 'contracts/orders.consumer.test.ts'],
    ['a Specmatic configuration', 'specmatic.yaml'],
  ])('passes on %s', (_name, path) => {
    const result = evaluateCheck('service-contracts', {
      entity: CONSUMES,
      files: { [path]: 'x\n' },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(path);
  });

  it('passes on the Spring Cloud Contract plugin in the build', () => {
    const result = evaluateCheck('service-contracts', {
      entity: CONSUMES,
      files: {
        'build.gradle':
          "plugins {\n  id 'org.springframework.cloud.contract' version '4.1.3'\n}\n// spring-cloud-contract\n",
      },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toMatch(/^build\.gradle/);
  });

  it('fails with an API relation and no contract tests', () => {
    expect(
      evaluateCheck('service-contracts', { entity: CONSUMES }).outcome,
    ).toBe('fail');
  });

  it.each([
    ['Solidity contracts in contracts/', 'contracts/Token.sol'],
    ['a contracts/ folder of plain sources', 'src/contracts/orders.ts'],
  ])('fails on %s', (_name, path) => {
    expect(
      evaluateCheck('service-contracts', {
        entity: CONSUMES,
        files: { [path]: 'x\n' },
      }).outcome,
    ).toBe('fail');
  });

  it('applies when the component only provides an API', () => {
    expect(
      evaluateCheck('service-contracts', {
        entity: { relations: [relation('providesApi', 'api:default/svc')] },
      }).outcome,
    ).toBe('fail');
  });

  it.each<[string, Fixture]>([
    ['no relations', {}],
    [
      'only dependsOn',
      { entity: { relations: [relation('dependsOn', 'component:default/x')] } },
    ],
  ])('is not applicable with %s', (_name, fixture) => {
    expect(evaluateCheck('service-contracts', fixture).outcome).toBe(
      'not-applicable',
    );
  });
});

describe('migration-safety', () => {
  it.each<[string, Record<string, string>, string]>([
    [
      'a *.down.sql migration',
      { 'db/migrations/000001_init.down.sql': 'DROP TABLE orders;\n' },
      'db/migrations/000001_init.down.sql',
    ],
    [
      'a *_down.sql migration',
      { 'sql/0001_init_down.sql': 'DROP TABLE orders;\n' },
      'sql/0001_init_down.sql',
    ],
    [
      'a Flyway undo migration',
      { 'src/main/resources/db/migration/U2__add_index.sql': 'x\n' },
      'src/main/resources/db/migration/U2__add_index.sql',
    ],
    [
      'an Alembic downgrade function',
      {
        'alembic/versions/1a2b_add_orders.py':
          'def upgrade():\n    pass\n\ndef downgrade():\n    pass\n',
      },
      'alembic/versions/1a2b_add_orders.py:4',
    ],
    [
      'a knex down function',
      {
        'migrations/20240101_create_orders.js':
          'exports.up = knex => knex;\nexports.down = knex => knex.schema.dropTable("orders");\n',
      },
      'migrations/20240101_create_orders.js:2',
    ],
    [
      'a TypeORM down method',
      {
        'src/migrations/1712345678901-Init.ts':
          'export class Init {\n  async up(q) {}\n  async down(q) {}\n}\n',
      },
      'src/migrations/1712345678901-Init.ts:3',
    ],
    [
      'a Rails down method',
      {
        'db/migrate/20240101000000_create_orders.rb':
          'class CreateOrders < ActiveRecord::Migration[7.1]\n  def up; end\n  def down; end\nend\n',
      },
      'db/migrate/20240101000000_create_orders.rb:3',
    ],
    [
      'a goose Down section',
      {
        'db/migrations/00001_init.sql':
          '-- +goose Up\nCREATE TABLE t (id int);\n-- +goose Down\nDROP TABLE t;\n',
      },
      'db/migrations/00001_init.sql:3',
    ],
    [
      'a Liquibase rollback',
      {
        'db/changelog/db.changelog-master.yaml':
          'databaseChangeLog:\n  - changeSet:\n      id: 1\n      rollback:\n        - dropTable: { tableName: orders }\n',
      },
      'db/changelog/db.changelog-master.yaml:4',
    ],
  ])('passes on %s', (_name, files, target) => {
    const result = evaluateCheck('migration-safety', {
      files: { ...PG, ...files },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(target);
  });

  it.each([
    [
      'golang-migrate',
      'run: migrate -path db/migrations -database "$DATABASE_URL" up',
    ],
    ['Flyway', 'run: ./mvnw flyway:migrate'],
    ['Liquibase', 'run: liquibase update'],
    ['Alembic', 'run: alembic upgrade head'],
    ['Django', 'run: python manage.py migrate'],
    ['Rails', 'run: bin/rails db:migrate'],
    ['Prisma', 'run: npx prisma migrate deploy'],
    ['EF Core', 'run: dotnet ef database update'],
  ])('passes on %s migrations run in CI', (_name, step) => {
    const result = evaluateCheck('migration-safety', {
      files: {
        ...PG,
        '.github/workflows/ci.yml': `jobs:\n  test:\n    steps:\n      - ${step}\n`,
      },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe('.github/workflows/ci.yml:4');
  });

  it('fails with a database and no migrations', () => {
    expect(evaluateCheck('migration-safety', { files: PG }).outcome).toBe(
      'fail',
    );
  });

  it.each<[string, Record<string, string>]>([
    [
      'only up migrations',
      { 'db/migrations/000001_init.up.sql': 'CREATE TABLE orders (id int);\n' },
    ],
    [
      'a Flyway versioned migration alone',
      {
        'src/main/resources/db/migration/V1__init.sql':
          'CREATE TABLE t (id int);\n',
      },
    ],
    [
      'a CI workflow that does not migrate',
      {
        '.github/workflows/ci.yml':
          'jobs:\n  test:\n    steps:\n      - run: npm test\n',
      },
    ],
  ])('fails on %s', (_name, files) => {
    expect(
      evaluateCheck('migration-safety', { files: { ...PG, ...files } }).outcome,
    ).toBe('fail');
  });

  it.each<[string, Fixture]>([
    [
      'neither a database relation nor a driver',
      { files: { 'db/migrations/1.down.sql': 'x\n' } },
    ],
    [
      'a dependsOn to a non-database Resource',
      relatedTo('dependsOn', 'resource:default/queue', 'queue'),
    ],
  ])('is not applicable with %s', (_name, fixture) => {
    expect(evaluateCheck('migration-safety', fixture).outcome).toBe(
      'not-applicable',
    );
  });

  it('applies with a dependsOn to a database Resource', () => {
    expect(
      evaluateCheck(
        'migration-safety',
        relatedTo('dependsOn', 'resource:default/orders-db', 'database'),
      ).outcome,
    ).toBe('fail');
  });
});

describe('disaster-recovery', () => {
  it.each<[string, string, string, string]>([
    [
      'a Velero Schedule',
      'deploy/backup.yaml',
      'apiVersion: velero.io/v1\nkind: Schedule\nmetadata:\n  name: svc-daily\nspec:\n  schedule: "0 3 * * *"\n',
      'deploy/backup.yaml:1',
    ],
    [
      'a CloudNativePG ScheduledBackup',
      'deploy/pg-backup.yaml',
      'apiVersion: postgresql.cnpg.io/v1\nkind: ScheduledBackup\nmetadata:\n  name: orders\n',
      'deploy/pg-backup.yaml',
    ],
    [
      'aws_backup_plan',
      'infra/backup.tf',
      'resource "aws_backup_plan" "daily" {\n  name = "daily"\n}\n',
      'infra/backup.tf:1',
    ],
    [
      'a google_sql_database_instance backup configuration',
      'infra/db.tf',
      'resource "google_sql_database_instance" "orders" {\n  settings {\n    backup_configuration {\n      enabled = true\n    }\n  }\n}\n',
      'infra/db.tf:3',
    ],
    [
      'an RDS backup retention period',
      'infra/rds.tf',
      'resource "aws_db_instance" "orders" {\n  backup_retention_period = 7\n}\n',
      'infra/rds.tf:2',
    ],
    [
      'a backup CronJob',
      'deploy/backup-cronjob.yaml',
      'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: orders-backup\nspec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers:\n            - name: dump\n              command: ["pg_dump", "orders"]\n',
      'deploy/backup-cronjob.yaml:2',
    ],
  ])('passes on %s', (_name, path, text, target) => {
    const result = evaluateCheck('disaster-recovery', {
      files: { ...PG, [path]: text },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(target);
  });

  it.each([
    'docs/disaster-recovery.md',
    'docs/ops/disaster-recovery-plan.adoc',
    'docs/disaster-recovery/restore.md',
    'DR.md',
    'docs/DR-plan.md',
  ])('passes on %s', path => {
    const result = evaluateCheck('disaster-recovery', {
      files: { ...PG, [path]: '# Restore\n' },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(path);
  });

  it('fails with a database and no backups', () => {
    expect(evaluateCheck('disaster-recovery', { files: PG }).outcome).toBe(
      'fail',
    );
  });

  it.each<[string, Record<string, string>]>([
    [
      'a CronJob that takes no backup',
      {
        'deploy/report.yaml':
          'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: nightly-report\nspec:\n  schedule: "0 1 * * *"\n',
      },
    ],
    [
      'a zero backup retention period',
      {
        'infra/rds.tf':
          'resource "aws_db_instance" "orders" {\n  backup_retention_period = 0\n}\n',
      },
    ],
    [
      'a disaster-recovery document outside docs/',
      { 'notes/disaster-recovery.md': 'x\n' },
    ],
  ])('fails on %s', (_name, files) => {
    expect(
      evaluateCheck('disaster-recovery', { files: { ...PG, ...files } })
        .outcome,
    ).toBe('fail');
  });

  it('is not applicable without a database', () => {
    expect(
      evaluateCheck('disaster-recovery', {
        files: { 'docs/disaster-recovery.md': 'x\n' },
      }).outcome,
    ).toBe('not-applicable');
  });

  it('applies with a dependsOn to a database Resource', () => {
    const result = evaluateCheck('disaster-recovery', {
      ...relatedTo('dependsOn', 'resource:default/orders-db', 'database'),
      files: { 'DR.md': '# DR\n' },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe('DR.md');
  });
});

describe('graceful-shutdown', () => {
  const GO_SIGTERM =
    'package main\n\nfunc main() {\n\tsignal.Notify(stop, syscall.SIGTERM)\n}\n';

  it.each([
    ['signal.Notify in Go', 'cmd/svc/main.go', GO_SIGTERM, 'cmd/svc/main.go:4'],
    [
      "process.on('SIGTERM') in Node",
      'src/index.ts',
      "process.on('SIGTERM', () => server.close());\n",
      'src/index.ts:1',
    ],
    [
      'NestJS enableShutdownHooks',
      'src/main.ts',
      'const app = await NestFactory.create(AppModule);\napp.enableShutdownHooks();\n',
      'src/main.ts:2',
    ],
    [
      'server.shutdown=graceful in Spring properties',
      'src/main/resources/application.properties',
      'server.shutdown=graceful\n',
      'src/main/resources/application.properties:1',
    ],
    [
      'server.shutdown: graceful in Spring YAML',
      'src/main/resources/application.yml',
      'server:\n  shutdown: graceful\n',
      'src/main/resources/application.yml:2',
    ],
    [
      'a FastAPI lifespan',
      'app/main.py',
      'app = FastAPI(lifespan=lifespan)\n',
      'app/main.py:1',
    ],
    [
      'signal.SIGTERM in Python',
      'worker.py',
      'signal.signal(signal.SIGTERM, stop)\n',
      'worker.py:1',
    ],
    [
      'IHostApplicationLifetime in .NET',
      'src/Svc/Worker.cs',
      'public Worker(IHostApplicationLifetime lifetime) {}\n',
      'src/Svc/Worker.cs:1',
    ],
    [
      'a JVM shutdown hook',
      'src/main/java/com/acme/App.java',
      'Runtime.getRuntime().addShutdownHook(new Thread(server::stop));\n',
      'src/main/java/com/acme/App.java:1',
    ],
    [
      'tokio::signal in Rust',
      'src/main.rs',
      'tokio::signal::ctrl_c().await?;\n',
      'src/main.rs:1',
    ],
    [
      'trap TERM in Ruby',
      'bin/worker.rb',
      "trap('TERM') { stop }\n",
      'bin/worker.rb:1',
    ],
    [
      'System.trap_signal in Elixir',
      'lib/svc/application.ex',
      'System.trap_signal(:sigterm, fn -> :ok end)\n',
      'lib/svc/application.ex:1',
    ],
  ])('passes on %s', (_name, path, text, target) => {
    const result = evaluateCheck('graceful-shutdown', {
      files: { [path]: text },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(target);
  });

  it('passes on a shutdown library dependency (@godaddy/terminus)', () => {
    const result = evaluateCheck('graceful-shutdown', {
      files: {
        'package.json': packageJson({ '@godaddy/terminus': '^4.12.1' }),
      },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].detail).toContain('@godaddy/terminus');
  });

  it('passes on SIGTERM handling and a manifest whose timeouts agree, naming both', () => {
    const result = evaluateCheck('graceful-shutdown', {
      files: {
        'cmd/svc/main.go': GO_SIGTERM,
        'deploy/deployment.yaml': deploymentYaml({
          pod: 'terminationGracePeriodSeconds: 60',
          container:
            'env:\n  - { name: SHUTDOWN_TIMEOUT, value: 30s }\nlifecycle:\n  preStop:\n    exec: { command: [sleep, "10"] }',
        }),
      },
    });
    expect(result.outcome).toBe('pass');
    expect(targets(result)).toEqual([
      'cmd/svc/main.go:4',
      'deploy/deployment.yaml',
    ]);
    expect(details(result)).toContain('terminationGracePeriodSeconds 60 >=');
  });

  it('fails on an empty repository', () => {
    expect(evaluateCheck('graceful-shutdown').outcome).toBe('fail');
  });

  it('fails on a manifest with disagreeing timeouts even with SIGTERM handling', () => {
    const result = evaluateCheck('graceful-shutdown', {
      files: {
        'cmd/svc/main.go': GO_SIGTERM,
        'deploy/deployment.yaml': deploymentYaml({
          pod: 'terminationGracePeriodSeconds: 20',
          container:
            'env:\n  - { name: SHUTDOWN_TIMEOUT, value: 30s }\nlifecycle:\n  preStop:\n    exec: { command: [sleep, "10"] }',
        }),
      },
    });
    expect(result.outcome).toBe('fail');
    expect(result.lookedFor.join('\n')).toContain(
      'terminationGracePeriodSeconds 20 < preStop sleep 10 s + shutdown timeout 30 s',
    );
  });

  it('fails when the Spring shutdown phase outlasts the grace period', () => {
    const result = evaluateCheck('graceful-shutdown', {
      files: {
        'src/main/resources/application.yml':
          'server:\n  shutdown: graceful\nspring:\n  lifecycle:\n    timeout-per-shutdown-phase: 45s\n',
        'deploy/deployment.yaml': deploymentYaml({
          pod: 'terminationGracePeriodSeconds: 30',
          container: 'lifecycle:\n  preStop:\n    sleep: { seconds: 5 }',
        }),
      },
    });
    expect(result.outcome).toBe('fail');
    expect(result.lookedFor.join('\n')).toContain('deploy/deployment.yaml');
  });

  it.each<[string, Record<string, string>]>([
    ['SIGTERM handling only in a test', { 'cmd/svc/main_test.go': GO_SIGTERM }],
    [
      'a manifest with a preStop hook and no SIGTERM handling',
      {
        'deploy/deployment.yaml': deploymentYaml({
          pod: 'terminationGracePeriodSeconds: 60',
          container: 'lifecycle:\n  preStop:\n    sleep: { seconds: 5 }',
        }),
      },
    ],
  ])('fails on %s', (_name, files) => {
    expect(evaluateCheck('graceful-shutdown', { files }).outcome).toBe('fail');
  });

  notApplicableFor('graceful-shutdown', ['library', 'documentation']);
});

describe('resource-limits', () => {
  const LIMITED =
    'resources:\n  limits: { cpu: "1", memory: 256Mi }\n  requests: { cpu: 100m, memory: 128Mi }';

  it('passes on limits and requests in every container', () => {
    const result = evaluateCheck('resource-limits', {
      files: {
        'deploy/deployment.yaml': deploymentYaml({ container: LIMITED }),
      },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe('deploy/deployment.yaml');
  });

  it('passes on a Helm chart whose values give every container resources', () => {
    const result = evaluateCheck('resource-limits', {
      files: {
        'charts/svc/Chart.yaml': 'apiVersion: v2\nname: svc\nversion: 0.1.0\n',
        'charts/svc/values.yaml':
          'resources:\n  limits: { cpu: "1", memory: 256Mi }\n  requests: { cpu: 100m, memory: 128Mi }\n',
        'charts/svc/templates/deployment.yaml':
          'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n  template:\n    spec:\n      containers:\n        - name: svc\n          image: "{{ .Values.image }}"\n          resources:\n            {{- toYaml .Values.resources | nindent 12 }}\n',
      },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(
      'charts/svc/templates/deployment.yaml',
    );
  });

  it.each([
    ['ResourceQuota', 'deploy/quota.yaml'],
    ['LimitRange', 'deploy/limits.yaml'],
  ])('passes on a %s', (kind, path) => {
    const result = evaluateCheck('resource-limits', {
      files: {
        'deploy/deployment.yaml': deploymentYaml(),
        [path]: `apiVersion: v1\nkind: ${kind}\nmetadata:\n  name: svc\nspec: {}\n`,
      },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(path);
  });

  it.each<[string, Record<string, string>]>([
    [
      'a Deployment without resources',
      { 'deploy/deployment.yaml': deploymentYaml() },
    ],
    [
      'limits without requests',
      {
        'deploy/deployment.yaml': deploymentYaml({
          container: 'resources:\n  limits: { cpu: "1", memory: 256Mi }',
        }),
      },
    ],
    [
      'a second container without resources',
      {
        'deploy/deployment.yaml': `${deploymentYaml({
          container: LIMITED,
        })}        - name: sidecar\n          image: example/proxy:1.0\n`,
      },
    ],
    [
      'Terraform without Kubernetes manifests',
      { 'infra/main.tf': 'resource "aws_s3_bucket" "b" {}\n' },
    ],
  ])('fails on %s', (_name, files) => {
    expect(evaluateCheck('resource-limits', { files }).outcome).toBe('fail');
  });

  it.each<[string, Record<string, string>]>([
    ['an empty repository', {}],
    ['a Dockerfile alone', { Dockerfile: 'FROM node:20\n' }],
  ])('is not applicable without k8s manifests and IaC: %s', (_name, files) => {
    expect(evaluateCheck('resource-limits', { files }).outcome).toBe(
      'not-applicable',
    );
  });
});
