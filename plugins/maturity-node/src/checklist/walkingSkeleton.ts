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
  not,
} from './common';
import { PHASE } from '@backstage-maturity/plugin-maturity-common';

/** The same rule, saying in plain words what it looks for. */
function described<T extends Rule>(description: string, rule: T): T {
  return { ...rule, description };
}

/**
 * Extensions of source files that a test folder holds when it holds tests,
 * for the ecosystems whose test files need no naming convention (Go, Ruby
 * and Elixir tests are named `*_test.go`, `*_spec.rb`/`*_test.rb`,
 * `*_test.exs`; their helpers in a test folder are not tests).
 */
const TEST_SOURCE_EXTENSIONS =
  '{js,jsx,ts,tsx,mjs,cjs,mts,cts,py,java,kt,scala,groovy,cs,fs,vb,rs,php,bats}';

/**
 * A Ruby spec or test that declares an example: a generated stub whose only
 * test is commented out, or a spec that is only `pending`, tests nothing.
 */
const RUBY_TEST_DECLARED =
  '^[ \\t]*(?:(?:it|specify|example|scenario|test)\\b[ \\t]*(?:\\(|["\'{]|do\\b)|def[ \\t]+test_)';

/** A Rust test: a `#[cfg(test)]` module or a test function attribute. */
const RUST_TEST =
  '#\\[(?:cfg\\(test\\)\\]|(?:(?:[a-z_]+::)?test|rstest|test_case)\\b)';

/** Extensions of JavaScript and TypeScript test files. */
const JS_TEST_EXTENSIONS = '{js,jsx,ts,tsx,mjs,cjs,mts,cts}';

/**
 * Test files of the common ecosystems: the evidence of `unit-tests`, reused
 * by `test-levels`.
 *
 * @public
 */
export const unitTestFilesRule: Rule = described(
  'test files (Go *_test.go, JavaScript/TypeScript *.test.* or *.spec.*, Python test_*.py, ' +
    'Java/Kotlin src/test, Ruby specs or tests, .NET *Tests.cs, Elixir *_test.exs, ' +
    'Rust tests/ or #[cfg(test)] modules, or test sources in a test or tests folder)',
  anyOf(
    described(
      'test files named as tests (*_test.go, *.test.ts, *.spec.js, test_*.py, *_spec.rb, *_test.exs, …)',
      files([
        '*_test.go',
        `*.{test,spec}.${JS_TEST_EXTENSIONS}`,
        `**/__tests__/**/*.${JS_TEST_EXTENSIONS}`,
        'test_*.py',
        '*_test.py',
        '**/test/**/*_test.exs',
      ]),
    ),
    described(
      'Ruby specs or tests that declare an example (spec/**/*_spec.rb, test/**/*_test.rb)',
      content(
        ['**/spec/**/*_spec.rb', '**/test/**/*_test.rb'],
        RUBY_TEST_DECLARED,
        {
          flags: 'm',
        },
      ),
    ),
    // .NET names test classes in PascalCase: `Latest.cs` is not a test.
    described(
      '.NET test classes (*Tests.cs, *Test.cs) or a *.Tests project',
      files(
        [
          '*Tests.{cs,fs,vb}',
          '*Test.{cs,fs,vb}',
          '**/*.{Tests,Test,UnitTests}/**/*.{cs,fs,vb}',
        ],
        { caseSensitive: true },
      ),
    ),
    // Test folders count when they hold test sources, not only data,
    // fixtures or a README.
    described(
      'source files in a test, tests or src/test folder',
      files(
        [
          `**/src/test/**/*.${TEST_SOURCE_EXTENSIONS}`,
          `**/test/**/*.${TEST_SOURCE_EXTENSIONS}`,
          `**/tests/**/*.${TEST_SOURCE_EXTENSIONS}`,
        ],
        {
          exclude: [
            '**/fixtures/**',
            '**/__fixtures__/**',
            '**/testdata/**',
            '**/resources/**',
            '__init__.py',
            'conftest.py',
          ],
        },
      ),
    ),
    // Rust unit tests live beside the code, in `#[cfg(test)]` modules or
    // functions marked `#[test]`.
    described(
      'a Rust #[cfg(test)] module or #[test] function',
      content(['*.rs'], RUST_TEST, { flags: '' }),
    ),
  ),
);

