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
  DOC_EXTENSIONS,
  DOCKERFILES,
  documents,
  files,
  GENERATED_SOURCES,
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
import { LIQUIBASE_CHANGELOGS, NOT_CHANGELOGS } from './productionReady';
import { PHASE } from '@backstage-maturity/plugin-maturity-common';

/** The same rule, saying in plain words what it looks for. */
function described<T extends Rule>(description: string, rule: T): T {
  return { ...rule, description };
}

const YAML_AND_TEMPLATES = [...YAML_FILES, '*.tpl'];

/** Docker Compose files. */
const COMPOSE_GLOBS = ['docker-compose*.y*ml', 'compose*.y*ml'];

/**
 * A line that is not a comment (`#` in YAML, shell and Make, `//` in
 * Groovy): put before a pattern read with the `m` flag, so that a
 * commented-out step does not count.
 */
const NOT_COMMENTED = String.raw`^(?![ \t]*(?:#|//))[^\n]*?`;

/** Test sources, generated code and build output: not the service's own code. */
const NOT_OWN_SOURCES = [
  ...TEST_SOURCES,
  ...GENERATED_SOURCES,
  '**/dist/**',
  '**/build/**',
];

// --------------------------------------------------------- graceful-shutdown

/** Go: the signals that ask a process to stop (not SIGHUP, which reloads). */
const GO_STOP_SIGNALS =
  '\\b(?:syscall|unix)\\.SIG(?:TERM|INT)\\b|\\bos\\.Interrupt\\b';

/** Go: a server stopped gracefully (net/http, gRPC, Fiber, Echo, ...). */
const GO_SERVER_STOP =
  '\\.(?:Shutdown|ShutdownWithContext|ShutdownWithTimeout|GracefulStop|GracefulShutdown)\\(|\\b(?:[sS]erver|[sS]rv|[sS]vr)\\w*\\.(?:Stop|Close)\\(';

/** Node.js: a SIGTERM or SIGINT string. */
const NODE_SIGNAL = '[\'"`]SIG(?:TERM|INT)[\'"`]';

/** Node.js: something stops serving or closes its resources. */
const NODE_STOP =
  '\\.(?:close|closeAllConnections|stop|shutdown|terminate|destroy|drain|disconnect)\\(';

/**
 * Node.js: `process.on` / `process.once` for SIGTERM or SIGINT (or for a
 * signal variable, in a file that names them), in a file that closes a
 * server or its resources. A handler that only exits does not drain.
 */
const NODE_SIGNAL_HANDLER =
  'process\\.(?:on|once|addListener|prependListener)\\(\\s*' +
  `(?:${NODE_SIGNAL}|[A-Za-z_$][\\w$.]*\\s*,(?:(?=[\\s\\S]*?${NODE_SIGNAL})|(?<=${NODE_SIGNAL}[\\s\\S]*)))` +
  `(?:(?=[\\s\\S]*?${NODE_STOP})|(?<=${NODE_STOP}[\\s\\S]*))`;

/**
 * Python: an ASGI `lifespan` whose shutdown branch (after `yield`) closes
 * something; a lifespan that only yields cleans nothing up.
 */
const PYTHON_LIFESPAN =
  '\\bdef[ \\t]+\\w*lifespan\\w*[ \\t]*\\([\\s\\S]{0,3000}?\\byield\\b[\\s\\S]{0,1500}?\\.(?:a?close|dispose|shutdown|disconnect|stop|cancel|terminate|wait_closed|join)\\w*[ \\t]*\\(';

/**
 * Python: shutdown hooks of a web framework, or a SIGTERM / SIGINT handler
 * that is not `SIG_IGN` / `SIG_DFL`.
 */
const PYTHON_SHUTDOWN_HOOK =
  '(?:on_event|add_event_handler)\\(\\s*[\'"]shutdown|\\bon_(?:shutdown|cleanup)\\s*(?:=|\\.append\\()' +
  '|\\bsignal\\(\\s*(?:signal\\.)?SIG(?:TERM|INT)\\s*,(?!\\s*(?:signal\\.)?SIG_(?:IGN|DFL)\\b)' +
  '|add_signal_handler\\(\\s*(?:signal\\.)?SIG(?:TERM|INT)\\b';

/** A Spring Boot version of 3.4 or later (graceful shutdown by default). */
const SPRING_BOOT_3_4 = '(?:3\\.(?:[4-9]|[1-9]\\d)|[4-9]|[1-9]\\d)\\.\\d';

/**
 * SIGTERM handling in the application, or a framework that drains on
 * SIGTERM by default: the first half of `graceful-shutdown`.
 *
 * @public
 */
