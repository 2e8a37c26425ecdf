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
  TERRAFORM_FILES,
  TEST_AND_EXAMPLE_FOLDERS,
  TEST_SOURCES,
  YAML_FILES,
} from './common';
import { apiContractRule } from './foundation';
import { PHASE } from '@backstage-maturity/plugin-maturity-common';
import { unitTestFilesRule } from './walkingSkeleton';

/**
 * CI jobs or steps named e2e / end-to-end / integration / acceptance (job
 * keys, step names, GitLab stages, Jenkins stages). "Continuous integration"
 * is not an integration test.
 */
const CI_TEST_LEVEL_JOB = [
  '^[ \\t]*-?[ \\t]*name[ \\t]*:[^\\n]*?(?:\\be2e\\b|end[- ]to[- ]end|(?<!continuous[ _-]?)\\bintegration\\b|\\bacceptance\\b)',
  '^[ \\t]*(?![\\w-]*continuous[-_]integration)[\\w-]*(?:e2e|integration|acceptance)[\\w-]*[ \\t]*:[ \\t]*$',
  '^[ \\t]*stage[ \\t]*:[ \\t]*["\']?[\\w-]*(?:e2e|integration|acceptance)',
  'stage[ \\t]*\\([ \\t]*[\'"][^\'"\\n]*(?:e2e|end[- ]to[- ]end|integration|acceptance)',
].join('|');

/**
 * Integration-test evidence of `test-levels`.
 *
 * @public
 */
export const integrationTestRule: Rule = anyOf(
  dependency([
    'testcontainers*',
    '@testcontainers/*',
    'org.testcontainers:*',
    'github.com/testcontainers/*',
    'localstack*',
    'cloud.localstack:*',
  ]),
  content([...COMPOSE_FILES, ...CI_AND_TASK_FILES], '\\blocalstack\\b'),
  files(['docker-compose.test*', 'compose.test*']),
  // Test files or test folders named *integration* or *acceptance*.
  files([
    '**/{test,tests,__tests__,spec,src/test}/**/*{integration,acceptance}*/**',
    '**/*{integration,acceptance}*{test,tests,spec,specs}*/**',
    '**/*{test,tests,spec}[-_.]{integration,acceptance}*/**',
    '*{integration,acceptance}*{_test.go,.test.*,.spec.*,-spec.*,_test.py,_spec.rb,Test.java,Tests.java,Test.kt,Tests.cs,Test.cs}',
    'test_*{integration,acceptance}*.py',
    // Test files inside a folder named *integration* or *acceptance*.
    '**/*{integration,acceptance}*/**/*{_test.go,.test.*,.spec.*,-spec.*,_test.py,_spec.rb,Test.java,Tests.java,Test.kt,Tests.cs,Test.cs}',
    '**/*{integration,acceptance}*/**/test_*.py',
  ]),
  files(['*IT.java', '*IT.kt', '*ITCase.java'], { caseSensitive: true }),
);

/**
 * End-to-end-test evidence of `test-levels`.
 *
 * @public
 */
export const endToEndTestRule: Rule = anyOf(
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
    'webdriverio',
    '@wdio/*',
  ]),
  files([
    'playwright.config.*',
    'cypress.config.*',
    'cypress.json',
    'cypress/',
    'karate-config.js',
    '*.postman_collection.json',
    '*postman*collection*.json',
    // Test files or folders named *e2e*.
    '*e2e*',
    '*e2e*/',
  ]),
);