/**
 * After a match: the line it is on is not commented out with `#` before it
 * (a lookbehind, tried only where the match is, so it stays linear).
 */
const NOT_COMMENTED = '(?<!#[^\\n]*)';

/** After a match: the line it is on does not install or add a package. */
const NOT_AN_INSTALL = '(?<!\\b(?:install|add|get)\\b[^\\n]*)';

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
export const coverageThresholdRule: Rule = described(
  'an enforced coverage threshold (Jest/Vitest/nyc/c8 thresholds, --cov-fail-under or fail_under, ' +
    'JaCoCo check rules, Kover, coverlet Threshold, SimpleCov minimum_coverage, go-test-coverage, ' +
    'cargo tarpaulin/llvm-cov --fail-under, mix test --cover or an ExCoveralls minimum)',
  anyOf(
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
      'coverageThreshold|["\']?check-coverage["\']?\\s*[:=]\\s*true|--check-coverage\\b|\\bthresholds\\s*:\\s*\\{|--coverage\\.thresholds',
    ),
    // pytest-cov `--cov-fail-under`, coverage.py `--fail-under` / `fail_under`,
    // cargo tarpaulin `--fail-under`, cargo llvm-cov `--fail-under-lines`,
    // c8/nyc `--check-coverage` on the command line.
    content(
      [...PYTHON_COVERAGE_CONFIG, ...CI_AND_TASK_FILES, 'tarpaulin.toml'],
      '--(?:cov-)?fail-under|\\bfail[_-]under\\s*=|--check-coverage\\b',
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
    // Go: `-covermode` / `-coverprofile` together with a threshold script,
    // or go-test-coverage.
    allOf(
      content(CI_AND_TASK_FILES, '-cover(?:mode|profile)\\b'),
      content(
        CI_AND_TASK_FILES,
        'threshold|fail[-_]?under|min(?:imum)?[-_ ]?coverage|coverage[-_ ]?(?:min|gate)',
      ),
    ),
    files(['.testcoverage.y*ml']),
    content(CI_AND_TASK_FILES, 'go-test-coverage'),
    // .NET coverlet thresholds (MSBuild property or coverlet.console).
    content(
      ['*.csproj', 'Directory.Build.props', ...CI_AND_TASK_FILES],
      '<Threshold>\\s*\\d|/p:Threshold=\\d|\\bcoverlet\\b[^\\n]*--threshold\\b',
    ),
    // Ruby SimpleCov.
    content(
      ['.simplecov', 'spec_helper.rb', 'rails_helper.rb', 'test_helper.rb'],
      'minimum_coverage',
    ),
    // Elixir: `mix test --cover` fails below its summary threshold (90% by
    // default, or `test_coverage: [summary: [threshold: n]]`); ExCoveralls
    // fails below `minimum_coverage`.
    content(CI_AND_TASK_FILES, '\\bmix[ \\t]+test\\b[^\\n]*--cover\\b'),
    content(['mix.exs'], '\\bthreshold\\s*:\\s*\\d'),
    content(['coveralls.json'], '"minimum_coverage"\\s*:\\s*[1-9]'),
  ),
);

/**
 * A lint or format check run in CI or by the task runner CI calls; a
 * formatter that rewrites files (`cargo fmt`, `mix format`, `dotnet format`
 * without their check flags) enforces nothing.
 */