export const sigtermHandlingRule: Rule = described(
  'SIGTERM or SIGINT handling that stops serving (Go signal.Notify with a server Shutdown, ' +
    "Node.js process.on('SIGTERM') closing the server, Spring server.shutdown=graceful, a " +
    'lifespan that closes resources, IHostApplicationLifetime, a JVM shutdown hook that stops ' +
    'the server, a Rust graceful shutdown on a signal, uvicorn or gunicorn with a graceful timeout, …), ' +
    'or a framework that drains on SIGTERM by default (Spring Boot 3.4+ web, the ASP.NET Core or ' +
    '.NET generic host, Puma, Sidekiq, an Erlang/OTP application, actix-web, Rocket, Kratos)',
  anyOf(
    // Go
    // The signals may be listed beside the call or in a file of their own
    // (`var shutdownSignals = []os.Signal{os.Interrupt, syscall.SIGTERM}`).
    described(
      'Go: signal.Notify with SIGTERM, SIGINT or os.Interrupt, and a server Shutdown or GracefulStop',
      allOf(
        content(['*.go'], 'signal\\.Notify(?:Context)?\\(', {
          exclude: NOT_OWN_SOURCES,
        }),
        content(['*.go'], GO_STOP_SIGNALS, { exclude: NOT_OWN_SOURCES }),
        content(['*.go'], GO_SERVER_STOP, { exclude: NOT_OWN_SOURCES }),
      ),
    ),
    described(
      'Go: Kratos, whose application stops its servers on SIGTERM, or Uber Fx with a server Shutdown in its stop hooks',
      anyOf(
        dependency(['github.com/go-kratos/kratos/v2'], ['go']),
        allOf(
          dependency(['go.uber.org/fx'], ['go']),
          content(['*.go'], GO_SERVER_STOP, { exclude: NOT_OWN_SOURCES }),
        ),
      ),
    ),
    // Node.js
    described(
      "Node.js: process.on('SIGTERM') or 'SIGINT' in a file that closes the server, NestJS enableShutdownHooks, or a graceful-shutdown library (terminus, http-terminator, lightship, close-with-grace, …)",
      anyOf(
        content(
          ['*.{js,mjs,cjs,ts,mts,cts}'],
          `${NODE_SIGNAL_HANDLER}|enableShutdownHooks\\s*\\(`,
          { exclude: NOT_OWN_SOURCES },
        ),
        dependency(
          [
            '@godaddy/terminus',
            'http-terminator',
            'lightship',
            'close-with-grace',
            'stoppable',
            'http-graceful-shutdown',
            'fastify-graceful-shutdown',
          ],
          ['npm'],
        ),
      ),
    ),
    // JVM
    described(
      'Spring server.shutdown=graceful or Quarkus quarkus.shutdown.timeout',
      content(
        SPRING_CONFIG_FILES,
        'server\\.shutdown\\s*[=:]\\s*["\']?graceful|^[ \\t]+shutdown[ \\t]*:[ \\t]*["\']?graceful|quarkus\\.shutdown\\.timeout\\s*[=:]',
        { flags: 'im', exclude: TEST_AND_EXAMPLE_FOLDERS },
      ),
    ),
    described(
      'Spring Boot 3.4 or later with an embedded web server, whose shutdown is graceful by default (unless server.shutdown=immediate)',
      allOf(
        dependency(
          [
            // spring-boot-starter-web, -webflux, and -webmvc of Spring Boot 4.
            'org.springframework.boot:spring-boot-starter-web*',
            'org.springframework.boot:spring-boot-starter-jetty',
            'org.springframework.boot:spring-boot-starter-undertow',
            'org.springframework.boot:spring-boot-starter-tomcat',
          ],
          ['maven', 'gradle'],
        ),
        content(
          [
            'pom.xml',
            'build.gradle',
            'build.gradle.kts',
            'gradle.properties',
            'libs.versions.toml',
          ],
          [
            `<artifactId>spring-boot-(?:starter-parent|dependencies)</artifactId>\\s*<version>\\s*${SPRING_BOOT_3_4}`,
            `<spring-boot\\.version>\\s*${SPRING_BOOT_3_4}`,
            `org\\.springframework\\.boot["']?\\s*\\)?\\s*version\\s*["']${SPRING_BOOT_3_4}`,
            `spring-boot-(?:gradle-plugin|dependencies):${SPRING_BOOT_3_4}`,
            `spring-?boot(?:-?version)?\\s*=\\s*["']?${SPRING_BOOT_3_4}`,
          ].join('|'),
          { exclude: TEST_AND_EXAMPLE_FOLDERS },
        ),

        not(
          content(
            SPRING_CONFIG_FILES,
            'server\\.shutdown\\s*[=:]\\s*["\']?immediate|^[ \\t]+shutdown[ \\t]*:[ \\t]*["\']?immediate',
            { flags: 'im', exclude: TEST_AND_EXAMPLE_FOLDERS },
          ),
        ),
      ),
    ),
    described(
      'a JVM shutdown hook that stops the server, or Jetty stopped at shutdown',
      content(
        ['*.{java,kt,scala,groovy}'],
        'addShutdownHook\\s*[({][\\s\\S]{0,400}?(?:\\.|::)(?:stop|close|shutdown\\w*|awaitTermination|destroy|terminate)\\b|setStopAtShutdown\\(\\s*true',
        { exclude: NOT_OWN_SOURCES },
      ),
    ),
    // Python
    described(
      'Python: a lifespan whose shutdown branch closes resources, a shutdown hook (on_event("shutdown"), on_shutdown), or a SIGTERM/SIGINT handler',
      // Django management commands are maintenance tasks, not the server.
      content(['*.py'], `${PYTHON_LIFESPAN}|${PYTHON_SHUTDOWN_HOOK}`, {
        exclude: [...NOT_OWN_SOURCES, '**/management/commands/**'],
      }),
    ),
    described(
      'Python: uvicorn or gunicorn run with a graceful-shutdown timeout',
      content(
        [
          ...DOCKERFILES,
          'Procfile',
          ...COMPOSE_GLOBS,
          'gunicorn*.py',
          '*entrypoint*.sh',
          '{start,run,serve}*.sh',
          'scripts/*.sh',
          ...YAML_AND_TEMPLATES,
          'pyproject.toml',
        ],
        '--timeout-graceful-shutdown|--graceful-timeout|\\bgraceful_timeout\\s*=|\\btimeout_graceful_shutdown\\s*=',
        { exclude: TEST_AND_EXAMPLE_FOLDERS },
      ),
    ),
    // .NET
    described(
      '.NET: IHostApplicationLifetime or ApplicationStopping, or the ASP.NET Core or generic host, which drains on SIGTERM',
      anyOf(
        content(['*.{cs,fs}'], 'IHostApplicationLifetime|ApplicationStopping', {
          exclude: NOT_OWN_SOURCES,
        }),
        content(
          ['*.{csproj,fsproj}'],
          'Sdk\\s*=\\s*"Microsoft\\.NET\\.Sdk\\.(?:Web|Worker)"|<FrameworkReference\\s+Include\\s*=\\s*"Microsoft\\.AspNetCore\\.App"',
          {
            exclude: [
              '*Tests.{csproj,fsproj}',
              '*Test.{csproj,fsproj}',
              '**/*.{Tests,Test,UnitTests,IntegrationTests}/**',
              ...TEST_AND_EXAMPLE_FOLDERS,
            ],
          },
        ),
        dependency(['Microsoft.Extensions.Hosting'], ['nuget']),
        content(
          ['Program.{cs,fs}', 'Startup.{cs,fs}'],
          '\\b(?:Host\\.Create(?:Default|Application|Empty)Builder|WebApplication\\.Create(?:Slim|Empty)?Builder|WebHost\\.CreateDefaultBuilder)\\b',
          { exclude: NOT_OWN_SOURCES },
        ),
      ),
    ),
    // Ruby
    described(
      "Ruby: Puma or Sidekiq, which drain on SIGTERM, or trap('TERM') / trap('INT')",
      anyOf(
        dependency(['puma', 'sidekiq'], ['rubygems']),
        content(
          ['*.rb'],
          '\\btrap\\(?\\s*(?:[\'"](?:SIG)?(?:TERM|INT)[\'"]|:(?:SIG)?(?:TERM|INT)\\b)',
          { exclude: NOT_OWN_SOURCES },
        ),
      ),
    ),
    // Elixir
    described(
      'Elixir: an Erlang/OTP application or release (an application callback module or releases in mix.exs, rel/ templates, mix release in the Dockerfile), which the BEAM stops in order on SIGTERM, or System.trap_signal(:sigterm)',
      anyOf(
        content(['mix.exs'], '^[ \\t]*releases[ \\t]*:|\\bmod:[ \\t]*\\{', {
          flags: 'im',
          exclude: TEST_AND_EXAMPLE_FOLDERS,
        }),
        files([
          'rel/env.sh.eex',
          'rel/vm.args.eex',
          'rel/remote.vm.args.eex',
          'rel/config.exs',
        ]),
        content(DOCKERFILES, '\\bmix[ \\t]+release\\b'),
        content(
          ['*.{ex,exs}'],
          'System\\.trap_signal\\(\\s*:sig(?:term|int)|:os\\.set_signal\\(\\s*:sig(?:term|int)\\s*,\\s*:handle',
          { exclude: NOT_OWN_SOURCES },
        ),
      ),
    ),
    // Rust
    described(
      'Rust: actix-web or Rocket 0.5, which drain on SIGTERM, or a graceful shutdown (with_graceful_shutdown, serve_with_shutdown) on a SIGTERM or Ctrl-C signal',
      anyOf(
        dependency(['actix-web', 'actix-server'], ['cargo']),
        content(
          ['Cargo.toml'],
          '^[ \\t]*rocket[ \\t]*=[ \\t]*(?:"[~^=]?0\\.5|\\{[^}\\n]*version[ \\t]*=[ \\t]*"[~^=]?0\\.5)',
          { flags: 'im' },
        ),
        allOf(
          content(
            ['*.rs'],
            'graceful_shutdown|serve_with_shutdown|serve_with_incoming_shutdown',
            { exclude: NOT_OWN_SOURCES },
          ),
          content(
            ['*.rs'],
            'signal::ctrl_c|SignalKind::(?:terminate|interrupt)\\(\\)|\\bSIG(?:TERM|INT)\\b|ctrlc::set_handler',
            { exclude: NOT_OWN_SOURCES },
          ),
        ),
      ),
    ),
  ),
);

