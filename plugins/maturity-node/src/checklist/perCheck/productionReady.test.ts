import {
  buildGradle,
  deploymentYaml,
  details,
  evaluateCheck,
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
      '{\n  "title": "svc",\n  "panels": []\n}\n',
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
          '{\n  "title": "payments",\n  "schemaVersion": 39,\n  "panels": []\n}\n',
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
