import type {
  CheckDefinition,
  Rule,
} from '@backstage-maturity/plugin-maturity-common';
import {
  allOf,
  annotation,
  anyOf,
  BUILD_FILES,
  CI_AND_TASK_FILES,
  CI_FILES,
  COMPOSE_FILES,
  content,
  CONTRACT_TESTING_DEPENDENCIES,
  dependency,
  DOC_EXTENSIONS,
  files,
  isLibraryOrDocumentation,
  kubernetesKinds,
  noDatabaseRule,
  not,
  SPRING_CONFIG_FILES,
  TERRAFORM_FILES,
  TEST_AND_EXAMPLE_FOLDERS,
  TEST_SOURCES,
  YAML_FILES,
} from './common';
import { apiContractRule } from './foundation';
import { PHASE } from '@backstage-maturity/plugin-maturity-common';
import { unitTestFilesRule } from './walkingSkeleton';

/** The same rule, saying in plain words what it looks for. */
function described<T extends Rule>(description: string, rule: T): T {
  return { ...rule, description };
}

/**
 * A line that is not a comment (`#` in YAML, shell and Make, `//` in
 * Groovy, `<!--` in XML): put before a pattern read with the `m` flag, so
 * that a commented-out step does not count.
 */
const NOT_COMMENTED = String.raw`^(?![ \t]*(?:#|//|<!--))[^\n]*?`;

// ------------------------------------------------------------- test-levels

/**
 * CI jobs or steps named e2e / end-to-end / integration / acceptance (job
 * keys, step names, GitLab stages, Jenkins stages), and test commands that
 * select such tests (`go test -tags=integration`, `mix test --include
 * integration`, `pytest -m e2e`, `newman run`). "Continuous integration"
 * is not an integration test.
 */
const CI_TEST_LEVEL_JOB = [
  '^[ \\t]*(?:-[ \\t]*)?name[ \\t]*:[^\\n]*?(?:\\be2e\\b|end[- ]to[- ]end|(?<!continuous[ _-]?)\\bintegration\\b|\\bacceptance\\b)',
  '^[ \\t]*(?![\\w-]*continuous[-_]integration)[\\w-]*(?:e2e|integration|acceptance)[\\w-]*[ \\t]*:[ \\t]*$',
  '^[ \\t]*stage[ \\t]*:[ \\t]*["\']?[\\w-]*(?:e2e|integration|acceptance)',
  'stage[ \\t]*\\([ \\t]*[\'"][^\'"\\n]*(?:e2e|end[- ]to[- ]end|integration|acceptance)',
  '^(?![ \\t]*#)[^\\n]*?(?:--include|-tags|--tags|-m|--group|--profile|-P)[ \\t=]["\']?@?(?:integration|e2e|acceptance)\\b',
  '^(?![ \\t]*#)[^\\n]*?\\bnewman[ \\t]+run\\b',
].join('|');

/** Extensions of test sources (a folder of tests holds some). */
const TEST_SOURCE_EXTENSIONS =
  '{go,js,jsx,ts,tsx,mjs,cjs,mts,cts,py,java,kt,scala,groovy,cs,fs,vb,rb,ex,exs,rs,php,feature,robot,sh,bats}';

/** Endings of test files in the ecosystems the checklist knows. */
const TEST_FILE_ENDINGS =
  '{_test.go,.test.*,.spec.*,-spec.*,_test.py,_spec.rb,_test.rb,_test.exs,.cy.*}';

/** Test class names of the JVM and .NET (PascalCase, read case-sensitively). */
const TEST_CLASS_ENDINGS =
  '{Test,Tests,IT,Spec,Specs}.{java,kt,groovy,scala,cs,fs}';

/**
 * Integration-test evidence of `test-levels`.
 *
 * @public
 */
export const integrationTestRule: Rule = described(
  'integration tests: Testcontainers, LocalStack, dockertest, a compose file for tests, ' +
    'ASP.NET Core WebApplicationFactory, REST Assured, Supertest, Cucumber or another ' +
    'acceptance-test tool, test files or test folders named integration or acceptance, ' +
    '*IT.java, Rails request or system specs, or Rust integration tests in tests/',
  anyOf(
    described(
      'an integration-test library (Testcontainers, LocalStack, dockertest, WebApplicationFactory, REST Assured, Supertest, Cucumber, …)',
      dependency([
        // Containers for tests, in every ecosystem.
        'testcontainers*',
        '@testcontainers/*',
        'org.testcontainers:*',
        'github.com/testcontainers/*',
        'org.springframework.boot:spring-boot-testcontainers',
        'github.com/ory/dockertest*',
        'pytest-docker*',
        'localstack*',
        'cloud.localstack:*',
        // In-process HTTP integration tests.
        'Microsoft.AspNetCore.Mvc.Testing',
        'Alba',
        'io.rest-assured:*',
        'supertest',
        // Acceptance tests (Cucumber / Gherkin and friends).
        '@cucumber/cucumber',
        'io.cucumber:*',
        'cucumber',
        'cucumber-rails',
        'github.com/cucumber/godog',
        'behave',
        'pytest-bdd',
        'Reqnroll*',
        'SpecFlow*',
        'white_bread',
        'tavern',
      ]),
    ),
    content([...COMPOSE_FILES, ...CI_AND_TASK_FILES], '\\blocalstack\\b'),
    files([
      'docker-compose.{test,tests,it,integration,e2e}*',
      'compose.{test,tests,it,integration,e2e}*',
    ]),
    // Test sources in test folders named *integration* or *acceptance*, or
    // test files so named. A code folder named `integrations/` is not a
    // test folder, `test_integrations.py` tests integrations, and a
    // folder that holds only a `.keep` holds no tests.
    described(
      'test files or test folders named integration or acceptance',
      anyOf(
        files([
          `**/{test,tests,__tests__,spec,src/test}/**/{integration,acceptance}{,[-_.]*}/**/*.${TEST_SOURCE_EXTENSIONS}`,
          `**/{integration,acceptance}{,[-_]test,[-_]tests,[-_]spec,[-_]specs}/**/*.${TEST_SOURCE_EXTENSIONS}`,
          `**/{test,tests,spec}[-_.]{integration,acceptance}/**/*.${TEST_SOURCE_EXTENSIONS}`,
          `**/src/{it,integrationTest,integration-test,acceptanceTest}/**/*.${TEST_SOURCE_EXTENSIONS}`,
          `*[-_.]{integration,acceptance}${TEST_FILE_ENDINGS}`,
          `*[-_.]{integration,acceptance}[-_.]*${TEST_FILE_ENDINGS}`,
          `{integration,acceptance}${TEST_FILE_ENDINGS}`,
          `{integration,acceptance}[-_.]*${TEST_FILE_ENDINGS}`,
          'test_{integration,acceptance}.py',
          'test_{integration,acceptance}_*.py',
          // Gherkin features are acceptance tests.
          '**/features/**/*.feature',
          // Rails request and system specs, Rails system tests.
          '**/spec/{requests,request,system,features,integration}/**/*_spec.rb',
          '**/test/system/**/*_test.rb',
          // Rust: every file of a crate's tests/ is an integration test.
          '**/tests/*.rs',
        ]),
        // .NET and JVM names: Orders.IntegrationTests/, OrdersIntegrationTest.java.
        files(
          [
            '**/*{Integration,Acceptance}{Test,Tests,Spec,Specs}/**/*.{cs,fs,vb,java,kt,groovy,scala}',
            '**/*.{Integration,Acceptance}.{Test,Tests}/**/*.{cs,fs,vb}',
            `**/{Integration,Acceptance}/**/*${TEST_CLASS_ENDINGS}`,
            `*{Integration,Acceptance}${TEST_CLASS_ENDINGS}`,
            '*IT.{java,kt}',
            '*ITCase.java',
          ],
          { caseSensitive: true },
        ),
      ),
    ),
  ),
);