const LINT_IN_CI = [
  '\\bgolangci-lint(?:-action\\b|[ \\t]+run\\b)',
  '\\bstaticcheck\\b',
  '\\bgo[ \\t]+vet\\b',
  '\\bgofmt\\b[^\\n]*[ \\t]-[a-z]*l\\b',
  '\\brevive\\b',
  '\\bcargo[ \\t]+(?:\\+\\S+[ \\t]+)?clippy\\b',
  '\\bcargo[ \\t]+(?:\\+\\S+[ \\t]+)?fmt\\b[^\\n]*--check\\b',
  '\\bmix[ \\t]+format\\b[^\\n]*--check-formatted',
  '\\bmix[ \\t]+credo\\b',
  '\\bdotnet[ \\t]+format\\b[^\\n]*--verify-no-changes',
  '\\bruff[ \\t]+(?:check\\b|format\\b[^\\n]*--check\\b)',
  '\\bblack\\b[^\\n]*--check\\b',
  '\\b(?:flake8|pylint)\\b',
  '\\b(?:rubocop|standardrb)\\b',
  '\\bprettier\\b[^\\n]*(?:--check|[ \\t]-c)\\b',
  '\\bbiome[ \\t]+(?:ci|check|lint)\\b',
  '\\boxlint\\b',
  '\\beslint\\b',
  '\\b(?:ktlintCheck|detekt|spotlessCheck|spotless:check|checkstyle:check|checkstyleMain)\\b',
]
  // Neither commented out nor a line that only installs the tool.
  .map(pattern => `${pattern}${NOT_COMMENTED}${NOT_AN_INSTALL}`)
  .join('|');

/**
 * Lint or format checks that CI runs through the package manager, make or a
 * script named for the check (`npm run lint`, `make lint`,
 * `./scripts/gofmt.sh`, `hack/verify-lint.sh`).
 */
const LINT_SCRIPT_IN_CI = [
  '\\b(?:(?:npm|pnpm|yarn|bun)(?:[ \\t]+run)?|make|just|task)[ \\t]+(?:lint|format:check|fmt-check|format-check|check-format)\\b',
  // A path starts where no path character precedes it.
  '(?<![\\w./-])(?:[\\w.-]+/)+[\\w.-]*(?:lint|fmt|format)[\\w.-]*\\.(?:sh|bash|py|rb|ps1)\\b',
]
  .map(pattern => `${pattern}${NOT_COMMENTED}`)
  .join('|');

/**
 * Linter or formatter configuration: the evidence of `lint`, reused by
 * `tests-as-code`.
 *
 * @public
 */
