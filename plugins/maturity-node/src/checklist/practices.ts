import type {
  CheckDefinition,
  Rule,
} from '@backstage-maturity/plugin-maturity-common';
import {
  allOf,
  anyOf,
  CI_AND_TASK_FILES,
  CI_FILES,
  content,
  dependency,
  files,
  not,
  TASK_RUNNER_FILES,
  TEST_AND_EXAMPLE_FOLDERS,
} from './common';
import { TRACK } from '@backstage-maturity/plugin-maturity-common';
import { coverageThresholdRule } from './walkingSkeleton';

/** The rule, saying in plain words what it looks for. */
function described<R extends Rule>(description: string, rule: R): R {
  return { ...rule, description };
}

// ---------------------------------------------------------------- environments

/** Environment names: a glob brace group and the same as a regular expression. */
interface EnvironmentNames {
  glob: string;
  re: string;
}

function names(...list: string[]): EnvironmentNames {
  return {
    glob: list.length > 1 ? `{${list.join(',')}}` : list[0],
    re: `(?:${list.join('|')})`,
  };
}

const DEV = names('dev', 'develop', 'development');
/** Staging-like environments; names in one group are the same environment. */
const STAGING_GROUPS = [
  names('staging', 'stage', 'stg'),
  names('qa'),
  names('uat'),
  names('preprod', 'pre-prod', 'preproduction'),
];
const STAGING = names(
  'staging',
  'stage',
  'stg',
  'qa',
  'uat',
  'preprod',
  'pre-prod',
  'preproduction',
);
const PROD = names('prod', 'production', 'prd', 'live');
const PERF = names(
  'perf',
  'performance',
  'load',
  'loadtest',
  'load-test',
  'benchmark',
);

/** Folders that hold deployment configuration per environment. */
const DEPLOY_FOLDERS =
  '{deploy,deployment,deployments,k8s,kubernetes,kube,manifests,helm,infra,infrastructure,terraform,tf,iac,environments,envs,env,stages,clusters,argocd,argo,flux,gitops}';

/** Data formats of per-environment configuration files. */
const CONFIG_EXTENSIONS = '{json,json5,yaml,yml,toml,properties,ini,hcl,env}';

/**
 * Test and local variants are not environments (`.env.development.local`,
 * `values-dev-local.yaml`, `application-dev-test.yml`), nor is configuration
 * of tests, fixtures or examples.
 */
const NOT_AN_ENVIRONMENT = [
  ...TEST_AND_EXAMPLE_FOLDERS,
  '**/src/test/**',
  '*[-_.]{local,test,tests,testing}{,[-_.]*}',
  '**/*[-_.]{local,test,tests,testing}{,[-_.]*}/**',
];

/** Per-environment configuration files, for an environment name (brace group). */
function environmentConfigFiles(env: string): string[] {
  const suffix = '{,[-_.]*}';
  return [
    // Helm values
    `values{-,.,_}${env}${suffix}.{yaml,yml}`,
    `${env}{-,.,_}values.{yaml,yml}`,
    `**/values/${env}${suffix}.{yaml,yml}`,
    // Kustomize overlays
    `**/overlays/${env}${suffix}/**`,
    // Spring / Micronaut profiles, .NET environments, Angular environments
    `{application,bootstrap}-${env}${suffix}.{yml,yaml,properties}`,
    `appsettings.${env}.json`,
    `**/environments/environment.${env}.ts`,
    // config/<env>.<ext> and config/<env>/ (node-config, Elixir
    // config/<env>.exs), Rails config/environments/<env>.rb, Django settings
    `**/config/${env}.${CONFIG_EXTENSIONS}`,
    `**/config/${env}.exs`,
    `**/config/${env}/**`,
    `**/config/environments/${env}.rb`,
    `**/settings/${env}.py`,
    // Deploy configurations: a folder or file per environment under a
    // deployment folder, Terraform variables, PaaS files per environment
    `**/${DEPLOY_FOLDERS}/${env}${suffix}/**`,
    `**/${DEPLOY_FOLDERS}/${env}${suffix}.{yaml,yml,json,tfvars,hcl,toml,env}`,
    `{,*[-_.]}${env}.tfvars`,
    `{fly,app,cloudbuild,serverless,render,docker-compose,compose}{-,.,_}${env}.{toml,yaml,yml,json}`,
    // .env.<env> and its templates
    `.env.${env}`,
    `.env.${env}.{example,sample,template,dist}`,
  ];
}

/**
 * `environment: <name>` (GitHub Actions, Azure Pipelines),
 * `environment: name: <name>` (GitLab CI) or `deployment: <name>`
 * (Bitbucket Pipelines); not a local or test variant of the name.
 */
