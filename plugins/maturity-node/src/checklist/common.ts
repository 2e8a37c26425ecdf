/*
 * Building blocks shared by the checks of the default checklist: small
 * constructors that keep the rule data readable, the file groups that many
 * checks look into, and the applicability rules that several checks share.
 *
 * Everything here produces plain rule data (see `../model/rules.ts`), so the
 * default checklist can be dumped to YAML and edited in configuration.
 */
import type {
  AllRule,
  AnnotationRule,
  AnyRule,
  ContentRule,
  DependencyRule,
  DocumentRule,
  Ecosystem,
  EntityFieldRule,
  FilesRule,
  NotRule,
  RelationRule,
  Rule,
} from '@backstage-maturity/plugin-maturity-common';

// ---------------------------------------------------------------- constructors

/** A {@link FilesRule}. */
export function files(
  globs: string[],
  options: Omit<FilesRule, 'files'> = {},
): FilesRule {
  return { files: globs, ...options };
}

/** A {@link ContentRule}; `flags` default to `i` in the evaluator. */
export function content(
  globs: string[],
  pattern: string,
  options: Omit<ContentRule['content'], 'files' | 'pattern'> = {},
): ContentRule {
  return { content: { files: globs, pattern, ...options } };
}

/** A {@link DependencyRule}, optionally restricted to some ecosystems. */
export function dependency(
  names: string[],
  ecosystems?: Ecosystem[],
): DependencyRule {
  return { dependency: ecosystems ? { names, ecosystems } : { names } };
}

/** A {@link DocumentRule}. */
export function documents(
  globs: string[],
  options: Omit<DocumentRule['document'], 'files'>,
): DocumentRule {
  return { document: { files: globs, ...options } };
}

/** An {@link AnnotationRule}. */
export function annotation(
  keys: string[],
  valuePattern?: string,
): AnnotationRule {
  return { annotation: valuePattern ? { keys, valuePattern } : { keys } };
}

/** A {@link RelationRule}. */
export function relation(
  type: string,
  target: { kind?: string; types?: string[] } = {},
): RelationRule {
  return {
    relation: {
      type,
      ...(target.kind ? { targetKind: target.kind } : {}),
      ...(target.types ? { targetType: target.types } : {}),
    },
  };
}

/** Holds when one of the rules holds. */
export function anyOf(...rules: Rule[]): AnyRule {
  return { any: rules };
}

/** Holds when every rule holds. */
export function allOf(...rules: Rule[]): AllRule {
  return { all: rules };
}

/** Holds when the rule does not hold (unknown stays unknown). */
export function not(rule: Rule): NotRule {
  return { not: rule };
}

/** Holds when the entity's `spec.type` is one of `types`. */
export function specTypeIs(...types: string[]): EntityFieldRule {
  return { entity: { field: 'spec.type', oneOf: types } };
}

// ---------------------------------------------------------------- file groups

/** YAML files. */
export const YAML_FILES = ['*.yaml', '*.yml'];

/**
 * Helm chart templates. They are often not valid YAML before rendering
 * (`{{- if ... }}` lines), so document rules skip them and content rules
 * look into them instead.
 */
export const HELM_TEMPLATE_FILES = [
  '**/templates/**/*.yaml',
  '**/templates/**/*.yml',
  '**/templates/**/*.tpl',
];

/** Folders whose files are test data, fixtures or examples, not the service's own. */
export const TEST_AND_EXAMPLE_FOLDERS = [
  '**/test/**',
  '**/tests/**',
  '**/testdata/**',
  '**/fixtures/**',
  '**/__fixtures__/**',
  '**/__tests__/**',
  '**/example/**',
  '**/examples/**',
];

/** Test sources, excluded where only production code counts as evidence. */
export const TEST_SOURCES = [
  ...TEST_AND_EXAMPLE_FOLDERS,
  '**/src/test/**',
  '*_test.go',
  '*.test.*',
  '*.spec.*',
  'test_*.py',
  '*_test.py',
  '*_spec.rb',
  '*Tests.cs',
  '*Test.java',
  '*Test.kt',
];

