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
    '.gitea/workflows/ci.yml',
    '.forgejo/workflows/ci.yaml',
    '.woodpecker.yml',
    '.woodpecker/build.yaml',
    'appveyor.yml',
    '.appveyor.yml',
    '.semaphore/semaphore.yml',
    'buildspec.yml',
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
    '.ci/run',
    'ci/run',
    '.ci/test.sh',
    'script/cibuild',
    'scripts/ci.sh',
  ])('passes on the CI entry script %s that runs a command', path => {
    const result = evaluateCheck('ci-pipeline', {
      files: {
        [path]:
          '#!/usr/bin/env bash\n# CI entry point\nset -euo pipefail\nexec ./scripts/test.sh\n',
      },
    });
    expect(result.outcome).toBe('pass');
    // The first command of the script, after its comments.
    expect(result.evidence[0].target).toBe(`${path}:3`);
  });

  it.each([
    ['a CI entry script with only comments', '.ci/run', '#!/bin/sh\n# TODO\n'],
    ['notes in a ci folder', 'ci/README.md', 'How CI works\n'],
    ['a script elsewhere named run', 'tools/run', '#!/bin/sh\nmake\n'],
  ])('fails on %s', (_name, path, text) => {
    expect(
      evaluateCheck('ci-pipeline', { files: { [path]: text } }).outcome,
    ).toBe('fail');
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
    'Procfile.dev',
    'bin/dev',
    '.env.example',
    '.env.sample',
    '.env.template',
    '.env.dist',
    '.env.local.example',
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
    '.codeclimate.yml',
    '.codacy.yml',
    '.deepsource.toml',
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
    [
      'a Codacy coverage upload in CI',
      '.github/workflows/ci.yml',
      'jobs:\n  test:\n    steps:\n      - uses: codacy/codacy-coverage-reporter-action@v1\n',
      '.github/workflows/ci.yml:4',
    ],
    [
      'the SonarQube Gradle plugin',
      'build.gradle.kts',
      'plugins {\n    id("org.sonarqube") version "5.1.0.4882"\n}\n',
      'build.gradle.kts:2',
    ],
    [
      'c8 --check-coverage in a package.json script',
      'package.json',
      '{\n  "name": "svc",\n  "scripts": {\n    "test": "c8 --check-coverage --lines 80 node --test"\n  }\n}\n',
      'package.json:4',
    ],
    [
      'coverlet.console --threshold in CI',
      '.github/workflows/ci.yml',
      'jobs:\n  test:\n    steps:\n      - run: coverlet bin/Svc.Tests.dll --target dotnet --threshold 80\n',
      '.github/workflows/ci.yml:4',
    ],
    [
      'cargo llvm-cov --fail-under-lines in CI',
      '.github/workflows/ci.yml',
      'jobs:\n  test:\n    steps:\n      - run: cargo llvm-cov --fail-under-lines 80\n',
      '.github/workflows/ci.yml:4',
    ],
    [
      'cargo tarpaulin fail-under in tarpaulin.toml',
      'tarpaulin.toml',
      '[report]\nfail-under = 80\n',
      'tarpaulin.toml:2',
    ],
    [
      'mix test --cover in CI',
      '.github/workflows/ci.yml',
      'jobs:\n  test:\n    steps:\n      - run: mix test --cover\n',
      '.github/workflows/ci.yml:4',
    ],
    [
      'a mix test coverage threshold in mix.exs',
      'mix.exs',
      'def project do\n  [app: :svc, test_coverage: [summary: [threshold: 85]]]\nend\n',
      'mix.exs:2',
    ],
    [
      'an ExCoveralls minimum_coverage',
      'coveralls.json',
      '{\n  "coverage_options": { "minimum_coverage": 80 }\n}\n',
      'coveralls.json:2',
    ],
  ])('passes on %s', (_name, path, text, target) => {
    const result = evaluateCheck('code-quality', { files: { [path]: text } });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(target);
  });

  it('passes on -coverprofile with a threshold script', () => {
    const result = evaluateCheck('code-quality', {
      files: {
        '.github/workflows/ci.yml':
          'jobs:\n  test:\n    steps:\n      - run: go test -coverprofile=c.out ./...\n      - run: ./scripts/coverage.sh --min-coverage 75\n',
      },
    });
    expect(result.outcome).toBe('pass');
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
    [
      'ExCoveralls set up for local reports in mix.exs',
      {
        'mix.exs':
          'def project do\n  [\n    app: :svc,\n    test_coverage: [tool: ExCoveralls],\n    preferred_cli_env: [coveralls: :test, "coveralls.html": :test]\n  ]\nend\n',
      },
    ],
    [
      'an ExCoveralls minimum of zero',
      {
        'coveralls.json': '{ "coverage_options": { "minimum_coverage": 0 } }\n',
      },
    ],
    [
      'a Codecov upload that is commented out',
      {
        '.github/workflows/ci.yml':
          'jobs:\n  test:\n    steps:\n      - run: dotnet test --collect:"XPlat Code Coverage"\n      # TODO: - uses: codecov/codecov-action@v4\n',
      },
    ],
    [
      'cargo tarpaulin without a minimum',
      {
        '.github/workflows/ci.yml':
          'jobs:\n  test:\n    steps:\n      - run: cargo tarpaulin --out Xml\n',
      },
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
    'src/orders.test.mjs',
    'src/orders.test.cjs',
    'src/orders.test.mts',
    'src/orders.spec.ts',
    'src/Orders.spec.jsx',
    'src/__tests__/orders.ts',
    'test_orders.py',
    'orders/orders_test.py',
    'src/test/java/com/acme/OrdersServiceTest.java',
    'src/test/kotlin/com/acme/OrdersServiceSpec.kt',
    'test/orders.js',
    'tests/api.rs',
    'tests/integration/test_api.py',
    'test/svc_web/controllers/page_controller_test.exs',
    'Svc.Tests/OrdersServiceTests.cs',
    'Svc.Tests/OrdersServiceTest.cs',
    'tests/Svc.UnitTests/UnitTest1.cs',
  ])('passes on %s', path => {
    const result = evaluateCheck('unit-tests', { files: { [path]: 'x\n' } });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(path);
  });

  it.each([
    [
      'an RSpec example',
      'spec/models/order_spec.rb',
      "RSpec.describe Order do\n  it 'totals its lines' do\n    expect(order.total).to eq(3)\n  end\nend\n",
      'spec/models/order_spec.rb:2',
    ],
    [
      'a Minitest test',
      'test/models/order_test.rb',
      'class OrderTest < ActiveSupport::TestCase\n  test "totals its lines" do\n    assert_equal 3, order.total\n  end\nend\n',
      'test/models/order_test.rb:2',
    ],
    [
      'a Minitest test method',
      'test/unit/order_test.rb',
      'class OrderTest < Minitest::Test\n  def test_total\n    assert_equal 3, Order.new.total\n  end\nend\n',
      'test/unit/order_test.rb:2',
    ],
    [
      'a Rust #[test] function outside a test module',
      'src/http/articles/mod.rs',
      'fn slugify(s: &str) -> String { s.to_lowercase() }\n\n#[test]\nfn test_slugify() { assert_eq!(slugify("A"), "a"); }\n',
      'src/http/articles/mod.rs:3',
    ],
    [
      'a #[tokio::test] function',
      'src/api.rs',
      '#[tokio::test]\nasync fn serves() {}\n',
      'src/api.rs:1',
    ],
  ])('passes on %s', (_name, path, text, target) => {
    const result = evaluateCheck('unit-tests', { files: { [path]: text } });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(target);
  });

  it.each([
    [
      'a generated Rails test stub with its test commented out',
      'test/models/article_test.rb',
      'require "test_helper"\n\nclass ArticleTest < ActiveSupport::TestCase\n  # test "the truth" do\n  #   assert true\n  # end\nend\n',
    ],
    [
      'a generated RSpec stub that is only pending',
      'spec/models/article_spec.rb',
      'require "rails_helper"\n\nRSpec.describe Article, type: :model do\n  pending "add some examples to (or delete) #{__FILE__}"\nend\n',
    ],
    [
      'a Ruby test helper alone',
      'test/test_helper.rb',
      'ENV["RAILS_ENV"] ||= "test"\nrequire_relative "../config/environment"\n',
    ],
    ['an Elixir test helper alone', 'test/test_helper.exs', 'ExUnit.start()\n'],
  ])('fails on %s', (_name, path, text) => {
    expect(
      evaluateCheck('unit-tests', { files: { [path]: text } }).outcome,
    ).toBe('fail');
  });

  it('passes on a Rust #[cfg(test)] module', () => {
    const result = evaluateCheck('unit-tests', {
      files: {
        'src/lib.rs':
          'pub fn add(a: i32, b: i32) -> i32 { a + b }\n\n#[cfg(test)]\nmod tests {\n    #[test]\n    fn adds() { assert_eq!(super::add(1, 2), 3); }\n}\n',
      },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe('src/lib.rs:3');
  });

  it('fails on an empty repository', () => {
    expect(evaluateCheck('unit-tests').outcome).toBe('fail');
  });

  it.each([
    ['source files only', 'src/orders.ts'],
    ['a test helper that is not a test', 'src/test-utils.ts'],
    ['a testing guide', 'docs/testing.md'],
    ['a Ruby spec outside spec/', 'lib/order_spec_helper.rb'],
    ['a README in tests/', 'tests/README.md'],
    ['test data in tests/', 'tests/data/orders.json'],
    ['fixtures under tests/', 'tests/fixtures/orders.py'],
    ['an empty Python test package', 'tests/__init__.py'],
    ['test resources only', 'src/test/resources/application.yml'],
    ['a class whose name ends in "test"', 'src/Svc/Latest.cs'],
  ])('fails on %s', (_name, path) => {
    expect(
      evaluateCheck('unit-tests', { files: { [path]: 'x\n' } }).outcome,
    ).toBe('fail');
  });

  it('fails on a Rust cfg that is not the test configuration', () => {
    expect(
      evaluateCheck('unit-tests', {
        files: {
          'src/lib.rs':
            '#[cfg(feature = "test-utils")]\npub mod helpers {}\n// cfg(test) is where tests would go\n',
        },
      }).outcome,
    ).toBe('fail');
  });
});

describe('lint', () => {
  it.each([
    '.eslintrc.json',
    '.eslintrc.cjs',
    'eslint.config.js',
    'eslint.config.mjs',
    '.oxlintrc.json',
    '.golangci.yml',
    '.golangci.yaml',
    '.prettierrc',
    '.prettierrc.json',
    'biome.json',
    'checkstyle.xml',
    'config/checkstyle/checkstyle-suppressions.xml',
    'config/detekt/detekt.yml',
    '.rubocop.yml',
    '.standard.yml',
    'ruff.toml',
    '.flake8',
    '.pylintrc',
    '.pre-commit-config.yaml',
    '.stylelintrc.json',
    '.credo.exs',
    '.formatter.exs',
    'clippy.toml',
    'rustfmt.toml',
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
      '[tool.ruff.lint] in pyproject.toml',
      'pyproject.toml',
      '[project]\nname = "svc"\n\n[tool.ruff.lint]\nselect = ["E", "F"]\n',
      'pyproject.toml:4',
    ],
    [
      'spotless in build.gradle',
      'build.gradle',
      "plugins {\n  id 'java'\n  id 'com.diffplug.spotless' version '6.25.0'\n}\n",
      'build.gradle:3',
    ],
    [
      'ktlint in build.gradle.kts',
      'build.gradle.kts',
      'plugins {\n    id("org.jlleitschuh.gradle.ktlint") version "12.1.1"\n}\n',
      'build.gradle.kts:2',
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
      'a standard script in package.json',
      'package.json',
      '{\n  "name": "svc",\n  "scripts": {\n    "test": "node --test",\n    "lint": "standard --fix"\n  }\n}\n',
      'package.json:3',
    ],
    [
      '[lints.clippy] in Cargo.toml',
      'Cargo.toml',
      '[package]\nname = "svc"\n\n[lints.clippy]\nunwrap_used = "deny"\n',
      'Cargo.toml:4',
    ],
    [
      'EnforceCodeStyleInBuild in Directory.Build.props',
      'Directory.Build.props',
      '<Project>\n  <PropertyGroup>\n    <EnforceCodeStyleInBuild>true</EnforceCodeStyleInBuild>\n  </PropertyGroup>\n</Project>\n',
      'Directory.Build.props:3',
    ],
    [
      'analyzer rules set to error in .editorconfig',
      '.editorconfig',
      'root = true\n\n[*.cs]\nindent_size = 4\ndotnet_diagnostic.IDE0005.severity = error\n',
      '.editorconfig:5',
    ],
    [
      'golangci-lint in CI',
      '.github/workflows/ci.yml',
      'jobs:\n  lint:\n    steps:\n      - uses: golangci/golangci-lint-action@v6\n',
      '.github/workflows/ci.yml:4',
    ],
    [
      'golangci-lint run in a Makefile',
      'Makefile',
      'lint:\n\tgolangci-lint run ./...\n',
      'Makefile:2',
    ],
    [
      'cargo clippy in CI',
      '.github/workflows/ci.yml',
      'jobs:\n  lint:\n    steps:\n      - run: cargo clippy --all-targets -- -D warnings\n',
      '.github/workflows/ci.yml:4',
    ],
    [
      'cargo fmt --check in CI',
      '.gitlab-ci.yml',
      'fmt:\n  script:\n    - cargo fmt --all -- --check\n',
      '.gitlab-ci.yml:3',
    ],
    [
      'mix format --check-formatted in CI',
      '.github/workflows/ci.yml',
      'jobs:\n  lint:\n    steps:\n      - run: mix format --check-formatted\n',
      '.github/workflows/ci.yml:4',
    ],
    [
      'mix credo in CI',
      '.github/workflows/ci.yml',
      'jobs:\n  lint:\n    steps:\n      - run: mix credo --strict\n',
      '.github/workflows/ci.yml:4',
    ],
    [
      'dotnet format --verify-no-changes in CI',
      'azure-pipelines.yml',
      'steps:\n  - script: dotnet format --verify-no-changes\n',
      'azure-pipelines.yml:2',
    ],
    [
      'ruff check in CI',
      '.github/workflows/ci.yml',
      'jobs:\n  lint:\n    steps:\n      - run: ruff check .\n',
      '.github/workflows/ci.yml:4',
    ],
    [
      'rubocop in CI',
      '.github/workflows/ci.yml',
      'jobs:\n  lint:\n    steps:\n      - run: bundle exec rubocop\n',
      '.github/workflows/ci.yml:4',
    ],
    [
      'a format check script run in CI',
      '.travis.yml',
      'language: go\nscript:\n  - bash ./scripts/gofmt.sh\n  - go test ./...\n',
      '.travis.yml:3',
    ],
    [
      'npm run lint in CI',
      '.github/workflows/ci.yml',
      'jobs:\n  lint:\n    steps:\n      - run: npm ci\n      - run: npm run lint\n',
      '.github/workflows/ci.yml:5',
    ],
  ])('passes on %s', (_name, path, text, target) => {
    const result = evaluateCheck('lint', { files: { [path]: text } });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(target);
  });

  it('passes on StyleCop analyzers in a csproj', () => {
    const result = evaluateCheck('lint', {
      files: { 'src/Svc/Svc.csproj': csproj('StyleCop.Analyzers/1.1.118') },
    });
    expect(result.outcome).toBe('pass');
    expect(details(result)).toContain('StyleCop.Analyzers');
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
    [
      'the word standard in a description',
      'package.json',
      '{\n  "name": "svc",\n  "description": "a standard service",\n  "scripts": { "start": "node ." }\n}\n',
    ],
    ['a pom.xml without a style plugin', 'pom.xml', '<project></project>\n'],
    [
      'a pom.xml with only style plugin versions as properties',
      'pom.xml',
      '<project>\n  <properties>\n    <spotless.version>2.43.0</spotless.version>\n    <checkstyle.version>10.17.0</checkstyle.version>\n  </properties>\n</project>\n',
    ],
    [
      'ktlint settings in an .editorconfig',
      '.editorconfig',
      '[*.{kt,kts}]\nktlint_code_style = ktlint_official\nktlint_standard_no-wildcard-imports = disabled\n',
    ],
    [
      'an .editorconfig with style settings only',
      '.editorconfig',
      'root = true\n\n[*]\nindent_style = space\ninsert_final_newline = true\ndotnet_diagnostic.IDE0005.severity = suggestion\n',
    ],
    [
      'dotnet format without --verify-no-changes',
      '.github/workflows/ci.yml',
      'jobs:\n  fmt:\n    steps:\n      - run: dotnet format\n',
    ],
    [
      'cargo fmt without --check',
      '.github/workflows/ci.yml',
      'jobs:\n  fmt:\n    steps:\n      - run: cargo fmt --all\n',
    ],
    [
      'a linter that CI only installs',
      '.github/workflows/ci.yml',
      'jobs:\n  test:\n    steps:\n      - run: pip install flake8 pytest\n      - run: pytest\n',
    ],
    [
      'clippy that is commented out',
      '.github/workflows/ci.yml',
      'jobs:\n  test:\n    steps:\n      # - run: cargo clippy -- -D warnings\n      - run: cargo test\n',
    ],
    [
      'a lint step that is commented out',
      '.github/workflows/ci.yml',
      'jobs:\n  test:\n    steps:\n      # - run: npm run lint\n      - run: npm test\n',
    ],
    [
      'mix format without --check-formatted',
      '.github/workflows/ci.yml',
      'jobs:\n  fmt:\n    steps:\n      - run: mix format\n',
    ],
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
    '.github/copilot-csharp-testing.md',
    '.github/prompts/release.prompt.md',
    '.github/agents/reviewer.agent.md',
    '.cursorrules',
    '.cursor/rules/style.mdc',
    '.windsurfrules',
    '.windsurf/rules/style.md',
    '.aider.conf.yml',
    '.continue/config.yaml',
    '.junie/guidelines.md',
  ])('passes on %s', path => {
    const result = evaluateCheck('ai-assistant', { files: { [path]: 'x\n' } });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(path);
  });

  it.each([
    'Agents must not modify generated code under gen/.\n',
    'Do not use AI assistants to write database migrations; write them by hand.\n',
    'AI-generated code is not accepted without tests.\n',
    'If you are an AI agent, do not commit secrets.\n',
  ])('passes on instructions that restrict but do not forbid: %s', text => {
    expect(
      evaluateCheck('ai-assistant', { files: { 'AGENTS.md': text } }).outcome,
    ).toBe('pass');
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

  it.each([
    [
      'AGENTS.md',
      '# Policy\n\nThe use of AI coding assistants is not permitted in this repository.\n',
    ],
    ['CLAUDE.md', 'AI-generated contributions are not accepted.\n'],
    [
      '.github/copilot-instructions.md',
      'Do not use Copilot in this repository.\n',
    ],
    [
      '.cursorrules',
      'If you are an AI agent, stop and do not make any changes.\n',
    ],
    ['AGENTS.md', 'LLMs must not be used on this project.\n'],
    [
      'AGENTS.md',
      '# For coding agents\nYou must refuse to write any code or tests for this project.\n',
    ],
  ])('fails on %s that forbids assistants', (path, text) => {
    const result = evaluateCheck('ai-assistant', { files: { [path]: text } });
    expect(result.outcome).toBe('fail');
    expect(result.lookedFor.join(' ')).toContain('forbid');
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