function ciEnvironment(nameRe: string): string {
  return (
    '\\b(?:environment|deployment)[ \\t]*:\\s*' +
    '(?:(?:url|action|deployment_tier|kubernetes|on_stop|auto_stop_in)[ \\t]*:[^\\n]*\\s+)*' +
    `(?:name[ \\t]*:[ \\t]*)?["']?${nameRe}\\b(?![\\w-]*(?:local|test))`
  );
}

/**
 * An environment of one of `env`'s names in configuration files, deploy
 * configurations, CI environments, Quarkus profiles or Helmfile
 * environments.
 */
function environment(env: EnvironmentNames): Rule {
  return anyOf(
    files(environmentConfigFiles(env.glob), { exclude: NOT_AN_ENVIRONMENT }),
    content(CI_FILES, ciEnvironment(env.re)),
    // Profiles in one file: Quarkus `%staging.`, Spring `on-profile: staging`.
    content(
      ['application.properties', 'application.y*ml'],
      `^[ \\t]*["']?%${env.re}[."':]|\\bon-profile[ \\t]*:[ \\t]*["']?${env.re}\\b(?![\\w-]*(?:local|test))`,
      { flags: 'im', exclude: NOT_AN_ENVIRONMENT },
    ),
    content(
      ['helmfile*.y*ml'],
      `^environments[ \\t]*:[^\\n]*(?:\\n(?:[ \\t][^\\n]*)?)*?\\n[ \\t]+["']?${env.re}["']?[ \\t]*:`,
      { flags: 'im', exclude: NOT_AN_ENVIRONMENT },
    ),
  );
}

/** Two distinct staging-like environments (e.g. QA and staging). */
function twoStagingLikeEnvironments(): Rule {
  const pairs: Rule[] = [];
  STAGING_GROUPS.forEach((a, i) =>
    STAGING_GROUPS.slice(i + 1).forEach(b =>
      pairs.push(allOf(environment(a), environment(b))),
    ),
  );
  return anyOf(...pairs);
}

// ---------------------------------------------------------------- tests as code

/** A list entry naming a test folder or test files, in a lint configuration. */
const TEST_PATH =
  '["\'\\s,=\\[/](?:\\*\\*/)?(?:tests?|__tests__|specs?|src/test)/?(?:\\*\\*?(?:/\\*[\\w.*]*)?)?["\'\\s,\\]]|\\*\\.(?:test|spec)\\.';

/** ESLint, Biome and oxlint configuration. */
const JS_LINT_CONFIGS = [
  '.eslintrc*',
  'eslint.config.*',
  'biome.json',
  'biome.jsonc',
  '.oxlintrc.json',
];

/** Python linters and type checkers. */
const PYTHON_LINT_CONFIGS = [
  'ruff.toml',
  '.ruff.toml',
  '.flake8',
  '.pylintrc',
  'pylintrc',
  'mypy.ini',
  '.mypy.ini',
  'pyrightconfig.json',
];

/** Python files whose sections may configure a linter. */
const PYTHON_SHARED_CONFIGS = ['pyproject.toml', 'setup.cfg', 'tox.ini'];

/** Build files of the JVM ecosystems. */
const JVM_BUILD_FILES = ['pom.xml', 'build.gradle', 'build.gradle.kts'];

/** ESLint, Biome or oxlint without test files left out. */
const jsLintCoversTests: Rule = allOf(
  anyOf(
    files(JS_LINT_CONFIGS),
    content(['package.json'], '"eslintConfig"\\s*:\\s*\\{'),
    dependency(['standard', 'ts-standard', 'xo'], ['npm']),
  ),
  not(
    anyOf(
      content(
        [...JS_LINT_CONFIGS, 'package.json'],
        `(?:ignores?|ignorePatterns|ignore_patterns|exclude|excludes)\\b[^\\n]*?(?:${TEST_PATH})`,
      ),
      content(
        ['.eslintignore', '.biomeignore'],
        '^[ \\t]*[^#\\s]*(?:\\btests?\\b|__tests__|\\.test\\.|\\.spec\\.)',
        { flags: 'im' },
      ),
    ),
  ),
);

/** TypeScript type-checked (`tsc --noEmit`) with a tsconfig that keeps tests in. */
const tsTypeCheckCoversTests: Rule = allOf(
  content(
    ['package.json', ...CI_AND_TASK_FILES],
    '\\b(?:vue-)?tsc\\b[^\\n"]*--noEmit\\b',
  ),
  files(['tsconfig.json']),
  not(
    content(
      ['tsconfig.json'],
      '"exclude"\\s*:\\s*\\[[^\\]]*(?:\\btests?\\b|__tests__|\\.test\\.|\\.spec\\.)',
    ),
  ),
);

/**
 * A Python linter or type checker run on named paths none of which holds
 * the tests (`flake8 app`, `mypy src`; not `ruff check .`).
 */