/**
 * End-to-end-test evidence of `test-levels`.
 *
 * @public
 */
export const endToEndTestRule: Rule = described(
  'end-to-end tests: Playwright, Cypress, Selenium, WebdriverIO, Karate, Newman or Postman ' +
    'collections, Capybara, Wallaby, or test files or folders named e2e',
  anyOf(
    described(
      'an end-to-end test tool (Playwright, Cypress, Selenium, WebdriverIO, Karate, Newman, Capybara, Wallaby, …)',
      dependency([
        'playwright',
        '@playwright/test',
        'pytest-playwright',
        'Microsoft.Playwright*',
        'com.microsoft.playwright:*',
        'cypress',
        'com.intuit.karate:*',
        'io.karatelabs:*',
        'newman',
        'selenium*',
        'org.seleniumhq.selenium:*',
        'com.codeborne:selenide',
        'webdriverio',
        '@wdio/*',
        'nightwatch',
        'testcafe',
        'capybara',
        'cuprite',
        'wallaby',
        'hound',
        'fantoccini',
        'thirtyfour',
      ]),
    ),
    described(
      'an end-to-end test configuration, a Postman collection, or test files or folders named e2e',
      files([
        'playwright.config.*',
        'cypress.config.*',
        'cypress.json',
        'cypress/',
        'karate-config.js',
        '*.cy.{js,jsx,ts,tsx}',
        '*.postman_collection.json',
        '*postman*collection*.json',
        // Test files or folders named e2e (not e2ee, end-to-end encryption).
        `*[-_.]e2e${TEST_FILE_ENDINGS}`,
        `*[-_.]e2e[-_.]*${TEST_FILE_ENDINGS}`,
        `e2e${TEST_FILE_ENDINGS}`,
        `e2e[-_.]*${TEST_FILE_ENDINGS}`,
        'test_e2e{,_*}.py',
        `**/{e2e,e2e-tests,e2e_tests,e2e-test,e2e_test,e2etests,e2e-specs}/**/*.${TEST_SOURCE_EXTENSIONS}`,
        `**/*[-_.]e2e/**/*.${TEST_SOURCE_EXTENSIONS}`,
        '*E2E{Test,Tests,T}.{java,kt,cs}',
      ]),
    ),
  ),
);

/**
 * Paths of the tests of other levels: what `test-levels` does not count as
 * the unit level, so that integration tests alone are one level, not two.
 */
const NOT_UNIT_TESTS = [
  // Both spellings: a rule that reads names case-sensitively (.NET test
  // classes) reads its exclusions so too.
  '**/*{integration,acceptance,e2e,Integration,Acceptance,E2E}*/**',
  '*{integration,acceptance,e2e,Integration,Acceptance,E2E}*',
  '**/src/it/**',
  '**/spec/{requests,request,system,features}/**',
  '**/test/system/**',
  '**/cypress/**',
  '**/tests/**/*.rs',
  '*IT.{java,kt}',
  '*ITCase.java',
  '*.cy.*',
];

/**
 * The rule with `exclude` globs added to every file, content and document
 * rule in it: the same evidence, from fewer paths.
 */
function excluding(rule: Rule, globs: string[]): Rule {
  if ('all' in rule) {
    return { ...rule, all: rule.all.map(r => excluding(r, globs)) };
  }
  if ('any' in rule) {
    return { ...rule, any: rule.any.map(r => excluding(r, globs)) };
  }
  if ('not' in rule) return { ...rule, not: excluding(rule.not, globs) };
  if ('files' in rule) {
    return { ...rule, exclude: [...(rule.exclude ?? []), ...globs] };
  }
  if ('content' in rule) {
    return {
      ...rule,
      content: {
        ...rule.content,
        exclude: [...(rule.content.exclude ?? []), ...globs],
      },
    };
  }
  if ('document' in rule) {
    return {
      ...rule,
      document: {
        ...rule.document,
        exclude: [...(rule.document.exclude ?? []), ...globs],
      },
    };
  }
  return rule;
}

// ----------------------------------------------------------- config-per-env

/**
 * Runtime environments, as a glob: a name followed by nothing or by a
 * separator (`prod`, `prod-eu`, `production.local`). `test`, `ci` and
 * `local` are not environments.
 */
const ENVIRONMENT =
  '{dev,develop,development,int,qa,uat,stage,staging,preprod,pre-prod,preproduction,prod,production,live,sandbox,demo,perf,nonprod}{,[-_.]*}';

/** A file named exactly for an environment (`prod.yaml`, not `prod-db.yaml`). */
const ENVIRONMENT_NAME =
  '{dev,develop,development,int,qa,uat,stage,staging,preprod,pre-prod,preproduction,prod,production,live,sandbox,demo,perf,nonprod}';

/** The same environments, as a regular expression. */
const ENVIRONMENT_PATTERN =
  '(?:dev|develop|development|int|qa|uat|stage|staging|preprod|pre-prod|preproduction|prod|production|live|sandbox|demo|perf|nonprod)\\b';

/** Variants named for tests, CI or a developer's machine: not environments. */
const NOT_ENVIRONMENTS =
  '{test,tests,testing,ci,local,e2e,it,example,sample,kind,minikube}';

/** Folders of a documentation site, whose `config/production` is the site's. */
const DOCS_SITE_FOLDERS = [
  '**/docs/**',
  '**/doc/**',
  '**/website/**',
  '**/site/**',
  '**/documentation/**',
];

/** Libraries that read the settings of a service from environment variables. */
const ENV_SETTINGS_LIBRARIES = [
  // Go
  'github.com/kelseyhightower/envconfig',
  'github.com/caarlos0/env*',
  'github.com/sethvargo/go-envconfig',
  'github.com/ilyakaznacheev/cleanenv',
  'github.com/vrischmann/envconfig',
  // Node.js
  'envalid',
  'env-var',
  'env-schema',
  'znv',
  '@t3-oss/env-*',
  // Python
  'pydantic-settings',
  'environs',
  'python-decouple',
  'django-environ',
  // Ruby
  'anyway_config',
  'envied',
  // Rust
  'envy',
  'envconfig',
  // Elixir
  'vapor',
];

