import type { ScmFact } from '@backstage-maturity/plugin-maturity-common';
import { evaluateCheck, targets } from './fixture';

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
  ])('passes on three environments in %s', (_name, files) => {
    const result = evaluateCheck('three-environments', { files });
    expect(result.outcome).toBe('pass');
    expect(targets(result).sort()).toEqual(Object.keys(files).sort());
  });

  it.each([
    [
      'GitHub Actions',
      '.github/workflows/deploy.yml',
      'jobs:\n  dev:\n    environment: development\n  stg:\n    environment: staging\n  prd:\n    environment: production\n',
    ],
    [
      'GitLab CI',
      '.gitlab-ci.yml',
      'deploy_dev:\n  environment:\n    name: dev\ndeploy_stg:\n  environment:\n    name: staging\ndeploy_prod:\n  environment:\n    name: prod\n',
    ],
  ])('passes on three environment: names in %s', (_name, path, text) => {
    const result = evaluateCheck('three-environments', {
      files: { [path]: text },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(`${path}:1`);
  });

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
  ])('fails on %s', (_name, files) => {
    expect(evaluateCheck('perf-environment', { files }).outcome).toBe('fail');
  });
});

describe('code-review', () => {
  it.each([
    'CODEOWNERS',
    '.github/CODEOWNERS',
    'docs/CODEOWNERS',
    '.github/pull_request_template.md',
    '.github/PULL_REQUEST_TEMPLATE/feature.md',
    '.gitlab/merge_request_templates/Default.md',
  ])('passes on %s', path => {
    const result = evaluateCheck('code-review', {
      files: { [path]: '* @acme/team-a\n' },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(path);
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
    ['CODEOWNERS in a source folder', 'src/CODEOWNERS'],
    ['an issue template', '.github/ISSUE_TEMPLATE/bug.md'],
  ])('fails on %s', (_name, path) => {
    expect(
      evaluateCheck('code-review', { files: { [path]: 'x\n' } }).outcome,
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
  ])('fails on %s', (_name, files) => {
    expect(evaluateCheck('tests-as-code', { files }).outcome).toBe('fail');
  });
});

describe('commit-conventions', () => {
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
  ])('passes on semver headings in %s', (path, text, target) => {
    const result = evaluateCheck('semver', { files: { [path]: text } });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(target);
  });

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
  ])('fails on %s', (_name, path, text) => {
    expect(evaluateCheck('semver', { files: { [path]: text } }).outcome).toBe(
      'fail',
    );
  });
});
