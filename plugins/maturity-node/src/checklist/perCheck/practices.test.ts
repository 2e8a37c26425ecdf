import type { ScmFact } from '@backstage-maturity/plugin-maturity-common';
import {
  cargoToml,
  csproj,
  evaluateCheck,
  gemfile,
  mixExs,
  packageJson,
  pomXml,
  targets,
} from './fixture';

/**
 * Track: Development practices (docs/checklist.md): one passing fixture per
 * kind of evidence of each check, including the hosting-provider (scm)
 * facts, and the near misses that must not count.
 */

/** The scm fact of a check, reported by the hosting provider. */
const scm = (fact: ScmFact, value: boolean) => ({
  [fact]: { value, detail: `${fact}: ${value}` },
});

describe.each<[string, ScmFact]>([
  ['trunk-based', 'short-lived-branches'],
  ['co-authored-by', 'co-authored-by-trailers'],
])('%s', (checkId, fact) => {
  it(`passes when (scm) the provider reports ${fact}`, () => {
    const result = evaluateCheck(checkId, { scm: scm(fact, true) });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(fact);
  });

  it(`fails when (scm) the provider reports no ${fact}`, () => {
    expect(evaluateCheck(checkId, { scm: scm(fact, false) }).outcome).toBe(
      'fail',
    );
  });

  it('is an error, not a fail, when the provider could not tell (rate limited)', () => {
    const result = evaluateCheck(checkId, {
      scm: {
        [fact]: {
          value: 'unknown',
          detail: 'api.github.com rate limit reached, resets at 14:05 UTC',
        },
      },
    });
    expect(result.outcome).toBe('error');
    expect(result.reason).toContain('rate limit reached');
  });

  it('fails without provider data (it is attestable)', () => {
    const result = evaluateCheck(checkId);
    expect(result.outcome).toBe('fail');
    expect(result.lookedFor.join(' ')).toContain('attestation');
  });
});