/** Application source code of the server-side ecosystems the checklist knows. */
export const SOURCE_FILES = [
  '*.go',
  '*.{js,mjs,cjs,jsx}',
  '*.{ts,mts,cts,tsx}',
  '*.py',
  '*.{java,kt,scala,groovy}',
  '*.{cs,fs}',
  '*.rb',
  '*.rs',
  '*.{ex,exs}',
  '*.php',
];

/** Minified bundles and type declarations: never the service's own source. */
export const GENERATED_SOURCES = ['*.min.js', '*.d.ts'];

/** CI/CD pipeline definitions (the files `ci-pipeline` looks for). */
export const CI_FILES = [
  '.github/workflows/*.y*ml',
  '.gitlab-ci.yml',
  'Jenkinsfile',
  'azure-pipelines.yml',
  '.circleci/config.yml',
  'bitbucket-pipelines.yml',
  '.buildkite/',
  '.drone.yml',
  'cloudbuild.y*ml',
  '.tekton/',
  '.travis.yml',
  '.gitea/workflows/*.y*ml',
  '.forgejo/workflows/*.y*ml',
  '.woodpecker.y*ml',
  '.woodpecker/*.y*ml',
  '{.,}appveyor.yml',
  '.semaphore/semaphore.yml',
  'buildspec*.y*ml',
];

/** Task runners and scripts that CI usually calls. */
export const TASK_RUNNER_FILES = [
  'Makefile',
  'GNUmakefile',
  '*.mk',
  'Taskfile.y*ml',
  'justfile',
  '.justfile',
  'scripts/*.sh',
];

/** CI definitions plus the task runners they call. */
export const CI_AND_TASK_FILES = [...CI_FILES, ...TASK_RUNNER_FILES];

/** Build configuration of the ecosystems the checklist knows. */
export const BUILD_FILES = [
  'package.json',
  'pom.xml',
  'build.gradle',
  'build.gradle.kts',
  'pyproject.toml',
  'setup.cfg',
  'tox.ini',
  'pytest.ini',
  '.coveragerc',
  'noxfile.py',
  '*.csproj',
  'Directory.Build.props',
  'Cargo.toml',
  'mix.exs',
];

/** Dockerfiles and other container build files. */
export const DOCKERFILES = ['Dockerfile*', '*.Dockerfile', 'Containerfile*'];

/** Docker Compose files. */
export const COMPOSE_FILES = ['docker-compose*.y*ml', 'compose*.y*ml'];

/** Terraform / OpenTofu sources. */
export const TERRAFORM_FILES = ['*.tf', '*.tf.json', '*.tofu'];

/** Spring Boot application configuration (profiles included). */
export const SPRING_CONFIG_FILES = [
  'application*.properties',
  'application*.yml',
  'application*.yaml',
  'bootstrap*.properties',
  'bootstrap*.yml',
  'bootstrap*.yaml',
];

/** Extensions of human-readable documents (Markdown, AsciiDoc, reStructuredText). */
export const DOC_EXTENSIONS = '{md,markdown,mdx,adoc,asciidoc,rst}';

/** Lock files: machine-written, large, and never evidence of a practice. */
export const LOCK_FILES = [
  'package-lock.json',
  'npm-shrinkwrap.json',
  'packages.lock.json',
  '*.lock.json',
  'deno.lock',
];

// ---------------------------------------------------------------- kubernetes

/** Kubernetes workload kinds: the objects that run containers. */
export const KUBERNETES_WORKLOAD_KINDS = [
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'ReplicationController',
  'Job',
  'CronJob',
  'Pod',
  'Rollout',
];