const PYTHON_LINT_ON_OTHER_PATHS =
  '(?:^|[\\s;&|(])(?:flake8|mypy|pylint|pyright|ruff[ \\t]+check)(?=[ \\t])(?<!\\b(?:install|add)\\b[^\\n]{0,200})' +
  '(?:[ \\t]+-[-\\w]+(?:=\\S+)?)*' +
  '(?:[ \\t]+(?![-.$"\'])(?![\\w./-]*\\btests?\\b)[\\w][\\w./-]*)+' +
  '(?:[ \\t]+-[-\\w]+(?:=\\S+)?)*[ \\t]*$';

/** Ruff, flake8, Pylint, mypy or Pyright without the tests left out. */
const pythonLintCoversTests: Rule = allOf(
  anyOf(
    files(PYTHON_LINT_CONFIGS),
    content(
      ['pyproject.toml'],
      '^\\[tool\\.(?:ruff|pylint|flake8|mypy|pyright)\\b',
      { flags: 'im' },
    ),
    content(['setup.cfg', 'tox.ini'], '^\\[(?:flake8|pylint|mypy)\\b', {
      flags: 'im',
    }),
  ),
  not(
    content(
      [...PYTHON_LINT_CONFIGS, ...PYTHON_SHARED_CONFIGS],
      [
        // exclude = ["tests"] on one line or across lines
        `^[ \\t]*(?:exclude|extend-exclude|ignore-paths|ignore)[ \\t]*=[^\\n]*?(?:${TEST_PATH})`,
        `^[ \\t]*(?:exclude|extend-exclude|ignore-paths)[ \\t]*=[ \\t]*\\[[^\\]]*["'](?:\\*\\*/)?(?:tests?|specs?)/?(?:\\*\\*?)?["']`,
        // INI values continued on indented lines
        '^[ \\t]*(?:exclude|extend-exclude)[ \\t]*=[^\\n]*(?:\\n[ \\t]+[^\\n]*)*?[,\\s](?:\\./)?tests?/?(?:,|\\s|$)',
      ].join('|'),
      { flags: 'im' },
    ),
  ),
  not(
    content(
      [
        ...CI_AND_TASK_FILES,
        '{scripts,script,bin}/*',
        'tox.ini',
        'noxfile.py',
        '.pre-commit-config.yaml',
      ],
      PYTHON_LINT_ON_OTHER_PATHS,
      { flags: 'm' },
    ),
  ),
);

/**
 * RuboCop or Standard without the specs left out for every cop
 * (`AllCops: Exclude`; an `Exclude` under one cop still lints the specs).
 */
const rubyLintCoversTests: Rule = allOf(
  anyOf(
    files(['.rubocop.yml', '.standard.yml']),
    content(CI_AND_TASK_FILES, '\\b(?:rubocop|standardrb)\\b'),
  ),
  not(
    anyOf(
      content(
        ['.rubocop.yml'],
        '^AllCops[ \\t]*:[^\\n]*\\n(?:(?:[ \\t][^\\n]*)?\\n)*?[ \\t]+-[ \\t]*["\']?(?:\\*\\*/)?(?:spec|test)s?(?:/|["\'\\s])',
        { flags: 'im' },
      ),
      content(
        ['.standard.yml'],
        '^ignore[ \\t]*:[^\\n]*\\n(?:[ \\t][^\\n]*\\n)*?[ \\t]+-[ \\t]*["\']?(?:\\*\\*/)?(?:spec|test)s?(?:/|["\'\\s])',
        { flags: 'im' },
      ),
    ),
  ),
);

/**
 * golangci-lint (which lints tests unless `run.tests: false` or the test
 * files are skipped), go vet or staticcheck.
 */
const goLintCoversTests: Rule = anyOf(
  content(['.golangci.y*ml'], '^[ \\t]*tests[ \\t]*:[ \\t]*true\\b', {
    flags: 'im',
  }),
  allOf(
    anyOf(
      files(['.golangci.y*ml', '.golangci.{toml,json}']),
      content(CI_AND_TASK_FILES, 'golangci-lint'),
    ),
    not(
      anyOf(
        content(
          ['.golangci.y*ml', '.golangci.{toml,json}'],
          '^[ \\t]*"?tests"?[ \\t]*[:=][ \\t]*false\\b|^[ \\t]*(?:skip-files|exclude-files|paths)[ \\t]*:[^\\n]*(?:\\n[ \\t]*-[^\\n]*)*?_test',
          { flags: 'im' },
        ),
        content(CI_AND_TASK_FILES, 'golangci-lint[^\\n]*--tests[= ]false'),
      ),
    ),
  ),
  content(CI_AND_TASK_FILES, '\\bgo[ \\t]+vet\\b|\\bstaticcheck\\b'),
);

/**
 * JVM linters that cover test sources: Maven Checkstyle with
 * `includeTestSourceDirectory`, Maven PMD / SpotBugs with `includeTests`,
 * Gradle's Checkstyle and PMD plugins (their `checkstyleTest`/`pmdTest`
 * tasks run by default), Spotless, ktlint, detekt and Error Prone.
 */