describe('three-environments', () => {
  it.each<[string, Record<string, string>]>([
    [
      'Helm values',
      {
        'charts/svc/values-dev.yaml': 'x: 1\n',
        'charts/svc/values-staging.yaml': 'x: 1\n',
        'charts/svc/values-prod.yaml': 'x: 1\n',
      },
    ],
    [
      'Kustomize overlays',
      {
        'deploy/overlays/dev/kustomization.yaml': 'x: 1\n',
        'deploy/overlays/staging/kustomization.yaml': 'x: 1\n',
        'deploy/overlays/production/kustomization.yaml': 'x: 1\n',
      },
    ],
    [
      'Spring profiles',
      {
        'src/main/resources/application-dev.yml': 'x: 1\n',
        'src/main/resources/application-qa.yml': 'x: 1\n',
        'src/main/resources/application-prod.yml': 'x: 1\n',
      },
    ],
    [
      '.NET environments',
      {
        'appsettings.Development.json': '{}\n',
        'appsettings.Staging.json': '{}\n',
        'appsettings.Production.json': '{}\n',
      },
    ],
    [
      'Terraform environments',
      {
        'infra/environments/dev/main.tf': 'x\n',
        'infra/environments/staging/main.tf': 'x\n',
        'infra/environments/prod/main.tf': 'x\n',
      },
    ],
    [
      '.env files',
      {
        '.env.development': 'x\n',
        '.env.uat': 'x\n',
        '.env.production': 'x\n',
      },
    ],
    [
      'Rails environments',
      {
        'config/environments/development.rb': 'x\n',
        'config/environments/staging.rb': 'x\n',
        'config/environments/production.rb': 'x\n',
      },
    ],
    [
      'Elixir configuration',
      {
        'config/dev.exs': 'x\n',
        'config/staging.exs': 'x\n',
        'config/prod.exs': 'x\n',
      },
    ],
    [
      'deploy configurations per environment',
      {
        'deploy/dev/service.yaml': 'x: 1\n',
        'deploy/staging/service.yaml': 'x: 1\n',
        'deploy/prod/service.yaml': 'x: 1\n',
      },
    ],
    [
      'two staging-like environments (QA and staging) and production',
      {
        'charts/svc/values-qa.yaml': 'x: 1\n',
        'charts/svc/values-staging.yaml': 'x: 1\n',
        'charts/svc/values-production.yaml': 'x: 1\n',
      },
    ],
    [
      'configurations of different kinds',
      {
        '.env.development': 'x\n',
        'deploy/overlays/staging/kustomization.yaml': 'x: 1\n',
        'deploy/overlays/prod/kustomization.yaml': 'x: 1\n',
      },
    ],
  ])('passes on three environments in %s', (_name, files) => {
    const result = evaluateCheck('three-environments', { files });
    expect(result.outcome).toBe('pass');
    expect(targets(result).sort()).toEqual(Object.keys(files).sort());
  });

  it.each<[string, string, string, string[]]>([
    [
      'GitHub Actions',
      '.github/workflows/deploy.yml',
      'jobs:\n  dev:\n    environment: development\n  stg:\n    environment: staging\n  prd:\n    environment: production\n',
      [3, 5, 7].map(l => `.github/workflows/deploy.yml:${l}`),
    ],
    [
      'GitLab CI',
      '.gitlab-ci.yml',
      'deploy_dev:\n  environment:\n    name: dev\ndeploy_stg:\n  environment:\n    url: https://stg.example.com\n    name: staging\ndeploy_prod:\n  environment:\n    name: prod\n',
      [2, 5, 9].map(l => `.gitlab-ci.yml:${l}`),
    ],
    [
      'Bitbucket Pipelines',
      'bitbucket-pipelines.yml',
      'pipelines:\n  branches:\n    main:\n      - step: { deployment: development }\n      - step: { deployment: staging }\n      - step: { deployment: production }\n',
      [4, 5, 6].map(l => `bitbucket-pipelines.yml:${l}`),
    ],
    [
      'Quarkus profiles',
      'src/main/resources/application.properties',
      'quarkus.http.port=8080\n%dev.quarkus.log.level=DEBUG\n%staging.quarkus.datasource.jdbc.url=jdbc:postgresql://stg/db\n%prod.quarkus.datasource.jdbc.url=jdbc:postgresql://prod/db\n',
      [2, 3, 4].map(l => `src/main/resources/application.properties:${l}`),
    ],
    [
      'Spring profiles of one application.yml',
      'src/main/resources/application.yml',
      'server.port: 8080\n---\nspring.config.activate.on-profile: dev\n---\nspring.config.activate.on-profile: staging\n---\nspring.config.activate.on-profile: prod\n',
      [3, 5, 7].map(l => `src/main/resources/application.yml:${l}`),
    ],
    [
      'Helmfile environments',
      'helmfile.yaml',
      'environments:\n  default: {}\n  dev:\n    values: [env/dev.yaml]\n  staging: {}\n  production: {}\nreleases: []\n',
      ['helmfile.yaml:1', 'helmfile.yaml:1', 'helmfile.yaml:1'],
    ],
  ])(
    'passes on three environments named in %s',
    (_name, path, text, expected) => {
      const result = evaluateCheck('three-environments', {
        files: { [path]: text },
      });
      expect(result.outcome).toBe('pass');
      expect(targets(result)).toEqual(expected);
    },
  );

  it('fails on an empty repository', () => {
    expect(evaluateCheck('three-environments').outcome).toBe('fail');
  });

  it.each<[string, Record<string, string>]>([
    [
      'only development and production',
      { 'values-dev.yaml': 'x\n', 'values-prod.yaml': 'x\n' },
    ],
    [
      'CI that only deploys to production',
      {
        '.github/workflows/deploy.yml':
          'jobs:\n  deploy:\n    environment: production\n',
      },
    ],
    ['a single values.yaml', { 'values.yaml': 'x\n' }],
    [
      'the default Rails environments (test is not an environment)',
      {
        'config/environments/development.rb': 'x\n',
        'config/environments/test.rb': 'x\n',
        'config/environments/production.rb': 'x\n',
      },
    ],
    [
      'local and test variants (.env.development.local, .env.test)',
      {
        '.env.development.local': 'x\n',
        '.env.staging.local': 'x\n',
        '.env.test': 'x\n',
        '.env.production': 'x\n',
      },
    ],
    [
      'test and local Spring profiles',
      {
        'src/main/resources/application-local.yml': 'x: 1\n',
        'src/main/resources/application-dev-local.yml': 'x: 1\n',
        'src/main/resources/application-test.yml': 'x: 1\n',
        'src/main/resources/application-staging.yml': 'x: 1\n',
        'src/main/resources/application-prod.yml': 'x: 1\n',
      },
    ],
    [
      'profiles of the test sources',
      {
        'src/test/resources/application-dev.yml': 'x: 1\n',
        'src/test/resources/application-staging.yml': 'x: 1\n',
        'src/test/resources/application-prod.yml': 'x: 1\n',
      },
    ],
    [
      'three environments without a staging-like one',
      {
        'values-dev.yaml': 'x\n',
        'values-sandbox.yaml': 'x\n',
        'values-prod.yaml': 'x\n',
      },
    ],
    [
      'one staging environment spelled twice',
      {
        'values-staging.yaml': 'x\n',
        'values-stage.yaml': 'x\n',
        'values-prod.yaml': 'x\n',
      },
    ],
    [
      'a configuration file that only starts with an environment name',
      {
        'config/dev.json': '{}\n',
        'config/staging.json': '{}\n',
        'config/live-reload.json': '{}\n',
      },
    ],
    [
      'a local variant of an environment in CI',
      {
        '.github/workflows/deploy.yml':
          'jobs:\n  a:\n    environment: dev-local\n  b:\n    environment: staging\n  c:\n    environment: production\n',
      },
    ],
  ])('fails on %s', (_name, files) => {
    expect(evaluateCheck('three-environments', { files }).outcome).toBe('fail');
  });
});