export const lintConfigRule: Rule = described(
  'a linter or formatter configuration (ESLint, oxlint, Biome, Prettier, golangci-lint, Checkstyle, ' +
    'Spotless, ktlint, detekt, RuboCop, Standard, Ruff, Flake8, Pylint, pre-commit, Credo, mix format, ' +
    'Clippy, rustfmt, .NET analyzers) or a lint or format check run in CI; an .editorconfig with ' +
    'indentation rules alone does not count',
  anyOf(
    described(
      'a linter or formatter configuration file',
      files([
        '.eslintrc*',
        'eslint.config.*',
        '.oxlintrc*',
        'oxlintrc.json',
        '.golangci.y*ml',
        '.golangci.{toml,json}',
        'staticcheck.conf',
        'revive.toml',
        '.prettierrc*',
        'prettier.config.*',
        'biome.json',
        'biome.jsonc',
        'checkstyle*.xml',
        'detekt*.y*ml',
        'pmd*ruleset*.xml',
        '.rubocop.yml',
        '.standard.yml',
        'ruff.toml',
        '.ruff.toml',
        '.flake8',
        '.pylintrc',
        'pylintrc',
        '.pre-commit-config.yaml',
        '.stylelintrc*',
        'stylelint.config.*',
        '.credo.exs',
        '.formatter.exs',
        'clippy.toml',
        '.clippy.toml',
        'rustfmt.toml',
        '.rustfmt.toml',
        'phpcs.xml*',
        '.php-cs-fixer*.php',
        'phpstan.neon*',
      ]),
    ),
    content(
      ['pyproject.toml'],
      '^\\[tool\\.(?:ruff|pylint|flake8|black|isort)\\b',
      { flags: 'im' },
    ),
    content(['setup.cfg', 'tox.ini'], '^\\[(?:flake8|pylint|pycodestyle)', {
      flags: 'im',
    }),
    content(
      ['package.json'],
      '"(?:eslintConfig|prettier|stylelint)"\\s*:\\s*[{"]',
    ),
    // Zero-configuration linters run by a package.json script.
    content(
      ['package.json'],
      '"scripts"\\s*:\\s*\\{[^}]*:\\s*"(?:[^"\\\\]|\\\\.)*\\b(?:standard|ts-standard|xo|oxlint)\\b',
    ),
    described(
      'a linter or formatter in the Maven or Gradle build (Spotless, Checkstyle, ktlint, detekt, PMD, SpotBugs, Error Prone)',
      anyOf(
        content(
          ['pom.xml'],
          '<artifactId>[^<]*(?:spotless|checkstyle|pmd|spotbugs|ktlint|detekt|fmt-maven|error_prone)[^<]*</artifactId>',
        ),
        content(
          ['build.gradle', 'build.gradle.kts'],
          '\\b(?:id|apply[ \\t]+plugin[ \\t]*:)[ \\t]*\\(?[ \\t]*["\'][\\w.-]*(?:spotless|checkstyle|pmd|spotbugs|ktlint|kotlinter|detekt|errorprone)[\\w.-]*["\']|\\blibs\\.plugins\\.(?:spotless|ktlint|kotlinter|detekt|errorprone)\\b|^[ \\t]*(?:spotless|checkstyle|pmd|detekt|ktlint|spotbugs)[ \\t]*\\{',
          { flags: 'im' },
        ),
      ),
    ),
    // Rust: lint levels in Cargo.toml.
    content(['Cargo.toml'], '^\\[(?:workspace\\.)?lints\\b', { flags: 'im' }),
    described(
      '.NET analyzers enforced in the build (StyleCop, SonarAnalyzer, Roslynator, EnforceCodeStyleInBuild, AnalysisMode, analyzer rules set to error in .editorconfig)',
      anyOf(
        dependency(
          [
            'StyleCop.Analyzers',
            'SonarAnalyzer.CSharp',
            'Roslynator.Analyzers',
            'Meziantou.Analyzer',
          ],
          ['nuget'],
        ),
        content(
          ['*.csproj', 'Directory.Build.props'],
          '<EnforceCodeStyleInBuild>\\s*true|<AnalysisMode>\\s*(?:All|Recommended)|<AnalysisLevel>[^<]*-(?:all|recommended)',
        ),
        // An .editorconfig enforces when it makes analyzer findings build
        // errors; indentation and naming preferences alone are style.
        content(
          ['.editorconfig'],
          '^[ \\t]*(?:dotnet_diagnostic\\.[\\w.]+\\.severity[ \\t]*=[ \\t]*error|(?:dotnet|csharp)_[\\w.]+[ \\t]*=[^\\n]*:[ \\t]*error)\\b',
          { flags: 'im' },
        ),
      ),
    ),
    described(
      'a lint or format check run in CI (golangci-lint run, cargo clippy, cargo fmt --check, mix format --check-formatted, mix credo, dotnet format --verify-no-changes, ruff check, rubocop, eslint, …)',
      anyOf(
        content(CI_AND_TASK_FILES, LINT_IN_CI, { flags: 'im' }),
        content(CI_FILES, LINT_SCRIPT_IN_CI, { flags: 'im' }),
      ),
    ),
  ),
);

/**
 * The conventional entry points that CI systems configured outside the
 * repository (a Jenkins job, a hosted runner, a Buildkite step set up in
 * its UI) run: the file's place says what it is for.
 */
const CI_ENTRY_SCRIPTS = [
  '.ci/run',
  '.ci/*.sh',
  'ci/run',
  'ci/*.sh',
  'script/cibuild',
  'scripts/ci',
  'scripts/ci.sh',
];

/** A script that runs something: a line that is neither blank nor a comment. */
const RUNS_A_COMMAND = '^[ \\t]*[^#\\s]';

/** Make targets named run/dev/up/start (also e.g. `dev-up`, `run_local`). */
const TARGET = '(?:[\\w-]*[-_])?(?:run|dev|up|start)(?:[-_][\\w-]*)?';

/** Instructions for coding assistants, per assistant. */
const ASSISTANT_INSTRUCTION_FILES = [
  'AGENTS.md',
  'CLAUDE.md',
  'GEMINI.md',
  '.claude/',
  '.agents/',
  '.github/copilot-instructions.md',
  '.github/copilot*.md',
  '.github/instructions/',
  '.github/prompts/',
  '.github/chatmodes/',
  '.github/agents/',
  '.cursorrules',
  '.cursor/rules/',
  '.windsurfrules',
  '.windsurf/rules/',
  '.aider.conf.yml',
  '.continue/',
  '.junie/',
];