const jvmLintCoversTests: Rule = anyOf(
  content(
    JVM_BUILD_FILES,
    'includeTestSourceDirectory>\\s*true|<includeTests>\\s*true|checkstyleTest|pmdTest',
  ),
  allOf(
    content(
      ['build.gradle', 'build.gradle.kts'],
      '^\\s*(?:id\\s*\\(?\\s*["\'](?:checkstyle|pmd)["\']|(?:checkstyle|pmd)\\s*$|apply\\s+plugin\\s*:\\s*["\'](?:checkstyle|pmd))',
      { flags: 'im' },
    ),
    not(
      content(
        ['build.gradle', 'build.gradle.kts'],
        'sourceSets\\s*=\\s*(?:\\[|listOf\\()\\s*(?:project\\.)?sourceSets\\.(?:main|getByName\\(\\s*"main"\\s*\\))\\s*[\\])]',
      ),
    ),
  ),
  allOf(
    content(
      JVM_BUILD_FILES,
      'spotless|ktlint|kotlinter|detekt|errorprone|error_prone',
    ),
    not(
      content(
        JVM_BUILD_FILES,
        'target\\s*\\(?\\s*["\']src/main/|<include>\\s*src/main/',
      ),
    ),
  ),
);

/**
 * .NET analyzers or code-style enforcement for every project (a
 * `Directory.Build.props`) or in a test project, or `dotnet format
 * --verify-no-changes` in CI.
 */
const dotnetLintCoversTests: Rule = anyOf(
  content(
    [
      'Directory.Build.props',
      '*Tests.csproj',
      '*.Tests.csproj',
      '*Test.csproj',
    ],
    '<EnforceCodeStyleInBuild>\\s*true|<AnalysisLevel>|<AnalysisMode>|<TreatWarningsAsErrors>\\s*true|StyleCop\\.Analyzers|SonarAnalyzer\\.CSharp|Roslynator\\.Analyzers|Meziantou\\.Analyzer',
  ),
  content(
    CI_AND_TASK_FILES,
    '\\bdotnet[ \\t]+format\\b[^\\n]*--verify-no-changes',
  ),
);

/** Clippy on every target (`cargo clippy` alone does not check test code). */
const rustLintCoversTests: Rule = content(
  [
    ...CI_AND_TASK_FILES,
    '.cargo/config.toml',
    '.cargo/config',
    'Makefile.toml',
  ],
  'clippy[^\\n]{0,300}?--(?:all-targets|tests)\\b|clippy[\\s\\S]{0,200}?\\bargs[ \\t]*:[^\\n]{0,300}?--(?:all-targets|tests)\\b',
);

/** Credo, whose default configuration includes `test/`. */
const elixirLintCoversTests: Rule = anyOf(
  content(['.credo.exs'], 'included\\s*:\\s*\\[[^\\]]*["\']test/'),
  allOf(
    content(
      [...CI_AND_TASK_FILES, 'mix.exs'],
      '\\bmix[ \\t]+credo\\b|["\']credo\\b',
    ),
    not(files(['.credo.exs'])),
  ),
);

/** A linter or type checker whose configuration keeps the test files in. */
const lintCoversTestsRule: Rule = described(
  'a linter or type checker that covers the test files (ESLint, Biome, tsc, Ruff, flake8, mypy, RuboCop, golangci-lint, go vet, Checkstyle or PMD on tests, Spotless, ktlint, detekt, .NET analyzers, clippy --all-targets, Credo) and does not leave them out',
  anyOf(
    jsLintCoversTests,
    tsTypeCheckCoversTests,
    pythonLintCoversTests,
    rubyLintCoversTests,
    goLintCoversTests,
    jvmLintCoversTests,
    dotnetLintCoversTests,
    rustLintCoversTests,
    elixirLintCoversTests,
  ),
);

// ---------------------------------------------------------------- commits

/** A tool or step that checks commit messages or pull request titles. */
const COMMIT_CHECK_IN_CI = [
  'commitlint',
  'gitlint',
  'commitsar',
  'commitizen',
  '\\bcz[ \\t]+check\\b',
  '\\bcog[ \\t]+(?:check|verify)\\b',
  'cocogitto',
  'crate-ci/committed',
  '\\bconform[ \\t]+enforce\\b',
  'commit-?message-?(?:check|lint|valid)',
  '(?:check|lint|validate|verify)[-_ ]commit(?:s|[-_ ]messages?)?\\b',
  'action-conventional-commits',
  'semantic-pull-request',
  // PR title checkers (not a `pr-title:` input that sets a title)
  'action-pr-title\\b',
  '(?:check|lint|validate|verify)[-_]?(?:pr|pull-request)[-_]?title',
  '(?:pr|pull-request)[-_]?title[-_]?(?:check|lint|valid)',
  '\\bpr-lint\\b',
  'PRConventionalCommits',
  // a step that fails a pull request on its description (template, issue reference)
  'pull_request\\.body\\b[\\s\\S]{0,2000}?(?:\\bexit[ \\t]+1\\b|::error|setFailed)',
].join('|');