// --------------------------------------------------------------- resilience

/** Retry and backoff settings of job queues (Sidekiq, Active Job, Celery, BullMQ, Oban). */
const JOB_QUEUE_RETRIES = anyOf(
  content(
    [
      'app/{jobs,workers,sidekiq}/**/*.rb',
      'lib/**/{jobs,workers}/**/*.rb',
      'config/sidekiq*.yml',
    ],
    '^(?![ \\t]*#)[^\\n]*?(?:sidekiq_options[^\\n]*\\bretry\\b|sidekiq_retry_in|\\bretry_on\\b)|^[ \\t]*:?max_retries:[ \\t]*\\d',
    { flags: 'im', exclude: TEST_SOURCES },
  ),
  // Each queue's settings are read only where the queue is a dependency.
  allOf(
    dependency(['celery'], ['pypi']),
    content(
      ['*tasks*.py', '**/tasks/**/*.py', 'celery*.py', '*worker*.py'],
      'autoretry_for|retry_backoff|retry_kwargs|\\.retry\\(\\s*(?:exc|countdown|max_retries)',
      { exclude: TEST_SOURCES },
    ),
  ),
  allOf(
    dependency(['bullmq', 'bull', 'bee-queue'], ['npm']),
    content(
      [
        '*{queue,queues,worker,workers,job,jobs}*.{js,mjs,cjs,ts,mts}',
        '**/{queue,queues,worker,workers,jobs}/**/*.{js,mjs,cjs,ts,mts}',
      ],
      '\\battempts\\s*:\\s*\\d+[\\s\\S]{0,300}?\\bbackoff\\s*:|\\bbackoff\\s*:[\\s\\S]{0,300}?\\battempts\\s*:\\s*\\d',
      { exclude: NOT_OWN_SOURCES },
    ),
  ),
  allOf(
    dependency(['oban', 'oban_pro'], ['hex']),
    content(
      ['lib/**/*.ex'],
      'use[ \\t]+Oban\\.(?:Pro\\.)?Worker\\b[^\\n]*(?:\\n[ \\t]+[^\\n]*){0,6}?\\bmax_attempts\\b|\\bdef[ \\t]+backoff\\(',
      { exclude: TEST_SOURCES },
    ),
  ),
);

/** Retry policies configured on clients (EF Core, MassTransit, Hangfire, urllib3, Faraday, Tesla, Spring). */
const CLIENT_RETRY_POLICIES = anyOf(
  content(
    [
      '{Program,Startup}.cs',
      '*{Context,Extensions,Module,Registration,Registrations,Installer,DependencyInjection}*.cs',
    ],
    'EnableRetryOnFailure|UseMessageRetry|UseDelayedRedelivery|\\bAutomaticRetry(?:Attribute)?\\b|AddStandardResilienceHandler|AddResilienceHandler',
    { exclude: NOT_OWN_SOURCES },
  ),
  content(
    ['*.py'],
    'HTTPAdapter\\([^)]*max_retries\\s*=|\\bRetry\\(\\s*(?:total|connect|read|backoff_factor)\\s*=|HTTPTransport\\([^)]*retries\\s*=\\s*[1-9]',
    { exclude: NOT_OWN_SOURCES },
  ),
  allOf(
    dependency(['faraday'], ['rubygems']),
    content(
      ['app/**/*.rb', 'lib/**/*.rb', 'config/**/*.rb'],
      '\\.request[ \\t]*\\(?[ \\t]*:retry\\b|Faraday::Retry',
      { exclude: TEST_SOURCES },
    ),
  ),
  allOf(
    dependency(['tesla'], ['hex']),
    content(['lib/**/*.ex'], 'Tesla\\.Middleware\\.Retry\\b', {
      exclude: TEST_SOURCES,
    }),
  ),
  // ky and got clients configured to retry.
  allOf(
    dependency(['ky', 'got'], ['npm']),
    content(
      ['*.{js,mjs,cjs,ts,mts,cts}'],
      '\\bretry\\s*:\\s*\\{[^}]*\\blimit\\s*:\\s*[1-9]',
      { exclude: NOT_OWN_SOURCES },
    ),
  ),
  // Spring Retry / Cloud Stream / AMQP listener retries, resilience4j
  // instances.
  content(
    SPRING_CONFIG_FILES,
    '\\bmax-?attempts\\s*[:=]\\s*\\d|\\bback-?off-(?:initial-interval|max-interval|multiplier)\\b|listener\\.(?:simple|direct)\\.retry\\.enabled\\s*[:=]\\s*true',
    { exclude: TEST_AND_EXAMPLE_FOLDERS },
  ),
);

// ----------------------------------------------------------- migration-safety

/** A SQL statement that changes something, on a line that is not a comment. */
const SQL_STATEMENT =
  '^(?![ \\t]*--)[^\\n]*?\\b(?:drop|alter|delete|update|create|insert|rename|truncate|revoke|grant)\\b';

/**
 * Down functions with a body, per language, in migration folders: Python
 * `downgrade`/`down` that does more than `pass` or raise, yoyo steps with a
 * rollback; Ruby and Elixir `down` that does not raise, Rails and Ecto
 * `change` (reversed by the framework); JavaScript/TypeScript `down` that
 * is not empty; Go `down` functions; .NET `Down` overrides; Rust `down`;
 * goose/sql-migrate `Down` sections with a statement.
 */
