import {
  csproj,
  details,
  evaluateCheck,
  SVC_REF,
  targets,
  type Fixture,
} from './fixture';

/**
 * Phase 1, Walking Skeleton (docs/checklist.md): one passing fixture per
 * kind of evidence of each check, and the near misses that must not count.
 */

describe('source-hosted', () => {
  const annotated = (annotations: Record<string, string>): Fixture => ({
    entity: { annotations },
  });

  it.each([
    [
      'backstage.io/source-location',
      'url:https://github.com/acme/svc/tree/main/',
    ],
    [
      'backstage.io/source-location',
      'url:https://gitlab.example.com/acme/svc/-/tree/main',
    ],
    [
      'backstage.io/source-location',
      'url:https://dev.azure.com/acme/shop/_git/svc',
    ],
    ['github.com/project-slug', 'acme/svc'],
    ['gitlab.com/project-slug', 'acme/platform/svc'],
    ['gitlab.com/project-id', '4711'],
    ['bitbucket.com/project-slug', 'acme/svc'],
    ['bitbucket.org/repo-slug', 'svc'],
    ['dev.azure.com/project-repo', 'shop/svc'],
  ])('passes on the annotation %s: %s', (key, value) => {
    const result = evaluateCheck('source-hosted', annotated({ [key]: value }));
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(key);
  });

  it('fails without any repository annotation', () => {
    expect(evaluateCheck('source-hosted').outcome).toBe('fail');
  });

  it.each([
    [
      'a wiki page',
      'backstage.io/source-location',
      'url:https://wiki.example.com/svc',
    ],
    ['a local folder', 'backstage.io/source-location', 'file:./svc'],
    ['a non-numeric GitLab project id', 'gitlab.com/project-id', 'acme/svc'],
  ])('fails on %s', (_name, key, value) => {
    expect(
      evaluateCheck('source-hosted', annotated({ [key]: value })).outcome,
    ).toBe('fail');
  });
});