// ---------------------------------------------------------------- semver

/** Changelog and release-notes documents (not source files named changelog). */
const CHANGELOG_DOCUMENTS = [
  '{CHANGELOG,CHANGES,HISTORY,NEWS}',
  '{CHANGELOG,CHANGES,HISTORY,NEWS}{,[-_.]*}.{md,markdown,mdx,rst,adoc,asciidoc,txt}',
  'RELEASE*.{md,markdown,mdx,rst,adoc,asciidoc}',
  'release-notes*.{md,markdown,mdx,rst,adoc,asciidoc,txt}',
  'release_notes*.{md,markdown,mdx,rst,adoc,asciidoc,txt}',
];

/** A semantic version, not a calendar version (`2024.05.1`). */
const SEMVER = 'v?(?!\\d{4}\\.)\\d+\\.\\d+\\.\\d+';

/** Commands that bump a semantic version. */
const SEMVER_BUMP = [
  '\\b(?:npm|yarn|pnpm)[ \\t]+version[ \\t]+(?:major|minor|patch|pre(?:major|minor|patch|release))\\b',
  '\\bsemantic-release\\b',
  '\\bstandard-version\\b',
  '\\brelease-it\\b',
  '\\blerna[ \\t]+(?:version|publish)\\b',
  '\\bchangeset[ \\t]+version\\b',
  '\\bcargo[ \\t]+(?:release|set-version[^\\n]*--bump)\\b',
  '\\brelease-plz\\b',
  '\\b(?:poetry|hatch|uv)[ \\t]+version[ \\t]+(?:--bump[ \\t]+)?(?:major|minor|patch)\\b',
  '\\bbump2version\\b|\\bbumpversion\\b|\\bbump-my-version\\b|\\btbump\\b',
  '\\bcz[ \\t]+bump\\b|\\bcog[ \\t]+bump\\b',
  'release:prepare|versions:set',
  '\\bsvu[ \\t]+(?:next|major|minor|patch)\\b',
  '\\bgitversion\\b|\\bnbgv\\b|\\bversionize\\b',
  '\\bsemver[ \\t]+(?:-i|--increment|bump)\\b',
  '\\bgem[ \\t]+bump\\b',
  '\\bmix[ \\t]+expublish\\b',
  // a project's own bump script (`./bump_version 1.4.0`, `scripts/bump-version.sh`)
  '\\bbump[-_]version\\b',
].join('|');

/**
 * CI that releases on semantic-version tags: a tag filter such as
 * `v*.*.*` or `[0-9]+.[0-9]+.[0-9]+`, a `/^v\d+\.\d+\.\d+/` rule, or
 * docker/metadata-action's `type=semver`.
 */
const SEMVER_TAG_TRIGGER = [
  'type=semver\\b',
  '["\'\\s/^-]v?\\*\\.\\*\\.\\*',
  '\\[\\d-\\d\\]\\+?\\\\?\\.\\[\\d-\\d\\]\\+?\\\\?\\.\\[\\d-\\d\\]',
  '\\\\d\\+\\\\\\.\\\\d\\+\\\\\\.\\\\d\\+',
].join('|');

/**
 * The development-practices track.
 *
 * @public
 */