describe('perf-environment', () => {
  it.each([
    'charts/svc/values-perf.yaml',
    'deploy/overlays/load/kustomization.yaml',
    'src/main/resources/application-performance.yml',
    'appsettings.benchmark.json',
    '.env.loadtest',
    'infra/environments/perf/main.tf',
    'deploy/perf/service.yaml',
    'config/environments/performance.rb',
  ])('passes on %s', path => {
    const result = evaluateCheck('perf-environment', {
      files: { [path]: 'x: 1\n' },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(path);
  });

  it('passes on a perf environment in CI', () => {
    const result = evaluateCheck('perf-environment', {
      files: {
        '.github/workflows/deploy.yml':
          'jobs:\n  perf:\n    environment: performance\n',
      },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe('.github/workflows/deploy.yml:3');
  });

  it('fails on an empty repository', () => {
    expect(evaluateCheck('perf-environment').outcome).toBe('fail');
  });

  it.each<[string, Record<string, string>]>([
    [
      'load-test scripts without an environment',
      { 'perf/checkout.js': "import http from 'k6/http';\n" },
    ],
    ['a staging environment only', { 'values-staging.yaml': 'x\n' }],
    ['a local variant', { '.env.perf.local': 'x\n' }],
    [
      'a performance profile of the tests',
      { 'src/test/resources/application-perf.yml': 'x: 1\n' },
    ],
  ])('fails on %s', (_name, files) => {
    expect(evaluateCheck('perf-environment', { files }).outcome).toBe('fail');
  });
});

describe('code-review', () => {
  it.each([
    'CODEOWNERS',
    '.github/CODEOWNERS',
    'docs/CODEOWNERS',
    '.gitlab/CODEOWNERS',
  ])('passes on %s with an owner', path => {
    const result = evaluateCheck('code-review', {
      files: { [path]: '# owners\n* @acme/team-a\n' },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(`${path}:2`);
  });

  it.each([
    '.github/pull_request_template.md',
    '.github/PULL_REQUEST_TEMPLATE.md',
    '.github/PULL_REQUEST_TEMPLATE/feature.md',
    '.gitlab/merge_request_templates/Default.md',
    '.github/auto_assign.yml',
    '.coderabbit.yaml',
    '.pr_agent.toml',
    '.gemini/config.yaml',
  ])('passes on %s', path => {
    const result = evaluateCheck('code-review', {
      files: { [path]: 'x: 1\n' },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(path);
  });

  it('passes on Prow OWNERS with approvers', () => {
    const result = evaluateCheck('code-review', {
      files: { OWNERS: 'approvers:\n  - alice\nreviewers:\n  - bob\n' },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe('OWNERS:1');
  });

  it('passes when (scm) branch protection requires reviews', () => {
    const result = evaluateCheck('code-review', {
      scm: scm('reviews-required', true),
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe('reviews-required');
  });

  it('fails on an empty repository', () => {
    expect(evaluateCheck('code-review').outcome).toBe('fail');
  });

  it('fails when (scm) no reviews are required and no CODEOWNERS exists', () => {
    expect(
      evaluateCheck('code-review', { scm: scm('reviews-required', false) })
        .outcome,
    ).toBe('fail');
  });

  it.each([
    ['CODEOWNERS in a source folder', 'src/CODEOWNERS', '* @acme/team-a\n'],
    ['an issue template', '.github/ISSUE_TEMPLATE/bug.md', 'x\n'],
    [
      'a CODEOWNERS file with only comments',
      '.github/CODEOWNERS',
      '# Add owners here, e.g.\n# * @acme/team-a\n',
    ],
    ['an OWNERS file without approvers', 'OWNERS', 'labels:\n  - area/api\n'],
  ])('fails on %s', (_name, path, text) => {
    expect(
      evaluateCheck('code-review', { files: { [path]: text } }).outcome,
    ).toBe('fail');
  });
});

describe('tests-as-code', () => {
  const THRESHOLD = {
    'jest.config.js':
      'module.exports = { coverageThreshold: { global: { lines: 80 } } };\n',
  };

  it.each<[string, Record<string, string>, string[]]>([
    [
      'an ESLint configuration that covers tests and a Jest threshold',
      {
        '.eslintrc.json': '{ "extends": "eslint:recommended" }\n',
        ...THRESHOLD,
      },
      ['.eslintrc.json', 'jest.config.js:1'],
    ],
    [
      'golangci-lint tests: true and a go-test-coverage threshold',
      {
        '.golangci.yml': 'run:\n  tests: true\n',
        '.testcoverage.yml': 'threshold:\n  total: 80\n',
      },
      ['.golangci.yml:2', '.testcoverage.yml'],
    ],
    [
      'Checkstyle includeTestSourceDirectory and JaCoCo check rules',
      {
        'pom.xml': `<project>
  <build><plugins>
    <plugin>
      <artifactId>maven-checkstyle-plugin</artifactId>
      <configuration><includeTestSourceDirectory>true</includeTestSourceDirectory></configuration>
    </plugin>
    <plugin>
      <artifactId>jacoco-maven-plugin</artifactId>
      <executions><execution><goals><goal>check</goal></goals>
        <configuration><rules><rule/></rules></configuration>
      </execution></executions>
    </plugin>
  </plugins></build>
</project>
`,
      },
      ['pom.xml:5', 'pom.xml:8'],
    ],
    [
      'ruff and --cov-fail-under',
      {
        'pyproject.toml':
          '[tool.ruff]\nline-length = 100\n\n[tool.pytest.ini_options]\naddopts = "--cov=svc --cov-fail-under=85"\n',
      },
      ['pyproject.toml:1', 'pyproject.toml:5'],
    ],
    [
      'the Gradle Checkstyle plugin (checkstyleTest runs by default) and JaCoCo verification',
      {
        'build.gradle':
          "plugins {\n    id 'java'\n    id 'checkstyle'\n    id 'jacoco'\n}\njacocoTestCoverageVerification {\n    violationRules { rule { limit { minimum = 0.8 } } }\n}\n",
      },
      ['build.gradle:3', 'build.gradle:6'],
    ],
    [
      'detekt and Kover verification (Kotlin)',
      {
        'build.gradle.kts':
          'plugins {\n    id("io.gitlab.arturbosch.detekt") version "1.23.6"\n    id("org.jetbrains.kotlinx.kover") version "0.8.3"\n}\nkover { reports { verify { rule { minBound(80) } } } }\n',
      },
      ['build.gradle.kts:2', 'build.gradle.kts:5'],
    ],
    [
      'flake8 and pytest --cov-fail-under',
      {
        '.flake8': '[flake8]\nmax-line-length = 100\n',
        'pytest.ini': '[pytest]\naddopts = --cov=svc --cov-fail-under=80\n',
      },
      ['.flake8', 'pytest.ini:2'],
    ],
    [
      'mypy over the tests and coverage.py fail_under',
      {
        'pyproject.toml':
          '[tool.mypy]\nstrict = true\n\n[tool.coverage.report]\nfail_under = 90\n',
      },
      ['pyproject.toml:1', 'pyproject.toml:5'],
    ],
    [
      'tsc --noEmit over a tsconfig that keeps tests in, and a Vitest threshold',
      {
        'package.json': packageJson(
          {},
          { scripts: { typecheck: 'tsc --noEmit' } },
        ),
        'tsconfig.json': '{ "include": ["src"] }\n',
        'vitest.config.ts':
          'export default { test: { coverage: { thresholds: { lines: 80 } } } };\n',
      },
      ['package.json:5', 'tsconfig.json', 'vitest.config.ts:1'],
    ],
    [
      'RuboCop that excludes specs from one cop only, and SimpleCov minimum_coverage',
      {
        '.rubocop.yml':
          'AllCops:\n  NewCops: enable\n  Exclude:\n    - "db/schema.rb"\nMetrics/BlockLength:\n  Exclude:\n    - "spec/**/*"\n',
        'spec/spec_helper.rb': 'SimpleCov.start { minimum_coverage 90 }\n',
      },
      ['.rubocop.yml', 'spec/spec_helper.rb:1'],
    ],
    [
      'go vet in CI and a coverage gate',
      {
        '.github/workflows/ci.yml':
          'jobs:\n  test:\n    steps:\n      - run: go vet ./...\n      - run: go test -covermode=atomic -coverprofile=c.out ./...\n      - run: ./scripts/coverage-threshold.sh 80\n',
      },
      [
        '.github/workflows/ci.yml:4',
        '.github/workflows/ci.yml:5',
        '.github/workflows/ci.yml:6',
      ],
    ],
    [
      '.NET analyzers for every project and a coverlet threshold',
      {
        'Directory.Build.props':
          '<Project>\n  <PropertyGroup>\n    <EnforceCodeStyleInBuild>true</EnforceCodeStyleInBuild>\n  </PropertyGroup>\n</Project>\n',
        'tests/Svc.Tests/Svc.Tests.csproj': csproj(
          'coverlet.msbuild/6.0.2',
        ).replace(
          '<ItemGroup>',
          '<PropertyGroup><Threshold>80</Threshold></PropertyGroup>\n  <ItemGroup>',
        ),
      },
      ['Directory.Build.props:3', 'tests/Svc.Tests/Svc.Tests.csproj:2'],
    ],
    [
      'ruff over the whole repository, installed beside mypy, and --cov-fail-under',
      {
        'ruff.toml': 'line-length = 100\n',
        '.github/workflows/ci.yml':
          'jobs:\n  lint:\n    steps:\n      - run: pip install ruff mypy\n      - run: ruff check .\n      - run: pytest --cov=svc --cov-fail-under=85\n',
      },
      ['ruff.toml', '.github/workflows/ci.yml:6'],
    ],
    [
      'Credo including test/ and mix test --cover (Elixir)',
      {
        '.credo.exs':
          '%{configs: [%{name: "default", files: %{included: ["lib/", "test/"], excluded: []}}]}\n',
        '.github/workflows/ci.yml':
          'jobs:\n  test:\n    steps:\n      - run: mix credo --strict\n      - run: mix test --cover\n',
      },
      ['.credo.exs:1', '.github/workflows/ci.yml:5'],
    ],
    [
      'clippy on all targets and tarpaulin --fail-under (Rust)',
      {
        'Cargo.toml': cargoToml(),
        '.github/workflows/ci.yml':
          'jobs:\n  lint:\n    steps:\n      - run: cargo clippy --all-targets -- -D warnings\n      - run: cargo tarpaulin --fail-under 80\n',
      },
      ['.github/workflows/ci.yml:4', '.github/workflows/ci.yml:5'],
    ],
  ])('passes on %s', (_name, files, expected) => {
    const result = evaluateCheck('tests-as-code', { files });
    expect(result.outcome).toBe('pass');
    expect(targets(result)).toEqual(expected);
  });

  it('fails on an empty repository', () => {
    expect(evaluateCheck('tests-as-code').outcome).toBe('fail');
  });

  it.each<[string, Record<string, string>]>([
    ['a linter without a coverage threshold', { '.eslintrc.json': '{}\n' }],
    ['a coverage threshold without a linter', THRESHOLD],
    [
      'an .eslintignore that leaves test files out',
      {
        '.eslintrc.json': '{}\n',
        '.eslintignore': '**/*.test.ts\n',
        ...THRESHOLD,
      },
    ],
    [
      'ESLint ignorePatterns that leave tests out',
      { '.eslintrc.json': '{ "ignorePatterns": ["tests/"] }\n', ...THRESHOLD },
    ],
    [
      'golangci-lint tests: false',
      {
        '.golangci.yml': 'run:\n  tests: false\n',
        '.testcoverage.yml': 'threshold: {}\n',
      },
    ],
    [
      'ruff excluding the tests folder',
      {
        'pyproject.toml':
          '[tool.ruff]\nextend-exclude = ["tests"]\n\n[tool.coverage.report]\nfail_under = 90\n',
      },
    ],
    [
      'ruff excluding the tests folder across lines',
      {
        'pyproject.toml':
          '[tool.ruff]\nextend-exclude = [\n  "migrations",\n  "tests/",\n]\n\n[tool.coverage.report]\nfail_under = 90\n',
      },
    ],
    [
      'Python linters run on the application folder only',
      {
        'setup.cfg':
          '[mypy]\nstrict_optional = True\n[flake8]\nmax-line-length = 100\n',
        'scripts/lint':
          '#!/usr/bin/env bash\nset -e\nflake8 app --exclude=app/db/migrations\nmypy app\n',
        'pyproject.toml':
          '[tool.pytest.ini_options]\naddopts = "--cov=app --cov-fail-under=100"\n',
      },
    ],
    [
      'an .editorconfig only (style, not a linter) and a threshold',
      { '.editorconfig': 'root = true\n', ...THRESHOLD },
    ],
    [
      'Maven Checkstyle without includeTestSourceDirectory',
      {
        'pom.xml': pomXml(
          [],
          '\n  <build><plugins>\n    <plugin><artifactId>maven-checkstyle-plugin</artifactId></plugin>\n    <plugin><artifactId>jacoco-maven-plugin</artifactId><executions><execution><goals><goal>check</goal></goals><configuration><rules><rule/></rules></configuration></execution></executions></plugin>\n  </plugins></build>',
        ),
      },
    ],
    [
      'Gradle Checkstyle restricted to the main sources',
      {
        'build.gradle':
          "plugins {\n    id 'checkstyle'\n}\ncheckstyle {\n    sourceSets = [sourceSets.main]\n}\njacocoTestCoverageVerification {\n    violationRules { rule { limit { minimum = 0.8 } } }\n}\n",
      },
    ],
    [
      'RuboCop that excludes the specs for every cop',
      {
        '.rubocop.yml':
          'AllCops:\n  TargetRubyVersion: 3.3\n  Exclude:\n    - "spec/**/*"\n',
        'spec/spec_helper.rb': 'SimpleCov.start { minimum_coverage 90 }\n',
      },
    ],
    [
      'golangci-lint skipping the test files',
      {
        '.golangci.yml': 'run:\n  skip-files:\n    - ".*_test\\.go$"\n',
        '.testcoverage.yml': 'threshold:\n  total: 80\n',
      },
    ],
    [
      'plain cargo clippy, which does not check test code',
      {
        'Cargo.toml': cargoToml(),
        '.github/workflows/ci.yml':
          'jobs:\n  lint:\n    steps:\n      - run: cargo clippy -- -D warnings\n      - run: cargo tarpaulin --fail-under 80\n',
      },
    ],
    [
      'Credo configured for lib/ only (Elixir)',
      {
        '.credo.exs':
          '%{configs: [%{name: "default", files: %{included: ["lib/"], excluded: []}}]}\n',
        '.github/workflows/ci.yml':
          'jobs:\n  test:\n    steps:\n      - run: mix credo --strict\n      - run: mix test --cover\n',
      },
    ],
    [
      'ESLint flat config that ignores the test files',
      {
        'eslint.config.js':
          "export default [\n  { ignores: ['**/*.test.ts', 'dist/'] },\n];\n",
        ...THRESHOLD,
      },
    ],
  ])('fails on %s', (_name, files) => {
    expect(evaluateCheck('tests-as-code', { files }).outcome).toBe('fail');
  });
});

describe('commit-conventions', () => {
  it('passes when (scm) the history shows conventional commits', () => {
    const result = evaluateCheck('commit-conventions', {
      scm: scm('commit-conventions', true),
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe('commit-conventions');
  });

  it('fails when (scm) the history shows free-form commits and no check exists', () => {
    const result = evaluateCheck('commit-conventions', {
      scm: scm('commit-conventions', false),
    });
    expect(result.outcome).toBe('fail');
  });

  it.each([
    '.gitmessage',
    'commitlint.config.js',
    'commitlint.config.ts',
    '.commitlintrc.json',
    '.commitlintrc',
    '.husky/commit-msg',
    '.gitlint',
    '.cz.toml',
    '.czrc',
    '.githooks/commit-msg',
    'committed.toml',
    '.conform.yaml',
  ])('passes on %s', path => {
    const result = evaluateCheck('commit-conventions', {
      files: { [path]: 'x\n' },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(path);
  });

  it.each([
    [
      'a commit-msg hook in lefthook.yml',
      'lefthook.yml',
      'pre-commit:\n  commands: {}\ncommit-msg:\n  commands:\n    lint: { run: npx commitlint --edit }\n',
      'lefthook.yml:3',
    ],
    [
      'a commit-msg hook in .pre-commit-config.yaml',
      '.pre-commit-config.yaml',
      'repos:\n  - repo: https://github.com/compilerla/conventional-pre-commit\n    hooks:\n      - id: conventional-pre-commit\n        stages: [commit-msg]\n',
      '.pre-commit-config.yaml:2',
    ],
    [
      'commitlint in package.json',
      'package.json',
      '{\n  "name": "svc",\n  "commitlint": { "extends": ["@commitlint/config-conventional"] }\n}\n',
      'package.json:3',
    ],
    [
      'commitizen in pyproject.toml',
      'pyproject.toml',
      '[project]\nname = "svc"\n\n[tool.commitizen]\nname = "cz_conventional_commits"\n',
      'pyproject.toml:4',
    ],
    [
      'PR title lint in CI',
      '.github/workflows/pr.yml',
      'jobs:\n  title:\n    steps:\n      - uses: amannn/action-semantic-pull-request@v5\n',
      '.github/workflows/pr.yml:4',
    ],
    [
      'a CI job that checks commit messages',
      '.gitlab-ci.yml',
      'commits:\n  script:\n    - npx commitlint --from origin/main\n',
      '.gitlab-ci.yml:3',
    ],
    [
      'cocogitto checking commits in CI (Rust)',
      '.github/workflows/commits.yml',
      'jobs:\n  check:\n    steps:\n      - run: cog check --from-latest-tag\n',
      '.github/workflows/commits.yml:4',
    ],
    [
      'a commit message checker action',
      '.github/workflows/pr.yml',
      'jobs:\n  check:\n    steps:\n      - uses: gsactions/commit-message-checker@v2\n        with:\n          pattern: "[A-Z]+-[0-9]+"\n',
      '.github/workflows/pr.yml:4',
    ],
    [
      'an Overcommit CommitMsg hook (Ruby)',
      '.overcommit.yml',
      'PreCommit:\n  RuboCop:\n    enabled: true\nCommitMsg:\n  TextWidth:\n    enabled: true\n',
      '.overcommit.yml:4',
    ],
    [
      'a Husky.Net commit-msg task (.NET)',
      '.husky/task-runner.json',
      '{\n  "tasks": [\n    { "name": "commit-message-linter", "group": "commit-msg", "command": "dotnet" }\n  ]\n}\n',
      '.husky/task-runner.json:3',
    ],
    [
      'a cocogitto commit-msg hook',
      'cog.toml',
      '[git_hooks.commit-msg]\nscript = "cog verify --file $1"\n',
      'cog.toml:1',
    ],
    [
      'Elixir git_hooks',
      'config/dev.exs',
      'config :git_hooks,\n  hooks: [\n    commit_msg: [tasks: [{:cmd, "mix git_ops.check_message", include_hook_args: true}]]\n  ]\n',
      'config/dev.exs:3',
    ],
    [
      'a CI step that fails pull requests without the template or an issue reference',
      '.github/workflows/ci-pr-template.yml',
      'on:\n  pull_request:\njobs:\n  validate:\n    steps:\n      - env:\n          PR_BODY: ${{ github.event.pull_request.body }}\n        run: |\n          grep -qiE "^### Addressed Issue" <<< "$PR_BODY" || { echo "::error::missing"; exit 1; }\n',
      '.github/workflows/ci-pr-template.yml:7',
    ],
    [
      'commitizen configured at the root',
      'cz.json',
      '{ "commitizen": { "name": "cz_conventional_commits" } }\n',
      'cz.json',
    ],
    [
      'a Maven git hook plugin',
      'pom.xml',
      '<project>\n  <build><plugins><plugin>\n    <artifactId>githook-maven-plugin</artifactId>\n    <configuration><hooks><commit-msg>scripts/check-msg.sh "$1"</commit-msg></hooks></configuration>\n  </plugin></plugins></build>\n</project>\n',
      'pom.xml:4',
    ],
  ])('passes on %s', (_name, path, text, target) => {
    const result = evaluateCheck('commit-conventions', {
      files: { [path]: text },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(target);
  });

  it('fails on an empty repository', () => {
    expect(evaluateCheck('commit-conventions').outcome).toBe('fail');
  });

  it.each([
    ['a pre-commit hook only', '.husky/pre-commit', 'npx lint-staged\n'],
    [
      'lefthook without a commit-msg hook',
      'lefthook.yml',
      'pre-commit:\n  commands:\n    lint: { run: npm run lint }\n',
    ],
    [
      'a CI workflow without commit checks',
      '.github/workflows/ci.yml',
      'jobs:\n  test:\n    steps:\n      - run: npm test\n',
    ],
    [
      'a CI step that writes a commit message',
      '.github/workflows/deps.yml',
      'jobs:\n  update:\n    steps:\n      - uses: peter-evans/create-pull-request@v6\n        with:\n          commit-message: "chore: update dependencies"\n',
    ],
    [
      'a release workflow that mentions conventional commits',
      '.github/workflows/release.yml',
      '# release-please reads Conventional Commits to write the changelog\njobs:\n  release:\n    steps:\n      - uses: googleapis/release-please-action@v4\n',
    ],
    [
      'a cz.json of translations, not at the root',
      'src/Localization/Ratings/cz.json',
      '{ "name": "CZ ratings" }\n',
    ],
    [
      'an action input that sets a pull request title',
      '.github/workflows/update-lock.yml',
      'jobs:\n  update:\n    steps:\n      - uses: DeterminateSystems/update-flake-lock@main\n        with:\n          pr-title: "build(deps): update flake.lock"\n',
    ],
    [
      'a cocogitto configuration without a commit-msg hook',
      'cog.toml',
      'tag_prefix = "v"\n[changelog]\npath = "CHANGELOG.md"\n',
    ],
  ])('fails on %s', (_name, path, text) => {
    expect(
      evaluateCheck('commit-conventions', { files: { [path]: text } }).outcome,
    ).toBe('fail');
  });
});

describe('semver', () => {
  it('passes when (scm) the provider reports semver tags', () => {
    const result = evaluateCheck('semver', { scm: scm('semver-tags', true) });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe('semver-tags');
  });

  it.each([
    '.changeset/config.json',
    'release-please-config.json',
    '.releaserc.json',
    '.releaserc',
    '.goreleaser.yaml',
    '.goreleaser.yml',
    '.release-it.json',
    '.versionrc.json',
    'release-plz.toml',
    'GitVersion.yml',
    '.bumpversion.cfg',
    'tbump.toml',
  ])('passes on %s', path => {
    const result = evaluateCheck('semver', { files: { [path]: '{}\n' } });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(path);
  });

  it.each([
    [
      'CHANGELOG.md',
      '# Changelog\n\n## [1.4.0] - 2024-05-01\n- Added x\n',
      'CHANGELOG.md:3',
    ],
    ['RELEASE_NOTES.md', '# v2.0.0\n', 'RELEASE_NOTES.md:1'],
    [
      'release-notes.adoc',
      '= Release notes\n\n== 1.0.0\n',
      'release-notes.adoc:3',
    ],
    [
      'HISTORY.rst',
      'History\n=======\n\n0.3.1 (2024-05-01)\n------------------\n',
      'HISTORY.rst:4',
    ],
    ['CHANGES.rst', '1.2.0\n-----\n\n- Fixed x\n', 'CHANGES.rst:1'],
    ['NEWS.md', '# svc 0.4.2\n', 'NEWS.md:1'],
  ])('passes on semver headings in %s', (path, text, target) => {
    const result = evaluateCheck('semver', { files: { [path]: text } });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(target);
  });

  it.each<[string, Record<string, string>, string]>([
    [
      'release-drafter with a version resolver',
      {
        '.github/release-drafter.yml':
          'name-template: "v$RESOLVED_VERSION"\nversion-resolver:\n  major:\n    labels: [breaking]\n  default: patch\n',
      },
      '.github/release-drafter.yml:2',
    ],
    [
      'npm version in a release workflow',
      {
        '.github/workflows/release.yml':
          'jobs:\n  release:\n    steps:\n      - run: npm version minor -m "release %s"\n',
      },
      '.github/workflows/release.yml:4',
    ],
    [
      'a release script that bumps with commitizen (Python)',
      {
        'scripts/release.sh':
          '#!/bin/sh\nset -e\ncz bump --yes\ngit push --follow-tags\n',
      },
      'scripts/release.sh:3',
    ],
    [
      'python-semantic-release configuration',
      {
        'pyproject.toml':
          '[project]\nname = "svc"\n\n[tool.semantic_release]\nversion_toml = ["pyproject.toml:project.version"]\n',
      },
      'pyproject.toml:4',
    ],
    [
      'MinVer (.NET)',
      { 'src/Svc/Svc.csproj': csproj('MinVer/6.0.0') },
      'src/Svc/Svc.csproj',
    ],
    [
      'the Maven release plugin',
      {
        'pom.xml': pomXml(
          [],
          '\n  <build><plugins><plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-release-plugin</artifactId></plugin></plugins></build>',
        ),
      },
      'pom.xml',
    ],
    [
      'axion-release (Gradle)',
      {
        'build.gradle.kts':
          'plugins {\n    id("pl.allegro.tech.build.axion-release") version "1.18.2"\n}\n',
      },
      'build.gradle.kts',
    ],
    [
      'cargo release in a justfile (Rust)',
      { justfile: 'release level:\n    cargo release {{level}} --execute\n' },
      'justfile:2',
    ],
    ['gem-release (Ruby)', { Gemfile: gemfile('gem-release') }, 'Gemfile'],
    [
      'expublish (Elixir)',
      { 'mix.exs': mixExs('{:expublish, "~> 2.7", only: [:dev]}') },
      'mix.exs',
    ],
  ])('passes on %s', (_name, files, target) => {
    const result = evaluateCheck('semver', { files });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(target);
  });

  it.each<[string, string, string, string]>([
    [
      'a GitHub tag filter',
      '.github/workflows/release.yml',
      "on:\n  push:\n    tags:\n      - 'v*.*.*'\n",
      '.github/workflows/release.yml:4',
    ],
    [
      'a tag filter of digit classes',
      '.github/workflows/release.yml',
      "on:\n  push:\n    tags:\n      - '[1-2].[0-9]+.[0-9]+'\n",
      '.github/workflows/release.yml:4',
    ],
    [
      'docker/metadata-action semver tags',
      '.github/workflows/docker.yml',
      'jobs:\n  image:\n    steps:\n      - uses: docker/metadata-action@v5\n        with:\n          tags: |\n            type=semver,pattern={{version}}\n',
      '.github/workflows/docker.yml:7',
    ],
    [
      'a GitLab rule on semver tags',
      '.gitlab-ci.yml',
      'release:\n  rules:\n    - if: $CI_COMMIT_TAG =~ /^v\\d+\\.\\d+\\.\\d+$/\n',
      '.gitlab-ci.yml:3',
    ],
    [
      'a bump_version script run by CI',
      '.github/workflows/release-bump-version.yaml',
      'jobs:\n  bump:\n    steps:\n      - run: ./bump_version ${{ env.NEXT_VERSION }}\n',
      '.github/workflows/release-bump-version.yaml:4',
    ],
  ])(
    'passes on CI that releases on semver tags: %s',
    (_name, path, text, target) => {
      const result = evaluateCheck('semver', { files: { [path]: text } });
      expect(result.outcome).toBe('pass');
      expect(result.evidence[0].target).toBe(target);
    },
  );

  it('fails on an empty repository', () => {
    expect(evaluateCheck('semver').outcome).toBe('fail');
  });

  it('fails when (scm) tags are not semver and nothing else is there', () => {
    expect(
      evaluateCheck('semver', { scm: scm('semver-tags', false) }).outcome,
    ).toBe('fail');
  });

  it.each([
    [
      'a changelog with date headings',
      'CHANGELOG.md',
      '# Changelog\n\n## 2024-05-01\n- Added x\n',
    ],
    [
      'a version mentioned in prose',
      'CHANGELOG.md',
      '# Changelog\n\nUpgraded to 1.4.0 of the SDK.\n',
    ],
    [
      'calendar-version headings',
      'CHANGELOG.md',
      '# Changelog\n\n## 2024.05.1\n- Added x\n',
    ],
    [
      'a source file named like a changelog',
      'src/changelog.ts',
      '// ## 1.2.0 is parsed below\nexport const x = 1;\n',
    ],
    [
      'a release-drafter configuration without a version resolver',
      '.github/release-drafter.yml',
      'name-template: "Release $NEXT_PATCH_VERSION"\ntemplate: "$CHANGES"\n',
    ],
    ['a changelog of an example', 'examples/app/CHANGELOG.md', '## [1.0.0]\n'],
    [
      'CI that releases on any tag',
      '.github/workflows/release.yml',
      "on:\n  push:\n    tags:\n      - '*'\n      - 'release-*'\n",
    ],
  ])('fails on %s', (_name, path, text) => {
    expect(evaluateCheck('semver', { files: { [path]: text } }).outcome).toBe(
      'fail',
    );
  });
});
