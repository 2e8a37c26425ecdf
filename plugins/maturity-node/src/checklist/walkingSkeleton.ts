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
  content,
  dependency,
  files,
} from './common';
import { PHASE } from '@backstage-maturity/plugin-maturity-common';

/**
 * Test files of the common ecosystems: the evidence of `unit-tests`, reused
 * by `test-levels`.
 *
 * @public
 */
export const unitTestFilesRule: Rule = files([
  '*_test.go',
  '*.{test,spec}.{js,jsx,ts,tsx}',
  'test_*.py',
  '*_test.py',
  '**/src/test/**',
  'tests/',
  '**/spec/**/*_spec.rb',
  '*Tests.cs',
]);

const PYTHON_COVERAGE_CONFIG = [
  'pyproject.toml',
  'setup.cfg',
  '.coveragerc',
  'tox.ini',
  'pytest.ini',
  'noxfile.py',
];

/**
 * JaCoCo's `check` goal with rules, inside the jacoco-maven-plugin block of a
 * POM (another plugin's `check` goal, e.g. Checkstyle's, does not count).
 */
const JACOCO_MAVEN_CHECK =
  'jacoco-maven-plugin' +
  '(?=(?:(?!</plugin>)[\\s\\S])*<goal>\\s*check\\s*</goal>)' +
  '(?=(?:(?!</plugin>)[\\s\\S])*<(?:rules|rule|limit)>)';

/**
 * An enforced coverage threshold in CI or build configuration: the part of
 * `code-quality` that `tests-as-code` reuses.
 *
 * @public
 */
export const coverageThresholdRule: Rule = anyOf(
  // Jest `coverageThreshold`, nyc/c8 `check-coverage`, Vitest `thresholds`.
  content(
    [
      'jest.config.*',
      'package.json',
      'vitest.config.*',
      'vite.config.*',
      '.nycrc*',
      '.c8rc*',
    ],
    'coverageThreshold|["\']?check-coverage["\']?\\s*[:=]\\s*true|\\bthresholds\\s*:\\s*\\{',
  ),
  // pytest-cov `--cov-fail-under`, coverage.py `--fail-under` / `fail_under`
  // (also cargo tarpaulin / llvm-cov `--fail-under*`).
  content(
    [...PYTHON_COVERAGE_CONFIG, ...CI_AND_TASK_FILES, 'tarpaulin.toml'],
    '--(?:cov-)?fail-under|\\bfail[_-]under\\s*=',
  ),
  // Codecov status targets fail the commit status below the target.
  content(
    ['codecov.y*ml', '.codecov.y*ml'],
    '^[ \\t]+target[ \\t]*:[ \\t]*["\']?\\d',
    {
      flags: 'im',
    },
  ),
  // JaCoCo `check` with rules (Maven) or coverage verification (Gradle), Kover.
  content(['pom.xml'], JACOCO_MAVEN_CHECK),
  content(
    ['build.gradle', 'build.gradle.kts'],
    'jacocoTestCoverageVerification[\\s\\S]*?(?:violationRules|minimum)|koverVerify|minBound\\s*\\(',
  ),
  // Go: `-covermode` together with a threshold script, or go-test-coverage.
  allOf(
    content(CI_AND_TASK_FILES, '-covermode'),
    content(
      CI_AND_TASK_FILES,
      'threshold|fail[-_]?under|min(?:imum)?[-_ ]?coverage|coverage[-_ ]?(?:min|gate)',
    ),
  ),
  files(['.testcoverage.y*ml']),
  content(CI_AND_TASK_FILES, 'go-test-coverage'),
  // .NET coverlet thresholds.
  content(
    ['*.csproj', 'Directory.Build.props', ...CI_AND_TASK_FILES],
    '<Threshold>\\s*\\d|/p:Threshold=\\d',
  ),
  // Ruby SimpleCov.
  content(
    ['.simplecov', 'spec_helper.rb', 'rails_helper.rb', 'test_helper.rb'],
    'minimum_coverage',
  ),
);

/**
 * Linter or formatter configuration: the evidence of `lint`, reused by
 * `tests-as-code`.
 *
 * @public
 */
export const lintConfigRule: Rule = anyOf(
  files([
    '.eslintrc*',
    'eslint.config.*',
    '.golangci.y*ml',
    '.golangci.{toml,json}',
    '.prettierrc*',
    'prettier.config.*',
    'biome.json',
    'biome.jsonc',
    '.editorconfig',
    'checkstyle*.xml',
    '.rubocop.yml',
    'ruff.toml',
    '.ruff.toml',
    '.flake8',
    '.pylintrc',
    'pylintrc',
    '.pre-commit-config.yaml',
    '.stylelintrc*',
    'stylelint.config.*',
    '.credo.exs',
    'clippy.toml',
    'rustfmt.toml',
  ]),
  content(['pyproject.toml'], '^\\[tool\\.(?:ruff|pylint|flake8|black)\\b', {
    flags: 'im',
  }),
  content(['setup.cfg', 'tox.ini'], '^\\[(?:flake8|pylint)', { flags: 'im' }),
  content(
    ['package.json'],
    '"(?:eslintConfig|prettier|stylelint)"\\s*:\\s*[{"]',
  ),
  content(
    ['pom.xml', 'build.gradle', 'build.gradle.kts'],
    'spotless|checkstyle|ktlint|detekt',
  ),
  content(
    CI_AND_TASK_FILES,
    'dotnet format|golangci-lint|cargo clippy|cargo fmt|mix credo|mix format --check',
  ),
);