const DOWN_FUNCTIONS: Array<[string[], string]> = [
  [
    ['**/{*migrat*,alembic}/**/*.py'],
    '\\bdef[ \\t]+(?:downgrade|down|rollback)\\w*[ \\t]*\\([^)]*\\)[^:\\n]*:[ \\t]*(?:#[^\\n]*)?\\n(?:[ \\t]*(?:#[^\\n]*|"""[^\\n]*"""|\'\'\'[^\\n]*\'\'\')?\\n)*[ \\t]+(?!pass\\b|\\.\\.\\.|raise\\b)\\S' +
      '|\\bstep\\(\\s*(?:"""[\\s\\S]*?"""|"[^"\\n]*"|\'[^\'\\n]*\')\\s*,\\s*["\']',
  ],
  [
    ['**/{*migrat*,db/migrate}/**/*.rb', '**/*migrat*/**/*.exs'],
    '^[ \\t]*def[ \\t]+(?:down|change)\\b[^\\n]*\\n(?:[ \\t]*(?:#[^\\n]*)?\\n)*[ \\t]*(?!raise\\b|end\\b)\\S' +
      '|^[ \\t]*down[ \\t]+do[ \\t]*\\n(?:[ \\t]*(?:#[^\\n]*)?\\n)*[ \\t]*(?!raise\\b|end\\b)\\S',
  ],
  [
    ['**/*migrat*/**/*.{js,mjs,cjs,ts,mts,cts}'],
    '(?<![.\\w])(?:exports\\.down\\s*=\\s*|export\\s+(?:async\\s+)?function\\s+down\\s*|(?:(?:public|async|override)\\s+)*down\\s*(?:[:=]\\s*)?)' +
      '(?:async\\s+)?(?:function\\s*\\w*\\s*)?(?:\\([^)]*\\)|[A-Za-z_$][\\w$]*(?=\\s*=>))(?:\\s*:\\s*[\\w<>\\[\\], ]+)?\\s*(?:=>\\s*)?' +
      '(?:\\{\\s*(?!\\}|return\\s*;?\\s*\\})[^\\s}]|[^\\s{;,)])',
  ],
  [
    ['**/*migrat*/**/*.go'],
    '\\bfunc[ \\t]+\\w*[Dd]own\\w*[ \\t]*\\([^)]*\\)[^{\\n]*\\{\\s*(?!return[ \\t]+nil\\s*\\}|\\})\\S',
  ],
  [
    ['**/*migrat*/**/*.cs'],
    '\\boverride[ \\t]+void[ \\t]+Down[ \\t]*\\([^)]*\\)\\s*\\{\\s*(?!\\})\\S',
  ],
  [
    ['**/*migrat*/**/*.rs'],
    '\\bfn[ \\t]+down[ \\t]*(?:<[^>]*>)?\\([^)]*\\)[^{]*\\{\\s*(?!\\}|Ok\\(\\(\\)\\)\\s*\\}|todo!|unimplemented!)\\S',
  ],
  [
    ['**/*migrat*/**/*.sql'],
    '^--[ \\t]*\\+(?:goose|migrate)[ \\t]+Down[^\\n]*\\n(?:[ \\t]*(?:--[^\\n]*)?\\n)*[ \\t]*(?!--)\\S',
  ],
];

/** Migration tools run in CI (not commented out). */
const MIGRATIONS_IN_CI = [
  '\\bmigrate\\b[^\\n]*\\b(?:up|down|apply|deploy)\\b',
  '\\bliquibase\\b',
  '\\bflyway\\b',
  'alembic[ \\t]+(?:upgrade|downgrade)',
  // Django's test runner builds its test database by running the migrations.
  'manage\\.py[ \\t]+(?:migrate|test)\\b',
  // A switch that makes the service or its tests run the migrations.
  '\\b(?:RUN_|AUTO_|DB_)?MIGRAT(?:E|IONS?)(?:_\\w+)?[ \\t]*[:=][ \\t]*["\']?(?:1|true|yes)\\b',
  '\\b(?:rails|rake)[ \\t]+db:(?:migrate|prepare|rollback)',
  'knex[ \\t]+migrate',
  'sequelize(?:-cli)?[ \\t]+db:migrate',
  'prisma[ \\t]+migrate',
  'drizzle-kit[ \\t]+(?:migrate|push)',
  'node-pg-migrate[ \\t]+(?:up|down)',
  'mikro-orm[ \\t]+migration:(?:up|down)',
  'db-migrate[ \\t]+(?:up|down)',
  'dotnet[ \\t]+ef[ \\t]+(?:database|migrations)',
  'atlas[ \\t]+migrate',
  '\\bgoose\\b[^\\n]*\\b(?:up|down)\\b',
  'sqlx[ \\t]+(?:migrate|(?:db|database)[ \\t]+(?:setup|reset))',
  'diesel[ \\t]+migration',
  'sea-orm-cli[ \\t]+migrate',
  'refinery[ \\t]+migrate',
  'typeorm[^\\n]*migration:run',
  'mix[ \\t]+ecto\\.(?:migrate|rollback|setup|reset)',
  'yoyo[ \\t]+(?:apply|rollback)',
  'flask[ \\t]+db[ \\t]+(?:upgrade|downgrade)',
  'aerich[ \\t]+(?:upgrade|downgrade)',
].join('|');

// ---------------------------------------------------------- disaster-recovery

/**
 * State besides a relational database: NoSQL datastores whose loss a
 * backup must cover. (A StatefulSet or volume in the manifests may be a
 * dependency's, such as a cache, and is not counted.)
 */
const STATE_RULE: Rule = described(
  'a NoSQL datastore client (DynamoDB, Firestore, Cosmos DB, Cassandra)',
  dependency([
    // DynamoDB
    '@aws-sdk/client-dynamodb',
    '@aws-sdk/lib-dynamodb',
    'github.com/aws/aws-sdk-go-v2/service/dynamodb',
    'software.amazon.awssdk:dynamodb*',
    'AWSSDK.DynamoDBv2',
    'pynamodb',
    'aws-sdk-dynamodb',
    // Firestore
    '@google-cloud/firestore',
    'cloud.google.com/go/firestore',
    'google-cloud-firestore',
    'Google.Cloud.Firestore',
    'com.google.cloud:google-cloud-firestore',
    // Cosmos DB
    '@azure/cosmos',
    'Microsoft.Azure.Cosmos',
    'azure-cosmos',
    'com.azure:azure-cosmos',
    'github.com/Azure/azure-sdk-for-go/sdk/data/azcosmos',
    // Cassandra / ScyllaDB
    'cassandra-driver',
    'github.com/gocql/gocql',
    'com.datastax.oss:java-driver-core',
    'CassandraCSharpDriver',
    'xandra',
  ]),
);

