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
      'db/migrations/000001_init.down.sql:1',
    ],
    [
      'a *_down.sql migration',
      { 'sql/0001_init_down.sql': 'DROP TABLE orders;\n' },
      'sql/0001_init_down.sql:1',
    ],
    [
      'a Flyway undo migration',
      {
        'src/main/resources/db/migration/U2__add_index.sql':
          'DROP INDEX orders_customer;\n',
      },
      'src/main/resources/db/migration/U2__add_index.sql:1',
    ],
    [
      'an Alembic downgrade function',
      {
        'alembic/versions/1a2b_add_orders.py':
          'def upgrade():\n    op.create_table("orders")\n\ndef downgrade():\n    op.drop_table("orders")\n',
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
          'export class Init {\n  async up(q) {}\n  async down(q) {\n    await q.query("DROP TABLE orders");\n  }\n}\n',
      },
      'src/migrations/1712345678901-Init.ts:3',
    ],
    [
      'a Rails down method',
      {
        'db/migrate/20240101000000_create_orders.rb':
          'class CreateOrders < ActiveRecord::Migration[7.1]\n  def up; end\n  def down\n    drop_table :orders\n  end\nend\n',
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
    'package main\n\nfunc main() {\n\tsignal.Notify(stop, syscall.SIGTERM)\n\t<-stop\n\t_ = srv.Shutdown(ctx)\n}\n';

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
      'a FastAPI lifespan whose shutdown branch closes resources',
      'app/main.py',
      '@asynccontextmanager\nasync def lifespan(app):\n    pool = await create_pool()\n    yield\n    await pool.close()\n\napp = FastAPI(lifespan=lifespan)\n',
      'app/main.py:2',
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
      'an axum graceful shutdown on tokio::signal in Rust',
      'src/main.rs',
      'axum::serve(listener, app)\n    .with_graceful_shutdown(async { tokio::signal::ctrl_c().await.unwrap() })\n    .await?;\n',
      'src/main.rs:2',
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
      'cmd/svc/main.go:4',
      'cmd/svc/main.go:6',
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

/*
 * Checklist v3: the evidence of every ecosystem, and the near misses where
 * a path or a token is there but the file does not mean what the check asks.
 */

describe('distributed-tracing (v3)', () => {
  it.each<[string, string, string, string]>([
    [
      'OpenTelemetry (Ruby)',
      'Gemfile',
      gemfile('opentelemetry-sdk', 'opentelemetry-instrumentation-all'),
      'opentelemetry-sdk',
    ],
    [
      'OpenTelemetry (Elixir)',
      'mix.exs',
      mixExs(
        '{:opentelemetry, "~> 1.4"}',
        '{:opentelemetry_exporter, "~> 1.7"}',
      ),
      'opentelemetry',
    ],
    [
      'Spandex, the Datadog tracer (Elixir)',
      'mix.exs',
      mixExs('{:spandex_datadog, "~> 1.4"}'),
      'spandex_datadog',
    ],
    [
      'Azure Monitor OpenTelemetry (.NET)',
      'src/Svc/Svc.csproj',
      csproj('Azure.Monitor.OpenTelemetry.AspNetCore/1.2.0'),
      'Azure.Monitor.OpenTelemetry.AspNetCore',
    ],
    [
      'OpenTelemetry for Next.js (@vercel/otel)',
      'package.json',
      packageJson({ '@vercel/otel': '^1.9.1' }),
      '@vercel/otel',
    ],
  ])('passes on a dependency on %s', (_name, path, text, name) => {
    const result = evaluateCheck('distributed-tracing', {
      files: { [path]: text },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].detail).toContain(name);
  });

  it.each([
    [
      'auto-instrumentation injected by the OpenTelemetry Operator',
      'deploy/deployment.yaml',
      deploymentYaml({
        annotations: 'instrumentation.opentelemetry.io/inject-java: "true"',
      }),
      'deploy/deployment.yaml:9',
    ],
    [
      'NAIS auto-instrumentation',
      '.nais/nais.yaml',
      'apiVersion: nais.io/v1alpha1\nkind: Application\nspec:\n  observability:\n    autoInstrumentation:\n      enabled: true\n',
      '.nais/nais.yaml:5',
    ],
  ])('passes on %s', (_name, path, text, target) => {
    const result = evaluateCheck('distributed-tracing', {
      files: { [path]: text },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(target);
  });

  it.each<[string, Record<string, string>]>([
    [
      'OpenTelemetry injection switched off',
      {
        'deploy/deployment.yaml': deploymentYaml({
          annotations: 'instrumentation.opentelemetry.io/inject-java: "false"',
        }),
      },
    ],
    [
      'the tracing crate feeding logs only (Rust)',
      {
        'Cargo.toml': cargoToml(
          'tracing = "0.1"',
          'tracing-subscriber = "0.3"',
        ),
      },
    ],
    [
      'error reporting only (Sentry)',
      { 'package.json': packageJson({ '@sentry/node': '^8.9.2' }) },
    ],
    [
      'an OTel collector configuration named so under examples/',
      { 'examples/otel-collector-config.yaml': 'receivers: {}\n' },
    ],
  ])('fails on %s', (_name, files) => {
    expect(evaluateCheck('distributed-tracing', { files }).outcome).toBe(
      'fail',
    );
  });
});

describe('resilience (v3)', () => {
  const CALLS: Fixture['entity'] = {
    relations: [relation('dependsOn', 'component:default/orders')],
  };

  it.each<[string, string, string, string]>([
    [
      'fetch-retry',
      'package.json',
      packageJson({ 'fetch-retry': '^6.0.0' }),
      'fetch-retry',
    ],
    [
      'axios-retry',
      'package.json',
      packageJson({ axios: '^1.7.2', 'axios-retry': '^4.4.1' }),
      'axios-retry',
    ],
    [
      'hashicorp/go-retryablehttp',
      'go.mod',
      goMod('github.com/hashicorp/go-retryablehttp v0.7.7'),
      'github.com/hashicorp/go-retryablehttp',
    ],
    ['retriable (Ruby)', 'Gemfile', gemfile('retriable'), 'retriable'],
    ['circuitbox (Ruby)', 'Gemfile', gemfile('circuitbox'), 'circuitbox'],
    [
      'faraday-retry (Ruby)',
      'Gemfile',
      gemfile('faraday', 'faraday-retry'),
      'faraday-retry',
    ],
    ['fuse (Elixir)', 'mix.exs', mixExs('{:fuse, "~> 2.5"}'), 'fuse'],
    [
      'external_service (Elixir)',
      'mix.exs',
      mixExs('{:external_service, "~> 1.1"}'),
      'external_service',
    ],
    ['backon (Rust)', 'Cargo.toml', cargoToml('backon = "1"'), 'backon'],
    [
      'tokio-retry (Rust)',
      'Cargo.toml',
      cargoToml('tokio-retry = "0.3"'),
      'tokio-retry',
    ],
    [
      'SmallRye Fault Tolerance (Quarkus)',
      'pom.xml',
      pomXml(['io.quarkus:quarkus-smallrye-fault-tolerance']),
      'io.quarkus:quarkus-smallrye-fault-tolerance',
    ],
  ])('passes on a direct dependency on %s', (_name, path, text, name) => {
    const result = evaluateCheck('resilience', {
      entity: CALLS,
      files: { [path]: text },
    });
    expect(result.outcome).toBe('pass');
    expect(details(result)).toContain(name);
  });

  it.each<[string, Record<string, string>, string]>([
    [
      'EF Core EnableRetryOnFailure',
      {
        'src/Svc/Program.cs':
          'builder.Services.AddDbContext<Db>(o =>\n    o.UseNpgsql(cs, npgsql => npgsql.EnableRetryOnFailure(5)));\n',
      },
      'src/Svc/Program.cs:2',
    ],
    [
      'MassTransit message retries',
      {
        'src/Svc/MessagingExtensions.cs':
          'cfg.ReceiveEndpoint("orders", e => {\n    e.UseMessageRetry(r => r.Exponential(5, min, max, delta));\n});\n',
      },
      'src/Svc/MessagingExtensions.cs:2',
    ],
    [
      'Hangfire automatic retries',
      {
        'src/Svc/ServiceCollectionExtensions.cs':
          'GlobalJobFilters.Filters.Add(new AutomaticRetryAttribute { Attempts = 5 });\n',
      },
      'src/Svc/ServiceCollectionExtensions.cs:1',
    ],
    [
      'an urllib3 Retry on a requests session',
      {
        'app/clients/s3.py':
          'session.mount("https://", HTTPAdapter(max_retries=Retry(total=3, backoff_factor=0.5)))\n',
      },
      'app/clients/s3.py:1',
    ],
    [
      'Sidekiq retry settings',
      {
        'app/workers/sync_worker.rb':
          'class SyncWorker\n  include Sidekiq::Job\n  sidekiq_options retry: 5\nend\n',
      },
      'app/workers/sync_worker.rb:3',
    ],
    [
      'Active Job retry_on',
      {
        'app/jobs/application_job.rb':
          'class ApplicationJob < ActiveJob::Base\n  retry_on Timeout::Error, wait: :polynomially_longer\nend\n',
      },
      'app/jobs/application_job.rb:2',
    ],
    [
      'Celery autoretry_for',
      {
        'requirements.txt': 'celery==5.4.0\n',
        'app/tasks.py':
          '@shared_task(autoretry_for=(RequestException,), retry_backoff=True)\ndef deliver(url): ...\n',
      },
      'app/tasks.py:1',
    ],
    [
      'BullMQ attempts and backoff',
      {
        'package.json': packageJson({ bullmq: '^5.8.2' }),
        'src/queues/email.ts':
          "await queue.add('send', data, { attempts: 5, backoff: { type: 'exponential', delay: 1000 } });\n",
      },
      'src/queues/email.ts:1',
    ],
    [
      'Oban max_attempts on a worker',
      {
        'mix.exs': mixExs('{:oban, "~> 2.17"}'),
        'lib/svc/workers/deliver.ex':
          'defmodule Svc.Workers.Deliver do\n  use Oban.Worker,\n    queue: :webhooks,\n    max_attempts: 10\nend\n',
      },
      'lib/svc/workers/deliver.ex:2',
    ],
    [
      'a Tesla retry middleware',
      {
        'mix.exs': mixExs('{:tesla, "~> 1.9"}'),
        'lib/svc/http.ex':
          'defmodule Svc.Http do\n  use Tesla\n  plug Tesla.Middleware.Retry, max_retries: 3\nend\n',
      },
      'lib/svc/http.ex:3',
    ],
    [
      'a ky client configured to retry',
      {
        'package.json': packageJson({ ky: '^1.4.0' }),
        'src/lib/webhook.ts':
          "const client = ky.create({ retry: { limit: 3, methods: ['post'] } });\n",
      },
      'src/lib/webhook.ts:1',
    ],
    [
      'an Istio VirtualService with retries',
      {
        'deploy/virtual-service.yaml':
          'apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata:\n  name: orders\nspec:\n  http:\n    - route:\n        - destination: { host: orders }\n      retries:\n        attempts: 3\n',
      },
      'deploy/virtual-service.yaml:2',
    ],
  ])('passes on %s', (_name, files, target) => {
    const result = evaluateCheck('resilience', { entity: CALLS, files });
    expect(result.outcome).toBe('pass');
    expect(targets(result)).toContain(target);
  });

  it.each<[string, Record<string, string>]>([
    [
      'a FUSE filesystem package named fuse (Python)',
      { 'requirements.txt': 'fuse-python==1.0.7\nfuse==1.0\n' },
    ],
    [
      'EnableRetryOnFailure only in a test',
      {
        'tests/Svc.Tests/DbContextTests.cs':
          'o.UseNpgsql(cs, n => n.EnableRetryOnFailure());\n',
      },
    ],
    [
      'a commented-out retry_on',
      {
        'app/jobs/application_job.rb':
          'class ApplicationJob < ActiveJob::Base\n  # retry_on ActiveRecord::Deadlocked\nend\n',
      },
    ],
    [
      'a Sidekiq job without retry settings',
      {
        'app/workers/sync_worker.rb':
          'class SyncWorker\n  include Sidekiq::Job\n  def perform; end\nend\n',
      },
    ],
    [
      'a VirtualService without retries',
      {
        'deploy/virtual-service.yaml':
          'apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata:\n  name: orders\nspec:\n  http:\n    - timeout: 5s\n',
      },
    ],
  ])('fails on %s', (_name, files) => {
    expect(evaluateCheck('resilience', { entity: CALLS, files }).outcome).toBe(
      'fail',
    );
  });
});

describe('service-contracts (v3)', () => {
  const CONSUMES: Fixture['entity'] = {
    relations: [relation('consumesApi', 'api:default/orders')],
  };

  it.each<[string, Record<string, string>, string]>([
    [
      'Pact for Elixir',
      { 'mix.exs': mixExs('{:pact_elixir, "~> 0.5", only: :test}') },
      'mix.exs',
    ],
    [
      'can-i-deploy in CI',
      {
        '.github/workflows/ci.yml':
          'jobs:\n  deploy:\n    steps:\n      - run: pact-broker can-i-deploy --pacticipant svc --version $SHA\n',
      },
      '.github/workflows/ci.yml:4',
    ],
    [
      'a Spring Cloud Contract YAML contract',
      {
        'contracts/orders/shouldReturnOrder.yml':
          'request:\n  method: GET\n  url: /orders/1\nresponse:\n  status: 200\n',
      },
      'contracts/orders/shouldReturnOrder.yml',
    ],
    [
      'contract tests of a .NET test project',
      {
        'SvcTests/Contracts/CandidateContractTests.cs':
          'public class CandidateContractTests {}\n',
      },
      'SvcTests/Contracts/CandidateContractTests.cs',
    ],
  ])('passes on %s', (_name, files, target) => {
    const result = evaluateCheck('service-contracts', {
      entity: CONSUMES,
      files,
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(target);
  });

  it('fails on tests of Solidity smart contracts', () => {
    expect(
      evaluateCheck('service-contracts', {
        entity: CONSUMES,
        files: {
          'contracts/Token.sol': 'contract Token {}\n',
          'test/contracts/Token.test.ts': "it('mints', () => {});\n",
        },
      }).outcome,
    ).toBe('fail');
  });
});

describe('migration-safety (v3)', () => {
  const PG_DB = { 'package.json': packageJson({ pg: '^8.12.0' }) };

  it.each<[string, Record<string, string>, string]>([
    [
      'an EF Core Down override (.NET)',
      {
        'src/Svc/Migrations/20240101000000_Init.cs':
          'public partial class Init : Migration\n{\n    protected override void Down(MigrationBuilder b)\n    {\n        b.DropTable("orders");\n    }\n}\n',
      },
      'src/Svc/Migrations/20240101000000_Init.cs:3',
    ],
    [
      'an Ecto down function (Elixir)',
      {
        'priv/repo/migrations/20240101120000_add_index.exs':
          'defmodule Svc.Repo.Migrations.AddIndex do\n  use Ecto.Migration\n\n  def down do\n    drop index(:orders, [:customer_id])\n  end\nend\n',
      },
      'priv/repo/migrations/20240101120000_add_index.exs:4',
    ],
    [
      'an Ecto change migration, reversed by Ecto (Elixir)',
      {
        'priv/repo/migrations/20240101120000_create_orders.exs':
          'defmodule Svc.Repo.Migrations.CreateOrders do\n  use Ecto.Migration\n\n  def change do\n    create table(:orders)\n  end\nend\n',
      },
      'priv/repo/migrations/20240101120000_create_orders.exs:4',
    ],
    [
      'a Rails change migration, reversed by Rails (Ruby)',
      {
        'db/migrate/20240101000000_create_orders.rb':
          'class CreateOrders < ActiveRecord::Migration[7.1]\n  def change\n    create_table :orders\n  end\nend\n',
      },
      'db/migrate/20240101000000_create_orders.rb:2',
    ],
    [
      'a Sequelize down function (Node.js)',
      {
        'migrations/20240101-create-orders.js':
          'module.exports = {\n  up: async (q) => q.createTable("orders", {}),\n  down: async (q) => {\n    await q.dropTable("orders");\n  },\n};\n',
      },
      'migrations/20240101-create-orders.js:3',
    ],
    [
      'a goose Go migration (Go)',
      {
        'db/migrations/00002_backfill.go':
          'package migrations\n\nfunc downBackfill(ctx context.Context, tx *sql.Tx) error {\n\t_, err := tx.ExecContext(ctx, "UPDATE orders SET x = NULL")\n\treturn err\n}\n',
      },
      'db/migrations/00002_backfill.go:3',
    ],
    [
      'a SeaORM down function (Rust)',
      {
        'migration/src/m20240101_000001_create_orders.rs':
          'impl MigrationTrait for Migration {\n    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {\n        manager.drop_table(Table::drop().table(Orders::Table).to_owned()).await\n    }\n}\n',
      },
      'migration/src/m20240101_000001_create_orders.rs:2',
    ],
    [
      'a Diesel down.sql (Rust)',
      {
        'migrations/2024-01-01-000000_create_orders/down.sql':
          'DROP TABLE orders;\n',
      },
      'migrations/2024-01-01-000000_create_orders/down.sql:1',
    ],
  ])('passes on %s', (_name, files, target) => {
    const result = evaluateCheck('migration-safety', {
      files: { ...PG_DB, ...files },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(target);
  });

  it.each([
    ['diesel migration run', 'run: diesel migration run'],
    ['sqlx database setup', 'run: sqlx database setup'],
    ['drizzle-kit migrate', 'run: npx drizzle-kit migrate'],
    ['mix ecto.migrate', 'run: mix ecto.migrate'],
    [
      'Django tests, which migrate the test database',
      'run: python manage.py test',
    ],
    ['a switch that runs the migrations', 'env: { RUN_MIGRATIONS: 1 }'],
  ])('passes on %s in CI', (_name, step) => {
    const result = evaluateCheck('migration-safety', {
      files: {
        ...PG_DB,
        '.github/workflows/ci.yml': `jobs:\n  test:\n    steps:\n      - ${step}\n`,
      },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe('.github/workflows/ci.yml:4');
  });

  it('passes on a Phoenix test alias that migrates, run in CI', () => {
    const result = evaluateCheck('migration-safety', {
      files: {
        'mix.exs':
          'defmodule Svc.MixProject do\n  defp deps, do: [{:postgrex, ">= 0.0.0"}]\n  defp aliases do\n    [test: ["ecto.create --quiet", "ecto.migrate --quiet", "test"]]\n  end\nend\n',
        '.github/workflows/ci.yml':
          'jobs:\n  test:\n    steps:\n      - run: mix test\n',
      },
    });
    expect(result.outcome).toBe('pass');
    expect(targets(result)).toEqual([
      'mix.exs:4',
      '.github/workflows/ci.yml:4',
    ]);
  });

  it.each<[string, Record<string, string>, string]>([
    [
      'tests of the migrations',
      { 'src/test/java/com/acme/DatabaseMigrationTest.java': 'class X {}\n' },
      'src/test/java/com/acme/DatabaseMigrationTest.java',
    ],
    [
      'a Flyway database module applied to a Testcontainers database (Gradle)',
      {
        'build.gradle.kts':
          'dependencies {\n    implementation("org.postgresql:postgresql:42.7.3")\n    implementation("org.flywaydb:flyway-database-postgresql:10.15.0")\n    testImplementation("org.testcontainers:testcontainers-postgresql:2.0.5")\n}\n',
      },
      'build.gradle.kts',
    ],
    [
      'Flyway applied to a Testcontainers database',
      {
        'pom.xml': pomXml([
          'org.postgresql:postgresql',
          'org.flywaydb:flyway-core',
          'org.testcontainers:postgresql',
        ]),
      },
      'pom.xml',
    ],
  ])('passes on %s', (_name, files, target) => {
    const result = evaluateCheck('migration-safety', {
      files: { ...PG_DB, ...files },
    });
    expect(result.outcome).toBe('pass');
    expect(targets(result)).toContain(target);
  });

  it.each<[string, Record<string, string>]>([
    [
      'an empty down migration',
      {
        'db/migrations/000001_init.up.sql': 'CREATE TABLE orders (id int);\n',
        'db/migrations/000001_init.down.sql': '-- nothing to undo\n',
      },
    ],
    [
      'an Alembic downgrade that passes',
      {
        'alembic/versions/1a2b_add_orders.py':
          'def upgrade():\n    op.create_table("orders")\n\n\ndef downgrade():\n    pass\n',
      },
    ],
    [
      'a Rails down that raises IrreversibleMigration',
      {
        'db/migrate/20240101000000_drop_legacy.rb':
          'class DropLegacy < ActiveRecord::Migration[7.1]\n  def up\n    drop_table :legacy\n  end\n\n  def down\n    raise ActiveRecord::IrreversibleMigration\n  end\nend\n',
      },
    ],
    [
      'an empty knex down function',
      {
        'migrations/20240101_create_orders.js':
          'exports.up = (knex) => knex.schema.createTable("orders", () => {});\nexports.down = function (knex) {};\n',
      },
    ],
    [
      'a node-pg-migrate migration marked irreversible',
      {
        'migrations/1712345678901_init.js':
          'exports.up = (pgm) => { pgm.createTable("orders", {}); };\nexports.down = false;\n',
      },
    ],
    [
      'an empty EF Core Down',
      {
        'src/Svc/Migrations/20240101000000_Init.cs':
          'protected override void Down(MigrationBuilder b)\n{\n}\n',
      },
    ],
    [
      'an empty goose Down section',
      {
        'db/migrations/00001_init.sql':
          '-- +goose Up\nCREATE TABLE t (id int);\n-- +goose Down\n',
      },
    ],
    [
      'a commented-out migration step in CI',
      {
        '.github/workflows/ci.yml':
          'jobs:\n  test:\n    steps:\n      # - run: npx prisma migrate deploy\n      - run: npm test\n',
      },
    ],
  ])('fails on %s', (_name, files) => {
    expect(
      evaluateCheck('migration-safety', { files: { ...PG_DB, ...files } })
        .outcome,
    ).toBe('fail');
  });
});

describe('disaster-recovery (v3)', () => {
  const PG_DB = { 'package.json': packageJson({ pg: '^8.12.0' }) };

  it.each<[string, Record<string, string>, string]>([
    [
      'a CloudNativePG cluster backed up with barman',
      {
        'deploy/postgres.yaml':
          'apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata:\n  name: orders\nspec:\n  backup:\n    barmanObjectStore:\n      destinationPath: s3://backups\n',
      },
      'deploy/postgres.yaml:7',
    ],
    [
      'a k8up Schedule',
      {
        'deploy/backup.yaml':
          'apiVersion: k8up.io/v1\nkind: Schedule\nmetadata:\n  name: svc\n',
      },
      'deploy/backup.yaml:1',
    ],
    [
      'an Azure database backup retention',
      {
        'infra/db.tf':
          'resource "azurerm_postgresql_flexible_server" "db" {\n  backup_retention_days = 14\n}\n',
      },
      'infra/db.tf:2',
    ],
    [
      'a backup enabled on a Terraform module',
      {
        'infra/databases.tf':
          'module "postgres" {\n  azure_enable_backup_storage = true\n}\n',
      },
      'infra/databases.tf:2',
    ],
    [
      'an RDS backup retention in CloudFormation',
      {
        'template.yaml':
          'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      BackupRetentionPeriod: 7\n',
      },
      'template.yaml:5',
    ],
    [
      'a backup job in the Rails recurring schedule',
      {
        'config/recurring.yml':
          'production:\n  backup:\n    class: ResticJob\n    schedule: every day at 3am\n',
      },
      'config/recurring.yml:2',
    ],
    [
      'a restore workflow in CI',
      {
        '.github/workflows/postgres-restore.yml': 'on: workflow_dispatch\n',
      },
      '.github/workflows/postgres-restore.yml',
    ],
    [
      'backup and restore procedures in a documentation site',
      { 'website/docs/maintenance/backup.mdx': '# Backup\n' },
      'website/docs/maintenance/backup.mdx',
    ],
  ])('passes on %s', (_name, files, target) => {
    const result = evaluateCheck('disaster-recovery', {
      files: { ...PG_DB, ...files },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(target);
  });

  it.each<[string, Record<string, string>]>([
    ['a draft, not a DR plan', { 'DRAFT.md': '# Draft\n' }],
    [
      'a zero Azure backup retention',
      {
        'infra/db.tf':
          'resource "azurerm_postgresql_flexible_server" "db" {\n  backup_retention_days = 0\n}\n',
      },
    ],
    [
      'a commented-out backup in the Rails schedule',
      {
        'config/recurring.yml':
          'production:\n  # backup:\n  #   class: BackupJob\n  cleanup:\n    class: CleanupJob\n',
      },
    ],
  ])('fails on %s', (_name, files) => {
    expect(
      evaluateCheck('disaster-recovery', { files: { ...PG_DB, ...files } })
        .outcome,
    ).toBe('fail');
  });

  it('applies to a NoSQL datastore without a relational database', () => {
    expect(
      evaluateCheck('disaster-recovery', {
        files: {
          'package.json': packageJson({
            '@aws-sdk/client-dynamodb': '^3.600.0',
          }),
        },
      }).outcome,
    ).toBe('fail');
  });

  it('is not applicable to a stateless service whose manifests run a cache', () => {
    expect(
      evaluateCheck('disaster-recovery', {
        files: {
          'deploy/redis.yaml':
            'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: cache\n',
        },
      }).outcome,
    ).toBe('not-applicable');
  });
});

describe('graceful-shutdown (v3)', () => {
  it.each<[string, Record<string, string>, string]>([
    [
      'signal.NotifyContext with os.Interrupt and a server Shutdown (Go)',
      {
        'cmd/svc/main.go':
          'package main\n\nfunc main() {\n\tctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)\n\tdefer stop()\n\t<-ctx.Done()\n\t_ = srv.Shutdown(context.Background())\n}\n',
      },
      'cmd/svc/main.go:4',
    ],
    [
      'signals listed in a file of their own (Go)',
      {
        'pkg/signals/signal.go':
          'package signals\n\nfunc SetupSignalHandler() {\n\tsignal.Notify(c, shutdownSignals...)\n}\n',
        'pkg/signals/signal_posix.go':
          'package signals\n\nvar shutdownSignals = []os.Signal{os.Interrupt, syscall.SIGTERM}\n',
        'pkg/api/server.go':
          'package api\n\nfunc (s *Server) Stop(ctx context.Context) { _ = s.srv.Shutdown(ctx) }\n',
      },
      'pkg/signals/signal.go:4',
    ],
    [
      'Kratos, which stops its servers on SIGTERM (Go)',
      { 'go.mod': goMod('github.com/go-kratos/kratos/v2 v2.8.0') },
      'go.mod',
    ],
    [
      "process.once('SIGINT') closing the server (Node.js)",
      {
        'src/server.ts':
          "process.once('SIGINT', async () => {\n  await app.close();\n});\n",
      },
      'src/server.ts:1',
    ],
    [
      'a loop over SIGTERM and SIGINT that stops the server (Node.js)',
      {
        'src/lib/graceful-shutdown.ts':
          "for (const signal of ['SIGTERM', 'SIGINT']) {\n  process.on(signal, () => unleash.stop());\n}\n",
      },
      'src/lib/graceful-shutdown.ts:2',
    ],
    [
      'http-terminator (Node.js)',
      { 'package.json': packageJson({ 'http-terminator': '^3.2.0' }) },
      'package.json',
    ],
    [
      'Spring Boot 3.4 with an embedded web server (Maven)',
      {
        'pom.xml':
          '<project>\n  <parent>\n    <groupId>org.springframework.boot</groupId>\n    <artifactId>spring-boot-starter-parent</artifactId>\n    <version>3.4.1</version>\n  </parent>\n  <dependencies>\n    <dependency>\n      <groupId>org.springframework.boot</groupId>\n      <artifactId>spring-boot-starter-web</artifactId>\n    </dependency>\n  </dependencies>\n</project>\n',
      },
      'pom.xml',
    ],
    [
      'Spring Boot 4 with WebFlux (Gradle)',
      {
        'build.gradle':
          "plugins {\n  id 'org.springframework.boot' version '4.0.0'\n}\n\ndependencies {\n  implementation 'org.springframework.boot:spring-boot-starter-webflux'\n}\n",
      },
      'build.gradle',
    ],
    [
      'a Quarkus shutdown timeout',
      {
        'src/main/resources/application.properties':
          'quarkus.shutdown.timeout=30s\n',
      },
      'src/main/resources/application.properties:1',
    ],
    [
      'Jetty stopped at shutdown (Java)',
      {
        'src/main/java/com/acme/Application.java':
          'server.setStopAtShutdown(true);\nserver.start();\n',
      },
      'src/main/java/com/acme/Application.java:1',
    ],
    [
      'a Ktor shutdown hook that stops the engine (Kotlin)',
      {
        'src/main/kotlin/App.kt':
          'Runtime.getRuntime().addShutdownHook(Thread {\n    server.stop(3, 5, TimeUnit.SECONDS)\n})\n',
      },
      'src/main/kotlin/App.kt:1',
    ],
    [
      'a FastAPI shutdown event handler (Python)',
      {
        'app/main.py':
          'application.add_event_handler(\n    "shutdown",\n    close_db_connection(application),\n)\n',
      },
      'app/main.py:1',
    ],
    [
      'a Starlette on_shutdown hook (Python)',
      {
        'app/main.py':
          'app = Starlette(routes=routes, on_shutdown=[close_pool])\n',
      },
      'app/main.py:1',
    ],
    [
      'uvicorn with a graceful-shutdown timeout (Python)',
      {
        Dockerfile:
          'FROM python:3.12-slim\nCMD ["uvicorn", "app.main:app", "--timeout-graceful-shutdown", "30"]\n',
      },
      'Dockerfile:2',
    ],
    [
      'the ASP.NET Core host (.NET web project)',
      { 'src/Svc/Svc.csproj': csproj('Serilog.AspNetCore/8.0.1') },
      'src/Svc/Svc.csproj:1',
    ],
    [
      'the .NET generic host in Program.cs',
      {
        'src/Svc/Program.cs':
          'await Host.CreateDefaultBuilder(args).ConfigureServices(s => s.AddHostedService<Worker>()).Build().RunAsync();\n',
      },
      'src/Svc/Program.cs:1',
    ],
    ['Puma (Ruby)', { Gemfile: gemfile('rails', 'puma') }, 'Gemfile'],
    ['Sidekiq (Ruby)', { Gemfile: gemfile('sidekiq') }, 'Gemfile'],
    [
      'an OTP application (Elixir)',
      {
        'mix.exs':
          'defmodule Svc.MixProject do\n  def application do\n    [mod: {Svc.Application, []}, extra_applications: [:logger]]\n  end\nend\n',
      },
      'mix.exs:3',
    ],
    [
      'a mix release in the Dockerfile (Elixir)',
      {
        Dockerfile:
          'FROM hexpm/elixir:1.17.0-erlang-27.0-alpine-3.20.0 AS build\nRUN mix release\n',
      },
      'Dockerfile:2',
    ],
    [
      'actix-web (Rust)',
      { 'Cargo.toml': cargoToml('actix-web = "4"') },
      'Cargo.toml',
    ],
    [
      'Rocket 0.5 (Rust)',
      {
        'Cargo.toml': cargoToml(
          'rocket = { version = "0.5.1", features = ["json"] }',
        ),
      },
      'Cargo.toml:7',
    ],
  ])('passes on %s', (_name, files, target) => {
    const result = evaluateCheck('graceful-shutdown', { files });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(target);
  });

  it.each<[string, Record<string, string>]>([
    [
      'a SIGHUP handler that reloads (Go)',
      {
        'cmd/svc/main.go':
          'package main\n\nfunc main() {\n\tsignal.Notify(hup, syscall.SIGHUP)\n\tgo reload(hup)\n\t_ = srv.Shutdown(ctx)\n}\n',
      },
    ],
    [
      'SIGTERM caught without stopping the server (Go)',
      {
        'cmd/svc/main.go':
          'package main\n\nfunc main() {\n\tsignal.Notify(stop, syscall.SIGTERM)\n\t<-stop\n\tos.Exit(0)\n}\n',
      },
    ],
    [
      'a SIGTERM handler that only exits (Node.js)',
      {
        'src/index.ts': "process.on('SIGTERM', () => process.exit(0));\n",
      },
    ],
    [
      'a SIGHUP handler (Node.js)',
      {
        'src/index.ts': "process.on('SIGHUP', () => server.close());\n",
      },
    ],
    [
      'SIGTERM ignored (Python)',
      {
        'worker.py':
          'import signal\nsignal.signal(signal.SIGTERM, signal.SIG_IGN)\n',
      },
    ],
    [
      'SIGTERM trapped only by a Django management command (Python)',
      {
        'hc/api/management/commands/sendalerts.py':
          'signal.signal(signal.SIGTERM, self.on_signal)\n',
      },
    ],
    [
      'a lifespan that only yields (Python)',
      {
        'app/main.py':
          '@asynccontextmanager\nasync def lifespan(app):\n    yield\n\napp = FastAPI(lifespan=lifespan)\n',
      },
    ],
    [
      'uWSGI die-on-term alone (Python)',
      {
        'uwsgi.ini': '[uwsgi]\nmodule = hc.wsgi\ndie-on-term = true\n',
        'requirements.txt': 'django==5.0.6\nuwsgi==2.0.26\n',
      },
    ],
    [
      'uvicorn without a graceful-shutdown setting (Python)',
      {
        Dockerfile:
          'FROM python:3.12-slim\nCMD ["uvicorn", "app.main:app", "--host", "0.0.0.0"]\n',
      },
    ],
    [
      'Spring Boot 3.4 with server.shutdown=immediate',
      {
        'pom.xml':
          '<project>\n  <parent>\n    <groupId>org.springframework.boot</groupId>\n    <artifactId>spring-boot-starter-parent</artifactId>\n    <version>3.4.1</version>\n  </parent>\n  <dependencies>\n    <dependency>\n      <groupId>org.springframework.boot</groupId>\n      <artifactId>spring-boot-starter-web</artifactId>\n    </dependency>\n  </dependencies>\n</project>\n',
        'src/main/resources/application.properties':
          'server.shutdown=immediate\n',
      },
    ],
    [
      'Spring Boot 3.3 without server.shutdown=graceful',
      {
        'pom.xml':
          '<project>\n  <parent>\n    <groupId>org.springframework.boot</groupId>\n    <artifactId>spring-boot-starter-parent</artifactId>\n    <version>3.3.0</version>\n  </parent>\n  <dependencies>\n    <dependency>\n      <groupId>org.springframework.boot</groupId>\n      <artifactId>spring-boot-starter-web</artifactId>\n    </dependency>\n  </dependencies>\n</project>\n',
      },
    ],
    [
      'Unicorn, whose SIGTERM is a quick shutdown (Ruby)',
      { Gemfile: gemfile('rails', 'unicorn') },
    ],
    [
      'a Ctrl-C wait without a graceful shutdown (Rust)',
      {
        'src/main.rs':
          'tokio::select! {\n    _ = server => {},\n    _ = tokio::signal::ctrl_c() => {},\n}\n',
      },
    ],
    [
      'a .NET console application without a host',
      {
        'src/Tool/Tool.csproj':
          '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup><OutputType>Exe</OutputType></PropertyGroup>\n</Project>\n',
      },
    ],
  ])('fails on %s', (_name, files) => {
    expect(evaluateCheck('graceful-shutdown', { files }).outcome).toBe('fail');
  });
});

describe('resource-limits (v3)', () => {
  const TF = { 'infra/main.tf': 'resource "aws_s3_bucket" "b" {}\n' };

  it.each<[string, Record<string, string>, string]>([
    [
      'Kubernetes resources in Terraform',
      {
        'infra/k8s.tf':
          'resource "kubernetes_deployment" "svc" {\n  spec {\n    template {\n      spec {\n        container {\n          resources {\n            limits = { cpu = "1", memory = "512Mi" }\n            requests = { cpu = "250m", memory = "256Mi" }\n          }\n        }\n      }\n    }\n  }\n}\n',
      },
      'infra/k8s.tf:6',
    ],
    [
      'an ECS task definition with cpu and memory',
      {
        'infra/ecs.tf':
          'resource "aws_ecs_task_definition" "svc" {\n  family = "svc"\n  cpu    = 512\n  memory = 1024\n}\n',
      },
      'infra/ecs.tf:1',
    ],
    [
      'a Nomad job with resources',
      {
        ...TF,
        'deploy/svc.nomad.hcl':
          'job "svc" {\n  group "web" {\n    task "svc" {\n      resources {\n        cpu    = 500\n        memory = 256\n      }\n    }\n  }\n}\n',
      },
      'deploy/svc.nomad.hcl:4',
    ],
    [
      'a Cloud Run service with resource limits',
      {
        ...TF,
        'deploy/service.yaml':
          'apiVersion: serving.knative.dev/v1\nkind: Service\nmetadata:\n  name: svc\nspec:\n  template:\n    spec:\n      containers:\n        - image: svc\n          resources:\n            limits:\n              memory: 512Mi\n',
      },
      'deploy/service.yaml:1',
    ],
    [
      'a Fly.io machine size',
      {
        ...TF,
        'fly.toml': 'app = "svc"\n\n[[vm]]\n  memory = "512mb"\n  cpus = 1\n',
      },
      'fly.toml:3',
    ],
  ])('passes on %s', (_name, files, target) => {
    const result = evaluateCheck('resource-limits', { files });
    expect(result.outcome).toBe('pass');
    expect(targets(result)).toContain(target);
  });

  it.each<[string, Record<string, string>]>([
    [
      'an ECS task definition without memory',
      {
        'infra/ecs.tf':
          'resource "aws_ecs_task_definition" "svc" {\n  family = "svc"\n  cpu    = 512\n}\n',
      },
    ],
    [
      'empty Helm resources',
      {
        'charts/svc/Chart.yaml': 'apiVersion: v2\nname: svc\nversion: 0.1.0\n',
        'charts/svc/values.yaml': 'resources: {}\n',
        'charts/svc/templates/deployment.yaml':
          'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n  template:\n    spec:\n      containers:\n        - name: svc\n          image: "{{ .Values.image }}"\n          resources:\n            {{- toYaml .Values.resources | nindent 12 }}\n',
      },
    ],
    [
      'a fly.toml without a machine size',
      {
        ...TF,
        'fly.toml': 'app = "svc"\n\n[http_service]\n  internal_port = 8080\n',
      },
    ],
  ])('fails on %s', (_name, files) => {
    expect(evaluateCheck('resource-limits', { files }).outcome).toBe('fail');
  });
});