/** Kinds that, together with the workloads, make a set of Kubernetes manifests. */
export const KUBERNETES_MANIFEST_KINDS = [
  ...KUBERNETES_WORKLOAD_KINDS,
  'Service',
  'Ingress',
  'ConfigMap',
  'Secret',
  'Namespace',
  'ServiceAccount',
  'NetworkPolicy',
  'PodDisruptionBudget',
  'HorizontalPodAutoscaler',
  'PersistentVolumeClaim',
  'Role',
  'RoleBinding',
  'ClusterRole',
  'ClusterRoleBinding',
  'Gateway',
  'HTTPRoute',
];

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Holds when a YAML document of one of `kinds` exists: parsed as documents
 * where the file is plain YAML, and searched as text (`kind:` at the start of
 * a line) in Helm templates, which may not parse before rendering.
 */
export function kubernetesKinds(kinds: string[]): Rule {
  return anyOf(
    documents(YAML_FILES, {
      exclude: [...HELM_TEMPLATE_FILES, ...TEST_AND_EXAMPLE_FOLDERS],
      kinds,
    }),
    content(
      HELM_TEMPLATE_FILES,
      `^kind:[ \\t]*["']?(?:${kinds.map(escapeRegex).join('|')})["']?[ \\t]*$`,
      { flags: 'im', exclude: TEST_AND_EXAMPLE_FOLDERS },
    ),
  );
}

/**
 * Some Kubernetes workload (Deployment, StatefulSet, CronJob, ...) is declared.
 *
 * @public
 */
export const kubernetesWorkloadsRule: Rule = kubernetesKinds(
  KUBERNETES_WORKLOAD_KINDS,
);

// ---------------------------------------------------------------- applicability

/**
 * n/a for components that run nothing: libraries, websites and documentation.
 *
 * @public
 */
export const isLibraryWebsiteOrDocumentation: Rule = specTypeIs(
  'library',
  'website',
  'documentation',
);

/**
 * n/a for libraries and documentation.
 *
 * @public
 */
export const isLibraryOrDocumentation: Rule = specTypeIs(
  'library',
  'documentation',
);

/**
 * n/a for libraries and websites (components that provide no API).
 *
 * @public
 */
export const isLibraryOrWebsite: Rule = specTypeIs('library', 'website');

/**
 * n/a for documentation.
 *
 * @public
 */
export const isDocumentation: Rule = specTypeIs('documentation');

/**
 * Declared dependencies on a database driver, client or ORM, per ecosystem
 * (caches and message brokers are not databases).
 *
 * @public
 */