/** Circuit breakers and retry policies: the evidence of `resilience`. */
const RESILIENCE_RULE: Rule = described(
  'a circuit-breaker or retry library the service depends on directly, retry policies configured ' +
    'on its clients or job queues, or an Istio DestinationRule with outlierDetection or ' +
    'VirtualService with retries',
  anyOf(
    described(
      'a direct dependency on a circuit-breaker or retry library (resilience4j, spring-retry, opossum, cockatiel, p-retry, axios-retry, gobreaker, cenkalti/backoff, go-retryablehttp, Polly, tenacity, backoff, retriable, circuitbox, fuse, backon, …)',
      anyOf(
        dependency([
          // JVM
          'io.github.resilience4j:*',
          'org.springframework.retry:spring-retry',
          'com.netflix.hystrix:*',
          'org.springframework.cloud:spring-cloud-starter-netflix-hystrix',
          'org.springframework.cloud:spring-cloud-starter-circuitbreaker-*',
          'dev.failsafe:failsafe*',
          'net.jodah:failsafe',
          'io.smallrye:smallrye-fault-tolerance*',
          'io.quarkus:quarkus-smallrye-fault-tolerance',
          'org.eclipse.microprofile.fault-tolerance:*',
          'io.micronaut:micronaut-retry',
          'io.arrow-kt:arrow-resilience*',
          'com.github.rholder:guava-retrying',
          // Node.js
          'opossum',
          'cockatiel',
          'p-retry',
          'async-retry',
          'fetch-retry',
          'axios-retry',
          'promise-retry',
          'exponential-backoff',
          'mollitia',
          // Go
          'github.com/sony/gobreaker*',
          'github.com/afex/hystrix-go',
          'github.com/failsafe-go/failsafe-go*',
          'github.com/cenkalti/backoff*',
          'github.com/avast/retry-go*',
          'github.com/hashicorp/go-retryablehttp',
          'github.com/sethvargo/go-retry',
          'github.com/eapache/go-resiliency',
          'github.com/mercari/go-circuitbreaker',
          'github.com/gojek/heimdall*',
          // .NET
          'Polly*',
          'Microsoft.Extensions.Http.Resilience',
          'Microsoft.Extensions.Resilience',
          'Microsoft.Extensions.Http.Polly',
          'Steeltoe.CircuitBreaker*',
          // Python (and the npm/cargo packages of the same name)
          'pybreaker',
          'aiobreaker',
          'circuitbreaker',
          'tenacity',
          'backoff',
          'stamina',
          'retrying',
        ]),
        dependency(
          [
            'retriable',
            'circuitbox',
            'faraday-retry',
            'semian',
            'stoplight',
            'retryable',
          ],
          ['rubygems'],
        ),
        dependency(
          [
            'tokio-retry',
            'tokio-retry2',
            'backon',
            'failsafe',
            'reqwest-retry',
          ],
          ['cargo'],
        ),
        dependency(['fuse', 'external_service', 'retry'], ['hex']),
      ),
    ),
    described(
      'retry policies configured on clients (EF Core EnableRetryOnFailure, MassTransit UseMessageRetry, urllib3 Retry, Faraday or Tesla retry middleware, Spring retry settings)',
      CLIENT_RETRY_POLICIES,
    ),
    described(
      'job queues with retry or backoff settings (Sidekiq, Active Job retry_on, Celery autoretry_for, BullMQ attempts and backoff, Oban max_attempts)',
      JOB_QUEUE_RETRIES,
    ),
    described(
      'an Istio DestinationRule with outlierDetection, or a VirtualService with retries',
      anyOf(
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
        content(
          YAML_AND_TEMPLATES,
          '^kind:[ \\t]*["\']?VirtualService\\b(?:(?!^kind:)[\\s\\S])*?^[ \\t]+retries[ \\t]*:[ \\t]*\\n[ \\t]+attempts[ \\t]*:[ \\t]*[1-9]',
          { flags: 'im', exclude: TEST_AND_EXAMPLE_FOLDERS },
        ),
      ),
    ),
  ),
);

