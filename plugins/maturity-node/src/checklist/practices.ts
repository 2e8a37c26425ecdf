import type {
  CheckDefinition,
  Rule,
} from '@backstage-maturity/plugin-maturity-common';
import { allOf, anyOf, CI_FILES, content, files, not } from './common';
import { TRACK } from '@backstage-maturity/plugin-maturity-common';
import { coverageThresholdRule, lintConfigRule } from './walkingSkeleton';

/** Environment names by stage (brace alternatives for globs). */
const DEV = '{dev,development}';
const STAGING = '{staging,stage,stg,preprod,qa,uat}';
const PROD = '{prod,production,prd,live}';
const PERF = '{perf,performance,load,loadtest,load-test,benchmark}';

/** The same names as regular expression alternatives. */
const DEV_RE = '(?:dev|development)';
const STAGING_RE = '(?:staging|stage|stg|preprod|qa|uat)';
const PROD_RE = '(?:prod|production|prd|live)';
const PERF_RE = '(?:perf|performance|load|load-?test|benchmark)';

/** Per-environment configuration files, for an environment name (brace group). */
function environmentConfigFiles(env: string): string[] {
  const suffix = '{,[-_.]*}';
  return [
    // Helm values
    `values{-,.,_}${env}${suffix}.{yaml,yml}`,
    // Kustomize overlays
    `**/overlays/${env}${suffix}/**`,
    // Spring profiles and .NET environments
    `application-${env}${suffix}.{yml,yaml,properties}`,
    `appsettings.${env}.json`,
    // config/<env>*, Terraform environments and tfvars, .env.<env>
    `**/config/${env}${suffix}`,
    `**/config/${env}/**`,
    `**/{environments,envs,env}/${env}/**`,
    `{,*[-_.]}${env}.tfvars`,
    `.env.${env}${suffix}`,
  ];
}

/** `environment: <name>` (GitHub Actions) or `environment: name: <name>` (GitLab CI). */
function ciEnvironment(nameRe: string): string {
  return `\\benvironment[ \\t]*:\\s*(?:name[ \\t]*:[ \\t]*)?["']?${nameRe}\\b`;
}

/**
 * Development, staging and production each have their own configuration of
 * one kind (Helm values, overlays, profiles, CI environments).
 */
function inThreeEnvironments(globs: (env: string) => string[]): Rule {
  return allOf(files(globs(DEV)), files(globs(STAGING)), files(globs(PROD)));
}

/** Lint configuration that leaves test files out. */
const LINT_CONFIGS = [
  '.eslintrc*',
  'eslint.config.*',
  '.golangci.y*ml',
  'ruff.toml',
  '.ruff.toml',
  'pyproject.toml',
  '.flake8',
  'setup.cfg',
  'tox.ini',
  '.pylintrc',
  '.rubocop.yml',
  'biome.json',
  'biome.jsonc',
];