/** Environment names, grouped by stage, used to recognise per-environment files. */
const ENVIRONMENTS =
  '{dev,development,staging,stage,preprod,prod,production,qa,uat,int,integration}';

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
      'configuration, a Grafana dashboard JSON, or monitors in IaC (`datadog_monitor`, `newrelic_alert_*`, ' +
      'CloudWatch / Cloud Monitoring / Azure Monitor alerts).',
    notApplicableWhen: isLibraryOrDocumentation,
    rule: anyOf(
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
      kubernetesKinds([
        'PrometheusRule',
        'AlertmanagerConfig',
        'GrafanaDashboard',
        'GrafanaAlertRuleGroup',
      ]),
      // Plain Prometheus alerting rule files.
      content([...YAML_FILES], '^[ \\t]*-[ \\t]*alert[ \\t]*:[ \\t]*\\S', {
        flags: 'im',
        exclude: TEST_AND_EXAMPLE_FOLDERS,
      }),
      files(['alertmanager*.y*ml']),
      content(
        ['*dashboard*.json', '**/dashboards/**/*.json'],
        '"panels"\\s*:',
        {
          exclude: TEST_AND_EXAMPLE_FOLDERS,
        },
      ),
      content(
        TERRAFORM_FILES,
        'datadog_monitor|newrelic_alert_|newrelic_nrql_alert_condition|grafana_rule_group|aws_cloudwatch_metric_alarm|google_monitoring_alert_policy|azurerm_monitor_metric_alert',
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
      'LocalStack, `docker-compose.test*`, test files or folders named `*integration*` or `*acceptance*`, ' +
      '`*IT.java`) or end-to-end tests (Playwright, Cypress, Karate, Newman/Postman collections, Selenium, ' +
      'test files or folders named `*e2e*`), or CI jobs or steps named e2e, integration or acceptance.',
    rule: allOf(
      unitTestFilesRule,
      anyOf(
        integrationTestRule,
        endToEndTestRule,
        content(CI_AND_TASK_FILES, CI_TEST_LEVEL_JOB, { flags: 'im' }),
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
      'Per-environment configuration: Helm values per environment (`values-*.yaml`), `helmfile.yaml`, ' +
      'Kustomize `overlays/`, `config/{dev,staging,prod}*`, Spring profiles named for an environment (`application-prod.yml`), ' +
      '.NET `appsettings.Production.json`, or `.env.<environment>` templates.',
    notApplicableWhen: isLibraryOrDocumentation,
    rule: files([
      'values-*.y*ml',
      'values.*.y*ml',
      'helmfile.y*ml',
      'helmfile.d/',
      'overlays/',
      `**/config/${ENVIRONMENTS}*`,
      `**/config/${ENVIRONMENTS}*/**`,
      '**/config/environments/*',
      // Profiles named for an environment; application-mysql.properties
      // chooses a database, not an environment.
      `application-${ENVIRONMENTS}*.y*ml`,
      `application-${ENVIRONMENTS}*.properties`,
      `appsettings.${ENVIRONMENTS}*.json`,
      `.env.${ENVIRONMENTS}*`,
    ]),
  },
  {
    id: 'secrets-management',
    title: 'Secrets management is automated',
    phase: PHASE.productionReady,
    required: true,
    why: 'Secrets copied by hand or committed to the repository leak, never rotate and differ between environments.',
    howToPass:
      'A secrets manager is wired in: `.sops.yaml`, Vault (`vault.hashicorp.com/*` annotations, a `vault` ' +
      'provider or client dependency), `ExternalSecret` / `SecretStore`, `SealedSecret`, a CSI ' +
      '`SecretProviderClass`, or a cloud secret manager in IaC (`aws_secretsmanager_*`, ' +
      '`google_secret_manager_*`, `azurerm_key_vault*`) or as a client dependency; and no committed `.env` ' +
      'file other than templates (`.env.example`, `.env.sample`, `.env.template`, ...).',
    notApplicableWhen: isLibraryOrDocumentation,
    rule: allOf(
      anyOf(
        files(['.sops.yaml', '.sops.yml']),
        content([...YAML_FILES, '*.tpl'], 'vault\\.hashicorp\\.com/', {
          exclude: TEST_AND_EXAMPLE_FOLDERS,
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
        ]),
        content(
          TERRAFORM_FILES,
          'provider\\s+"vault"|"vault_[a-z0-9_]+"|aws_secretsmanager_|google_secret_manager_|azurerm_key_vault',
        ),
        content(
          [...YAML_FILES, '*.template', '*template*.json'],
          'AWS::SecretsManager::',
          {
            exclude: TEST_AND_EXAMPLE_FOLDERS,
          },
        ),
        dependency([
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
          // Cloud secret managers read at runtime.
          '@aws-sdk/client-secrets-manager',
          '@google-cloud/secret-manager',
          '@azure/keyvault-secrets',
          'github.com/aws/aws-sdk-go-v2/service/secretsmanager',
          'cloud.google.com/go/secretmanager',
          'software.amazon.awssdk:secretsmanager',
          'com.google.cloud:google-cloud-secretmanager',
          'io.awspring.cloud:spring-cloud-aws-starter-secrets-manager',
          'com.azure:azure-security-keyvault-secrets',
          'google-cloud-secret-manager',
          'azure-keyvault-secrets',
          'Azure.Security.KeyVault.Secrets',
          'Azure.Extensions.AspNetCore.Configuration.Secrets',
          'AWSSDK.SecretsManager',
        ]),
        dependency(['vault'], ['rubygems']),
      ),
      // No committed .env file that is not a template.
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
  },
  {
    id: 'security-scanning',
    title: 'SAST/DAST/dependency scanning in CI',
    phase: PHASE.productionReady,
    required: true,
    why: 'Known vulnerabilities in code, dependencies and images ship unnoticed unless a scanner looks at every change.',
    howToPass:
      'A security scanner in CI or repository configuration: CodeQL, Semgrep, Snyk, gosec, govulncheck, ' +
      'Trivy, Grype, OWASP dependency-check, OSV-Scanner, GitHub dependency-review, ZAP, Bandit, Brakeman, ' +
      '`npm audit` / `yarn npm audit`, SonarQube, Checkmarx, secret scanners (gitleaks, trufflehog), IaC ' +
      'scanners (Checkov, tfsec, KICS), workflow scanners (zizmor), or their configuration files ' +
      '(`.snyk`, `.trivyignore`, `.semgrep.yml`, `.gitleaks.toml`, ...).',
    rule: anyOf(
      files([
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
        'zizmor.y*ml',
        'osv-scanner.toml',
        '.grype.y*ml',
        '.github/codeql/',
        'kics.config',
      ]),
      content(
        [
          ...CI_AND_TASK_FILES,
          '.pre-commit-config.yaml',
          '.golangci.y*ml',
          'package.json',
          'pom.xml',
          'build.gradle',
          'build.gradle.kts',
        ],
        [
          '\\b(?:codeql|semgrep|snyk|gosec|govulncheck|trivy|grype|dependency-check|osv-scanner|dependency-review',
          '|zaproxy|bandit|brakeman|bundler-audit|bundle-audit|checkmarx|gitleaks|trufflehog|checkov|tfsec|kics',
          '|zizmor|pip-audit|cargo-audit|cargo audit|mix_audit|sobelow|find-sec-bugs|findsecbugs)\\b',
          '|\\b(?:npm|pnpm|yarn(?: npm)?) audit\\b|owasp[/ _-]zap|\\bzap-(?:baseline|full-scan|api-scan)',
          '|\\bsonar:sonar\\b|sonar-scanner|sonarqube|sonarcloud|dotnet list package --vulnerable',
        ].join(''),
      ),
      dependency([
        'snyk',
        'bandit',
        'pip-audit',
        'safety',
        'semgrep',
        'brakeman',
        'bundler-audit',
        'cargo-audit',
        'mix_audit',
        'sobelow',
        'com.h3xstream.findsecbugs:*',
        'org.owasp:dependency-check-*',
      ]),
    ),
  },
  {
    id: 'contract-validation',
    title: 'Schemas are registered and validated, clients generated',
    phase: PHASE.productionReady,
    required: true,
    why: 'A contract that is never linted, registered or used to generate code drifts from the implementation.',
    howToPass:
      'Contract tooling: Buf (`buf.yaml` / `buf.gen.yaml`), Spectral (`.spectral.yaml`), openapi-generator ' +
      'configuration or dependency, oapi-codegen, Pact or Spring Cloud Contract, schema-registry ' +
      'configuration or client, or `@backstage/repo-tools` schema commands. Not applicable when the ' +
      'component has no API contract (see `api-contract`).',
    notApplicableWhen: not(apiContractRule),
    rule: anyOf(
      files([
        'buf.yaml',
        'buf.yml',
        'buf.gen.yaml',
        'buf.work.yaml',
        '.spectral.y*ml',
        '.spectral.{json,js,mjs,cjs}',
        'openapitools.json',
        'openapi-generator*.y*ml',
        '.openapi-generator/',
        '.openapi-generator-ignore',
        'oapi-codegen*.y*ml',
        'pacts/',
        '.protolint.y*ml',
      ]),
      dependency([
        // openapi-generator and oapi-codegen
        '@openapitools/openapi-generator-cli',
        'org.openapitools:*',
        'openapi-generator-cli',
        'github.com/oapi-codegen/*',
        'github.com/deepmap/oapi-codegen*',
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
      content(
        [...BUILD_FILES, ...CI_AND_TASK_FILES],
        'openapi-generator|oapi-codegen|spring-cloud-contract|@stoplight/spectral|spectral lint|\\bbuf (?:lint|breaking|generate)\\b|repo-tools[^\\n]*\\bschema\\b|protolint|api-linter',
      ),
      content(
        ['*.go'],
        '//go:generate[^\\n]*(?:oapi-codegen|openapi-generator|\\bbuf )',
        {
          exclude: TEST_SOURCES,
        },
      ),
      content(
        [
          ...YAML_FILES,
          '*.properties',
          '*.conf',
          '*.toml',
          'appsettings*.json',
        ],
        'schema[._-]?registry',
        { exclude: TEST_AND_EXAMPLE_FOLDERS },
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
      'or `docs/**/operations*`. Automation playbooks (Ansible YAML) are not runbooks.',
    notApplicableWhen: isLibraryOrDocumentation,
    rule: anyOf(
      { link: { pattern: '\\b(?:run|play)[ _-]?books?\\b' } },
      files([
        `RUNBOOK*.${DOC_EXTENSIONS}`,
        `playbook*.${DOC_EXTENSIONS}`,
        `**/runbooks/**/*.${DOC_EXTENSIONS}`,
        `**/playbooks/**/*.${DOC_EXTENSIONS}`,
        `docs/**/operations*.${DOC_EXTENSIONS}`,
        `docs/**/operations*/**/*.${DOC_EXTENSIONS}`,
      ]),
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
      'contains `migrations` or `migrate` holding ordered files (golang-migrate, knex, Sequelize, TypeORM, ' +
      'Rails `db/migrate`), `prisma/migrations`, Django `*/migrations/0*.py`, EF Core `Migrations/`, Atlas ' +
      '`atlas.hcl`, or a `migrations.*` source file with a schema-version table. Not applicable without a ' +
      'database (no `dependsOn` to a Resource of type database and no database driver dependency).',
    notApplicableWhen: noDatabaseRule,
    rule: anyOf(
      files(['V*__*.sql'], { caseSensitive: true }),
      files([
        'flyway.conf',
        'flyway.toml',
        'alembic/',
        'alembic.ini',
        'atlas.hcl',
        'prisma/migrations/',
        '**/*migrat*/**/[0-9]*',
        '**/*migrat*/**/[0-9]*/**',
        '**/migrations/0*.py',
      ]),
      content(
        [
          '*changelog*.{xml,yaml,yml,json,sql}',
          '**/db/**/*.{xml,yaml,yml,json,sql}',
          '**/liquibase/**/*.{xml,yaml,yml,json,sql}',
        ],
        'databaseChangeLog|--[ \\t]*liquibase formatted sql',
      ),
      content(
        ['migrations.*'],
        'schema[_-]?(?:version|migrations?)|migrations?[_-]?version|user_version|goose_db_version|flyway_schema_history|databasechangelog',
        { exclude: TEST_SOURCES },
      ),
    ),
  },
];