describe('ci-pipeline', () => {
  it.each([
    '.github/workflows/ci.yml',
    '.github/workflows/build.yaml',
    '.gitlab-ci.yml',
    'Jenkinsfile',
    'azure-pipelines.yml',
    '.circleci/config.yml',
    'bitbucket-pipelines.yml',
    '.buildkite/pipeline.yml',
    '.drone.yml',
    'cloudbuild.yaml',
    'cloudbuild.yml',
    '.tekton/pipeline.yaml',
    '.travis.yml',
  ])('passes on %s', path => {
    const result = evaluateCheck('ci-pipeline', {
      files: { [path]: 'steps: []\n' },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(path);
  });

  it('fails on an empty repository', () => {
    expect(evaluateCheck('ci-pipeline').outcome).toBe('fail');
  });

  it.each([
    ['a README in the workflows folder', '.github/workflows/README.md'],
    ['a CircleCI file that is not its config', '.circleci/README.md'],
    ['a build script alone', 'build.sh'],
  ])('fails on %s', (_name, path) => {
    expect(
      evaluateCheck('ci-pipeline', { files: { [path]: 'echo build\n' } })
        .outcome,
    ).toBe('fail');
  });
});

describe('local-dev', () => {
  it.each([
    'docker-compose.yml',
    'docker-compose.dev.yaml',
    'compose.yaml',
    'compose.yml',
    '.devcontainer/devcontainer.json',
    'Tiltfile',
    'skaffold.yaml',
    'devbox.json',
    'flake.nix',
    'src/Shop.AppHost/Shop.AppHost.csproj',
    '.env.example',
    '.env.sample',
  ])('passes on %s', path => {
    const result = evaluateCheck('local-dev', { files: { [path]: '{}\n' } });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(path);
  });

  it('passes on an Aspire.Hosting dependency', () => {
    const result = evaluateCheck('local-dev', {
      files: { 'src/Shop/Shop.csproj': csproj('Aspire.Hosting.AppHost/8.2.0') },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe('src/Shop/Shop.csproj');
    expect(details(result)).toContain('Aspire.Hosting.AppHost');
  });

  it.each([
    [
      'Makefile',
      'build:\n\tgo build ./...\n\nrun: build\n\tgo run .\n',
      'Makefile:4',
    ],
    ['Makefile', 'dev-up:\n\tdocker compose up -d\n', 'Makefile:1'],
    [
      'Taskfile.yml',
      "version: '3'\ntasks:\n  dev:\n    cmds: [go run .]\n",
      'Taskfile.yml:2',
    ],
    ['justfile', 'start *args:\n  cargo run -- {{args}}\n', 'justfile:1'],
  ])('passes on a %s with a run/dev/up/start target', (path, text, target) => {
    const result = evaluateCheck('local-dev', { files: { [path]: text } });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(target);
  });

  it('fails on an empty repository', () => {
    expect(evaluateCheck('local-dev').outcome).toBe('fail');
  });

  it.each([
    [
      'a Makefile with only build and test targets',
      'Makefile',
      'build:\n\tgo build\ntest:\n\tgo test ./...\n',
    ],
    ['a Makefile variable named RUN', 'Makefile', 'RUN := go run .\n'],
    ['a Dockerfile alone', 'Dockerfile', 'FROM golang:1.22\n'],
    ['a committed .env that is not a template', '.env', 'DB_PASSWORD=x\n'],
  ])('fails on %s', (_name, path, text) => {
    expect(
      evaluateCheck('local-dev', { files: { [path]: text } }).outcome,
    ).toBe('fail');
  });
});

describe('code-quality', () => {
  const JACOCO_CHECK = `<project>
  <build><plugins><plugin>
    <groupId>org.jacoco</groupId>
    <artifactId>jacoco-maven-plugin</artifactId>
    <executions><execution>
      <id>check</id>
      <goals><goal>check</goal></goals>
      <configuration><rules><rule>
        <limits><limit><minimum>0.80</minimum></limit></limits>
      </rule></rules></configuration>
    </execution></executions>
  </plugin></plugins></build>
</project>
`;
  const JACOCO_REPORT = `<project>
  <build><plugins><plugin>
    <groupId>org.jacoco</groupId>
    <artifactId>jacoco-maven-plugin</artifactId>
    <executions><execution>
      <goals><goal>prepare-agent</goal><goal>report</goal></goals>
    </execution></executions>
  </plugin></plugins></build>
</project>
`;

  it.each([
    'sonar-project.properties',
    '.sonarcloud.properties',
    'codecov.yml',
    '.codecov.yaml',
    '.coveralls.yml',
  ])('passes on %s', path => {
    const result = evaluateCheck('code-quality', {
      files: { [path]: 'x=1\n' },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(path);
  });

  it('passes on the sonarqube.org/project-key annotation', () => {
    const result = evaluateCheck('code-quality', {
      entity: { annotations: { 'sonarqube.org/project-key': 'acme_svc' } },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe('sonarqube.org/project-key');
  });

  it.each([
    [
      'a Codecov upload in CI',
      '.github/workflows/ci.yml',
      'jobs:\n  test:\n    steps:\n      - run: npm test -- --coverage\n      - uses: codecov/codecov-action@v4\n',
      '.github/workflows/ci.yml:5',
    ],
    [
      'a Coveralls upload in CI',
      '.travis.yml',
      'language: ruby\nafter_success: coveralls\n',
      '.travis.yml:2',
    ],
    [
      'a SonarQube scan in CI',
      '.gitlab-ci.yml',
      'sonar:\n  script:\n    - sonar-scanner -Dsonar.projectKey=svc\n',
      '.gitlab-ci.yml:3',
    ],
    [
      'Jest coverageThreshold',
      'jest.config.js',
      'module.exports = {\n  coverageThreshold: { global: { lines: 80 } },\n};\n',
      'jest.config.js:2',
    ],
    [
      'coverageThreshold in package.json',
      'package.json',
      '{\n  "name": "svc",\n  "jest": { "coverageThreshold": { "global": { "lines": 80 } } }\n}\n',
      'package.json:3',
    ],
    [
      'Vitest coverage thresholds',
      'vitest.config.ts',
      'export default {\n  test: { coverage: { thresholds: { lines: 80 } } },\n};\n',
      'vitest.config.ts:2',
    ],
    [
      '--cov-fail-under in pytest configuration',
      'pytest.ini',
      '[pytest]\naddopts = --cov=svc --cov-fail-under=85\n',
      'pytest.ini:2',
    ],
    [
      'fail_under in pyproject.toml',
      'pyproject.toml',
      '[tool.coverage.report]\nfail_under = 90\n',
      'pyproject.toml:2',
    ],
    [
      'coverage --fail-under in CI',
      '.github/workflows/ci.yml',
      'jobs:\n  test:\n    steps:\n      - run: coverage report --fail-under=80\n',
      '.github/workflows/ci.yml:4',
    ],
    ['jacoco check rules in pom.xml', 'pom.xml', JACOCO_CHECK, 'pom.xml:4'],
    [
      'jacoco coverage verification in build.gradle',
      'build.gradle',
      "plugins { id 'jacoco' }\njacocoTestCoverageVerification {\n  violationRules { rule { limit { minimum = 0.8 } } }\n}\n",
      'build.gradle:2',
    ],
    [
      'coverlet thresholds in a csproj',
      'Svc.Tests/Svc.Tests.csproj',
      '<Project>\n  <PropertyGroup>\n    <Threshold>80</Threshold>\n  </PropertyGroup>\n</Project>\n',
      'Svc.Tests/Svc.Tests.csproj:3',
    ],
    [
      'SimpleCov minimum_coverage',
      'spec/spec_helper.rb',
      "require 'simplecov'\nSimpleCov.start { minimum_coverage 90 }\n",
      'spec/spec_helper.rb:2',
    ],
  ])('passes on %s', (_name, path, text, target) => {
    const result = evaluateCheck('code-quality', { files: { [path]: text } });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(target);
  });

  it('passes on -covermode with a threshold script', () => {
    const result = evaluateCheck('code-quality', {
      files: {
        Makefile:
          'cover:\n\tgo test -covermode=atomic -coverprofile=c.out ./...\n\t./scripts/check-coverage.sh --threshold 80\n',
      },
    });
    expect(result.outcome).toBe('pass');
    expect(targets(result)).toEqual(['Makefile:2', 'Makefile:3']);
  });

  it.each([
    ['.testcoverage.yml', 'threshold:\n  total: 80\n', '.testcoverage.yml'],
    [
      '.github/workflows/ci.yml',
      'jobs:\n  test:\n    steps:\n      - uses: vladopajic/go-test-coverage@v2\n',
      '.github/workflows/ci.yml:4',
    ],
  ])('passes on go-test-coverage (%s)', (path, text, target) => {
    const result = evaluateCheck('code-quality', { files: { [path]: text } });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(target);
  });

  it('fails on an empty repository', () => {
    expect(evaluateCheck('code-quality').outcome).toBe('fail');
  });

  it.each([
    [
      'a coverage report alone',
      {
        '.github/workflows/ci.yml':
          'jobs:\n  test:\n    steps:\n      - run: go test -covermode=atomic -coverprofile=coverage.out ./...\n',
      },
    ],
    [
      'jest --coverage without a threshold',
      {
        'package.json':
          '{\n  "name": "svc",\n  "scripts": { "test": "jest --coverage" }\n}\n',
      },
    ],
    ['a jacoco report without check rules', { 'pom.xml': JACOCO_REPORT }],
    ['a committed lcov report', { 'coverage/lcov.info': 'TN:\nSF:src/a.ts\n' }],
    [
      'pytest --cov without fail-under',
      { 'pytest.ini': '[pytest]\naddopts = --cov=svc --cov-report=xml\n' },
    ],
  ])('fails on %s', (_name, files) => {
    expect(evaluateCheck('code-quality', { files }).outcome).toBe('fail');
  });
});

describe('unit-tests', () => {
  it.each([
    'internal/orders/orders_test.go',
    'src/orders.test.ts',
    'src/orders.test.js',
    'src/Orders.test.tsx',
    'src/orders.spec.ts',
    'src/Orders.spec.jsx',
    'test_orders.py',
    'orders/orders_test.py',
    'src/test/java/com/acme/OrdersServiceTest.java',
    'tests/smoke.sh',
    'spec/models/order_spec.rb',
    'Svc.Tests/OrdersServiceTests.cs',
  ])('passes on %s', path => {
    const result = evaluateCheck('unit-tests', { files: { [path]: 'x\n' } });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(path);
  });

  it('fails on an empty repository', () => {
    expect(evaluateCheck('unit-tests').outcome).toBe('fail');
  });

  it.each([
    ['source files only', 'src/orders.ts'],
    ['a test helper that is not a test', 'src/test-utils.ts'],
    ['a testing guide', 'docs/testing.md'],
    ['a Ruby spec outside spec/', 'lib/order_spec_helper.rb'],
  ])('fails on %s', (_name, path) => {
    expect(
      evaluateCheck('unit-tests', { files: { [path]: 'x\n' } }).outcome,
    ).toBe('fail');
  });
});

describe('lint', () => {
  it.each([
    '.eslintrc.json',
    '.eslintrc.cjs',
    'eslint.config.js',
    'eslint.config.mjs',
    '.golangci.yml',
    '.golangci.yaml',
    '.prettierrc',
    '.prettierrc.json',
    'biome.json',
    '.editorconfig',
    'checkstyle.xml',
    'config/checkstyle/checkstyle-suppressions.xml',
    '.rubocop.yml',
    'ruff.toml',
    '.flake8',
    '.pylintrc',
    '.pre-commit-config.yaml',
    '.stylelintrc.json',
  ])('passes on %s', path => {
    const result = evaluateCheck('lint', { files: { [path]: 'x\n' } });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(path);
  });

  it.each([
    [
      '[tool.ruff] in pyproject.toml',
      'pyproject.toml',
      '[project]\nname = "svc"\n\n[tool.ruff]\nline-length = 100\n',
      'pyproject.toml:4',
    ],
    [
      'spotless in build.gradle',
      'build.gradle',
      "plugins {\n  id 'java'\n  id 'com.diffplug.spotless' version '6.25.0'\n}\n",
      'build.gradle:3',
    ],
    [
      'spotless in pom.xml',
      'pom.xml',
      '<project>\n  <build><plugins><plugin>\n    <artifactId>spotless-maven-plugin</artifactId>\n  </plugin></plugins></build>\n</project>\n',
      'pom.xml:3',
    ],
    [
      'eslintConfig in package.json',
      'package.json',
      '{\n  "name": "svc",\n  "eslintConfig": { "extends": "eslint:recommended" }\n}\n',
      'package.json:3',
    ],
    [
      'golangci-lint in CI',
      '.github/workflows/ci.yml',
      'jobs:\n  lint:\n    steps:\n      - uses: golangci/golangci-lint-action@v6\n',
      '.github/workflows/ci.yml:4',
    ],
  ])('passes on %s', (_name, path, text, target) => {
    const result = evaluateCheck('lint', { files: { [path]: text } });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(target);
  });

  it('fails on an empty repository', () => {
    expect(evaluateCheck('lint').outcome).toBe('fail');
  });

  it.each([
    [
      'a pyproject.toml without linter settings',
      'pyproject.toml',
      '[project]\nname = "svc"\n\n[tool.pytest.ini_options]\naddopts = "-q"\n',
    ],
    [
      'an eslint dependency without configuration',
      'package.json',
      '{\n  "name": "svc",\n  "devDependencies": { "eslint": "^9.0.0" }\n}\n',
    ],
    ['a pom.xml without a style plugin', 'pom.xml', '<project></project>\n'],
  ])('fails on %s', (_name, path, text) => {
    expect(evaluateCheck('lint', { files: { [path]: text } }).outcome).toBe(
      'fail',
    );
  });
});

describe('ai-assistant', () => {
  it.each([
    'AGENTS.md',
    'CLAUDE.md',
    'GEMINI.md',
    '.claude/settings.json',
    '.agents/skills/release.md',
    '.github/copilot-instructions.md',
    '.github/instructions/go.instructions.md',
    '.cursorrules',
    '.cursor/rules/style.mdc',
    '.windsurfrules',
    '.aider.conf.yml',
    '.continue/config.yaml',
    '.junie/guidelines.md',
  ])('passes on %s', path => {
    const result = evaluateCheck('ai-assistant', { files: { [path]: 'x\n' } });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(path);
  });

  it('fails on an empty repository', () => {
    expect(evaluateCheck('ai-assistant').outcome).toBe('fail');
  });

  it.each([
    ['Cursor settings without rules', '.cursor/mcp.json'],
    [
      'a GitHub file that is not Copilot instructions',
      '.github/CONTRIBUTING.md',
    ],
    ['a document about AI', 'docs/ai.md'],
  ])('fails on %s', (_name, path) => {
    expect(
      evaluateCheck('ai-assistant', { files: { [path]: 'x\n' } }).outcome,
    ).toBe('fail');
  });
});

describe('no-distributed-monolith', () => {
  it.each<[string, Record<string, string[]>]>([
    ['no dependsOn edges', {}],
    [
      'a chain without a cycle',
      {
        [SVC_REF]: ['component:default/a'],
        'component:default/a': ['component:default/b'],
      },
    ],
    [
      'a cycle elsewhere that does not pass through it',
      {
        [SVC_REF]: ['component:default/a'],
        'component:default/a': ['component:default/b'],
        'component:default/b': ['component:default/a'],
      },
    ],
  ])('passes on %s', (_name, componentDependsOn) => {
    const result = evaluateCheck('no-distributed-monolith', {
      catalog: { componentDependsOn },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(SVC_REF);
  });

  it.each<[string, Record<string, string[]>]>([
    [
      'a direct cycle',
      {
        [SVC_REF]: ['component:default/a'],
        'component:default/a': [SVC_REF],
      },
    ],
    [
      'a longer cycle',
      {
        [SVC_REF]: ['component:default/a'],
        'component:default/a': ['component:default/b'],
        'component:default/b': [SVC_REF],
      },
    ],
  ])('fails on %s through this component', (_name, componentDependsOn) => {
    const result = evaluateCheck('no-distributed-monolith', {
      catalog: { componentDependsOn },
    });
    expect(result.outcome).toBe('fail');
    expect(result.lookedFor.join(' ')).toContain(SVC_REF);
  });
});

describe('owned', () => {
  it('passes when spec.owner resolves to an existing group', () => {
    const result = evaluateCheck('owned');
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe('group:default/team-a');
  });

  it('passes when spec.owner resolves to an existing user', () => {
    const result = evaluateCheck('owned', {
      entity: { spec: { owner: 'user:default/jane' } },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe('user:default/jane');
  });

  it('fails when the owner does not exist in the catalog', () => {
    expect(
      evaluateCheck('owned', { catalog: { ownerExists: false } }).outcome,
    ).toBe('fail');
  });

  it('fails without spec.owner', () => {
    expect(
      evaluateCheck('owned', { entity: { spec: { owner: undefined } } })
        .outcome,
    ).toBe('fail');
  });
});
