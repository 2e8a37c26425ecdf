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
  relatedTo,
  relation,
  targets,
  type Fixture,
} from './fixture';
import { notApplicableFor } from './notApplicableFor';

/**
 * Phase 3, Production Ready (docs/checklist.md): one passing fixture per
 * kind of evidence of each check, the near misses that must not count, and
 * the cases where a check does not apply.
 */

describe('monitoring-alerting', () => {
  it.each([
    ['datadoghq.com/dashboard-url', 'https://app.datadoghq.com/dashboard/abc'],
    ['newrelic.com/dashboard-guid', 'MXxWSVp8REFTSEJPQVJEfDE'],
    ['grafana/dashboard-selector', "tags @> 'svc'"],
    ['prometheus.io/rule', 'rate(http_requests_total[5m])'],
    ['pagerduty.com/service-id', 'PABC123'],
    ['opsgenie.com/team', 'payments'],
    ['dynatrace.com/dynatrace-entity-id', 'SERVICE-123'],
    ['splunk.com/on-call-team', 'payments'],
  ])('passes on the annotation %s', (key, value) => {
    const result = evaluateCheck('monitoring-alerting', {
      entity: { annotations: { [key]: value } },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(key);
  });

  it.each([
    [
      'a PrometheusRule',
      'deploy/alerts.yaml',
      'apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nmetadata:\n  name: svc\nspec:\n  groups: []\n',
      'deploy/alerts.yaml',
    ],
    [
      'an AlertmanagerConfig',
      'deploy/alertmanager-config.yaml',
      'apiVersion: monitoring.coreos.com/v1alpha1\nkind: AlertmanagerConfig\nmetadata:\n  name: svc\n',
      'deploy/alertmanager-config.yaml',
    ],
    [
      'a PrometheusRule in a Helm template',
      'charts/svc/templates/prometheusrule.yaml',
      '{{- if .Values.alerts.enabled }}\napiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\n{{- end }}\n',
      'charts/svc/templates/prometheusrule.yaml:3',
    ],
    [
      'Prometheus alerting rules',
      'monitoring/rules.yml',
      'groups:\n  - name: svc\n    rules:\n      - alert: HighErrorRate\n        expr: rate(errors[5m]) > 1\n',
      'monitoring/rules.yml:4',
    ],
    [
      'an Alertmanager configuration',
      'monitoring/alertmanager.yml',
      'route:\n  receiver: team\n',
      'monitoring/alertmanager.yml',
    ],
    [
      'a Grafana dashboard JSON',
      'dashboards/svc-dashboard.json',
      '{\n  "title": "svc",\n  "panels": [{ "targets": [{ "expr": "rate(http_requests_total[5m])" }] }]\n}\n',
      'dashboards/svc-dashboard.json:3',
    ],
    [
      'a datadog_monitor in Terraform',
      'infra/monitors.tf',
      'resource "datadog_monitor" "errors" {\n  type = "metric alert"\n}\n',
      'infra/monitors.tf:1',
    ],
    [
      'a newrelic_alert_policy in Terraform',
      'infra/alerts.tf',
      'resource "newrelic_alert_policy" "svc" {\n  name = "svc"\n}\n',
      'infra/alerts.tf:1',
    ],
  ])('passes on %s', (_name, path, text, target) => {
    const result = evaluateCheck('monitoring-alerting', {
      files: { [path]: text },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(target);
  });

  // dashboards/<name>.json is the usual layout of Grafana provisioning.
  it('passes on a Grafana dashboard JSON in a dashboards/ folder', () => {
    const result = evaluateCheck('monitoring-alerting', {
      files: {
        'grafana/dashboards/payments.json':
          '{\n  "title": "payments",\n  "schemaVersion": 39,\n  "panels": [{ "datasource": { "type": "prometheus", "uid": "prom" } }]\n}\n',
      },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toMatch(
      /^grafana\/dashboards\/payments\.json/,
    );
  });

  it('fails on an empty repository', () => {
    expect(evaluateCheck('monitoring-alerting').outcome).toBe('fail');
  });

  it.each<[string, Fixture]>([
    [
      'a Prometheus scrape configuration',
      {
        files: {
          'prometheus.yml':
            'scrape_configs:\n  - job_name: svc\n    static_configs: [{ targets: [svc:8080] }]\n',
        },
      },
    ],
    [
      'alerting rules under test/',
      {
        files: { 'test/rules.yml': 'groups:\n  - rules:\n      - alert: X\n' },
      },
    ],
    [
      'an unrelated annotation',
      { entity: { annotations: { 'backstage.io/techdocs-ref': 'dir:.' } } },
    ],
    [
      'a JSON file named dashboard without panels',
      { files: { 'src/dashboard.json': '{ "widgets": [] }\n' } },
    ],
  ])('fails on %s', (_name, fixture) => {
    expect(evaluateCheck('monitoring-alerting', fixture).outcome).toBe('fail');
  });

  notApplicableFor('monitoring-alerting', ['library', 'documentation']);
});

describe('test-levels', () => {
  const UNIT = { 'src/orders.test.ts': "it('works', () => {});\n" };

  it.each<[string, Record<string, string>, string]>([
    [
      'Testcontainers (Go)',
      {
        'go.mod': goMod('github.com/testcontainers/testcontainers-go v0.31.0'),
        'store/store_test.go': 'package store\n',
      },
      'go.mod',
    ],
    [
      'Testcontainers (npm)',
      {
        ...UNIT,
        'package.json': packageJson(
          {},
          {
            devDependencies: { '@testcontainers/postgresql': '^10.10.0' },
          },
        ),
      },
      'package.json',
    ],
    [
      'Testcontainers (Maven)',
      {
        'src/test/java/com/acme/OrdersTest.java': 'class OrdersTest {}\n',
        'pom.xml': pomXml(['org.testcontainers:postgresql:1.19.8']),
      },
      'pom.xml',
    ],
    [
      'LocalStack in a compose file',
      {
        ...UNIT,
        'docker-compose.yml':
          'services:\n  aws:\n    image: localstack/localstack:3\n',
      },
      'docker-compose.yml:3',
    ],
    [
      'LocalStack as a dependency',
      {
        'tests/test_orders.py': 'def test_x(): pass\n',
        'requirements-dev.txt': 'pytest\nlocalstack-client==2.5\n',
      },
      'requirements-dev.txt',
    ],
    [
      'docker-compose.test.yml',
      { ...UNIT, 'docker-compose.test.yml': 'services: {}\n' },
      'docker-compose.test.yml',
    ],
    [
      'an integration test folder',
      {
        ...UNIT,
        'test/integration/orders.test.ts': "it('saves', () => {});\n",
      },
      'test/integration/orders.test.ts',
    ],
    [
      'an integration test file',
      { ...UNIT, 'store/store_integration_test.go': 'package store\n' },
      'store/store_integration_test.go',
    ],
    [
      'an acceptance test file',
      { ...UNIT, 'src/checkout.acceptance.spec.ts': "it('buys', () => {});\n" },
      'src/checkout.acceptance.spec.ts',
    ],
    [
      'an *IT.java class',
      {
        'src/test/java/com/acme/OrdersTest.java': 'class OrdersTest {}\n',
        'src/test/java/com/acme/OrdersIT.java': 'class OrdersIT {}\n',
      },
      'src/test/java/com/acme/OrdersIT.java',
    ],
    [
      'a Gradle integrationTest source set',
      {
        'src/test/java/com/acme/OrdersTest.java': 'class OrdersTest {}\n',
        'src/integrationTest/java/com/acme/OrdersStoreTest.java': 'x\n',
      },
      'src/integrationTest/java/com/acme/OrdersStoreTest.java',
    ],
  ])(
    'passes on unit tests and integration tests: %s',
    (_name, files, target) => {
      const result = evaluateCheck('test-levels', { files });
      expect(result.outcome).toBe('pass');
      expect(targets(result)).toContain(target);
    },
  );

  it.each<[string, Record<string, string>, string]>([
    [
      'Playwright',
      {
        ...UNIT,
        'package.json': packageJson(
          {},
          {
            devDependencies: { '@playwright/test': '^1.45.0' },
          },
        ),
      },
      'package.json',
    ],
    [
      'a Playwright config',
      { ...UNIT, 'playwright.config.ts': 'export default {};\n' },
      'playwright.config.ts',
    ],
    [
      'Cypress',
      { ...UNIT, 'package.json': packageJson({ cypress: '^13.13.0' }) },
      'package.json',
    ],
    [
      'a cypress/ folder',
      { ...UNIT, 'cypress/e2e/checkout.cy.ts': 'x\n' },
      'cypress/e2e/checkout.cy.ts',
    ],
    ['an e2e folder', { ...UNIT, 'e2e/checkout.ts': 'x\n' }, 'e2e/checkout.ts'],
    [
      'an e2e test file',
      { ...UNIT, 'tests/checkout.e2e-spec.ts': 'x\n' },
      'tests/checkout.e2e-spec.ts',
    ],
    [
      'Karate',
      {
        'src/test/java/com/acme/OrdersTest.java': 'class OrdersTest {}\n',
        'build.gradle': buildGradle('com.intuit.karate:karate-junit5:1.4.1'),
      },
      'build.gradle',
    ],
    [
      'a Postman collection',
      { ...UNIT, 'postman/svc.postman_collection.json': '{}\n' },
      'postman/svc.postman_collection.json',
    ],
    [
      'Newman',
      {
        ...UNIT,
        'package.json': packageJson(
          {},
          { devDependencies: { newman: '^6.1.3' } },
        ),
      },
      'package.json',
    ],
    [
      'Selenium',
      { 'tests/test_ui.py': 'x\n', 'requirements.txt': 'selenium==4.22.0\n' },
      'requirements.txt',
    ],
  ])(
    'passes on unit tests and end-to-end tests: %s',
    (_name, files, target) => {
      const result = evaluateCheck('test-levels', { files });
      expect(result.outcome).toBe('pass');
      expect(targets(result)).toContain(target);
    },
  );

  it.each([
    [
      'a CI job named e2e',
      '.github/workflows/ci.yml',
      'jobs:\n  test:\n    runs-on: ubuntu-latest\n  e2e:\n    runs-on: ubuntu-latest\n',
      '.github/workflows/ci.yml:4',
    ],
    [
      'a CI step named integration tests',
      '.github/workflows/ci.yml',
      'jobs:\n  test:\n    steps:\n      - name: Run integration tests\n        run: make it\n',
      '.github/workflows/ci.yml:4',
    ],
    [
      'a GitLab acceptance stage',
      '.gitlab-ci.yml',
      'stages: [test, acceptance]\nsmoke:\n  stage: acceptance\n  script: [make smoke]\n',
      '.gitlab-ci.yml:3',
    ],
    [
      'a Jenkins end-to-end stage',
      'Jenkinsfile',
      "pipeline {\n  stages {\n    stage('End-to-end') { steps { sh 'make e2e' } }\n  }\n}\n",
      'Jenkinsfile:3',
    ],
  ])('passes on unit tests and %s', (_name, path, text, target) => {
    const result = evaluateCheck('test-levels', {
      files: { ...UNIT, [path]: text },
    });
    expect(result.outcome).toBe('pass');
    expect(targets(result)).toEqual(['src/orders.test.ts', target]);
  });

  // Ordinary test files in a folder named integration/ anywhere count.
  it('passes on unit tests and an integration/ test folder', () => {
    const result = evaluateCheck('test-levels', {
      files: {
        'orders/orders_test.go': 'package orders\n',
        'integration/orders_test.go': 'package integration\n',
      },
    });
    expect(result.outcome).toBe('pass');
    expect(targets(result)).toContain('integration/orders_test.go');
  });

  it('fails on an empty repository', () => {
    expect(evaluateCheck('test-levels').outcome).toBe('fail');
  });

  it.each<[string, Record<string, string>]>([
    ['unit tests alone', UNIT],
    [
      'integration tests without unit tests',
      {
        'docker-compose.test.yml': 'services: {}\n',
        'it/OrdersIT.java': 'x\n',
      },
    ],
    [
      'a class whose name merely ends in "it.java"',
      {
        'src/test/java/com/acme/OrdersTest.java': 'x\n',
        'src/main/java/Audit.java': 'x\n',
      },
    ],
    [
      'a workflow named Continuous Integration',
      {
        ...UNIT,
        '.github/workflows/ci.yml':
          'name: Continuous Integration\non: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n',
      },
    ],
  ])('fails on %s', (_name, files) => {
    expect(evaluateCheck('test-levels', { files }).outcome).toBe('fail');
  });
});

describe('config-per-env', () => {
  it.each([
    'charts/svc/values-prod.yaml',
    'charts/svc/values.staging.yml',
    'helmfile.yaml',
    'helmfile.d/00-svc.yaml',
    'deploy/overlays/prod/kustomization.yaml',
    'config/dev.json',
    'config/staging/app.yaml',
    'config/production.toml',
    'config/environments/qa.yaml',
    'src/main/resources/application-prod.yml',
    'src/main/resources/application-dev.properties',
    'src/Svc/appsettings.Production.json',
    '.env.staging',
    '.env.production.example',
  ])('passes on %s', path => {
    const result = evaluateCheck('config-per-env', {
      files: { [path]: 'x: 1\n' },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(path);
  });

  it('fails on an empty repository', () => {
    expect(evaluateCheck('config-per-env').outcome).toBe('fail');
  });

  it.each([
    ['a single values.yaml', 'charts/svc/values.yaml'],
    ['a single application.yml', 'src/main/resources/application.yml'],
    [
      'a profile that picks a database, not an environment',
      'src/main/resources/application-mysql.properties',
    ],
    ['a single appsettings.json', 'appsettings.json'],
    ['an .env template without an environment', '.env.example'],
    ['a config file without an environment', 'config/app.yaml'],
  ])('fails on %s', (_name, path) => {
    expect(
      evaluateCheck('config-per-env', { files: { [path]: 'x: 1\n' } }).outcome,
    ).toBe('fail');
  });

  notApplicableFor('config-per-env', ['library', 'documentation']);
});

describe('secrets-management', () => {
  const kind = (k: string, apiVersion: string) =>
    `apiVersion: ${apiVersion}\nkind: ${k}\nmetadata:\n  name: svc\n`;

  it.each<[string, Record<string, string>, string]>([
    ['.sops.yaml', { '.sops.yaml': 'creation_rules: []\n' }, '.sops.yaml'],
    [
      'a Vault agent annotation in a manifest',
      {
        'deploy/deployment.yaml': deploymentYaml({
          annotations: 'vault.hashicorp.com/agent-inject: "true"',
        }),
      },
      'deploy/deployment.yaml:9',
    ],
    [
      'an ExternalSecret',
      {
        'deploy/secret.yaml': kind(
          'ExternalSecret',
          'external-secrets.io/v1beta1',
        ),
      },
      'deploy/secret.yaml',
    ],
    [
      'a SecretStore',
      {
        'deploy/store.yaml': kind('SecretStore', 'external-secrets.io/v1beta1'),
      },
      'deploy/store.yaml',
    ],
    [
      'a ClusterSecretStore',
      {
        'deploy/store.yaml': kind(
          'ClusterSecretStore',
          'external-secrets.io/v1beta1',
        ),
      },
      'deploy/store.yaml',
    ],
    [
      'a SealedSecret',
      { 'deploy/sealed.yaml': kind('SealedSecret', 'bitnami.com/v1alpha1') },
      'deploy/sealed.yaml',
    ],
    [
      'a Vault provider in Terraform',
      {
        'infra/vault.tf': 'provider "vault" {\n  address = var.vault_addr\n}\n',
      },
      'infra/vault.tf:1',
    ],
    [
      'aws_secretsmanager_secret in Terraform',
      { 'infra/secrets.tf': 'resource "aws_secretsmanager_secret" "db" {}\n' },
      'infra/secrets.tf:1',
    ],
    [
      'google_secret_manager_secret in Terraform',
      {
        'infra/secrets.tf': 'resource "google_secret_manager_secret" "db" {}\n',
      },
      'infra/secrets.tf:1',
    ],
    [
      'azurerm_key_vault in Terraform',
      { 'infra/kv.tf': 'resource "azurerm_key_vault" "main" {}\n' },
      'infra/kv.tf:1',
    ],
    [
      'AWS::SecretsManager in CloudFormation',
      {
        'template.yaml':
          'Resources:\n  Db:\n    Type: AWS::SecretsManager::Secret\n',
      },
      'template.yaml:3',
    ],
    [
      'a Vault client dependency (Go)',
      { 'go.mod': goMod('github.com/hashicorp/vault/api v1.14.0') },
      'go.mod',
    ],
    [
      'a Vault client dependency (Python)',
      { 'requirements.txt': 'hvac==2.3.0\n' },
      'requirements.txt',
    ],
    [
      'a Vault client dependency (npm)',
      { 'package.json': packageJson({ 'node-vault': '^0.10.2' }) },
      'package.json',
    ],
    [
      'Spring Cloud Vault',
      {
        'pom.xml': pomXml([
          'org.springframework.cloud:spring-cloud-starter-vault-config',
        ]),
      },
      'pom.xml',
    ],
    [
      '.sops.yaml next to an .env template',
      {
        '.sops.yaml': 'creation_rules: []\n',
        '.env.example': 'DB_PASSWORD=\n',
      },
      '.sops.yaml',
    ],
  ])('passes on %s', (_name, files, target) => {
    const result = evaluateCheck('secrets-management', { files });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(target);
  });

  it('passes on a vault.hashicorp.com annotation of the entity', () => {
    const result = evaluateCheck('secrets-management', {
      entity: { annotations: { 'vault.hashicorp.com/secrets-path': 'svc' } },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe('vault.hashicorp.com/secrets-path');
  });

  it('fails on an empty repository', () => {
    expect(evaluateCheck('secrets-management').outcome).toBe('fail');
  });

  it.each<[string, Record<string, string>]>([
    [
      'a committed .env next to .sops.yaml',
      { '.sops.yaml': 'creation_rules: []\n', '.env': 'DB_PASSWORD=hunter2\n' },
    ],
    [
      'a committed .env.production next to an ExternalSecret',
      {
        'deploy/secret.yaml': kind(
          'ExternalSecret',
          'external-secrets.io/v1beta1',
        ),
        '.env.production': 'DB_PASSWORD=hunter2\n',
      },
    ],
    [
      'a plain Kubernetes Secret',
      {
        'deploy/secret.yaml':
          'apiVersion: v1\nkind: Secret\nmetadata:\n  name: svc\nstringData:\n  password: x\n',
      },
    ],
    ['an .env template alone', { '.env.example': 'DB_PASSWORD=\n' }],
  ])('fails on %s', (_name, files) => {
    expect(evaluateCheck('secrets-management', { files }).outcome).toBe('fail');
  });

  notApplicableFor('secrets-management', ['library', 'documentation']);
});

describe('security-scanning', () => {
  const workflow = (step: string) =>
    `jobs:\n  scan:\n    runs-on: ubuntu-latest\n    steps:\n      - ${step}\n`;

  it.each([
    ['CodeQL', 'uses: github/codeql-action/init@v3'],
    ['Semgrep', 'run: semgrep scan --config auto'],
    ['Snyk', 'uses: snyk/actions/node@master'],
    ['gosec', 'run: gosec ./...'],
    ['govulncheck', 'run: govulncheck ./...'],
    ['Trivy', 'uses: aquasecurity/trivy-action@0.24.0'],
    ['Grype', 'uses: anchore/scan-action@v3 # grype'],
    [
      'OWASP dependency-check',
      'run: ./mvnw org.owasp:dependency-check-maven:check',
    ],
    ['OSV-Scanner', 'uses: google/osv-scanner-action/osv-scanner-action@v1'],
    ['GitHub dependency-review', 'uses: actions/dependency-review-action@v4'],
    ['ZAP', 'uses: zaproxy/action-baseline@v0.12.0'],
    ['Bandit', 'run: bandit -r app'],
    ['Brakeman', 'run: bundle exec brakeman'],
    ['npm audit', 'run: npm audit --audit-level=high'],
    ['yarn npm audit', 'run: yarn npm audit --all'],
    ['SonarQube', 'uses: SonarSource/sonarqube-scan-action@v3'],
    ['Checkmarx', 'uses: checkmarx/ast-github-action@main'],
    ['gitleaks', 'uses: gitleaks/gitleaks-action@v2'],
    ['trufflehog', 'uses: trufflesecurity/trufflehog@main'],
    ['Checkov', 'uses: bridgecrewio/checkov-action@v12'],
    ['tfsec', 'uses: aquasecurity/tfsec-action@v1.0.0'],
    ['KICS', 'uses: checkmarx/kics-github-action@v2'],
    ['zizmor', 'run: uvx zizmor .'],
  ])('passes on %s in CI', (_name, step) => {
    const result = evaluateCheck('security-scanning', {
      files: { '.github/workflows/security.yml': workflow(step) },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe('.github/workflows/security.yml:5');
  });

  it.each([
    ['.snyk', '.snyk'],
    ['.trivyignore', '.trivyignore'],
    ['.semgrep.yml', '.semgrep.yml'],
    ['.gitleaks.toml', '.gitleaks.toml'],
    ['a CodeQL config', '.github/codeql/codeql-config.yml'],
  ])('passes on %s', (_name, path) => {
    const result = evaluateCheck('security-scanning', {
      files: { [path]: 'x\n' },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(path);
  });

  it.each([
    [
      'the OWASP dependency-check Maven plugin',
      'pom.xml',
      '<project>\n  <build><plugins><plugin>\n    <groupId>org.owasp</groupId>\n    <artifactId>dependency-check-maven</artifactId>\n  </plugin></plugins></build>\n</project>\n',
    ],
    ['a Bandit dev dependency', 'requirements-dev.txt', 'bandit==1.7.9\n'],
    [
      'gosec in .golangci.yml',
      '.golangci.yml',
      'linters:\n  enable: [gosec]\n',
    ],
  ])('passes on %s', (_name, path, text) => {
    const result = evaluateCheck('security-scanning', {
      files: { [path]: text },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toMatch(
      new RegExp(`^${path.replace('.', '\\.')}`),
    );
  });

  it('fails on an empty repository', () => {
    expect(evaluateCheck('security-scanning').outcome).toBe('fail');
  });

  it.each<[string, Record<string, string>]>([
    [
      'a CI workflow that only builds and tests',
      {
        '.github/workflows/ci.yml': workflow(
          'run: npm ci --no-audit && npm test',
        ),
      },
    ],
    [
      'Dependabot configuration alone',
      { '.github/dependabot.yml': 'version: 2\nupdates: []\n' },
    ],
  ])('fails on %s', (_name, files) => {
    expect(evaluateCheck('security-scanning', { files }).outcome).toBe('fail');
  });
});

describe('contract-validation', () => {
  const OPENAPI = { 'api/openapi.yaml': "openapi: '3.0.3'\ninfo: {}\n" };

  it.each<[string, Record<string, string>, string]>([
    [
      'buf.yaml',
      {
        'proto/svc.proto': 'syntax = "proto3";\n',
        'buf.yaml': 'version: v2\n',
      },
      'buf.yaml',
    ],
    [
      'buf.gen.yaml',
      {
        'proto/svc.proto': 'syntax = "proto3";\n',
        'buf.gen.yaml': 'version: v2\n',
      },
      'buf.gen.yaml',
    ],
    [
      'a Spectral ruleset',
      { ...OPENAPI, '.spectral.yaml': 'extends: spectral:oas\n' },
      '.spectral.yaml',
    ],
    [
      'openapi-generator configuration',
      { ...OPENAPI, 'openapitools.json': '{ "generator-cli": {} }\n' },
      'openapitools.json',
    ],
    [
      'an openapi-generator dependency',
      {
        ...OPENAPI,
        'package.json': packageJson(
          {},
          {
            devDependencies: {
              '@openapitools/openapi-generator-cli': '^2.13.4',
            },
          },
        ),
      },
      'package.json',
    ],
    [
      'an openapi-generator Maven plugin',
      {
        ...OPENAPI,
        'pom.xml':
          '<project>\n  <build><plugins><plugin>\n    <groupId>org.openapitools</groupId>\n    <artifactId>openapi-generator-maven-plugin</artifactId>\n  </plugin></plugins></build>\n</project>\n',
      },
      'pom.xml',
    ],
    [
      'oapi-codegen in go:generate',
      {
        ...OPENAPI,
        'api/gen.go':
          'package api\n\n//go:generate oapi-codegen -config cfg.yaml openapi.yaml\n',
      },
      'api/gen.go:3',
    ],
    [
      'an oapi-codegen dependency',
      { ...OPENAPI, 'go.mod': goMod('github.com/oapi-codegen/runtime v1.1.1') },
      'go.mod',
    ],
    [
      'Pact',
      {
        ...OPENAPI,
        'package.json': packageJson(
          {},
          { devDependencies: { '@pact-foundation/pact': '^13.1.0' } },
        ),
      },
      'package.json',
    ],
    [
      'Spring Cloud Contract',
      {
        ...OPENAPI,
        'pom.xml': pomXml([
          'org.springframework.cloud:spring-cloud-starter-contract-verifier',
        ]),
      },
      'pom.xml',
    ],
    [
      'schema-registry configuration',
      {
        'avro/order.avsc': '{ "type": "record" }\n',
        'src/main/resources/application.yml':
          'spring:\n  kafka:\n    properties:\n      schema.registry.url: http://registry:8081\n',
      },
      'src/main/resources/application.yml:4',
    ],
    [
      'a schema-registry client',
      {
        'avro/order.avsc': '{}\n',
        'build.gradle': buildGradle('io.confluent:kafka-avro-serializer:7.6.1'),
      },
      'build.gradle',
    ],
    [
      '@backstage/repo-tools schema commands',
      {
        ...OPENAPI,
        'package.json':
          '{\n  "name": "svc",\n  "scripts": { "lint:api": "backstage-repo-tools schema openapi lint" }\n}\n',
      },
      'package.json:3',
    ],
  ])('passes on a contract with %s', (_name, files, target) => {
    const result = evaluateCheck('contract-validation', { files });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(target);
  });

  it('fails on a contract alone', () => {
    expect(
      evaluateCheck('contract-validation', { files: OPENAPI }).outcome,
    ).toBe('fail');
  });

  it('applies when the entity provides an API entity', () => {
    expect(
      evaluateCheck('contract-validation', {
        entity: { relations: [relation('providesApi', 'api:default/svc-api')] },
      }).outcome,
    ).toBe('fail');
  });

  it('is not applicable without api-contract evidence', () => {
    expect(
      evaluateCheck('contract-validation', {
        files: { '.spectral.yaml': 'extends: spectral:oas\n' },
      }).outcome,
    ).toBe('not-applicable');
  });

  it('is not applicable when the only contract is test data', () => {
    expect(
      evaluateCheck('contract-validation', {
        files: { 'test/openapi.yaml': "openapi: '3.0.3'\n" },
      }).outcome,
    ).toBe('not-applicable');
  });
});

describe('runbooks', () => {
  it.each([
    [{ title: 'Runbook', url: 'https://wiki.example.com/svc/runbook' }],
    [
      {
        title: 'On-call play book',
        url: 'https://wiki.example.com/svc/oncall',
      },
    ],
    [{ title: 'Ops', type: 'runbook', url: 'https://wiki.example.com/ops/1' }],
  ])('passes on the entity link %j', link => {
    const result = evaluateCheck('runbooks', { entity: { links: [link] } });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(link.url);
  });

  it.each([
    'RUNBOOK.md',
    'docs/runbook-payments.md',
    'playbook.adoc',
    'runbooks/restart.md',
    'docs/runbooks/db-failover.rst',
    'playbooks/incident.md',
    'docs/operations.md',
    'docs/ops/operations-guide.adoc',
    'docs/operations/scaling.md',
  ])('passes on %s', path => {
    const result = evaluateCheck('runbooks', { files: { [path]: '# x\n' } });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(path);
  });

  it('fails on an empty repository', () => {
    expect(evaluateCheck('runbooks').outcome).toBe('fail');
  });

  it.each<[string, Fixture]>([
    [
      'an Ansible playbook',
      { files: { 'playbooks/site.yml': '- hosts: all\n  tasks: []\n' } },
    ],
    ['a playbook.yml', { files: { 'playbook.yml': '- hosts: all\n' } }],
    [
      'a link to a dashboard',
      {
        entity: {
          links: [
            { title: 'Dashboard', url: 'https://grafana.example.com/d/svc' },
          ],
        },
      },
    ],
    ['a README', { files: { 'README.md': '# svc\n' } }],
  ])('fails on %s', (_name, fixture) => {
    expect(evaluateCheck('runbooks', fixture).outcome).toBe('fail');
  });

  notApplicableFor('runbooks', ['library', 'documentation']);
});

describe('db-migrations', () => {
  /** A database in use: a PostgreSQL driver. */
  const PG = { 'package.json': packageJson({ pg: '^8.12.0' }) };

  it.each([
    ['Node', 'src/store.ts', "import { DatabaseSync } from 'node:sqlite';\n"],
    ['Bun', 'src/db.ts', "import { Database } from 'bun:sqlite';\n"],
    ['Python', 'app/db.py', 'import sqlite3\n'],
  ])(
    'applies to a %s service whose database is built into the runtime',
    (_runtime, path, source) => {
      expect(
        evaluateCheck('db-migrations', { files: { [path]: source } }).outcome,
      ).toBe('fail');
    },
  );

  it('does not apply for a runtime database used only by tests', () => {
    expect(
      evaluateCheck('db-migrations', {
        files: {
          'test/store.test.ts': "import { DatabaseSync } from 'node:sqlite';\n",
          'tests/test_cache.py': 'import sqlite3\n',
        },
      }).outcome,
    ).toBe('not-applicable');
  });

  it.each([
    'src/main/resources/db/migration/V1__create_orders.sql',
    'db/changelog/db.changelog-master.yaml',
    'alembic/env.py',
    'alembic.ini',
    'db/migrations/000001_create_orders.up.sql',
    'migrations/20240101120000_create_orders.js',
    'src/migrations/1712345678901-Init.ts',
    'db/migrate/20240101000000_create_orders.rb',
    'prisma/migrations/20240101_init/migration.sql',
    'orders/migrations/0001_initial.py',
    'src/Svc/Migrations/20240101000000_Initial.cs',
    'atlas.hcl',
    'flyway.conf',
  ])('passes on %s', path => {
    const text = path.includes('changelog')
      ? 'databaseChangeLog:\n  - changeSet: { id: 1 }\n'
      : 'x\n';
    const result = evaluateCheck('db-migrations', {
      files: { ...PG, [path]: text },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toMatch(
      new RegExp(`^${path.replace(/[.]/g, '\\.')}`),
    );
  });

  it('passes on a Liquibase formatted SQL changelog', () => {
    const result = evaluateCheck('db-migrations', {
      files: {
        ...PG,
        'src/main/resources/db/changes.sql':
          '--liquibase formatted sql\n--changeset a:1\n',
      },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(
      'src/main/resources/db/changes.sql:1',
    );
  });

  it('passes on versioned migrations in code', () => {
    const result = evaluateCheck('db-migrations', {
      files: {
        ...PG,
        'internal/store/migrations.go':
          'package store\n\nconst createVersion = `CREATE TABLE IF NOT EXISTS schema_version (v int)`\n',
      },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe('internal/store/migrations.go:3');
  });

  it('applies with a dependsOn relation to a database Resource', () => {
    const result = evaluateCheck('db-migrations', {
      ...relatedTo('dependsOn', 'resource:default/orders-db', 'database'),
      files: { 'db/migrations/000001_init.up.sql': 'x\n' },
    });
    expect(result.outcome).toBe('pass');
  });

  it('fails with a database and no migrations', () => {
    expect(evaluateCheck('db-migrations', { files: PG }).outcome).toBe('fail');
  });

  it.each([
    ['a migrations README', 'migrations/README.md'],
    ['a schema dump', 'db/schema.sql'],
    ['a lowercase flyway-like name', 'sql/v1__init.sql'],
  ])('fails on %s', (_name, path) => {
    expect(
      evaluateCheck('db-migrations', { files: { ...PG, [path]: 'x\n' } })
        .outcome,
    ).toBe('fail');
  });

  it.each<[string, Fixture]>([
    [
      'neither a database relation nor a driver',
      { files: { 'migrations/0001.sql': 'x\n' } },
    ],
    [
      'a dependsOn to a Resource that is not a database',
      relatedTo('dependsOn', 'resource:default/cache', 'cache'),
    ],
  ])('is not applicable with %s', (_name, fixture) => {
    expect(evaluateCheck('db-migrations', fixture).outcome).toBe(
      'not-applicable',
    );
  });

  it.each<[string, Record<string, string>]>([
    ['Go (pgx)', { 'go.mod': goMod('github.com/jackc/pgx/v5 v5.6.0') }],
    [
      'Java (Spring Data JPA)',
      {
        'pom.xml': pomXml([
          'org.springframework.boot:spring-boot-starter-data-jpa',
        ]),
      },
    ],
    ['Python (SQLAlchemy)', { 'requirements.txt': 'SQLAlchemy==2.0.31\n' }],
  ])('applies with a database driver dependency: %s', (_name, files) => {
    const result = evaluateCheck('db-migrations', { files });
    expect(result.outcome).toBe('fail');
    expect(details(result)).toBe('');
  });
});

/*
 * Checklist v3: the evidence of every ecosystem, and the near misses where
 * a path or a token is there but the file does not mean what the check asks.
 */

describe('monitoring-alerting (v3)', () => {
  it.each<[string, Record<string, string>, string]>([
    [
      'a DatadogMonitor resource',
      {
        'deploy/monitor.yaml':
          'apiVersion: datadoghq.com/v1alpha1\nkind: DatadogMonitor\nmetadata:\n  name: svc-errors\n',
      },
      'deploy/monitor.yaml',
    ],
    [
      'a CloudWatch alarm in CloudFormation',
      {
        'template.yaml':
          'Resources:\n  Errors:\n    Type: AWS::CloudWatch::Alarm\n',
      },
      'template.yaml:3',
    ],
    [
      'Prometheus alerting rules in a .rules file',
      {
        'monitoring/prometheus/alert.rules':
          'groups:\n  - name: svc\n    rules:\n      - alert: HighLatency\n        expr: x > 1\n',
      },
      'monitoring/prometheus/alert.rules:4',
    ],
  ])('passes on %s', (_name, files, target) => {
    const result = evaluateCheck('monitoring-alerting', { files });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(target);
  });

  it.each<[string, Record<string, string>]>([
    [
      'a Grafana dashboard of business data from a SQL datasource',
      {
        'grafana/dashboards/trips.json':
          '{\n  "title": "Trips",\n  "panels": [{ "datasource": { "type": "grafana-postgresql-datasource" }, "targets": [{ "rawSql": "SELECT 1" }] }]\n}\n',
      },
    ],
    [
      'an Alertmanager configuration under examples/',
      { 'examples/alertmanager.yml': 'route:\n  receiver: team\n' },
    ],
    [
      'a datadog_monitor in an example Terraform module',
      {
        'examples/basic/main.tf': 'resource "datadog_monitor" "errors" {}\n',
      },
    ],
  ])('fails on %s', (_name, files) => {
    expect(evaluateCheck('monitoring-alerting', { files }).outcome).toBe(
      'fail',
    );
  });
});

describe('test-levels (v3)', () => {
  it.each<[string, Record<string, string>, string]>([
    [
      'dockertest (Go)',
      {
        'store/store_test.go': 'package store\n',
        'go.mod': goMod('github.com/ory/dockertest/v3 v3.10.0'),
      },
      'go.mod',
    ],
    [
      'Supertest (Node.js)',
      {
        'src/orders.test.ts': "it('works', () => {});\n",
        'package.json': packageJson(
          {},
          { devDependencies: { supertest: '^7.0.0' } },
        ),
      },
      'package.json',
    ],
    [
      'REST Assured (Java)',
      {
        'src/test/java/com/acme/OrdersTest.java': 'class OrdersTest {}\n',
        'pom.xml': pomXml(['io.rest-assured:rest-assured:5.4.0']),
      },
      'pom.xml',
    ],
    [
      'pytest-docker (Python)',
      {
        'tests/test_orders.py': 'def test_x(): pass\n',
        'pyproject.toml': pyproject('pytest-docker>=3.1'),
      },
      'pyproject.toml',
    ],
    [
      'behave acceptance tests (Python)',
      {
        'tests/test_orders.py': 'def test_x(): pass\n',
        'features/checkout.feature': 'Feature: Checkout\n',
      },
      'features/checkout.feature',
    ],
    [
      'ASP.NET Core WebApplicationFactory (.NET)',
      {
        'tests/Svc.Tests/OrdersTests.cs': 'public class OrdersTests {}\n',
        'tests/Svc.Tests/Svc.Tests.csproj': csproj(
          'Microsoft.AspNetCore.Mvc.Testing/8.0.6',
        ),
      },
      'tests/Svc.Tests/Svc.Tests.csproj',
    ],
    [
      'a .NET integration test project',
      {
        'tests/Svc.Tests/OrdersTests.cs': 'public class OrdersTests {}\n',
        'tests/Svc.IntegrationTests/OrderEndpointsTests.cs':
          'public class OrderEndpointsTests {}\n',
      },
      'tests/Svc.IntegrationTests/OrderEndpointsTests.cs',
    ],
    [
      'Reqnroll acceptance tests (.NET)',
      {
        'tests/Svc.Tests/OrdersTests.cs': 'public class OrdersTests {}\n',
        'tests/Svc.Specs/Svc.Specs.csproj': csproj('Reqnroll.xUnit/2.0.3'),
      },
      'tests/Svc.Specs/Svc.Specs.csproj',
    ],
    [
      'Rails request specs (Ruby)',
      {
        'spec/models/order_spec.rb':
          'describe Order do\n  it "totals" do; end\nend\n',
        'spec/requests/orders_spec.rb':
          'describe "orders" do\n  it "lists" do; end\nend\n',
      },
      'spec/requests/orders_spec.rb',
    ],
    [
      'Rust integration tests in tests/ beside #[cfg(test)] modules',
      {
        'Cargo.toml': cargoToml('axum = "0.7"'),
        'src/lib.rs': 'pub fn f() {}\n\n#[cfg(test)]\nmod tests {}\n',
        'tests/api.rs': '#[test]\nfn api() {}\n',
      },
      'tests/api.rs',
    ],
    [
      'an integration test named with the project’s JVM convention',
      {
        'src/test/java/com/acme/OrdersTest.java': 'class OrdersTest {}\n',
        'src/test/java/com/acme/OrdersIntegrationTest.java':
          'class OrdersIntegrationTest {}\n',
      },
      'src/test/java/com/acme/OrdersIntegrationTest.java',
    ],
  ])(
    'passes on unit tests and integration tests: %s',
    (_name, files, target) => {
      const result = evaluateCheck('test-levels', { files });
      expect(result.outcome).toBe('pass');
      expect(targets(result)).toContain(target);
    },
  );

  it.each<[string, Record<string, string>, string]>([
    [
      'Capybara (Ruby)',
      {
        'spec/models/order_spec.rb':
          'describe Order do\n  it "totals" do; end\nend\n',
        Gemfile: gemfile('rspec-rails', 'capybara'),
      },
      'Gemfile',
    ],
    [
      'Selenide (Java)',
      {
        'src/test/java/com/acme/OrdersTest.java': 'class OrdersTest {}\n',
        'build.gradle': buildGradle('com.codeborne:selenide:7.3.3'),
      },
      'build.gradle',
    ],
    [
      'thirtyfour (Rust)',
      {
        'src/lib.rs': '#[cfg(test)]\nmod tests {}\n',
        'Cargo.toml': cargoToml('thirtyfour = "0.32"'),
      },
      'Cargo.toml',
    ],
    [
      'a Cypress spec',
      {
        'src/orders.test.ts': "it('works', () => {});\n",
        'web/checkout.cy.ts': "it('buys', () => {});\n",
      },
      'web/checkout.cy.ts',
    ],
    [
      'an Nx e2e project',
      {
        'src/orders.test.ts': "it('works', () => {});\n",
        'apps/web-e2e/src/checkout.spec.ts': "it('buys', () => {});\n",
      },
      'apps/web-e2e/src/checkout.spec.ts',
    ],
  ])(
    'passes on unit tests and end-to-end tests: %s',
    (_name, files, target) => {
      const result = evaluateCheck('test-levels', { files });
      expect(result.outcome).toBe('pass');
      expect(targets(result)).toContain(target);
    },
  );

  it.each([
    ['go test -tags=integration', 'run: go test -tags=integration ./...'],
    ['mix test --include integration', 'run: mix test --include integration'],
    ['pytest -m e2e', 'run: pytest -m e2e'],
    ['newman run', 'run: newman run postman/svc.postman_collection.json'],
  ])('passes on unit tests and a CI step running %s', (_name, step) => {
    const result = evaluateCheck('test-levels', {
      files: {
        'src/orders.test.ts': "it('works', () => {});\n",
        '.github/workflows/ci.yml': `jobs:\n  test:\n    steps:\n      - ${step}\n`,
      },
    });
    expect(result.outcome).toBe('pass');
    expect(targets(result)).toContain('.github/workflows/ci.yml:4');
  });

  it.each<[string, Record<string, string>]>([
    [
      'integration tests alone (the only test project is an integration one)',
      {
        'tests/Svc.IntegrationTests/OrdersTests.cs':
          'public class OrdersTests {}\n',
        'tests/Svc.IntegrationTests/Svc.IntegrationTests.csproj':
          csproj('xunit/2.8.1'),
      },
    ],
    [
      'integration tests alone (Python)',
      { 'tests/integration/test_api.py': 'def test_api(): pass\n' },
    ],
    [
      'unit tests of a code folder named integrations/',
      {
        'src/orders.test.ts': "it('works', () => {});\n",
        'src/integrations/slack.test.ts': "it('posts', () => {});\n",
      },
    ],
    [
      'tests of integrations named test_integrations.py',
      {
        'hc/api/tests/test_checks.py': 'def test_x(): pass\n',
        'hc/api/tests/test_integrations.py': 'def test_y(): pass\n',
      },
    ],
    [
      'an integration test folder that holds only a .keep',
      {
        'test/models/order_test.rb':
          'class OrderTest < ActiveSupport::TestCase\n  test "totals" do; end\nend\n',
        'test/integration/.keep': '',
      },
    ],
    [
      'end-to-end encryption (e2ee), not end-to-end tests',
      {
        'crypto/box_test.go': 'package crypto\n',
        'crypto/e2ee/session_test.go': 'package e2ee\n',
      },
    ],
    [
      'Rust tests/ without unit tests beside the code',
      {
        'Cargo.toml': cargoToml('axum = "0.7"'),
        'src/lib.rs': 'pub fn f() {}\n',
        'tests/api.rs': '#[test]\nfn api() {}\n',
      },
    ],
    [
      'a commented-out integration test step',
      {
        'src/orders.test.ts': "it('works', () => {});\n",
        '.github/workflows/ci.yml':
          'jobs:\n  test:\n    steps:\n      - run: npm test\n      # - run: go test -tags=integration ./...\n',
      },
    ],
  ])('fails on %s', (_name, files) => {
    expect(evaluateCheck('test-levels', { files }).outcome).toBe('fail');
  });
});

describe('config-per-env (v3)', () => {
  it.each([
    ['Elixir config/prod.exs', 'config/prod.exs'],
    [
      'Rails config/environments/production.rb',
      'config/environments/production.rb',
    ],
    ['Django settings per environment', 'app/core/settings/production.py'],
    ['Go configs/ per environment', 'configs/staging.yaml'],
    ['a deploy configuration per environment', '.nais/prod.yaml'],
    [
      'Kustomize overlays for an environment',
      'deploy/overlays/staging/kustomization.yaml',
    ],
  ])('passes on %s', (_name, path) => {
    const result = evaluateCheck('config-per-env', {
      files: { [path]: 'x: 1\n' },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(path);
  });

  it.each<[string, Record<string, string>, string]>([
    [
      'Spring profiles inside application.yml',
      {
        'src/main/resources/application.yml':
          'server:\n  port: 8080\n---\nspring:\n  config:\n    activate:\n      on-profile: prod\n',
      },
      'src/main/resources/application.yml:7',
    ],
    [
      'Quarkus %prod keys',
      {
        'src/main/resources/application.properties':
          'quarkus.http.port=8080\n%prod.quarkus.datasource.jdbc.url=jdbc:postgresql://db/prod\n',
      },
      'src/main/resources/application.properties:2',
    ],
    [
      'envconfig settings with an .env.example (Go, 12-factor)',
      {
        'go.mod': goMod('github.com/kelseyhightower/envconfig v1.4.0'),
        '.env.example': 'DATABASE_URL=\nPORT=8080\n',
      },
      'go.mod',
    ],
    [
      'pydantic-settings with a README section on environment variables (Python, 12-factor)',
      {
        'pyproject.toml': pyproject('pydantic-settings>=2.3'),
        'README.md':
          '# svc\n\n## Environment variables\n\n| name | meaning |\n|---|---|\n| DATABASE_URL | the database |\n',
      },
      'pyproject.toml',
    ],
    [
      'settings read from the environment in the entry point with a README section (Node.js, 12-factor)',
      {
        'src/main.ts':
          'const port = Number(process.env.PORT ?? 3000);\napp.listen(port);\n',
        'README.md':
          '# svc\n\n### Environment variables\n\nHere are the required ones:\n\n```\nDATABASE_URL=\nJWT_SECRET=\n```\n',
      },
      'src/main.ts:1',
    ],
    [
      'settings read from the environment in config code with an .env template (Rust, 12-factor)',
      {
        'Cargo.toml': cargoToml(
          'clap = { version = "4", features = ["derive", "env"] }',
        ),
        'src/config.rs':
          '#[derive(clap::Parser)]\npub struct Config {\n    #[clap(long, env)]\n    pub database_url: String,\n}\n',
        '.env.sample': 'DATABASE_URL=postgres://localhost/svc\n',
      },
      'src/config.rs:3',
    ],
    [
      'Elixir config/runtime.exs with a README section (12-factor)',
      {
        'config/runtime.exs':
          'import Config\nconfig :svc, url: System.fetch_env!("DATABASE_URL")\n',
        'README.md':
          '# svc\n\n## Configuration\n\n- `DATABASE_URL`: the database\n',
      },
      'config/runtime.exs:2',
    ],
  ])('passes on %s', (_name, files, target) => {
    const result = evaluateCheck('config-per-env', { files });
    expect(result.outcome).toBe('pass');
    expect(targets(result)).toContain(target);
  });

  it.each<[string, Record<string, string>]>([
    [
      'a test-only Spring profile',
      { 'src/main/resources/application-test.yml': 'x: 1\n' },
    ],
    ['a local Helm values file', { 'charts/svc/values-local.yaml': 'x: 1\n' }],
    [
      'a local Kustomize overlay',
      { 'deploy/overlays/local/kustomization.yaml': 'resources: []\n' },
    ],
    ['Rails test environment only', { 'config/environments/test.rb': 'x\n' }],
    ['a .NET Test environment', { 'appsettings.Test.json': '{}\n' }],
    [
      'a documentation site’s production configuration',
      { 'docs/config/production/hugo.toml': 'baseURL = "x"\n' },
    ],
    [
      'a Hugo site’s configuration folder',
      { 'config/production/hugo.toml': 'baseURL = "x"\n' },
    ],
    ['a .env.local file', { '.env.development.local': 'X=1\n' }],
    [
      'settings read in a migration named *configuration* with an .env template',
      {
        'app/migrations/0007_add_email_configuration.py':
          'import os\nURL = os.environ.get("EMAIL_URL")\n',
        '.env.example': 'EMAIL_URL=\n',
      },
    ],
    [
      'an environment library without a documented list of variables',
      { 'go.mod': goMod('github.com/kelseyhightower/envconfig v1.4.0') },
    ],
    [
      'environment reads in config code without a documented list',
      {
        'src/config.ts': 'export const port = process.env.PORT ?? 3000;\n',
      },
    ],
  ])('fails on %s', (_name, files) => {
    expect(evaluateCheck('config-per-env', { files }).outcome).toBe('fail');
  });
});

describe('secrets-management (v3)', () => {
  it.each<[string, Record<string, string>, string]>([
    [
      'ejson secrets decrypted at deploy',
      { 'config/deploy/production/secrets.ejson': '{ "_public_key": "x" }\n' },
      'config/deploy/production/secrets.ejson',
    ],
    [
      'a Vault client (.NET, VaultSharp)',
      { 'src/Svc/Svc.csproj': csproj('VaultSharp/1.17.5') },
      'src/Svc/Svc.csproj',
    ],
    [
      'a Vault client (Rust, vaultrs)',
      { 'Cargo.toml': cargoToml('vaultrs = "0.7"') },
      'Cargo.toml',
    ],
    ['the vault gem (Ruby)', { Gemfile: gemfile('vault') }, 'Gemfile'],
    [
      'a Vault client (Elixir, vaultex)',
      { 'mix.exs': mixExs('{:vaultex, "~> 1.0"}') },
      'mix.exs',
    ],
    [
      'AWS Secrets Manager (Go)',
      {
        'go.mod': goMod(
          'github.com/aws/aws-sdk-go-v2/service/secretsmanager v1.32.0',
        ),
      },
      'go.mod',
    ],
    [
      'Azure Key Vault as configuration (.NET)',
      {
        'src/Svc/Svc.csproj': csproj(
          'Azure.Extensions.AspNetCore.Configuration.Secrets/1.3.1',
        ),
      },
      'src/Svc/Svc.csproj',
    ],
  ])('passes on %s', (_name, files, target) => {
    const result = evaluateCheck('secrets-management', { files });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(target);
  });

  it.each<[string, Record<string, string>]>([
    [
      'Vault annotations only in an example manifest',
      {
        'examples/deployment.yaml':
          'metadata:\n  annotations:\n    vault.hashicorp.com/agent-inject: "true"\n',
      },
    ],
    [
      'a CI job that reads its own secrets from Vault',
      {
        '.github/workflows/release.yml':
          'jobs:\n  release:\n    steps:\n      - uses: hashicorp/vault-action@v3\n        with:\n          url: https://vault.hashicorp.com/\n',
      },
    ],
    [
      'a secret manager in an example Terraform module',
      {
        'examples/complete/main.tf':
          'resource "aws_secretsmanager_secret" "db" {}\n',
      },
    ],
    [
      'Rails encrypted credentials edited by hand',
      { 'config/credentials.yml.enc': 'abc--def\n' },
    ],
  ])('fails on %s', (_name, files) => {
    expect(evaluateCheck('secrets-management', { files }).outcome).toBe('fail');
  });
});

describe('security-scanning (v3)', () => {
  const workflow = (step: string) =>
    `jobs:\n  scan:\n    runs-on: ubuntu-latest\n    steps:\n      - ${step}\n`;

  it.each([
    ['bundler-audit', 'run: bundle exec bundler-audit check --update'],
    ['bundle audit', 'run: bundle audit check --update'],
    ['Sobelow', 'run: mix sobelow --config'],
    ['mix hex.audit', 'run: mix hex.audit'],
    ['mix deps.audit', 'run: mix deps.audit'],
    ['cargo audit', 'run: cargo audit'],
    ['cargo deny', 'uses: EmbarkStudios/cargo-deny-action@v2'],
    ['pip-audit', 'run: pip-audit -r requirements.txt'],
    [
      'dotnet list package --vulnerable',
      'run: dotnet list package --vulnerable --include-transitive',
    ],
    ['the GitLab SAST template', 'template: Security/SAST.gitlab-ci.yml'],
  ])('passes on %s in CI', (_name, step) => {
    const result = evaluateCheck('security-scanning', {
      files: { '.github/workflows/security.yml': workflow(step) },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe('.github/workflows/security.yml:5');
  });

  it.each<[string, Record<string, string>, string]>([
    [
      'a cargo-deny configuration',
      { 'deny.toml': '[advisories]\n' },
      'deny.toml',
    ],
    [
      'Sobelow in a mix alias',
      {
        'mix.exs':
          'defmodule Svc.MixProject do\n  defp aliases do\n    [check: ["sobelow --exit"]]\n  end\nend\n',
      },
      'mix.exs:3',
    ],
    [
      'NuGet audit settings',
      {
        'Directory.Build.props':
          '<Project>\n  <PropertyGroup>\n    <NuGetAuditMode>all</NuGetAuditMode>\n  </PropertyGroup>\n</Project>\n',
      },
      'Directory.Build.props:3',
    ],
    [
      'Ruff’s security rules',
      {
        'pyproject.toml': '[tool.ruff.lint]\nselect = ["E", "F", "S"]\n',
      },
      'pyproject.toml:2',
    ],
    [
      'flake8-bandit',
      { 'requirements-dev.txt': 'flake8-bandit==4.1.1\n' },
      'requirements-dev.txt',
    ],
    [
      'a Semgrep pre-commit hook',
      {
        '.pre-commit-config.yaml':
          'repos:\n  - repo: https://github.com/semgrep/pre-commit\n    hooks:\n      - id: semgrep\n',
      },
      '.pre-commit-config.yaml:2',
    ],
  ])('passes on %s', (_name, files, target) => {
    const result = evaluateCheck('security-scanning', { files });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(target);
  });

  it.each<[string, Record<string, string>]>([
    [
      'a commented-out scanner step',
      {
        '.github/workflows/ci.yml':
          'jobs:\n  build:\n    steps:\n      - run: npm test\n      # - run: npm audit --audit-level=high\n',
      },
    ],
    [
      'Ruff without the security rules',
      { 'pyproject.toml': '[tool.ruff.lint]\nselect = ["E", "F", "SIM"]\n' },
    ],
  ])('fails on %s', (_name, files) => {
    expect(evaluateCheck('security-scanning', { files }).outcome).toBe('fail');
  });
});

describe('contract-validation (v3)', () => {
  const OPENAPI = { 'api/openapi.yaml': "openapi: '3.0.3'\ninfo: {}\n" };
  const GRAPHQL = { 'schema.graphql': 'type Query { a: Int }\n' };

  it.each<[string, Record<string, string>, string]>([
    [
      'NSwag client generation (.NET)',
      { ...OPENAPI, 'src/Svc/Svc.csproj': csproj('NSwag.MSBuild/14.0.8') },
      'src/Svc/Svc.csproj',
    ],
    [
      'Kiota (.NET)',
      { ...OPENAPI, 'kiota-lock.json': '{ "clientClassName": "ApiClient" }\n' },
      'kiota-lock.json',
    ],
    [
      'ogen (Go)',
      { ...OPENAPI, 'go.mod': goMod('github.com/ogen-go/ogen v1.2.1') },
      'go.mod',
    ],
    [
      'Orval (Node.js)',
      { ...OPENAPI, 'orval.config.ts': 'export default {};\n' },
      'orval.config.ts',
    ],
    [
      'a Redocly lint in CI',
      {
        ...OPENAPI,
        '.github/workflows/api.yml':
          'jobs:\n  lint:\n    steps:\n      - run: npx @redocly/cli lint api/openapi.yaml\n',
      },
      '.github/workflows/api.yml:4',
    ],
    [
      'oasdiff breaking-change checks in CI',
      {
        ...OPENAPI,
        '.github/workflows/api.yml':
          'jobs:\n  diff:\n    steps:\n      - uses: oasdiff/oasdiff-action/breaking@main\n',
      },
      '.github/workflows/api.yml:4',
    ],
    [
      'request validation against the contract (Ruby, committee)',
      { ...OPENAPI, Gemfile: gemfile('committee') },
      'Gemfile',
    ],
    [
      'request validation against the contract (Python, openapi-core)',
      { ...OPENAPI, 'requirements.txt': 'openapi-core==0.19.2\n' },
      'requirements.txt',
    ],
    [
      'OpenApiSpex CastAndValidate (Elixir)',
      {
        ...OPENAPI,
        'mix.exs': mixExs('{:open_api_spex, "~> 3.19"}'),
        'lib/svc_web/controllers/order_controller.ex':
          'defmodule SvcWeb.OrderController do\n  plug OpenApiSpex.Plug.CastAndValidate\nend\n',
      },
      'lib/svc_web/controllers/order_controller.ex:2',
    ],
    [
      'progenitor (Rust)',
      { ...OPENAPI, 'Cargo.toml': cargoToml('progenitor = "0.7"') },
      'Cargo.toml',
    ],
    [
      'GraphQL Code Generator',
      {
        ...GRAPHQL,
        'package.json': packageJson(
          {},
          { devDependencies: { '@graphql-codegen/cli': '^5.0.2' } },
        ),
      },
      'package.json',
    ],
    [
      'graphql-inspector in a pre-commit hook',
      {
        ...GRAPHQL,
        '.pre-commit-config.yaml':
          'repos:\n  - repo: local\n    hooks:\n      - id: schema\n        entry: graphql-inspector diff schema.graphql\n',
      },
      '.pre-commit-config.yaml:5',
    ],
    [
      'graphql_client (Rust)',
      { ...GRAPHQL, 'Cargo.toml': cargoToml('graphql_client = "0.14"') },
      'Cargo.toml',
    ],
  ])('passes on a contract with %s', (_name, files, target) => {
    const result = evaluateCheck('contract-validation', { files });
    expect(result.outcome).toBe('pass');
    expect(targets(result)).toContain(target);
  });

  it.each<[string, Record<string, string>]>([
    [
      'protoc code generation alone',
      {
        'proto/flags.proto': 'syntax = "proto3";\n',
        Makefile:
          'proto:\n\tprotoc --go_out=gen --go-grpc_out=gen proto/flags.proto\n',
      },
    ],
    [
      'a buf.yaml in an examples folder',
      { ...OPENAPI, 'examples/buf.yaml': 'version: v2\n' },
    ],
    [
      'a local schema-registry container without a URL for the service',
      {
        'avro/order.avsc': '{ "type": "record" }\n',
        'docker-compose.yml':
          'services:\n  schema-registry:\n    image: confluentinc/cp-schema-registry:7.6.1\n    environment:\n      SCHEMA_REGISTRY_HOST_NAME: schema-registry\n',
      },
    ],
    [
      'a commented-out Spectral lint',
      {
        ...OPENAPI,
        '.github/workflows/api.yml':
          'jobs:\n  lint:\n    steps:\n      # - run: npx spectral lint api/openapi.yaml\n      - run: echo ok\n',
      },
    ],
  ])('fails on %s', (_name, files) => {
    expect(evaluateCheck('contract-validation', { files }).outcome).toBe(
      'fail',
    );
  });
});

describe('runbooks (v3)', () => {
  it.each([
    'docs/on-call.md',
    'docs/runbook/restart.md',
    'website/docs/maintenance/backup.mdx',
  ])('passes on %s', path => {
    const result = evaluateCheck('runbooks', { files: { [path]: '# x\n' } });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(path);
  });

  it.each([
    ['a runbook template', 'docs/runbooks/TEMPLATE.md'],
    ['the README of an Ansible role', 'playbooks/roles/web/README.md'],
    ['Ansible documentation', 'ansible/playbooks/README.md'],
  ])('fails on %s', (_name, path) => {
    expect(
      evaluateCheck('runbooks', { files: { [path]: '# x\n' } }).outcome,
    ).toBe('fail');
  });
});

describe('db-migrations (v3)', () => {
  it.each<[string, Record<string, string>, string]>([
    [
      'Ecto migrations (Elixir)',
      {
        'mix.exs': mixExs('{:ecto_sql, "~> 3.11"}', '{:postgrex, ">= 0.0.0"}'),
        'priv/repo/migrations/20240101120000_create_orders.exs':
          'defmodule Svc.Repo.Migrations.CreateOrders do\nend\n',
      },
      'priv/repo/migrations/20240101120000_create_orders.exs',
    ],
    [
      'Diesel migrations (Rust)',
      {
        'Cargo.toml': cargoToml(
          'diesel = { version = "2", features = ["postgres"] }',
        ),
        'migrations/2024-01-01-000000_create_orders/up.sql':
          'CREATE TABLE orders (id int);\n',
      },
      'migrations/2024-01-01-000000_create_orders/up.sql',
    ],
    [
      'SeaORM migrations (Rust)',
      {
        'Cargo.toml': cargoToml('sea-orm = "1"'),
        'migration/src/m20240101_000001_create_orders.rs':
          'pub struct Migration;\n',
      },
      'migration/src/m20240101_000001_create_orders.rs',
    ],
    [
      'sqlx migrations (Rust)',
      {
        'Cargo.toml': cargoToml(
          'sqlx = { version = "0.7", features = ["postgres"] }',
        ),
        'migrations/1_setup.sql': 'CREATE TABLE t (id int);\n',
      },
      'migrations/1_setup.sql',
    ],
    [
      'MikroORM migrations (Node.js)',
      {
        'package.json': packageJson({ '@mikro-orm/postgresql': '^6.2.9' }),
        'src/migrations/Migration20240101000000.ts':
          'export class Migration20240101000000 {}\n',
      },
      'src/migrations/Migration20240101000000.ts',
    ],
    [
      'Drizzle migrations (Node.js)',
      {
        'package.json': packageJson({ 'drizzle-orm': '^0.31.2' }),
        'drizzle/0000_init.sql': 'CREATE TABLE t (id int);\n',
      },
      'drizzle/0000_init.sql',
    ],
    [
      'FluentMigrator (.NET)',
      {
        'src/Svc/Svc.csproj': csproj(
          'Npgsql/8.0.3',
          'FluentMigrator.Runner/5.2.0',
        ),
      },
      'src/Svc/Svc.csproj',
    ],
    [
      'goose (Go)',
      {
        'go.mod': goMod(
          'github.com/jackc/pgx/v5 v5.6.0',
          'github.com/pressly/goose/v3 v3.20.0',
        ),
      },
      'go.mod',
    ],
    [
      'versioned migrations in a source file named *migrations (Rust)',
      {
        'Cargo.toml': cargoToml('sqlx = "0.7"'),
        'src/sql_migrations.rs': 'fn migrate_to_v2(tx: &mut Tx) {}\n',
      },
      'src/sql_migrations.rs:1',
    ],
  ])('passes on %s', (_name, files, target) => {
    const result = evaluateCheck('db-migrations', { files });
    expect(result.outcome).toBe('pass');
    expect(targets(result)).toContain(target);
  });

  it('applies to gorm v1 (jinzhu/gorm) and fails on AutoMigrate alone', () => {
    const result = evaluateCheck('db-migrations', {
      files: {
        'go.mod': goMod('github.com/jinzhu/gorm v1.9.16'),
        'hello.go':
          'package main\n\nfunc Migrate(db *gorm.DB) { db.AutoMigrate(&User{}) }\n',
      },
    });
    expect(result.outcome).toBe('fail');
  });

  const PG = { 'package.json': packageJson({ pg: '^8.12.0' }) };

  it.each([
    [
      'a numbered upgrade guide in a migration folder',
      'docs/migration/01-upgrading.md',
    ],
    [
      'numbered upgrade notes outside docs',
      'migration-guide/2-breaking-changes.md',
    ],
    ['a source file named migrations without versions', 'src/migrations.ts'],
    [
      'migrations of the test fixtures',
      'test/fixtures/migrations/0001_init.sql',
    ],
  ])('fails on %s', (_name, path) => {
    expect(
      evaluateCheck('db-migrations', {
        files: { ...PG, [path]: 'export const all = [];\n' },
      }).outcome,
    ).toBe('fail');
  });
});