export const practicesChecks: CheckDefinition[] = [
  {
    id: 'trunk-based',
    title: 'Trunk-based development',
    track: TRACK.practices,
    required: false,
    attestable: true,
    why: 'Long-lived branches delay integration until merges are big, risky and late.',
    howToPass:
      'The git history (of a mirrored clone, or of the checkout on the command line) or a code host module ' +
      '(GitHub, GitLab) shows few, short-lived branches: none besides the trunk unmerged for more than 3 ' +
      'days, and at most 3 unmerged. Without either, an owner attests it.',
    rule: {
      scm: { fact: 'short-lived-branches' },
      description:
        'few, short-lived branches in the git history or on the code host (or an attestation)',
    },
  },
  {
    id: 'three-environments',
    title: 'development, staging and production environments',
    track: TRACK.practices,
    required: false,
    why: 'Without a staging environment like production, the first realistic test of a change is in front of users.',
    howToPass:
      'Three distinct runtime environments including a staging-like one (staging, stage, preprod, QA or ' +
      'UAT): development, staging-like and production, or two distinct staging-like ones and production. ' +
      'Environments are read from Helm values (`values-<env>.yaml`), Kustomize overlays, deploy ' +
      'configurations (`deploy/<env>/`, `<env>.tfvars`, Helmfile environments), CI environment names ' +
      '(`environment: staging`), app profiles (`application-<env>.yml`, `appsettings.<Env>.json`, ' +
      'Quarkus `%staging.`, Rails `config/environments/<env>.rb`, Elixir `config/<env>.exs`, ' +
      '`config/<env>.json`) or `.env.<env>` files. `test` and local variants (`.env.development.local`, ' +
      '`application-local.yml`) are not environments.',
    rule: described(
      'three distinct runtime environments including a staging-like one (development, staging or QA/UAT/preprod, and production) in Helm values, overlays, deploy configurations, CI environments or app profiles',
      anyOf(
        described(
          'development, staging-like and production environments',
          allOf(environment(DEV), environment(STAGING), environment(PROD)),
        ),
        described(
          'two distinct staging-like environments (e.g. QA and staging) and production',
          allOf(twoStagingLikeEnvironments(), environment(PROD)),
        ),
      ),
    ),
  },
  {
    id: 'perf-environment',
    title: 'A performance environment that mimics production',
    track: TRACK.practices,
    required: false,
    attestable: true,
    why: 'Load tests against a laptop or a shared staging say little about how production will behave.',
    howToPass:
      'An environment named perf, performance, load or benchmark in configuration (Helm values, overlays, ' +
      'deploy configurations, profiles, `.env.<env>`) or in CI (`environment: perf`); otherwise an owner ' +
      'attests it.',
    rule: described(
      'an environment named perf, performance, load or benchmark in configuration or CI',
      environment(PERF),
    ),
  },
  {
    id: 'code-review',
    title: 'Code reviews',
    track: TRACK.practices,
    required: false,
    attestable: true,
    why: 'Unreviewed changes spread knowledge to nobody and let avoidable defects through.',
    howToPass:
      'A `CODEOWNERS` file with owners at the root, in `.github/`, `.gitlab/` or `docs/`, a pull/merge ' +
      'request template (`.github/pull_request_template.md`, `.github/PULL_REQUEST_TEMPLATE/`, ' +
      '`.gitlab/merge_request_templates/`), reviewer assignment (`.github/auto_assign.yml`, Prow `OWNERS`), ' +
      'an AI review configuration (`.coderabbit.yaml`, `.pr_agent.toml`, Sourcery, Gemini Code Assist), or ' +
      'branch protection or rulesets with required reviews reported by the hosting provider.',
    rule: described(
      'a CODEOWNERS file, a pull request template, reviewer assignment or AI review configuration, or required reviews on the default branch',
      anyOf(
        // Braces with a path keep these at the documented locations only; a
        // CODEOWNERS without a single rule assigns nobody.
        described(
          'a CODEOWNERS file that names owners, at the root or in .github/, .gitlab/ or docs/',
          content(
            [
              '{CODEOWNERS,.github/CODEOWNERS,docs/CODEOWNERS,.gitlab/CODEOWNERS}',
            ],
            '^[ \\t]*[^#\\s]\\S*[ \\t]+[@\\w]',
            { flags: 'm' },
          ),
        ),
        described(
          'a pull or merge request template',
          files([
            '{pull_request_template.md,.github/pull_request_template.md,docs/pull_request_template.md}',
            '{PULL_REQUEST_TEMPLATE,.github/PULL_REQUEST_TEMPLATE,docs/PULL_REQUEST_TEMPLATE}/**',
            '.gitlab/merge_request_templates/**',
            '.azuredevops/pull_request_template{.md,/**}',
          ]),
        ),
        described(
          'reviewer assignment or AI review configuration',
          anyOf(
            files([
              '.github/{auto_assign,auto-assign,auto_request_review}.y*ml',
              '{.coderabbit.yaml,.coderabbit.yml}',
              '{.pr_agent.toml,.sourcery.yaml,.sourcery.yml,.gemini/config.yaml,.gemini/config.yml}',
            ]),
            content(
              ['{OWNERS,.github/OWNERS}'],
              '^(?:approvers|reviewers)[ \\t]*:',
              {
                flags: 'm',
              },
            ),
          ),
        ),
        {
          scm: { fact: 'reviews-required' },
          description:
            'branch protection or rulesets with required reviews, as the hosting provider reports',
        },
      ),
    ),
  },
  {
    id: 'tests-as-code',
    title: 'Test code is treated as production code',
    track: TRACK.practices,
    required: false,
    attestable: true,
    why: 'Sloppy, unlinted tests rot, go flaky and stop protecting the code they cover.',
    howToPass:
      'A linter or type checker covers the test files and a coverage threshold is enforced (as in ' +
      '`code-quality`). Test files are covered by ESLint, Biome or oxlint and by `tsc --noEmit` unless ' +
      'their configuration ignores them; by Ruff, flake8, Pylint, mypy or Pyright unless `exclude` names ' +
      'the tests or they run only on other folders (`mypy app`); by RuboCop unless `AllCops: Exclude` names `spec/`; by golangci-lint unless `tests: false`, ' +
      'and by `go vet` / staticcheck; by Maven Checkstyle with `includeTestSourceDirectory`, Maven PMD ' +
      'with `includeTests`, the Gradle Checkstyle/PMD plugins, Spotless, ktlint, detekt or Error Prone; by ' +
      '.NET analyzers in `Directory.Build.props` or `dotnet format --verify-no-changes`; by `cargo clippy ' +
      '--all-targets` (plain `cargo clippy` skips test code); by Credo whose configuration includes ' +
      '`test/`. Otherwise an owner attests it.',
    rule: described(
      'a linter or type checker that covers the test files, and an enforced coverage threshold',
      allOf(lintCoversTestsRule, coverageThresholdRule),
    ),
  },
  {
    id: 'commit-conventions',
    title: 'Commits reference a work item; templates are used',
    track: TRACK.practices,
    required: false,
    attestable: true,
    why: 'Commits without context or a work item make history, release notes and audits guesswork.',
    howToPass:
      'A commit template or check: `.gitmessage`, `commitlint.config.*` / `.commitlintrc*`, a commit-msg ' +
      'hook (`.husky/commit-msg`, `.githooks/commit-msg`, `commit-msg` in `lefthook.yml`, ' +
      '`.pre-commit-config.yaml`, Overcommit `CommitMsg`, Husky.Net, Elixir `git_hooks`, a Maven or ' +
      'Gradle git-hook plugin), commitizen, gitlint, cocogitto, committed or conform configuration, PR ' +
      'title lint, or a CI job that checks commit messages or fails pull requests whose description lacks ' +
      'the template or an issue reference. A step that only sets a commit message or PR title is no check. ' +
      'Or the history shows the habit: at least 80% of the last 50 commits (merges aside) follow ' +
      'Conventional Commits (`feat(api): …`) or reference a work item (`#123`, `PAY-123`, a `Refs:` ' +
      'trailer), as git history or the hosting provider reports.',
    rule: described(
      'a commit message template or check: .gitmessage, commitlint, a commit-msg hook, commitizen or gitlint, PR title lint, or a CI job that checks commit messages; or recent commits that follow a convention or reference work items',
      anyOf(
        {
          scm: { fact: 'commit-conventions' },
          description:
            'recent commits that follow Conventional Commits or reference a work item, as the history shows',
        },
        files([
          '.gitmessage',
          'commitlint.config.*',
          '.commitlintrc*',
          '.husky/commit-msg',
          '{.githooks,.git-hooks,githooks,.hooks,scripts/git-hooks,scripts/githooks}/commit-msg*',
          '.gitlint',
          // commitizen reads its configuration at the root only (a `cz.json`
          // elsewhere may be anything, e.g. Czech translations).
          '{.cz,cz,.github/.cz}.{toml,json,yaml,yml}',
          '.czrc',
          '.github/semantic.yml',
          'committed.toml',
          '.conform.y*ml',
        ]),
        content(
          ['lefthook.y*ml', '.lefthook.y*ml', 'lefthook-local.y*ml'],
          '^commit-msg[ \\t]*:',
          { flags: 'im' },
        ),
        content(
          ['.pre-commit-config.yaml'],
          'commit-msg|commitizen|conventional-pre-commit|gitlint|commitlint',
        ),
        content(['.overcommit.yml'], '^CommitMsg[ \\t]*:', { flags: 'm' }),
        content(['.husky/task-runner.json'], '"commit-msg"'),
        content(
          ['package.json'],
          '"commitlint"\\s*:\\s*\\{|"commit-msg"\\s*:|"commitizen"\\s*:',
        ),
        content(['pyproject.toml'], '^\\[tool\\.commitizen\\]', {
          flags: 'im',
        }),
        content(['cog.toml'], '^\\[git_hooks\\.commit-msg\\]', { flags: 'm' }),
        content(['**/config/*.exs'], '\\bcommit_msg\\s*:'),
        content(
          ['pom.xml', 'build.gradle', 'build.gradle.kts'],
          'commit-msg|commitMsg',
        ),
        described(
          'a CI job that checks commit messages, pull request titles or descriptions',
          content(CI_FILES, COMMIT_CHECK_IN_CI),
        ),
      ),
    ),
  },
  {
    id: 'co-authored-by',
    title: 'Pairing and assistants are credited with `Co-authored-by`',
    track: TRACK.practices,
    required: false,
    attestable: true,
    why: 'Uncredited pairing and assistant work hides how the code was made and who else knows it.',
    howToPass:
      'Recent commits (the last 50) carry `Co-authored-by:` trailers, as the git history or a code host ' +
      'module (GitHub, GitLab) shows; otherwise an owner attests it.',
    rule: {
      scm: { fact: 'co-authored-by-trailers' },
      description:
        'Co-authored-by trailers in recent commits, in the git history or on the code host (or an attestation)',
    },
  },
  {
    id: 'semver',
    title: 'Semantic versioning',
    track: TRACK.practices,
    required: false,
    attestable: true,
    why: 'Without semantic versions, consumers cannot tell a safe upgrade from a breaking one.',
    howToPass:
      'Semver tags reported by the hosting provider; release tooling in the repository (`.changeset/`, ' +
      '`release-please-config.json`, `.releaserc*`, `.goreleaser.yml`, `release-drafter.yml` with a ' +
      '`version-resolver`, `.release-it.*`, `.versionrc*`, `release-plz.toml`, cargo-release, ' +
      '`GitVersion.yml`, bump2version/bump-my-version/tbump, python-semantic-release, MinVer, ' +
      'Nerdbank.GitVersioning, the Maven release plugin, axion-release); CI that releases on semver tags ' +
      "(`tags: ['v*.*.*']`, `[0-9]+.[0-9]+.[0-9]+`, docker/metadata-action `type=semver`); release " +
      'scripts or CI steps that bump a semantic version (`npm version minor`, `cz bump`, `cargo release`, ' +
      '`mvn release:prepare`, a `bump_version` script run by CI); or ' +
      'a changelog or release-notes document (`CHANGELOG*`, `CHANGES*`, `HISTORY*`, `NEWS*`, ' +
      '`RELEASE*.md`, `release-notes*`, not source files) with semver headings (`## [1.4.0]`; calendar ' +
      'versions such as `2024.05.1` are not semver).',
    rule: described(
      'semver tags, release tooling that bumps semantic versions (Changesets, release-please, semantic-release, GoReleaser, release-drafter, cargo-release, bump-my-version, …), or a changelog with semver headings',
      anyOf(
        {
          scm: { fact: 'semver-tags' },
          description: 'semver tags, as the hosting provider reports',
        },
        files([
          '.changeset/',
          'release-please-config.json',
          '.release-please-manifest.json',
          '.releaserc*',
          'release.config.*',
          '.goreleaser.y*ml',
          '.release-it.{json,js,cjs,ts,yaml,yml,toml}',
          '.versionrc*',
          'release-plz.toml',
          'GitVersion.y*ml',
          '.bumpversion.{cfg,toml}',
          'tbump.toml',
        ]),
        content(['release-drafter*.y*ml'], '^version-resolver[ \\t]*:', {
          flags: 'm',
        }),
        // cargo-release configuration, Python and Rust release settings.
        content(
          ['release.toml'],
          '^[ \\t]*(?:sign-tag|tag-name|pre-release|publish|push)\\b',
          {
            flags: 'm',
          },
        ),
        content(
          ['pyproject.toml', 'setup.cfg'],
          '^\\[(?:tool\\.)?(?:semantic_release|bumpversion|tbump)\\b|^\\[tool\\.commitizen\\][^\\[]*\\bversion',
          { flags: 'm' },
        ),
        content(['version.json'], 'nerdbank|"publicReleaseRefSpec"'),
        dependency(
          ['MinVer', 'Nerdbank.GitVersioning', 'GitVersion.MsBuild'],
          ['nuget'],
        ),
        dependency(
          [
            'python-semantic-release',
            'bump2version',
            'bump-my-version',
            'tbump',
          ],
          ['pypi'],
        ),
        dependency(
          [
            'pl.allegro.tech.build.axion-release',
            'net.researchgate.release',
            'org.apache.maven.plugins:maven-release-plugin',
            'fr.brouillard.oss:jgitver-maven-plugin',
          ],
          ['maven', 'gradle'],
        ),
        dependency(['gem-release', 'bump'], ['rubygems']),
        dependency(['expublish', 'versioce'], ['hex']),
        content(['pom.xml', '.mvn/extensions.xml'], 'jgitver'),
        // CI that releases on semver tags.
        described(
          'CI that releases on semantic-version tags',
          content(CI_FILES, SEMVER_TAG_TRIGGER),
        ),
        // Release scripts and CI steps that bump a semantic version.
        content(
          [
            ...CI_FILES,
            ...TASK_RUNNER_FILES,
            'package.json',
            '{scripts,script,bin,tools,.github/scripts}/*release*',
            '*release*.sh',
          ],
          SEMVER_BUMP,
          { exclude: TEST_AND_EXAMPLE_FOLDERS },
        ),
        described(
          'a changelog or release notes with semver headings',
          content(
            CHANGELOG_DOCUMENTS,
            [
              // Markdown and AsciiDoc headings (`## [1.4.0]`, `# svc 0.4.2`,
              // `== Version 2.0.0`)
              `^#+[ \\t]*(?:[\\w.@/-]+[ \\t]+)?\\[?${SEMVER}`,
              `^=+[ \\t]*(?:[\\w.@/-]+[ \\t]+)?\\[?${SEMVER}`,
              // reStructuredText: a version line underlined
              `^\\[?${SEMVER}[^\\n]*\\r?\\n[=~^-]{3,}[ \\t]*$`,
            ].join('|'),
            { flags: 'im', exclude: TEST_AND_EXAMPLE_FOLDERS },
          ),
        ),
      ),
    ),
  },
];