/** Make targets named run/dev/up/start (also e.g. `dev-up`, `run_local`). */
const TARGET = '(?:[\\w-]*[-_])?(?:run|dev|up|start)(?:[-_][\\w-]*)?';

/**
 * Phase 1: the service can be built, tested and run by anyone.
 *
 * @public
 */
export const walkingSkeletonChecks: CheckDefinition[] = [
  {
    id: 'source-hosted',
    title: 'Code is in a hosted git repository',
    phase: PHASE.walkingSkeleton,
    required: true,
    why: 'Code that lives only on a laptop or a file share cannot be reviewed, built by CI or recovered.',
    howToPass:
      'The `backstage.io/source-location` annotation points at a repository on a git host ' +
      '(`url:https://<host>/<org>/<repo>...`, e.g. GitHub, GitLab, Bitbucket, Azure DevOps, Gitea), ' +
      'or the entity has a repository annotation such as `github.com/project-slug`, ' +
      '`gitlab.com/project-slug`, `gitlab.com/project-id`, `bitbucket.org/...` or `dev.azure.com/project-repo`.',
    rule: anyOf(
      annotation(
        ['backstage.io/source-location'],
        '^(?:url|github|gitlab|bitbucket|azure/api|gitea|gerrit):https?://[^/\\s]+/[^/\\s]+/[^/\\s]+',
      ),
      annotation(
        [
          'github.com/project-slug',
          'gitlab.com/project-slug',
          'bitbucket.com/project-slug',
          'dev.azure.com/project-repo',
        ],
        '^[^/\\s]+(?:/[^/\\s]+)+$',
      ),
      annotation(['gitlab.com/project-id'], '^\\d+$'),
      annotation(['bitbucket.org/*', 'bitbucket.com/*'], '\\S'),
    ),
  },
  {
    id: 'ci-pipeline',
    title: 'Build and deploy are automated by CI/CD',
    phase: PHASE.walkingSkeleton,
    required: true,
    why: 'Without a pipeline, builds depend on one person’s machine and releases are manual and unrepeatable.',
    howToPass:
      'A CI/CD pipeline definition in the repository: `.github/workflows/*.yml`, `.gitlab-ci.yml`, ' +
      '`Jenkinsfile`, `azure-pipelines.yml`, `.circleci/config.yml`, `bitbucket-pipelines.yml`, ' +
      '`.buildkite/`, `.drone.yml`, `cloudbuild.yaml`, `.tekton/` or `.travis.yml`.',
    rule: files(CI_FILES),
  },
  {
    id: 'local-dev',
    title: 'It runs on a developer machine with external dependencies mocked',
    phase: PHASE.walkingSkeleton,
    required: true,
    why: 'If the service only runs in a shared environment, every change is slow to try and newcomers cannot start.',
    howToPass:
      'A local setup: `docker-compose*.yml` / `compose.yml`, `.devcontainer/`, `Tiltfile`, ' +
      '`skaffold.yaml`, `devbox.json`, `flake.nix`, a .NET Aspire app host (`*.AppHost` project or ' +
      'an `Aspire.Hosting` dependency), a `Makefile`, `Taskfile.yml` or `justfile` with a ' +
      'run/dev/up/start target, or an `.env.example` / `.env.sample`.',
    rule: anyOf(
      files([
        'docker-compose*.y*ml',
        'compose.y*ml',
        '.devcontainer/',
        '.devcontainer.json',
        'Tiltfile',
        'skaffold.y*ml',
        'devbox.json',
        'flake.nix',
        '*.AppHost.csproj',
        '*.AppHost/',
        '.env.example',
        '.env.sample',
      ]),
      dependency(['Aspire.Hosting*'], ['nuget']),
      content(
        ['Makefile', 'GNUmakefile', '*.mk'],
        `^(?:[\\w./-]+[ \\t]+)*${TARGET}(?:[ \\t]+[\\w./-]+)*[ \\t]*::?(?!=)`,
        { flags: 'im' },
      ),
      content(
        ['Taskfile.y*ml'],
        `^tasks[ \\t]*:[\\s\\S]*^[ \\t]+["']?${TARGET}["']?[ \\t]*:`,
        { flags: 'im' },
      ),
      content(
        ['justfile', '.justfile'],
        `^@?${TARGET}(?:[ \\t]+[^:=\\n]*)?:(?!=)`,
        { flags: 'im' },
      ),
    ),
  },
  {
    id: 'code-quality',
    title: 'Code quality and coverage are monitored',
    phase: PHASE.walkingSkeleton,
    required: true,
    why: 'Unmeasured quality only gets worse: nobody notices untested or degrading code until it breaks.',
    howToPass:
      'Code quality or coverage monitoring: `sonar-project.properties`, `.sonarcloud.properties`, ' +
      '`codecov.yml` / `.codecov.yml`, `.coveralls.yml`, the `sonarqube.org/project-key` annotation, ' +
      'a Codecov/Coveralls upload or SonarQube scan in CI, or an enforced coverage threshold in CI or ' +
      'build configuration (Jest `coverageThreshold`, `--cov-fail-under` / `--fail-under` / `fail_under`, ' +
      'JaCoCo `check` rules, `-covermode` with a threshold script). A coverage report alone is not monitoring.',
    rule: anyOf(
      files([
        'sonar-project.properties',
        '.sonarcloud.properties',
        'codecov.y*ml',
        '.codecov.y*ml',
        '.coveralls.yml',
      ]),
      annotation(['sonarqube.org/project-key']),
      // Coverage upload to a monitoring service.
      content(
        [...CI_AND_TASK_FILES, ...BUILD_FILES],
        '\\b(?:codecov|coveralls)\\b',
      ),
      // SonarQube / SonarCloud analysis configured on the command line.
      content(
        CI_AND_TASK_FILES,
        '\\bsonar:sonar\\b|sonar-scanner|sonarqube-scan-action|sonarcloud-github-action|SonarScanner',
      ),
      coverageThresholdRule,
    ),
  },
  {
    id: 'unit-tests',
    title: 'There is a testing strategy, starting with unit tests',
    phase: PHASE.walkingSkeleton,
    required: true,
    why: 'Without automated tests every change is a gamble and refactoring stops.',
    howToPass:
      'Test files in the repository: `*_test.go`, `*.test.[jt]s(x)`, `*.spec.[jt]s(x)`, `test_*.py` / ' +
      '`*_test.py`, anything under `src/test/` or a `tests/` folder, `spec/**/*_spec.rb`, or `*Tests.cs`.',
    rule: unitTestFilesRule,
  },
  {
    id: 'lint',
    title: 'Linting and code style are enforced',
    phase: PHASE.walkingSkeleton,
    required: true,
    why: 'Without a linter and a shared style, reviews drown in formatting and whole classes of bugs slip through.',
    howToPass:
      'Linter or formatter configuration: `.eslintrc*`, `eslint.config.*`, `.golangci.yml`, `.prettierrc*`, ' +
      '`biome.json`, `.editorconfig`, `checkstyle*.xml`, `.rubocop.yml`, `ruff.toml` or `[tool.ruff]`, ' +
      '`.flake8`, `.pylintrc`, `.pre-commit-config.yaml`, `.stylelintrc*`, Spotless/Checkstyle in the ' +
      'build, or a lint/format gate in CI (`dotnet format`, `golangci-lint`, `cargo clippy`, `mix credo`).',
    rule: lintConfigRule,
  },
  {
    id: 'ai-assistant',
    title: 'An AI coding assistant is adopted and instructed',
    phase: PHASE.walkingSkeleton,
    required: true,
    why: 'Assistants without repository instructions produce code that ignores the team’s conventions.',
    howToPass:
      'Instructions for a coding assistant: `AGENTS.md`, `CLAUDE.md`, `GEMINI.md`, `.claude/`, `.agents/`, ' +
      '`.github/copilot-instructions.md`, `.github/instructions/`, `.cursorrules`, `.cursor/rules/`, ' +
      '`.windsurfrules`, `.aider.conf.yml`, `.continue/` or `.junie/`.',
    rule: files([
      'AGENTS.md',
      'CLAUDE.md',
      'GEMINI.md',
      '.claude/',
      '.agents/',
      '.github/copilot-instructions.md',
      '.github/instructions/',
      '.cursorrules',
      '.cursor/rules/',
      '.windsurfrules',
      '.aider.conf.yml',
      '.continue/',
      '.junie/',
    ]),
  },
  {
    id: 'no-distributed-monolith',
    title: 'Not a distributed monolith',
    phase: PHASE.walkingSkeleton,
    required: true,
    why: 'Components that depend on each other in a cycle must be changed and deployed together: a monolith with network calls.',
    howToPass:
      'In the catalog graph, no chain of `dependsOn` relations among components leads from this component back to itself.',
    rule: { noDependencyCycle: true },
  },
  {
    id: 'owned',
    title: 'Someone owns it (prerequisite of everything else)',
    phase: PHASE.walkingSkeleton,
    required: true,
    why: 'An unowned service has nobody to fix it, answer for it or improve it.',
    howToPass: '`spec.owner` names a Group or User that exists in the catalog.',
    rule: { ownerExists: true },
  },
];