/** Contract tests: the evidence of `service-contracts`. */
const SERVICE_CONTRACTS_RULE: Rule = described(
  'contract tests: Pact (a dependency, pact files, the Pact Broker in CI), Spring Cloud Contract, ' +
    'contracts or consumer tests in a contracts folder, or Specmatic',
  anyOf(
    described(
      'a contract-testing dependency (Pact, Spring Cloud Contract, Specmatic)',
      dependency([
        ...CONTRACT_TESTING_DEPENDENCIES,
        'pact_elixir',
        'org.springframework.cloud.contract',
        'io.specmatic*:*',
        'in.specmatic:*',
        'specmatic',
      ]),
    ),
    described(
      'pact files or a Specmatic configuration',
      files(['pacts/', '*.pact.json', 'specmatic.{json,yaml,yml}']),
    ),
    // Contract tests in a contracts/ folder of the tests; in a repository
    // of Solidity smart contracts, contracts/ means something else.
    described(
      'contracts or contract tests in a contracts folder of the tests, or Spring Cloud Contract contracts',
      allOf(
        anyOf(
          files([
            '**/{test,tests,__tests__,spec,src/test}/**/contracts/**',
            '**/contracts/**/*{.test.,.spec.,_test.,Test.,Tests.,_spec.}*',
            '*{.,_,-}contract{.,_,-}{test,spec}.*',
            '*_contract_test.*',
          ]),
          files(
            [
              '**/*{Tests,Test,Specs,Spec}/**/Contracts/**',
              '*Contract{Test,Tests,Spec}.{java,kt,groovy,cs}',
            ],
            { caseSensitive: true },
          ),
          documents(['**/contracts/**/*.y*ml'], {
            topLevelKeys: ['request', 'outputMessage'],
          }),
          content(
            ['**/contracts/**/*.{groovy,kts}'],
            'Contract\\.make|\\bcontract\\s*\\{',
          ),
        ),
        not(files(['*.sol'])),
      ),
    ),
    described(
      'contract tests run in CI or the build (Pact Broker, can-i-deploy, Spring Cloud Contract, Specmatic)',
      content(
        [...BUILD_FILES, ...CI_FILES],
        `${NOT_COMMENTED}(?:spring-cloud-contract|org\\.springframework\\.cloud\\.contract|specmatic|pact-broker[ \\t]+(?:publish|can-i-deploy)|\\bcan-i-deploy\\b|pactflow)`,
        { flags: 'im' },
      ),
    ),
  ),
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
      'Micrometer Tracing, AWS X-Ray SDK, the Datadog tracer (`dd-trace`, `ddtrace`, Spandex), Elastic APM, ' +
      'the New Relic agent, Azure Monitor / Application Insights or a Honeycomb beeline as a dependency (or ' +
      'as a `-javaagent`, `opentelemetry-instrument` or `ddtrace-run`), auto-instrumentation injected by the ' +
      'OpenTelemetry Operator, the Datadog admission controller or the platform (NAIS ' +
      '`autoInstrumentation`), or an OpenTelemetry collector configuration. Metrics or error reporting ' +
      'alone (Prometheus clients, Sentry) and the Rust `tracing` crate feeding logs are not tracing; ' +
      'files under test or example folders do not count.',
    notApplicableWhen: isLibraryOrDocumentation,
    rule: described(
      'a tracing library (OpenTelemetry, OpenCensus, Jaeger, Zipkin, Micrometer Tracing, AWS X-Ray, ' +
        'Datadog, Elastic APM, New Relic, Application Insights, Honeycomb) in the manifests, a tracing ' +
        'agent attached at start-up, injected auto-instrumentation, or an OpenTelemetry collector configuration',
      anyOf(
        described(
          'a tracing library in the manifests (OpenTelemetry, OpenCensus, Jaeger, Zipkin, Micrometer Tracing, AWS X-Ray, Datadog, Elastic APM, New Relic, Application Insights, Honeycomb)',
          anyOf(
            dependency([
              // OpenTelemetry
              '@opentelemetry/*',
              'go.opentelemetry.io/*',
              'io.opentelemetry*:*',
              'software.amazon.opentelemetry:*',
              'opentelemetry*',
              'tracing-opentelemetry',
              '@vercel/otel',
              '@splunk/otel',
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
              'spandex*',
              // Elastic APM
              'elastic-apm-node',
              'elastic-apm',
              'go.elastic.co/apm*',
              'co.elastic.apm:*',
              'Elastic.Apm*',
              // New Relic
              'newrelic',
              'newrelic_rpm',
              'new_relic_agent',
              'github.com/newrelic/go-agent*',
              'com.newrelic.agent.java:*',
              'NewRelic.Agent*',
              // Azure Monitor / Application Insights
              'Azure.Monitor.OpenTelemetry*',
              'Microsoft.ApplicationInsights.AspNetCore',
              'Microsoft.ApplicationInsights.WorkerService',
              '@azure/monitor-opentelemetry',
              'applicationinsights',
              'azure-monitor-opentelemetry',
              'com.microsoft.azure:applicationinsights-*',
              // Google Cloud Trace
              '@google-cloud/trace-agent',
              // Honeycomb
              'honeycomb-beeline',
              '@honeycombio/*',
              'github.com/honeycombio/beeline-go*',
              'io.honeycomb*:*',
            ]),
            dependency(['datadog'], ['rubygems']),
          ),
        ),
        // OpenTelemetry collector configuration.
        described(
          'an OpenTelemetry collector configuration',
          anyOf(
            documents(YAML_FILES, {
              topLevelKeys: ['receivers'],
              has: ['exporters', 'service.pipelines'],
              exclude: [...HELM_TEMPLATE_FILES, ...TEST_AND_EXAMPLE_FOLDERS],
            }),
            files(['otel-collector*.y*ml', 'otelcol*.y*ml'], {
              exclude: TEST_AND_EXAMPLE_FOLDERS,
            }),
            kubernetesKinds(['OpenTelemetryCollector', 'Instrumentation']),
          ),
        ),
        // Tracing agents attached at start-up.
        described(
          'a tracing agent attached at start-up (a -javaagent, opentelemetry-instrument, ddtrace-run) or injected by the OpenTelemetry Operator or the Datadog admission controller',
          anyOf(
            content(
              [...DOCKERFILES, ...YAML_AND_TEMPLATES, ...BUILD_FILES],
              '-javaagent:[^\\s"\']*(?:opentelemetry|dd-java-agent|newrelic|elastic-apm|applicationinsights)|\\bopentelemetry-instrument\\b|\\bddtrace-run\\b',
              { exclude: TEST_AND_EXAMPLE_FOLDERS },
            ),
            content(
              YAML_AND_TEMPLATES,
              'instrumentation\\.opentelemetry\\.io/inject-(?:java|nodejs|python|dotnet|go|sdk)[\'"]?\\s*:\\s*(?!["\']?false\\b)["\']?\\w|admission\\.datadoghq\\.com/[\\w-]*lib\\.version' +
                // NAIS: observability.autoInstrumentation.enabled
                '|^[ \\t]+autoInstrumentation[ \\t]*:[ \\t]*\\n[ \\t]+enabled[ \\t]*:[ \\t]*true',
              { flags: 'im', exclude: TEST_AND_EXAMPLE_FOLDERS },
            ),
          ),
        ),
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
      'Hystrix, Failsafe, MicroProfile / SmallRye Fault Tolerance; opossum, cockatiel, p-retry, ' +
      'async-retry, fetch-retry, axios-retry; sony/gobreaker, hystrix-go, failsafe-go, cenkalti/backoff, ' +
      'avast/retry-go, hashicorp/go-retryablehttp; Polly, Microsoft.Extensions.Http.Resilience; ' +
      'pybreaker, tenacity, backoff, stamina; retriable, circuitbox, faraday-retry, Semian, Stoplight; ' +
      'fuse, external_service; backon, tokio-retry, reqwest-retry), retry policies configured on ' +
      'clients (EF Core `EnableRetryOnFailure`, MassTransit `UseMessageRetry`, urllib3 `Retry`, ' +
      'Faraday or Tesla retry middleware, ky/got `retry` options, Hangfire `AutomaticRetry`, Spring retry ' +
      'settings), job queues with retry/backoff settings (Sidekiq, Active Job `retry_on`, Celery ' +
      '`autoretry_for`, BullMQ attempts and backoff, Oban `max_attempts`), or an Istio `DestinationRule` ' +
      'with `outlierDetection` or a `VirtualService` with `retries`. A version pinned only as a ' +
      'transitive dependency (e.g. a Go `// indirect` requirement), and a commented-out `retry_on`, do ' +
      'not count. Not applicable when the component has no outgoing dependency (no `dependsOn` / ' +
      '`consumesApi`).',
    notApplicableWhen: allOf(
      not(relation('dependsOn')),
      not(relation('consumesApi')),
    ),
    rule: RESILIENCE_RULE,
  },
  {
    id: 'service-contracts',
    title: 'Service contracts are tested',
    phase: PHASE.operationalMaturity,
    required: true,
    why: 'Without contract tests, a provider change breaks its consumers in production rather than in CI.',
    howToPass:
      'Consumer-driven contract tests: a Pact dependency (pact-js, pact-jvm, pact-python, pact-go, ' +
      'PactNet, the `pact` gem, pact_consumer) or `pacts/`, the Pact Broker in CI (`pact-broker publish`, ' +
      '`can-i-deploy`), Spring Cloud Contract, contracts or consumer tests in a `contracts/` folder ' +
      '(Spring Cloud Contract DSL, Pact tests), or Specmatic. A `contracts/` folder of something else ' +
      '(Solidity smart contracts) does not count. Not applicable when the component neither consumes ' +
      'nor provides an API.',
    notApplicableWhen: allOf(
      not(relation('consumesApi')),
      not(relation('providesApi')),
    ),
    rule: SERVICE_CONTRACTS_RULE,
  },
  {
    id: 'migration-safety',
    title: 'Database migrations are reversible and tested',
    phase: PHASE.operationalMaturity,
    required: true,
    why: 'A migration that cannot be rolled back or was never run before production turns a bad deploy into data loss.',
    howToPass:
      'Down/rollback migrations that undo something: `*.down.sql` with a statement, a goose or ' +
      'sql-migrate `Down` section with a statement, Flyway undo `U*__*.sql`, Liquibase `rollback`, a ' +
      '`down` / `downgrade` function with a body (Alembic, knex, Sequelize, TypeORM, MikroORM, Rails, ' +
      'Ecto, EF Core `Down`, FluentMigrator, SeaORM, goose Go migrations), Rails or Ecto `change` ' +
      'migrations (reversed by the framework); or migrations run in CI (migrate, Liquibase, Flyway, ' +
      'Alembic, `manage.py migrate` or `manage.py test`, `db:migrate`, `prisma migrate`, `drizzle-kit ' +
      'migrate`, `dotnet ef`, `mix ecto.migrate` or a `mix test` alias that migrates, `diesel migration`, ' +
      '`sqlx migrate`, a `RUN_MIGRATIONS` switch, ...), or migrations tested (tests of the migrations, ' +
      'Flyway or Liquibase applied to a Testcontainers database). ' +
      'An empty down migration, `pass`, or a `down` that raises an irreversible-migration error does not ' +
      'count. Not applicable without a database.',
    notApplicableWhen: noDatabaseRule,
    rule: described(
      'down or rollback migrations that undo something, or migrations run in CI',
      anyOf(
        described(
          'down migrations with a statement (*.down.sql, Flyway undo U*__*.sql)',
          anyOf(
            content(
              [
                '*.down.sql',
                '*_down.sql',
                '*-down.sql',
                'down.sql',
                '*.rollback.sql',
              ],
              SQL_STATEMENT,
              { flags: 'im', exclude: TEST_AND_EXAMPLE_FOLDERS },
            ),
            content(['U*__*.sql'], SQL_STATEMENT, {
              flags: 'im',
              caseSensitive: true,
              exclude: TEST_AND_EXAMPLE_FOLDERS,
            }),
          ),
        ),
        described(
          'down or downgrade functions with a body, or Rails and Ecto change migrations',
          anyOf(
            ...DOWN_FUNCTIONS.map(([globs, pattern]) =>
              content(globs, pattern, {
                flags: 'm',
                exclude: TEST_AND_EXAMPLE_FOLDERS,
              }),
            ),
          ),
        ),
        described(
          'Liquibase rollback',
          content(
            LIQUIBASE_CHANGELOGS,
            '^[ \\t]*(?:-[ \\t]*)?rollback[ \\t]*:|<rollback\\b|^--[ \\t]*rollback\\b',
            {
              flags: 'im',
              exclude: [...TEST_AND_EXAMPLE_FOLDERS, ...NOT_CHANGELOGS],
            },
          ),
        ),
        described(
          'migrations run in CI',
          anyOf(
            content(CI_FILES, `${NOT_COMMENTED}(?:${MIGRATIONS_IN_CI})`, {
              flags: 'im',
            }),
            // Phoenix projects migrate in their `mix test` alias.
            allOf(
              content(['mix.exs'], '\\btest:\\s*\\[[^\\]]*ecto\\.migrate'),
              content(CI_FILES, `${NOT_COMMENTED}\\bmix[ \\t]+test\\b`, {
                flags: 'im',
              }),
            ),
          ),
        ),
        described(
          'migrations tested: tests of the migrations, or Flyway or Liquibase applied to a Testcontainers database in the tests',
          anyOf(
            files(
              [
                '*Migration{Test,Tests,IT}.{java,kt,cs}',
                '*Migrations{Test,Tests,IT}.{java,kt,cs}',
              ],
              { caseSensitive: true },
            ),
            files([
              '*migration{s,}{_test.go,_test.py,_spec.rb,_test.rb,_test.exs,.test.*,.spec.*}',
              'test_*migration{s,}.py',
            ]),
            allOf(
              dependency([
                'org.flywaydb:flyway-*',
                'org.liquibase:liquibase-core',
              ]),
              dependency([
                'org.testcontainers:postgresql',
                'org.testcontainers:mysql',
                'org.testcontainers:mariadb',
                'org.testcontainers:mssqlserver',
                'org.testcontainers:oracle-xe',
                'org.testcontainers:testcontainers-postgresql',
                'org.testcontainers:testcontainers-mysql',
                'org.springframework.boot:spring-boot-testcontainers',
              ]),
            ),
          ),
        ),
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
      'Automated backups or a recovery plan: a Velero `Schedule` (or k8up, Stash), a CloudNativePG ' +
      '`ScheduledBackup` or barman backup, a Zalando or Crunchy operator backup, `aws_backup_plan`, a ' +
      '`google_sql_database_instance` backup configuration, an RDS or Azure backup retention period, ' +
      'point-in-time recovery (or another managed-database backup in IaC or CloudFormation), a backup ' +
      'CronJob or a backup job in the application’s scheduler (Solid Queue, whenever, sidekiq-cron, Oban, ' +
      'Celery beat), a backup or restore workflow in CI, or a disaster-recovery or backup-and-restore ' +
      'document (`docs/**/disaster-recovery*`, `docs/**/backup*`, `DR.md`, `DR-*.md`; not `DRAFT.md`). ' +
      'Not applicable to components without a database and without state (no NoSQL datastore client).',
    notApplicableWhen: allOf(noDatabaseRule, not(STATE_RULE)),
    rule: described(
      'automated backups (Velero, k8up, database operator backups, backup plans or retention in ' +
        'infrastructure as code, a backup CronJob) or a disaster-recovery document in docs/',
      anyOf(
        described(
          'a Kubernetes backup schedule (Velero, k8up, Stash, CloudNativePG, Zalando or Crunchy Postgres operators)',
          anyOf(
            content(
              YAML_AND_TEMPLATES,
              '^apiVersion:[ \\t]*["\']?(?:velero\\.io|k8up\\.io|stash\\.appscode\\.com)/',
              { flags: 'im', exclude: TEST_AND_EXAMPLE_FOLDERS },
            ),
            kubernetesKinds(['ScheduledBackup']),
            content(
              YAML_AND_TEMPLATES,
              '^[ \\t]+barmanObjectStore[ \\t]*:|^[ \\t]+enableLogicalBackup[ \\t]*:[ \\t]*true|^kind:[ \\t]*PostgresCluster\\b[\\s\\S]*?^[ \\t]+pgbackrest[ \\t]*:',
              { flags: 'im', exclude: TEST_AND_EXAMPLE_FOLDERS },
            ),
          ),
        ),
        described(
          'backups in infrastructure as code (aws_backup_plan, a database backup configuration or retention period, point-in-time recovery)',
          anyOf(
            content(
              TERRAFORM_FILES,
              'aws_backup_plan|aws_backup_selection|backup_configuration\\s*\\{|backup_retention_(?:period|days)\\s*=\\s*[1-9]|point_in_time_recovery|enable_backup\\w*\\s*=\\s*true|geo_redundant_backup_enabled\\s*=\\s*true|azurerm_backup_|azurerm_recovery_services_vault|azurerm_data_protection_backup_|google_backup_dr|mongodbatlas_cloud_backup_schedule|automated_backup_policy',
              { exclude: TEST_AND_EXAMPLE_FOLDERS },
            ),
            content(
              [...YAML_FILES, '*.template', '*template*.json'],
              'AWS::Backup::BackupPlan|BackupRetentionPeriod["\']?\\s*:\\s*["\']?[1-9]|PointInTimeRecoveryEnabled["\']?\\s*:\\s*true',
              { exclude: TEST_AND_EXAMPLE_FOLDERS },
            ),
          ),
        ),
        // A CronJob that takes backups.
        described(
          'a backup CronJob',
          content(
            YAML_AND_TEMPLATES,
            '^kind:[ \\t]*["\']?CronJob\\b[\\s\\S]*?\\b(?:backups?|pg_dump|pg_dumpall|pg_basebackup|mysqldump|mongodump|wal-g|pgbackrest|restic)\\b' +
              '|\\b(?:backups?|pg_dump|mysqldump|mongodump)\\b[\\s\\S]*?^kind:[ \\t]*["\']?CronJob\\b',
            { flags: 'im', exclude: TEST_AND_EXAMPLE_FOLDERS },
          ),
        ),
        described(
          'a backup job scheduled by the application (Solid Queue recurring tasks, whenever, sidekiq-cron, Oban cron, Celery beat), or a backup or restore workflow in CI',
          anyOf(
            content(
              [
                'config/recurring.y*ml',
                'config/schedule.rb',
                'config/sidekiq*.y*ml',
                '*celery*.py',
              ],
              '^(?![ \\t]*#)[^\\n]*?\\b(?:\\w*backups?\\w*|restic\\w*|pg_dump|mysqldump|mongodump|wal-g|pgbackrest)\\b',
              { flags: 'im', exclude: TEST_AND_EXAMPLE_FOLDERS },
            ),
            content(
              ['config/*.exs'],
              '\\bcrontab:[\\s\\S]{0,3000}?\\b\\w*(?:Backup|Restic)\\w*\\b',
              { exclude: TEST_AND_EXAMPLE_FOLDERS },
            ),
            files([
              '.github/workflows/*{backup,restore,recover,disaster}*.y*ml',
            ]),
          ),
        ),
        described(
          'a disaster-recovery or backup-and-restore document (docs/**/disaster-recovery*, docs/**/backup*, DR.md, DR-*.md)',
          anyOf(
            files([
              `**/docs/**/*{disaster-recovery,disaster_recovery,backup,restore}*.${DOC_EXTENSIONS}`,
              '**/docs/**/{disaster-recovery,disaster_recovery,backup-and-restore,backup-restore,backups}/**',
            ]),
            // DR.md and DR-plan.md, not DRAFT.md.
            files([`DR{,[-_]*}.${DOC_EXTENSIONS}`], { caseSensitive: true }),
          ),
        ),
      ),
    ),
  },
  {
    id: 'graceful-shutdown',
    title: 'Graceful shutdown is implemented and its timeouts agree',
    phase: PHASE.operationalMaturity,
    required: true,
    why: 'Without graceful shutdown, every deploy or scale-down drops in-flight requests; mismatched timeouts kill the process mid-drain.',
    howToPass:
      'SIGTERM/SIGINT handling in the source that stops serving: Go `signal.Notify` / ' +
      '`signal.NotifyContext` with SIGTERM or `os.Interrupt` and a server `Shutdown` / `GracefulStop`; ' +
      "Node.js `process.on('SIGTERM')` or `process.once('SIGINT')` closing the server (or NestJS " +
      '`enableShutdownHooks`, terminus, http-terminator, lightship); Spring `server.shutdown=graceful`; a ' +
      'FastAPI/Starlette `lifespan` whose shutdown branch closes resources; `IHostApplicationLifetime`; ' +
      'a JVM shutdown hook that stops the server; a Rust `with_graceful_shutdown` on a signal; ' +
      "Ruby `trap('TERM')`; Elixir `System.trap_signal`; uvicorn or gunicorn run with a graceful-shutdown " +
      'timeout; Quarkus `quarkus.shutdown.timeout`; Jetty `setStopAtShutdown(true)`. Or a framework that ' +
      'drains on SIGTERM by default: Spring Boot 3.4+ with an embedded web server, the ASP.NET Core or ' +
      '.NET generic host, Puma, Sidekiq, an Erlang/OTP application or release, actix-web, Rocket 0.5, ' +
      'Kratos. A SIGHUP-only handler, an ignored SIGTERM, a handler that only exits, a lifespan that only ' +
      'yields, or uWSGI `die-on-term` alone does not drain. Fails when a ' +
      'manifest’s `terminationGracePeriodSeconds` is smaller than its `preStop` sleep plus the ' +
      'application’s shutdown timeout, where both are readable.',
    notApplicableWhen: isLibraryOrDocumentation,
    // The Kubernetes inspection is false only when readable timeouts
    // disagree; with nothing to compare it leaves the verdict to the source.
    // The rule carries no description of its own, so that a failing check
    // names the disagreeing timeouts.
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
      'or a `ResourceQuota` / `LimitRange`; where the service is not deployed with Kubernetes manifests, ' +
      'the sizing of its deployment target: Kubernetes resources in Terraform, an ECS task definition ' +
      'with `cpu` and `memory`, a Nomad job with `resources`, a Cloud Run / Knative or NAIS application ' +
      'with `resources.limits`, or a Fly.io `[[vm]]` size. Not applicable when there are no Kubernetes ' +
      'manifests and no infrastructure as code.',
    notApplicableWhen: allOf(not(iacRule), not(kubernetesWorkloadsRule)),
    // No description on the rule itself: a failing check names the
    // containers that lack limits or requests.
    rule: anyOf(
      { kubernetes: { check: 'resources' } },
      described(
        'a ResourceQuota or LimitRange',
        kubernetesKinds(['ResourceQuota', 'LimitRange']),
      ),
      described(
        'resource sizing in infrastructure as code (Kubernetes resources in Terraform, an ECS task definition with cpu and memory, a Nomad job with resources)',
        anyOf(
          content(
            TERRAFORM_FILES,
            'resources\\s*\\{(?=[\\s\\S]{0,600}?\\blimits\\s*=?\\s*\\{)(?=[\\s\\S]{0,600}?\\brequests\\s*=?\\s*\\{)' +
              '|resource\\s+"aws_ecs_task_definition"(?=[\\s\\S]{0,3000}?\\bcpu\\s*=)(?=[\\s\\S]{0,3000}?\\bmemory\\s*=)',
            { exclude: TEST_AND_EXAMPLE_FOLDERS },
          ),
          content(
            ['*.nomad', '*.nomad.hcl'],
            'resources\\s*\\{[^}]*\\bmemory\\s*=',
            { exclude: TEST_AND_EXAMPLE_FOLDERS },
          ),
        ),
      ),
      described(
        'the size of a platform application (resources.limits of a Cloud Run, Knative or NAIS application) or of a Fly.io machine ([[vm]])',
        anyOf(
          content(
            YAML_FILES,
            '^apiVersion:[ \\t]*["\']?(?:serving\\.knative\\.dev|nais\\.io)/[\\s\\S]*?^[ \\t]+resources[ \\t]*:[ \\t]*\\n(?:[ \\t]+[^\\n]*\\n){0,6}?[ \\t]+limits[ \\t]*:',
            { flags: 'im', exclude: TEST_AND_EXAMPLE_FOLDERS },
          ),
          content(
            ['fly.toml'],
            '^\\[\\[vm\\]\\][\\s\\S]{0,300}?^[ \\t]*(?:memory|memory_mb|cpus|size)[ \\t]*=',
            { flags: 'im' },
          ),
        ),
      ),
    ),
  },
];