/** The instruction files a person writes in words (not settings files). */
const ASSISTANT_INSTRUCTION_TEXTS = [
  'AGENTS.md',
  'CLAUDE.md',
  'GEMINI.md',
  '.claude/**/*.md',
  '.agents/**/*.md',
  '.github/copilot-instructions.md',
  '.github/copilot*.md',
  '.github/instructions/**',
  '.github/agents/**',
  '.cursorrules',
  '.cursor/rules/**',
  '.windsurfrules',
  '.windsurf/rules/**',
  '.continue/**/*.md',
  '.junie/**/*.md',
];

/** Who is addressed: coding assistants, AI tools, AI-generated work. */
const AI_WHO =
  '(?:AI|LLMs?|generative AI|Copilot|ChatGPT|(?:AI|LLM|coding)[ -](?:coding[ -])?(?:assistants?|agents?|tools?|models?)|AI[ -](?:generated|assisted|written)[ -](?:code|contributions?|changes|commits|pull requests|PRs|patches))';

/**
 * An instructions file that forbids assistants: adoption it is not. The
 * statement must be about the repository as a whole (a rule such as "agents
 * must not modify generated code" is an instruction, not a ban).
 */
const FORBIDS_ASSISTANTS = [
  // "The use of AI coding assistants is not permitted in this repository",
  // "AI-generated contributions are not accepted".
  `\\b${AI_WHO}\\b[^.\\n]{0,60}?\\b(?:is|are)[ \\t]+(?:strictly[ \\t]+)?(?:not[ \\t]+(?:allowed|permitted|accepted|welcome)|prohibited|forbidden|banned|disallowed)\\b(?![ \\t]+(?:to|for|in (?:the )?(?:tests?|docs?)|without|unless|except)\\b)`,
  // "AI assistants must not be used", "LLMs may not be used on this project".
  `\\b${AI_WHO}[ \\t]+(?:must|may|shall|should)[ \\t]+not[ \\t]+be[ \\t]+used\\b(?![^.\\n]{0,30}\\b(?:to|for|without|unless|except)\\b)`,
  // "Do not use AI assistants in this repository".
  `\\b(?:do not|don't|never|must not|may not)[ \\t]+use[ \\t]+(?:any[ \\t]+)?${AI_WHO}[^.\\n]{0,30}?\\b(?:in|on|for|with)[ \\t]+(?:this|the)[ \\t]+(?:repo|repository|project|codebase)\\b`,
  // "Refuse to write any code for this project".
  '\\brefuse[ \\t]+to[ \\t]+(?:write|generate|contribute|make|produce|change|modify)\\b[^.\\n]{0,60}?\\b(?:for|in|to|on)[ \\t]+(?:this|the)[ \\t]+(?:repo|repository|project|codebase)\\b',
  // Addressed to the assistant itself: "If you are an AI agent, stop".
  "\\bif you are an? (?:AI|LLM|language model|coding assistant|(?:AI )?agent)\\b[^.\\n]{0,60}?\\b(?:stop\\b|refuse\\b|(?:do not|don't|must not)[ \\t]+(?:proceed|continue|contribute|make any changes|work on|modify (?:this|the) (?:repo|repository|project|code(?:base)?)))",
].join('|');

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
    rule: described(
      'an annotation that points at a repository on a git host (backstage.io/source-location, ' +
        'github.com/project-slug, gitlab.com/project-slug or project-id, bitbucket, dev.azure.com/project-repo)',
      anyOf(
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
      '`.buildkite/`, `.drone.yml`, `cloudbuild.yaml`, `.tekton/`, `.travis.yml`, Gitea or Forgejo ' +
      'Actions workflows, Woodpecker, AppVeyor, Semaphore or AWS CodeBuild (`buildspec.yml`).',
    rule: described(
      'a CI/CD pipeline definition (GitHub Actions workflows, GitLab CI, Jenkinsfile, Azure Pipelines, ' +
        'CircleCI, Bitbucket Pipelines, Buildkite, Drone, Cloud Build, Tekton, Travis CI, Gitea or ' +
        'Forgejo Actions, Woodpecker, AppVeyor, Semaphore, AWS CodeBuild), or a CI entry script ' +
        '(.ci/run, ci/run, script/cibuild, scripts/ci.sh) for a CI system configured outside the repository',
      anyOf(
        files(CI_FILES),
        content(CI_ENTRY_SCRIPTS, RUNS_A_COMMAND, { flags: 'm' }),
      ),
    ),
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
      'run/dev/up/start target, a Rails `Procfile.dev` or `bin/dev`, or an environment template ' +
      '(`.env.example`, `.env.sample`, `.env.template`, `.env.dist`).',
    rule: described(
      'a local setup: a Docker Compose file, a dev container, Tilt, Skaffold, devbox or Nix flake, ' +
        'a .NET Aspire app host, a Makefile, Taskfile or justfile with a run/dev/up/start target, ' +
        'a Procfile.dev, or an environment template such as .env.example',
      anyOf(
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
          'Procfile.dev',
          'bin/dev',
          '.env.example',
          '.env.sample',
          '.env.template',
          '.env.dist',
          '.env.*.example',
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
      '`codecov.yml` / `.codecov.yml`, `.coveralls.yml`, a Code Climate, Codacy, DeepSource or Qlty ' +
      'configuration, the `sonarqube.org/project-key` annotation, a Codecov/Coveralls upload or ' +
      'SonarQube scan in CI or the build, or an enforced coverage threshold in CI or build ' +
      'configuration (Jest `coverageThreshold`, Vitest `thresholds`, c8/nyc `check-coverage`, ' +
      '`--cov-fail-under` / `--fail-under` / `fail_under`, JaCoCo `check` rules, Kover, coverlet ' +
      '`Threshold`, SimpleCov `minimum_coverage`, `-covermode` with a threshold script or ' +
      'go-test-coverage, `cargo tarpaulin`/`cargo llvm-cov --fail-under-*`, `mix test --cover` or ' +
      'an ExCoveralls `minimum_coverage`). A coverage report alone is not monitoring.',
    rule: described(
      'code quality or coverage monitoring: SonarQube/SonarCloud, Codecov, Coveralls, Code Climate, ' +
        'Codacy or DeepSource configuration or upload, the sonarqube.org/project-key annotation, or an ' +
        'enforced coverage threshold in CI or the build',
      anyOf(
        files([
          'sonar-project.properties',
          '.sonarcloud.properties',
          'codecov.y*ml',
          '.codecov.y*ml',
          '.coveralls.yml',
          '.codeclimate.y*ml',
          '.codacy.y*ml',
          '.deepsource.toml',
          '.qlty/qlty.toml',
        ]),
        annotation(['sonarqube.org/project-key']),
        // Coverage upload to a monitoring service. Not in mix.exs, where
        // `coveralls` names ExCoveralls' local report tasks.
        content(
          [...CI_AND_TASK_FILES, ...BUILD_FILES.filter(f => f !== 'mix.exs')],
          `\\b(?:codecov|coveralls|codacy|codeclimate|cc-test-reporter|qltysh)\\b${NOT_COMMENTED}`,
          { flags: 'im' },
        ),
        // SonarQube / SonarCloud analysis on the command line or in the build.
        content(
          CI_AND_TASK_FILES,
          `(?:\\bsonar:sonar\\b|sonar-scanner|sonarqube-scan-action|sonarcloud-github-action|SonarScanner)${NOT_COMMENTED}`,
          { flags: 'im' },
        ),
        content(
          ['pom.xml', 'build.gradle', 'build.gradle.kts'],
          'org\\.sonarqube|sonar-maven-plugin',
        ),
        coverageThresholdRule,
      ),
    ),
  },
  {
    id: 'unit-tests',
    title: 'There is a testing strategy, starting with unit tests',
    phase: PHASE.walkingSkeleton,
    required: true,
    why: 'Without automated tests every change is a gamble and refactoring stops.',
    howToPass:
      'Test files in the repository: `*_test.go`, `*.test.{js,jsx,ts,tsx,mjs,cjs,mts}` or `*.spec.*` ' +
      'of the same, files under `__tests__/`, `test_*.py` / `*_test.py`, test sources under `src/test/`, ' +
      '`test/` or `tests/` (a folder with only data, fixtures or a README does not count), ' +
      '`spec/**/*_spec.rb` / `test/**/*_test.rb` that declare an example (a generated stub whose test is ' +
      'commented out, or that is only `pending`, tests nothing), `*Tests.cs` / `*Test.cs` or a `*.Tests` ' +
      'project, `test/**/*_test.exs`, or Rust `tests/*.rs`, `#[cfg(test)]` modules or `#[test]` functions.',
    rule: unitTestFilesRule,
  },
  {
    id: 'lint',
    title: 'Linting and code style are enforced',
    phase: PHASE.walkingSkeleton,
    required: true,
    why: 'Without a linter and a shared style, reviews drown in formatting and whole classes of bugs slip through.',
    howToPass:
      'A linter or formatter configuration: `.eslintrc*`, `eslint.config.*`, `.oxlintrc*`, `.golangci.yml`, ' +
      '`.prettierrc*`, `biome.json`, `checkstyle*.xml`, Spotless/Checkstyle/ktlint/detekt/PMD in the build, ' +
      '`.rubocop.yml`, `.standard.yml`, `ruff.toml` or `[tool.ruff]`, `.flake8`, `.pylintrc`, ' +
      '`.pre-commit-config.yaml`, `.stylelintrc*`, `.credo.exs`, `.formatter.exs`, `clippy.toml`, ' +
      '`rustfmt.toml` or `[lints]` in `Cargo.toml`, .NET analyzers (StyleCop, `EnforceCodeStyleInBuild`, ' +
      'analyzer rules set to `error` in `.editorconfig`); or a lint/format check run in CI ' +
      '(`golangci-lint run`, `cargo clippy`, `cargo fmt --check`, `mix format --check-formatted`, ' +
      '`mix credo`, `dotnet format --verify-no-changes`, `ruff check`, `rubocop`, `eslint`, `npm run lint`, ' +
      'a lint or format script such as `scripts/gofmt.sh`). ' +
      'An `.editorconfig` alone is style, not enforcement, and a formatter run without its check flag ' +
      'enforces nothing.',
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
      '`.github/copilot-instructions.md` (or other `.github/copilot*.md`), `.github/instructions/`, ' +
      '`.github/prompts/`, `.github/agents/`, `.cursorrules`, `.cursor/rules/`, `.windsurfrules`, ' +
      '`.windsurf/rules/`, `.aider.conf.yml`, `.continue/` or `.junie/`. An instructions file that ' +
      'forbids assistants in the repository (or tells them to refuse to work on it) is not adoption.',
    rule: described(
      'instructions for a coding assistant (AGENTS.md, CLAUDE.md, GEMINI.md, Copilot instructions, ' +
        'Cursor or Windsurf rules, Aider, Continue or Junie configuration) that do not forbid assistants',
      allOf(
        files(ASSISTANT_INSTRUCTION_FILES),
        described(
          'no instructions that forbid coding assistants in the repository',
          not(content(ASSISTANT_INSTRUCTION_TEXTS, FORBIDS_ASSISTANTS)),
        ),
      ),
    ),
  },
  {
    id: 'no-distributed-monolith',
    title: 'Not a distributed monolith',
    phase: PHASE.walkingSkeleton,
    required: true,
    why: 'Components that depend on each other in a cycle must be changed and deployed together: a monolith with network calls.',
    howToPass:
      'In the catalog graph, no chain of `dependsOn` relations among components leads from this component back to itself.',
    // No description: the rule's own words name the cycle it found.
    rule: { noDependencyCycle: true },
  },
  {
    id: 'owned',
    title: 'Someone owns it (prerequisite of everything else)',
    phase: PHASE.walkingSkeleton,
    required: true,
    why: 'An unowned service has nobody to fix it, answer for it or improve it.',
    howToPass: '`spec.owner` names a Group or User that exists in the catalog.',
    // No description: the rule's own words name the owner it looked for.
    rule: { ownerExists: true },
  },
];