/** Source files where a service reads its settings. */
const CONFIG_SOURCE_EXTENSIONS =
  '{go,rs,py,js,mjs,cjs,ts,mts,rb,ex,exs,cs,java,kt}';

/** Reading an environment variable, in the ecosystems the checklist knows. */
const ENV_READS =
  'os\\.(?:Getenv|LookupEnv|getenv|environ)\\b|process\\.env\\b|std::env::var|\\benv::var\\(|#\\[(?:arg|clap)\\([^)\\n]*\\benv\\b|\\bENV(?:\\.fetch|\\[)|System\\.(?:get_env|fetch_env|getenv)\\b|Environment\\.GetEnvironmentVariable';

/**
 * Heading of a document section that lists environment variables (a
 * heading, then an UPPER_CASE name within the next lines).
 */
const ENV_VARIABLES_SECTION =
  '^#{1,6}[ \\t]+[^\\n]*(?:[Ee]nvironment[ \\t]+[Vv]ariables|[Ee]nv[ \\t]+[Vv]ars|[Cc]onfiguration)[^\\n]*\\n(?:[^\\n]*\\n){0,12}?[^\\n]*\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b';

// ------------------------------------------------------- security-scanning

/** Security scanners, named in CI, task runners, hooks or build files. */
const SECURITY_SCANNERS = [
  '\\b(?:codeql|semgrep|snyk|gosec|govulncheck|nancy[ \\t]+sleuth|trivy|grype|dependency-?check|osv-scanner',
  '|dependency-review|zaproxy|bandit|brakeman|bundler?-audit|bundle[ \\t]+(?:exec[ \\t]+)?audit|checkmarx|gitleaks|trufflehog',
  '|checkov|tfsec|kics|zizmor|pip-audit|safety[ \\t]+(?:check|scan)|cargo[- ](?:audit|deny)',
  '|mix[ \\t]+(?:hex\\.audit|deps\\.audit|sobelow)|mix_audit|sobelow|find-?sec-?bugs|audit-ci|better-npm-audit',
  '|docker[ \\t]+scout[ \\t]+(?:cves|quickview)|whitesource|veracode|synopsys-detect|blackduck|anchore',
  '|AdvancedSecurity-(?:Codeql|Dependency-Scanning))\\b',
  '|\\b(?:npm|pnpm|bun|yarn(?:[ \\t]+npm)?)[ \\t]+audit\\b|owasp[/ _-]zap|\\bzap-(?:baseline|full-scan|api-scan)',
  '|\\bsonar:sonar\\b|sonar-scanner|sonarqube|sonarcloud|SonarSource',
  '|dotnet[ \\t]+list[ \\t]+(?:\\S+[ \\t]+)?package[ \\t]+[^\\n]*--vulnerable',
  '|\\b(?:Security|Jobs)/(?:SAST|SAST-IaC|Dependency-Scanning|Secret-Detection|Container-Scanning|DAST)\\b',
].join('');

// -------------------------------------------------------------- db-migrations

/** Source files whose name ends in `migrations`: versioned migrations in code. */
const MIGRATIONS_IN_CODE =
  '*migrations.{go,js,mjs,cjs,ts,mts,py,rb,java,kt,cs,rs,ex,exs}';

/** Liquibase changelogs, wherever they live. */
export const LIQUIBASE_CHANGELOGS = [
  '*changelog*.{xml,yaml,yml,json,sql}',
  '**/db/**/*.{xml,yaml,yml,json,sql}',
  '**/liquibase/**/*.{xml,yaml,yml,json,sql}',
];

/** Database dumps and seed data: never a changelog, and often too large to read. */
export const NOT_CHANGELOGS = ['*dump*', '*seed*'];

/** Numbered documents (an upgrade guide) are not database migrations. */
const NOT_MIGRATIONS = [
  ...TEST_AND_EXAMPLE_FOLDERS,
  ...DOCS_SITE_FOLDERS,
  `*.${DOC_EXTENSIONS}`,
  '*.{txt,html,png,svg}',
];

// ----------------------------------------------------- monitoring-alerting

/** A dashboard panel that queries metrics: PromQL/LogQL, or a metrics datasource. */
const DASHBOARD_METRICS =
  '(?:"expr"\\s*:\\s*"[^"]|"(?:type|datasource)"\\s*:\\s*"(?:prometheus|loki|tempo|mimir|victoriametrics[\\w-]*|cloudwatch|stackdriver|grafana-azure-monitor-datasource|datadog|elasticsearch|graphite)"|"uid"\\s*:\\s*"\\$\\{?DS_PROMETHEUS)';

/**
 * Phase 3: it is safe to put in front of users.
 *
 * @public
 */