const lintExcludesTestsRule: Rule = anyOf(
  content(
    LINT_CONFIGS,
    [
      // golangci-lint `run.tests: false`
      '^[ \\t]*tests[ \\t]*:[ \\t]*false\\b',
      // ignore / exclude lists naming a test folder or test file pattern
      '(?:ignores?|ignorePatterns|exclude|extend-exclude|skip-dirs)\\b[^\\n]*?["\'\\s,=\\[/](?:\\*\\*/)?(?:tests?|__tests__|specs?)/?(?:\\*\\*?)?["\'\\s,\\]]',
      '(?:ignores?|ignorePatterns|exclude|extend-exclude|skip-files)\\b[^\\n]*\\*\\.(?:test|spec)\\.',
    ].join('|'),
    { flags: 'im' },
  ),
  content(
    ['.eslintignore'],
    '^[ \\t]*[^#\\s]*(?:\\btests?\\b|__tests__|\\.test\\.|\\.spec\\.)',
    { flags: 'im' },
  ),
);

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
      'The hosting provider shows few, short-lived branches. Without the scm module, an owner attests it.',
    rule: { scm: { fact: 'short-lived-branches' } },
  },
  {
    id: 'three-environments',
    title: 'development, staging and production environments',
    track: TRACK.practices,
    required: false,
    why: 'Without a staging environment like production, the first realistic test of a change is in front of users.',
    howToPass:
      'Three distinct environment configurations (development, staging, production) of one kind: Helm ' +
      'values (`values-dev/-staging/-prod.yaml`), Kustomize overlays, CI `environment:` names, app ' +
      'profiles (`application-<env>.yml`, `appsettings.<Env>.json`), `config/<env>*`, Terraform ' +
      'environments or `.env.<env>` files.',
    rule: anyOf(
      inThreeEnvironments(environmentConfigFiles),
      content(
        CI_FILES,
        `^(?=[\\s\\S]*?${ciEnvironment(DEV_RE)})(?=[\\s\\S]*?${ciEnvironment(
          STAGING_RE,
        )})(?=[\\s\\S]*?${ciEnvironment(PROD_RE)})`,
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
      'profiles, `.env.<env>`) or in CI (`environment: perf`); otherwise an owner attests it.',
    rule: anyOf(
      files(environmentConfigFiles(PERF)),
      content(CI_FILES, ciEnvironment(PERF_RE)),
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
      '`CODEOWNERS` at the root, in `.github/` or in `docs/`, a pull/merge request template ' +
      '(`.github/pull_request_template.md`, `.github/PULL_REQUEST_TEMPLATE/`, ' +
      '`.gitlab/merge_request_templates/`), or branch protection with required reviews reported by the ' +
      'hosting provider.',
    rule: anyOf(
      // Braces with a path keep these at the documented locations only.
      files([
        '{CODEOWNERS,.github/CODEOWNERS,docs/CODEOWNERS,.gitlab/CODEOWNERS}',
      ]),
      files([
        '{pull_request_template.md,.github/pull_request_template.md,docs/pull_request_template.md}',
        '{PULL_REQUEST_TEMPLATE,.github/PULL_REQUEST_TEMPLATE,docs/PULL_REQUEST_TEMPLATE}/**',
        '.gitlab/merge_request_templates/**',
        '.azuredevops/pull_request_template{.md,/**}',
      ]),
      { scm: { fact: 'reviews-required' } },
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
      'Linters cover the test files (a lint configuration that does not exclude tests, golangci-lint ' +
      '`tests: true`, Checkstyle `includeTestSourceDirectory`) and a coverage threshold is enforced (as in ' +
      '`code-quality`). Type-checking of tests cannot be seen in configuration; attest it where needed.',
    rule: allOf(
      anyOf(
        content(
          ['pom.xml', 'build.gradle', 'build.gradle.kts'],
          'includeTestSourceDirectory>\\s*true|checkstyleTest',
        ),
        content(['.golangci.y*ml'], '^[ \\t]*tests[ \\t]*:[ \\t]*true\\b', {
          flags: 'im',
        }),
        allOf(lintConfigRule, not(lintExcludesTestsRule)),
      ),
      coverageThresholdRule,
    ),
  },
  {
    id: 'commit-conventions',
    title: 'Commits reference a work item; templates are used',
    track: TRACK.practices,
    required: false,
    why: 'Commits without context or a work item make history, release notes and audits guesswork.',
    howToPass:
      'A commit template or check: `.gitmessage`, `commitlint.config.*` / `.commitlintrc*`, a commit-msg ' +
      'hook (`.husky/commit-msg`, `commit-msg` in `lefthook.yml` or `.pre-commit-config.yaml`), commitizen ' +
      'or gitlint configuration, PR title lint, or a CI job that checks commit messages.',
    rule: anyOf(
      files([
        '.gitmessage',
        'commitlint.config.*',
        '.commitlintrc*',
        '.husky/commit-msg',
        '.gitlint',
        '.cz.{toml,json,yaml,yml}',
        '.czrc',
        '.github/semantic.yml',
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
      content(
        ['package.json'],
        '"commitlint"\\s*:\\s*\\{|"commit-msg"\\s*:|"commitizen"\\s*:',
      ),
      content(['pyproject.toml'], '^\\[tool\\.commitizen\\]', { flags: 'im' }),
      content(
        CI_FILES,
        'commitlint|gitlint|commitizen|\\bcz[ \\t]+check\\b|commit-?message|conventional[- ]commits?|semantic-pull-request|pr-title|pull-request-title|title-lint|commitsar',
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
      'Recent commits carry `Co-authored-by:` trailers, as reported by the hosting provider; otherwise an ' +
      'owner attests it.',
    rule: { scm: { fact: 'co-authored-by-trailers' } },
  },
  {
    id: 'semver',
    title: 'Semantic versioning',
    track: TRACK.practices,
    required: false,
    attestable: true,
    why: 'Without semantic versions, consumers cannot tell a safe upgrade from a breaking one.',
    howToPass:
      'Semver tags reported by the hosting provider, or release tooling in the repository (`.changeset/`, ' +
      '`release-please-config.json`, `.releaserc*`, `.goreleaser.yml`), or a changelog or release-notes ' +
      'file (`CHANGELOG*`, `RELEASE*`, `release-notes*`, `HISTORY*`) with semver headings (`## [1.4.0]`).',
    rule: anyOf(
      { scm: { fact: 'semver-tags' } },
      files([
        '.changeset/',
        'release-please-config.json',
        '.release-please-manifest.json',
        '.releaserc*',
        'release.config.*',
        '.goreleaser.y*ml',
      ]),
      content(
        ['CHANGELOG*', 'RELEASE*', 'release-notes*', 'HISTORY*'],
        [
          // Markdown and AsciiDoc headings
          '^#+[ \\t]*\\[?v?\\d+\\.\\d+\\.\\d+',
          '^=+[ \\t]*\\[?v?\\d+\\.\\d+\\.\\d+',
          // reStructuredText: a version line underlined
          '^\\[?v?\\d+\\.\\d+\\.\\d+[^\\n]*\\r?\\n[=~^-]{3,}[ \\t]*$',
        ].join('|'),
        { flags: 'im' },
      ),
    ),
  },
];