export const databaseDriverRule: Rule = anyOf(
  dependency(
    [
      'pg',
      'pg-promise',
      'postgres',
      '@neondatabase/serverless',
      'mysql',
      'mysql2',
      'mariadb',
      'mssql',
      'tedious',
      'oracledb',
      'mongodb',
      'mongoose',
      'better-sqlite3',
      'sqlite3',
      'knex',
      'prisma',
      '@prisma/client',
      'typeorm',
      'sequelize',
      'drizzle-orm',
      'kysely',
      '@mikro-orm/*',
    ],
    ['npm'],
  ),
  dependency(
    [
      'github.com/lib/pq',
      'github.com/jackc/pgx*',
      'gorm.io/*',
      'github.com/jinzhu/gorm',
      'go.mongodb.org/mongo-driver*',
      'github.com/go-sql-driver/mysql',
      'github.com/mattn/go-sqlite3',
      'modernc.org/sqlite',
      'github.com/jmoiron/sqlx',
      'github.com/uptrace/bun*',
      'entgo.io/ent',
      'github.com/microsoft/go-mssqldb',
      'github.com/denisenkom/go-mssqldb',
    ],
    ['go'],
  ),
  dependency(
    [
      'org.postgresql:postgresql',
      'org.postgresql:r2dbc-postgresql',
      'mysql:mysql-connector-java',
      'com.mysql:mysql-connector-j',
      'org.mariadb.jdbc:*',
      'com.microsoft.sqlserver:mssql-jdbc',
      'com.oracle.database.jdbc:*',
      'org.xerial:sqlite-jdbc',
      'org.springframework.boot:spring-boot-starter-data-jpa',
      'org.springframework.boot:spring-boot-starter-jdbc',
      'org.springframework.boot:spring-boot-starter-data-jdbc',
      'org.springframework.boot:spring-boot-starter-data-r2dbc',
      'org.springframework.boot:spring-boot-starter-data-mongodb*',
      'org.mongodb:*',
      'org.hibernate:hibernate-core',
      'org.hibernate.orm:hibernate-core',
      'org.jooq:*',
      'org.jetbrains.exposed:*',
    ],
    ['maven', 'gradle'],
  ),
  dependency(
    [
      'psycopg2*',
      'psycopg',
      'psycopg-*',
      'asyncpg',
      'sqlalchemy',
      'sqlmodel',
      'django',
      'pymongo',
      'motor',
      'mysqlclient',
      'pymysql',
      'aiomysql',
      'mysql-connector-python',
      'peewee',
      'tortoise-orm',
    ],
    ['pypi'],
  ),
  dependency(
    [
      'Npgsql*',
      'Microsoft.EntityFrameworkCore*',
      'Dapper*',
      'MySql.Data',
      'MySqlConnector',
      'Pomelo.EntityFrameworkCore.MySql',
      'Microsoft.Data.SqlClient',
      'System.Data.SqlClient',
      'Microsoft.Data.Sqlite*',
      'MongoDB.Driver',
    ],
    ['nuget'],
  ),
  dependency(
    ['pg', 'mysql2', 'sqlite3', 'activerecord', 'sequel', 'mongoid'],
    ['rubygems'],
  ),
  dependency(
    [
      'sqlx',
      'diesel',
      'tokio-postgres',
      'postgres',
      'sea-orm',
      'rusqlite',
      'mysql',
      'mysql_async',
      'mongodb',
    ],
    ['cargo'],
  ),
  dependency(
    ['postgrex', 'ecto_sql', 'myxql', 'ecto_sqlite3', 'mongodb_driver'],
    ['hex'],
  ),
  // Databases built into the runtime need no dependency: Node's and Bun's
  // SQLite modules, Python's sqlite3 (imported by the service, not tests).
  content(
    ['*.{js,mjs,cjs,ts,mts,cts}'],
    '\\b(?:from|require\\(|import\\()[ \\t]*["\'](?:node|bun):sqlite["\']',
    { exclude: [...TEST_AND_EXAMPLE_FOLDERS, '*.{test,spec}.*'] },
  ),
  content(
    ['*.py'],
    '^[ \\t]*(?:import[ \\t]+sqlite3\\b|from[ \\t]+sqlite3[ \\t]+import\\b)',
    {
      flags: 'm',
      exclude: [
        ...TEST_AND_EXAMPLE_FOLDERS,
        'test_*.py',
        '*_test.py',
        'conftest.py',
      ],
    },
  ),
);

/**
 * "No database": no `dependsOn` relation to a Resource of type `database`
 * and no database driver dependency. n/a rule of `db-migrations`,
 * `migration-safety` and `disaster-recovery`.
 *
 * @public
 */
export const noDatabaseRule: Rule = allOf(
  not(relation('dependsOn', { kind: 'Resource', types: ['database'] })),
  not(databaseDriverRule),
);

/**
 * Consumer-driven contract testing: Pact in every ecosystem and Spring Cloud
 * Contract (evidence of `contract-validation` and `service-contracts`).
 */
export const CONTRACT_TESTING_DEPENDENCIES = [
  '@pact-foundation/*',
  'au.com.dius.pact*:*',
  'au.com.dius:pact*',
  'pact-python',
  'github.com/pact-foundation/pact-go*',
  'PactNet*',
  'pact',
  'pact-*',
  'pact_consumer',
  'pact_verifier',
  'org.springframework.cloud:spring-cloud-*contract*',
];