export const productionReadyChecks: CheckDefinition[] = [
  {
    id: 'monitoring-alerting',
    title: 'Monitoring and alerting',
    phase: PHASE.productionReady,
    required: true,
    why: 'Without monitoring and alerts, users find the outage before the team does.',
    howToPass:
      'An annotation of a monitoring or on-call tool on the entity (`datadoghq.com/*`, `newrelic.com/*`, ' +
      '`grafana/*`, `prometheus.io/*`, `pagerduty.com/*`, `opsgenie.com/*`, `dynatrace.com/*`, `splunk.com/*`), ' +
      'or alerting in the repository: a `PrometheusRule` or Prometheus alerting rules, Alertmanager ' +
      'configuration, a Grafana dashboard JSON of the service’s metrics (panels querying Prometheus, Loki ' +
      'or a cloud monitoring datasource; a dashboard of business data from a SQL datasource does not ' +
      'count), a `DatadogMonitor`, or monitors in IaC (`datadog_monitor`, `newrelic_alert_*`, CloudWatch ' +
      '/ Cloud Monitoring / Azure Monitor alerts). Files under test, fixture or example folders do not count.',
    notApplicableWhen: isLibraryOrDocumentation,
    rule: described(
      'an annotation of a monitoring or on-call tool (Datadog, New Relic, Grafana, Prometheus, PagerDuty, ' +
        'Opsgenie, Dynatrace, Splunk), or alerting in the repository: Prometheus alerting rules, ' +
        'Alertmanager configuration, a Grafana dashboard, or monitors and alarms in infrastructure as code',
      anyOf(
        described(
          'an annotation of a monitoring or on-call tool (datadoghq.com, newrelic.com, grafana, prometheus.io, pagerduty.com, …)',
          annotation([
            'datadoghq.com/*',
            'newrelic.com/*',
            'grafana/*',
            'prometheus.io/*',
            'pagerduty.com/*',
            'opsgenie.com/*',
            'dynatrace.com/*',
            'splunk.com/*',
          ]),
        ),
        described(
          'a PrometheusRule, AlertmanagerConfig, Grafana dashboard or alert resource, or DatadogMonitor',
          kubernetesKinds([
            'PrometheusRule',
            'AlertmanagerConfig',
            'GrafanaDashboard',
            'GrafanaAlertRuleGroup',
            'DatadogMonitor',
            'VMRule',
          ]),
        ),
        // Plain Prometheus alerting rule files.
        described(
          'Prometheus alerting rules',
          content(
            [...YAML_FILES, '*.rules'],
            '^[ \\t]*-[ \\t]*alert[ \\t]*:[ \\t]*\\S',
            { flags: 'im', exclude: TEST_AND_EXAMPLE_FOLDERS },
          ),
        ),
        described(
          'an Alertmanager configuration',
          files(['alertmanager*.y*ml'], { exclude: TEST_AND_EXAMPLE_FOLDERS }),
        ),
        // A dashboard of the service's metrics; a dashboard of business
        // data read from a SQL datasource monitors nothing.
        described(
          'a Grafana dashboard of the service’s metrics (JSON with panels querying Prometheus, Loki or a cloud monitoring datasource)',
          content(
            ['*dashboard*.json', '**/dashboards/**/*.json'],
            `"panels"\\s*:(?:(?=[\\s\\S]*?${DASHBOARD_METRICS})|(?<=${DASHBOARD_METRICS}[\\s\\S]*))`,
            { exclude: TEST_AND_EXAMPLE_FOLDERS },
          ),
        ),
        described(
          'monitors or alarms in infrastructure as code (Datadog, New Relic, Grafana, CloudWatch, Cloud Monitoring, Azure Monitor)',
          anyOf(
            content(
              TERRAFORM_FILES,
              'datadog_monitor|newrelic_alert_|newrelic_nrql_alert_condition|grafana_rule_group|aws_cloudwatch_metric_alarm|aws_cloudwatch_composite_alarm|google_monitoring_alert_policy|azurerm_monitor_metric_alert|azurerm_monitor_scheduled_query_rules_alert',
              { exclude: TEST_AND_EXAMPLE_FOLDERS },
            ),
            content(
              [...YAML_FILES, '*.template', '*template*.json'],
              'AWS::CloudWatch::(?:Alarm|CompositeAlarm)',
              { exclude: TEST_AND_EXAMPLE_FOLDERS },
            ),
          ),
        ),
      ),
    ),
  },
  {
    id: 'test-levels',
    title: 'Automated tests at several levels',
    phase: PHASE.productionReady,
    required: true,
    why: 'Unit tests alone miss the failures that happen between components: wiring, databases, other services.',
    howToPass:
      'Unit tests (as in `unit-tests`) and at least one more level: integration tests (Testcontainers, ' +
      'LocalStack, dockertest, `docker-compose.test*`, ASP.NET Core `WebApplicationFactory`, REST Assured, ' +
      'Supertest, Cucumber / behave / Reqnroll acceptance tests, test sources in test folders named ' +
      '`integration` or `acceptance`, test files so named, `*IT.java`, `*.IntegrationTests` projects, ' +
      'Rails request or system specs, Rust `tests/*.rs`) or end-to-end tests (Playwright, Cypress, ' +
      'Selenium, WebdriverIO, Karate, Newman/Postman collections, Capybara, Wallaby, test files or folders ' +
      'named `e2e`), or CI jobs, steps or test commands for e2e, integration or acceptance tests ' +
      '(`go test -tags=integration`, `mix test --include integration`, `newman run`). The unit level must ' +
      'be tests besides the integration and end-to-end ones: an integration test project alone is one ' +
      'level. A code folder named `integrations/`, a test folder that holds only a `.keep`, and `e2ee` ' +
      '(end-to-end encryption) are not test levels.',
    rule: described(
      'unit tests and at least one more level of tests: integration tests (Testcontainers, LocalStack, ' +
        'test folders named integration or acceptance, …), end-to-end tests (Playwright, Cypress, ' +
        'Selenium, test folders named e2e, …), or a CI job named e2e, integration or acceptance',
      allOf(
        described(
          'unit tests besides the integration and end-to-end ones (as in unit-tests)',
          excluding(unitTestFilesRule, NOT_UNIT_TESTS),
        ),
        anyOf(
          integrationTestRule,
          endToEndTestRule,
          described(
            'a CI job or step named e2e, integration or acceptance',
            content(CI_AND_TASK_FILES, CI_TEST_LEVEL_JOB, { flags: 'im' }),
          ),
        ),
      ),
    ),
  },
  {
    id: 'config-per-env',
    title: 'Configuration is externalised and environment-specific',
    phase: PHASE.productionReady,
    required: true,
    why: 'Configuration baked into the build means a rebuild per environment and settings that drift unseen.',
    howToPass:
      'Per-environment configuration: Helm values per environment (`values-prod.yaml`), `helmfile.yaml`, ' +
      'Kustomize `overlays/<env>/kustomization.yaml`, `config/{dev,staging,prod}*` of the service (Node ' +
      '`config/production.json`, Elixir `config/prod.exs`; not a documentation site’s), Rails ' +
      '`config/environments/production.rb`, Django `settings/production.py`, Spring/Micronaut profiles ' +
      'named for a runtime environment (`application-prod.yml`, `spring.config.activate.on-profile: prod`, ' +
      'Quarkus `%prod.` keys), .NET `appsettings.Production.json`, deployment configuration per ' +
      'environment (`deploy/prod.yaml`, `.nais/dev.yaml`), `.env.<environment>` templates, or settings ' +
      'read from environment variables (envconfig, pydantic-settings, envalid, Elixir `config/runtime.exs`, ' +
      'or environment reads in the configuration code) with a documented list (`.env.example` or a README ' +
      'section on environment variables). Test, CI and local variants (`application-test.yml`, ' +
      '`values-local.yaml`) are not environments.',
    notApplicableWhen: isLibraryOrDocumentation,
    rule: described(
      'configuration per runtime environment (Helm values, helmfile, Kustomize overlays, config files, ' +
        'Spring profiles or .NET appsettings named for an environment, .env.<environment> templates), ' +
        'or settings read from environment variables with a documented list',
      anyOf(
        described(
          'Helm values per environment (values-prod.yaml) or a helmfile',
          files(
            ['values-*.y*ml', 'values.*.y*ml', 'helmfile.y*ml', 'helmfile.d/'],
            {
              exclude: [
                `values[-.]${NOT_ENVIRONMENTS}{,[-_.]*}.y*ml`,
                ...TEST_AND_EXAMPLE_FOLDERS,
              ],
            },
          ),
        ),
        described(
          'Kustomize overlays for environments',
          files(
            [
              '**/overlays/**/kustomization.y*ml',
              '**/overlays/**/Kustomization',
            ],
            {
              exclude: [
                `**/overlays/${NOT_ENVIRONMENTS}{,[-_.]*}/**`,
                ...TEST_AND_EXAMPLE_FOLDERS,
              ],
            },
          ),
        ),
        described(
          'configuration files of the service per environment (config/production.json, config/prod.exs, Rails config/environments/production.rb, Django settings/production.py)',
          files(
            [
              `**/config/${ENVIRONMENT}`,
              `**/config/${ENVIRONMENT}/**`,
              `**/configs/${ENVIRONMENT}`,
              `**/configs/${ENVIRONMENT}/**`,
              `**/config/environments/${ENVIRONMENT}`,
              `**/settings/${ENVIRONMENT}.py`,
            ],
            {
              exclude: [
                ...DOCS_SITE_FOLDERS,
                // Hugo keeps a site's configuration in config/<environment>/.
                '**/config/*/{hugo,params,menus,markup,languages}.*',
                '*.local',
                ...TEST_AND_EXAMPLE_FOLDERS,
              ],
            },
          ),
        ),
        described(
          'Spring, Micronaut or .NET configuration named for a runtime environment (application-prod.yml, appsettings.Production.json)',
          files(
            [
              `application-${ENVIRONMENT}.y*ml`,
              `application-${ENVIRONMENT}.properties`,
              `bootstrap-${ENVIRONMENT}.y*ml`,
              `appsettings.${ENVIRONMENT}.json`,
            ],
            { exclude: ['*.local.*', ...TEST_AND_EXAMPLE_FOLDERS] },
          ),
        ),
        // Profiles inside one file: Spring multi-document profiles, Quarkus
        // `%prod.` keys.
        described(
          'environment profiles inside the application configuration (spring.config.activate.on-profile, Quarkus %prod keys)',
          content(
            SPRING_CONFIG_FILES,
            `(?:on-profile|^[ \\t]*spring\\.profiles|^[ \\t]*profiles)[ \\t]*[:=][ \\t]*["']?${ENVIRONMENT_PATTERN}|^[ \\t]*["']?%${ENVIRONMENT_PATTERN}[.":]`,
            { flags: 'im', exclude: TEST_AND_EXAMPLE_FOLDERS },
          ),
        ),
        described(
          'deployment configuration per environment (deploy/prod.yaml, .nais/dev.yaml, environments/staging.json)',
          files(
            [
              `**/{deploy,deployment,deployments,.deploy,.nais,nais,environments,envs,env}/**/${ENVIRONMENT_NAME}.{yaml,yml,json,toml,env,tfvars}`,
            ],
            { exclude: [...DOCS_SITE_FOLDERS, ...TEST_AND_EXAMPLE_FOLDERS] },
          ),
        ),
        described(
          '.env.<environment> files or templates',
          files([`.env.${ENVIRONMENT}`], {
            exclude: ['*.local', ...TEST_AND_EXAMPLE_FOLDERS],
          }),
        ),
        // 12-factor: every setting read from the environment, and the
        // variables written down.
        described(
          'settings read from environment variables (envconfig, caarlos0/env, envalid, pydantic-settings, environs, Elixir config/runtime.exs, …) with a documented list (.env.example or a README section on environment variables)',
          // The documented list first: without one, no source is searched.
          allOf(
            anyOf(
              files(
                [
                  '.env.example',
                  '.env.sample',
                  '.env.template',
                  '.env.dist',
                  '.env.defaults',
                  '.env.schema',
                  'env.example',
                ],
                { exclude: TEST_AND_EXAMPLE_FOLDERS },
              ),
              content(
                [
                  'README*.md',
                  'CONFIGURATION*.md',
                  'docs/*config*.md',
                  'docs/*environment*.md',
                ],
                ENV_VARIABLES_SECTION,
                { flags: 'm' },
              ),
              // A manual page with an ENVIRONMENT section.
              content(['*.[1-8]'], '^\\.SH[ \\t]+"?ENVIRONMENT\\b', {
                flags: 'm',
              }),
            ),
            anyOf(
              dependency(ENV_SETTINGS_LIBRARIES),
              content(
                ['config/runtime.exs'],
                'System\\.(?:get_env|fetch_env!?)\\(',
              ),
              // Settings read from the environment in the service's own
              // configuration code.
              content(
                [
                  `*{config,settings,configuration,env,environment}*.${CONFIG_SOURCE_EXTENSIONS}`,
                  `**/{config,configs,configuration,settings,conf}/**/*.${CONFIG_SOURCE_EXTENSIONS}`,
                  // Entry points, where small services read their settings.
                  `{main,index,server,app}.${CONFIG_SOURCE_EXTENSIONS}`,
                ],
                ENV_READS,
                { exclude: [...TEST_SOURCES, '**/*migrat*/**'] },
              ),
            ),
          ),
        ),
      ),
    ),
  },
  {
    id: 'secrets-management',
    title: 'Secrets management is automated',
    phase: PHASE.productionReady,
    required: true,
    why: 'Secrets copied by hand or committed to the repository leak, never rotate and differ between environments.',
    howToPass:
      'A secrets manager is wired in: `.sops.yaml`, Vault (`vault.hashicorp.com/*` annotations, a `vault` ' +
      'provider or client dependency such as node-vault, hvac, VaultSharp, vaultrs or the `vault` gem), ' +
      '`ExternalSecret` / `SecretStore`, `SealedSecret`, a CSI `SecretProviderClass`, `*.ejson` files ' +
      'decrypted at deploy, or a cloud secret manager in IaC (`aws_secretsmanager_*`, ' +
      '`google_secret_manager_*`, `azurerm_key_vault*`) or as a client dependency; and no committed `.env` ' +
      'file other than templates (`.env.example`, `.env.sample`, `.env.template`, ...).',
    notApplicableWhen: isLibraryOrDocumentation,
    rule: described(
      'a secrets manager wired in (SOPS or ejson, Vault, External Secrets, Sealed Secrets, a CSI secret ' +
        'provider, or a cloud secret manager in infrastructure as code or as a client ' +
        'library), and no committed .env file other than templates',
      allOf(
        described(
          'a secrets manager wired in (SOPS or ejson, Vault, External Secrets, Sealed Secrets, or a cloud secret manager)',
          anyOf(
            // SOPS, and ejson files decrypted at deploy.
            files(['.sops.yaml', '.sops.yml', '*.ejson'], {
              exclude: TEST_AND_EXAMPLE_FOLDERS,
            }),
            // Vault agent annotations on the service's workloads (not a
            // CI job that reads its own secrets from Vault).
            content([...YAML_FILES, '*.tpl'], 'vault\\.hashicorp\\.com/', {
              exclude: [...TEST_AND_EXAMPLE_FOLDERS, ...CI_FILES],
            }),
            annotation(['vault.hashicorp.com/*', 'vault.io/*']),
            kubernetesKinds([
              'ExternalSecret',
              'ClusterExternalSecret',
              'SecretStore',
              'ClusterSecretStore',
              'SealedSecret',
              'SecretProviderClass',
              'VaultStaticSecret',
              'VaultDynamicSecret',
              'SopsSecret',
              'OnePasswordItem',
              'InfisicalSecret',
            ]),
            content(
              TERRAFORM_FILES,
              'provider\\s+"vault"|"vault_[a-z0-9_]+"|aws_secretsmanager_|google_secret_manager_|azurerm_key_vault|\\bkey_vault(?:_\\w+)?\\s*=',
              { exclude: TEST_AND_EXAMPLE_FOLDERS },
            ),
            content(
              [...YAML_FILES, '*.template', '*template*.json'],
              'AWS::SecretsManager::',
              { exclude: TEST_AND_EXAMPLE_FOLDERS },
            ),
            dependency([
              // Vault clients.
              'node-vault',
              'hashi-vault-js',
              'github.com/hashicorp/vault/api*',
              'org.springframework.cloud:spring-cloud-starter-vault-config',
              'org.springframework.vault:*',
              'com.bettercloud:vault-java-driver',
              'io.github.jopenlibs:vault-java-driver',
              'hvac',
              'VaultSharp',
              'vaultrs',
              'vaultex',
              'libvault',
              // Cloud secret managers read at runtime.
              '@aws-sdk/client-secrets-manager',
              '@google-cloud/secret-manager',
              '@azure/keyvault-secrets',
              'github.com/aws/aws-sdk-go-v2/service/secretsmanager',
              'cloud.google.com/go/secretmanager',
              'github.com/Azure/azure-sdk-for-go/sdk/security/keyvault/azsecrets',
              'software.amazon.awssdk:secretsmanager',
              'com.amazonaws.secretsmanager:*',
              'com.google.cloud:google-cloud-secretmanager',
              'com.google.cloud:spring-cloud-gcp-starter-secretmanager',
              'io.awspring.cloud:spring-cloud-aws-starter-secrets-manager',
              'com.azure:azure-security-keyvault-secrets',
              'com.azure.spring:spring-cloud-azure-starter-keyvault*',
              'google-cloud-secret-manager',
              'azure-keyvault-secrets',
              'aws-secretsmanager-caching',
              'Azure.Security.KeyVault.Secrets',
              'Azure.Extensions.AspNetCore.Configuration.Secrets',
              'AWSSDK.SecretsManager',
              'Kralizek.Extensions.Configuration.AWSSecretsManager',
              'aws-sdk-secretsmanager',
              'google-cloud-secret_manager',
              'ex_aws_secretsmanager',
            ]),
            dependency(['vault'], ['rubygems']),
          ),
        ),
        // No committed .env file that is not a template.
        described(
          'no committed .env file other than templates (.env.example, .env.sample, .env.template, …)',
          not(
            files(['.env', '.env.*'], {
              exclude: [
                '.env*.example',
                '.env*.sample',
                '.env*.template',
                '.env*.tmpl',
                '.env*.tpl',
                '.env*.dist',
                '.env.defaults',
                '.env.schema',
                '.env.vault',
                ...TEST_AND_EXAMPLE_FOLDERS,
              ],
            }),
          ),
        ),
      ),
    ),
  },
  {
    id: 'security-scanning',
    title: 'SAST/DAST/dependency scanning in CI',
    phase: PHASE.productionReady,
    required: true,
    why: 'Known vulnerabilities in code, dependencies and images ship unnoticed unless a scanner looks at every change.',
    howToPass:
      'A security scanner in CI or repository configuration: CodeQL, Semgrep, Snyk, gosec, govulncheck, ' +
      'Trivy, Grype, OWASP dependency-check, OSV-Scanner, GitHub dependency-review, ZAP, Bandit, ' +
      '`pip-audit`, Brakeman, `bundler-audit`, Sobelow, `mix hex.audit` / `mix deps.audit`, ' +
      '`cargo audit` / `cargo deny`, `dotnet list package --vulnerable` or NuGet audit settings, ' +
      '`npm audit` / `yarn npm audit`, SonarQube, Checkmarx, GitLab security templates, secret scanners ' +
      '(gitleaks, trufflehog), IaC scanners (Checkov, tfsec, KICS), workflow scanners (zizmor), or their ' +
      'configuration files (`.snyk`, `.trivyignore`, `.semgrep.yml`, `.gitleaks.toml`, `deny.toml`, ...), ' +
      'or Bandit rules in the linters (flake8-bandit, wemake-python-styleguide, Ruff `S` rules). A ' +
      'commented-out step does not count, nor does Dependabot alone.',
    rule: described(
      'a security scanner run in CI, a task runner, a pre-commit hook or the build (CodeQL, Semgrep, ' +
        'Snyk, gosec, govulncheck, Trivy, OWASP dependency-check, Bandit, pip-audit, Brakeman, ' +
        'bundler-audit, Sobelow, cargo audit or deny, npm audit, dotnet list package --vulnerable, ' +
        'gitleaks, Checkov, …), or a scanner’s configuration file',
      anyOf(
        described(
          'a scanner’s configuration file (.snyk, .trivyignore, .semgrep.yml, .gitleaks.toml, deny.toml, a CodeQL configuration, …)',
          files(
            [
              '.snyk',
              '.trivyignore',
              'trivy.y*ml',
              '.semgrep.y*ml',
              '.semgrep/',
              '.semgrepignore',
              '.gitleaks.toml',
              '.gitleaksignore',
              '.checkov.y*ml',
              '.bandit',
              '.bandit.y*ml',
              'zizmor.y*ml',
              'osv-scanner.toml',
              '.grype.y*ml',
              '.github/codeql/',
              'kics.config',
              'deny.toml',
              '.cargo/audit.toml',
              '.bundler-audit.yml',
              '.sobelow-conf',
              '.safety-policy.yml',
            ],
            { exclude: TEST_AND_EXAMPLE_FOLDERS },
          ),
        ),
        described(
          'a security scanner run in CI, a task runner, a hook or the build',
          content(
            [
              ...CI_AND_TASK_FILES,
              '.pre-commit-config.yaml',
              '.golangci.y*ml',
              'lefthook.y*ml',
              '.husky/*',
              'Rakefile',
              ...BUILD_FILES,
            ],
            `${NOT_COMMENTED}(?:${SECURITY_SCANNERS})`,
            { flags: 'im' },
          ),
        ),
        // NuGet audit of restore, configured to be seen.
        described(
          'NuGet audit settings in the .NET build',
          content(
            ['*.csproj', 'Directory.Build.props', 'NuGet.config'],
            '<NuGetAudit(?:Mode|Level)>|<NuGetAudit>\\s*true|<WarningsAsErrors>[^<]*NU190[1-4]',
          ),
        ),
        described(
          'a security scanner as a dependency (snyk, bandit, pip-audit, safety, brakeman, bundler-audit, sobelow, mix_audit, find-sec-bugs, OWASP dependency-check, gosec, govulncheck, …)',
          dependency([
            'snyk',
            'bandit',
            'pip-audit',
            'safety',
            'semgrep',
            'brakeman',
            'bundler-audit',
            'cargo-audit',
            'cargo-deny',
            'mix_audit',
            'sobelow',
            'audit-ci',
            'better-npm-audit',
            'com.h3xstream.findsecbugs:*',
            'org.owasp:dependency-check-*',
            'org.owasp.dependencycheck',
            'github.com/securego/gosec*',
            'golang.org/x/vuln',
            'flake8-bandit',
            'wemake-python-styleguide',
          ]),
        ),
        described(
          'Ruff’s security rules (the S rules of flake8-bandit) selected',
          content(
            ['pyproject.toml', 'ruff.toml', '.ruff.toml'],
            '^[ \\t]*(?:extend-)?select[ \\t]*=[ \\t]*\\[[^\\]]*["\'](?:S|S\\d+|ALL)["\']',
            { flags: 'im' },
          ),
        ),
      ),
    ),
  },
  {
    id: 'contract-validation',
    title: 'Schemas are registered and validated, clients generated',
    phase: PHASE.productionReady,
    required: true,
    why: 'A contract that is never linted, registered or used to generate code drifts from the implementation.',
    howToPass:
      'Contract tooling: Buf (`buf.yaml` / `buf.gen.yaml`), Spectral (`.spectral.yaml`), Redocly lint, ' +
      'breaking-change checks (openapi-diff, oasdiff, graphql-inspector), ' +
      'openapi-generator configuration or dependency, oapi-codegen, ogen, go-swagger, NSwag, Kiota, ' +
      'openapi-typescript, Orval, openapi-python-client, progenitor, GraphQL Code Generator, gqlgen, ' +
      'graphql_client or Apollo ' +
      'Rover, AsyncAPI CLI, request validation against the contract (committee, openapi-core, ' +
      'express-openapi-validator, swagger-request-validator, OpenApiSpex), Schemathesis, Pact or Spring ' +
      'Cloud Contract, a schema-registry URL or client, or `@backstage/repo-tools` schema commands. ' +
      'Plain `protoc` code generation does not count. Not applicable when the component has no API ' +
      'contract (see `api-contract`).',
    notApplicableWhen: not(apiContractRule),
    rule: described(
      'contract tooling: a contract linter (Buf, Spectral, Redocly), a client or server generator ' +
        '(openapi-generator, oapi-codegen, NSwag, Kiota, GraphQL Code Generator, …), request ' +
        'validation against the contract, contract tests (Pact, Spring Cloud Contract), or a schema registry',
      anyOf(
        described(
          'a contract tool configuration (buf.yaml, .spectral.yaml, .redocly.yaml, openapitools.json, oapi-codegen, nswag.json, kiota-lock.json, codegen.yml, pacts/, …)',
          files(
            [
              'buf.yaml',
              'buf.yml',
              'buf.gen.yaml',
              'buf.work.yaml',
              '.spectral.y*ml',
              '.spectral.{json,js,mjs,cjs}',
              '.redocly.y*ml',
              'redocly.y*ml',
              'openapitools.json',
              'openapi-generator*.y*ml',
              '.openapi-generator/',
              '.openapi-generator-ignore',
              'oapi-codegen*.y*ml',
              'ogen.y*ml',
              '*.nswag',
              'nswag.json',
              'kiota-lock.json',
              'orval.config.*',
              'openapi-ts.config.*',
              'codegen.{yml,yaml}',
              'gqlgen.y*ml',
              'pacts/',
              '.protolint.y*ml',
            ],
            { exclude: TEST_AND_EXAMPLE_FOLDERS },
          ),
        ),
        described(
          'a contract generator, validator or contract-test library as a dependency',
          dependency([
            // OpenAPI generators
            '@openapitools/openapi-generator-cli',
            'org.openapitools:*',
            'openapi-generator-cli',
            'github.com/oapi-codegen/*',
            'github.com/deepmap/oapi-codegen*',
            'github.com/ogen-go/ogen',
            'github.com/go-swagger/go-swagger',
            'NSwag.MSBuild',
            'NSwag.ConsoleCore',
            'NSwag.CodeGeneration*',
            'Microsoft.Kiota.*',
            'openapi-typescript',
            'openapi-typescript-codegen',
            '@hey-api/openapi-ts',
            'orval',
            'swagger-typescript-api',
            'openapi-python-client',
            'progenitor',
            // GraphQL schema tooling
            '@graphql-codegen/*',
            'github.com/99designs/gqlgen',
            '@apollo/rover',
            '@graphql-inspector/*',
            'graphql_client',
            'cynic-codegen',
            // AsyncAPI
            '@asyncapi/cli',
            '@asyncapi/generator',
            // Linters
            '@stoplight/spectral-cli',
            '@redocly/cli',
            // Validation of requests and responses against the contract
            'committee',
            'openapi_first',
            'openapi-core',
            'openapi-spec-validator',
            'schemathesis',
            'express-openapi-validator',
            'com.atlassian.oai:*',
            // Pact and Spring Cloud Contract
            ...CONTRACT_TESTING_DEPENDENCIES,
            // Schema registry clients and serialisers
            'io.confluent:kafka-schema-registry-client',
            'io.confluent:kafka-*-serializer',
            '@kafkajs/confluent-schema-registry',
            'Confluent.SchemaRegistry*',
            'github.com/riferrei/srclient',
            'io.apicurio:*',
          ]),
        ),
        described(
          'a contract tool run in CI, a hook or the build (buf lint or breaking, spectral lint, redocly lint, openapi-diff, oasdiff, graphql-inspector, openapi-generator, oapi-codegen, rover, asyncapi validate, schema commands)',
          content(
            [...BUILD_FILES, ...CI_AND_TASK_FILES, '.pre-commit-config.yaml'],
            `${NOT_COMMENTED}(?:openapi-generator|oapi-codegen|spring-cloud-contract|openapi-diff|oasdiff|graphql-inspector|graphql-schema-linter|@stoplight/spectral|spectral[ \\t]+lint|redocly(?:/cli)?[ \\t]+lint|\\bbuf[ \\t]+(?:lint|breaking|generate|push)\\b|repo-tools[^\\n]*\\bschema\\b|protolint|api-linter|\\brover[ \\t]+(?:sub)?graph[ \\t]+(?:check|publish)|asyncapi[ \\t]+validate|schemathesis[ \\t]+run|graphql-codegen|nswag[ \\t]+run|kiota[ \\t]+generate)`,
            { flags: 'im' },
          ),
        ),
        described(
          'requests validated against the contract (OpenApiSpex CastAndValidate)',
          allOf(
            dependency(['open_api_spex'], ['hex']),
            content(
              ['lib/**/*.ex'],
              'OpenApiSpex\\.Plug\\.(?:CastAndValidate|Validate)\\b',
              { exclude: TEST_SOURCES },
            ),
          ),
        ),
        content(
          ['*.go'],
          '//go:generate[^\\n]*(?:oapi-codegen|openapi-generator|ogen|swagger[ \\t]+generate|gqlgen|\\bbuf )',
          {
            exclude: TEST_SOURCES,
          },
        ),
        // A registry the service talks to: its URL in the configuration.
        described(
          'a schema-registry URL in the configuration',
          content(
            [
              ...YAML_FILES,
              '*.properties',
              '*.conf',
              '*.toml',
              'appsettings*.json',
              '*.env.example',
            ],
            'schema[._-]?registry[._-]?(?:url|uri|endpoint|address)|schemaRegistry(?:Url|Uri|Config)',
            { exclude: TEST_AND_EXAMPLE_FOLDERS },
          ),
        ),
      ),
    ),
  },
  {
    id: 'runbooks',
    title: 'Run books and play books exist',
    phase: PHASE.productionReady,
    required: true,
    why: 'Without written procedures, incidents depend on whoever happens to remember how the service works.',
    howToPass:
      'An entity link whose title or type says runbook or playbook, or documents (Markdown, AsciiDoc, ' +
      'reStructuredText) named `RUNBOOK*`, `runbook*` or `playbook*`, or inside `runbooks/`, `playbooks/` ' +
      'or `docs/**/operations*` (or an on-call guide in `docs/`, maintenance procedures in a ' +
      '`docs/**/maintenance/` folder). Automation playbooks (Ansible YAML, ' +
      'and the documents of Ansible roles) are not runbooks, nor is an empty runbook template.',
    notApplicableWhen: isLibraryOrDocumentation,
    rule: described(
      'a runbook: an entity link titled runbook or playbook, or documents (Markdown, AsciiDoc, ' +
        'reStructuredText) named runbook or playbook, in a runbooks or playbooks folder, or ' +
        'operations or on-call documents under docs/',
      anyOf(
        described(
          'an entity link whose title or type says runbook or playbook',
          { link: { pattern: '\\b(?:run|play)[ _-]?books?\\b' } },
        ),
        described(
          'documents named runbook or playbook, in a runbooks or playbooks folder, or operations or on-call documents under docs/',
          files(
            [
              `RUNBOOK*.${DOC_EXTENSIONS}`,
              `playbook*.${DOC_EXTENSIONS}`,
              `**/{runbooks,runbook}/**/*.${DOC_EXTENSIONS}`,
              `**/{playbooks,playbook}/**/*.${DOC_EXTENSIONS}`,
              `docs/**/operations*.${DOC_EXTENSIONS}`,
              `docs/**/operations*/**/*.${DOC_EXTENSIONS}`,
              `docs/**/{on-call,oncall}*.${DOC_EXTENSIONS}`,
              `**/docs/**/maintenance/**/*.${DOC_EXTENSIONS}`,
            ],
            {
              exclude: [
                // Ansible roles document automation, not procedures.
                '**/roles/**',
                '**/ansible/**',
                // A template is not yet a runbook.
                '*template*',
                ...TEST_AND_EXAMPLE_FOLDERS,
              ],
            },
          ),
        ),
      ),
    ),
  },
  {
    id: 'db-migrations',
    title: 'Database migrations are automated and versioned',
    phase: PHASE.productionReady,
    required: true,
    why: 'Schema changes applied by hand differ between environments and cannot be reproduced or reviewed.',
    howToPass:
      'Versioned migrations: Flyway `V*__*.sql`, a Liquibase changelog, `alembic/`, a folder whose name ' +
      'contains `migrations` or `migrate` holding ordered files (golang-migrate, goose, knex, Sequelize, ' +
      'TypeORM, MikroORM, Rails `db/migrate`, Ecto `priv/repo/migrations/`, Diesel, SeaORM, sqlx), ' +
      '`prisma/migrations`, Drizzle migrations, Django `*/migrations/0*.py`, EF Core `Migrations/`, Atlas ' +
      '`atlas.hcl`, a migration library (FluentMigrator, DbUp, Evolve, goose, golang-migrate, Flyway, ' +
      'Liquibase, Alembic, node-pg-migrate, refinery, …), or versioned migrations in code (a source file ' +
      'whose name ends in `migrations` with a schema-version table). Numbered documents (an upgrade ' +
      'guide) are not migrations. Not applicable without a database (no `dependsOn` to a Resource of ' +
      'type database and no database driver dependency).',
    notApplicableWhen: noDatabaseRule,
    rule: described(
      'versioned database migrations: migration files (Flyway, Liquibase, Alembic, Rails, Django, ' +
        'EF Core, Ecto, Prisma, Diesel, numbered files in a migrations folder, …), a migration ' +
        'library, or versioned migrations in code with a schema-version table',
      anyOf(
        files(['V*__*.sql'], { caseSensitive: true }),
        described(
          'migration files (Alembic, Atlas, Flyway configuration, Prisma, Drizzle, ordered files in a migrations folder, Django migrations)',
          files(
            [
              'flyway.conf',
              'flyway.toml',
              'alembic/',
              'alembic.ini',
              'atlas.hcl',
              'diesel.toml',
              'prisma/migrations/',
              'drizzle/meta/_journal.json',
              '**/drizzle/[0-9]*.sql',
              '**/*migrat*/**/[0-9]*',
              '**/*migrat*/**/[0-9]*/**',
              // MikroORM and SeaORM name migrations after a timestamp.
              '**/*migrat*/**/Migration[0-9]*.{ts,js}',
              '**/*migrat*/**/m[0-9]*_*.rs',
              '**/migrations/0*.py',
            ],
            { exclude: NOT_MIGRATIONS },
          ),
        ),
        described(
          'a Liquibase changelog',
          content(
            LIQUIBASE_CHANGELOGS,
            'databaseChangeLog|--[ \\t]*liquibase formatted sql',
            { exclude: [...TEST_AND_EXAMPLE_FOLDERS, ...NOT_CHANGELOGS] },
          ),
        ),
        described(
          'a migration library (FluentMigrator, DbUp, Evolve, golang-migrate, goose, Flyway, Liquibase, Alembic, node-pg-migrate, refinery, …)',
          dependency([
            'FluentMigrator*',
            'dbup-*',
            'DbUp*',
            'Evolve',
            'github.com/golang-migrate/migrate*',
            'github.com/pressly/goose*',
            'ariga.io/atlas*',
            'org.flywaydb:flyway-*',
            'org.liquibase:liquibase-core',
            'alembic',
            'flask-migrate',
            'yoyo-migrations',
            'node-pg-migrate',
            'umzug',
            'db-migrate',
            'diesel_migrations',
            'sea-orm-migration',
            'refinery',
          ]),
        ),
        described(
          'versioned migrations in code: a source file named *migrations with a schema-version table',
          content(
            [MIGRATIONS_IN_CODE],
            'schema[_-]?(?:version|migrations?)|migrations?[_-]?(?:version|table)|user_version|goose_db_version|flyway_schema_history|databasechangelog|migrate_to_v\\d|\\b(?:db|current|target|latest)_?version\\b',
            { exclude: TEST_SOURCES },
          ),
        ),
      ),
    ),
  },
];
