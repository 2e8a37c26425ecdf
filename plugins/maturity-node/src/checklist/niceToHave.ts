import type {
  CheckDefinition,
  Rule,
} from '@backstage-maturity/plugin-maturity-common';
import {
  allOf,
  anyOf,
  content,
  DOCKERFILES,
  files,
  not,
  TEST_AND_EXAMPLE_FOLDERS,
} from './common';
import { TRACK } from '@backstage-maturity/plugin-maturity-common';

/** The rule, saying in plain words what it looks for. */
function described<R extends Rule>(description: string, rule: R): R {
  return { ...rule, description };
}

/**
 * A package ecosystem: the manifests that declare the service's
 * dependencies, and the names Dependabot (`package-ecosystem`) and Renovate
 * (managers) give it.
 */
interface UpdateEcosystem {
  manifests: string[];
  dependabot: string[];
  renovate: string[];
}

const ECOSYSTEMS: UpdateEcosystem[] = [
  {
    manifests: ['package.json'],
    dependabot: ['npm', 'bun'],
    renovate: ['npm', 'bun'],
  },
  { manifests: ['go.mod'], dependabot: ['gomod'], renovate: ['gomod'] },
  { manifests: ['pom.xml'], dependabot: ['maven'], renovate: ['maven'] },
  {
    manifests: [
      'build.gradle',
      'build.gradle.kts',
      'settings.gradle',
      'settings.gradle.kts',
      'libs.versions.toml',
    ],
    dependabot: ['gradle'],
    renovate: ['gradle'],
  },
  {
    manifests: [
      'requirements*.txt',
      'requirements*.in',
      'pyproject.toml',
      'Pipfile',
      'setup.py',
      'setup.cfg',
    ],
    dependabot: ['pip', 'pipenv', 'poetry', 'uv'],
    renovate: [
      'pip_requirements',
      'pip_setup',
      'pip-compile',
      'pipenv',
      'poetry',
      'pep621',
      'pep723',
      'setup-cfg',
    ],
  },
  {
    manifests: [
      '*.csproj',
      '*.fsproj',
      '*.vbproj',
      'packages.config',
      'Directory.Packages.props',
    ],
    dependabot: ['nuget'],
    renovate: ['nuget'],
  },
  {
    manifests: ['Gemfile', '*.gemspec'],
    dependabot: ['bundler'],
    renovate: ['bundler'],
  },
  { manifests: ['Cargo.toml'], dependabot: ['cargo'], renovate: ['cargo'] },
  { manifests: ['mix.exs'], dependabot: ['mix'], renovate: ['mix'] },
  {
    manifests: ['composer.json'],
    dependabot: ['composer'],
    renovate: ['composer'],
  },
];

const ALL_MANIFESTS = ECOSYSTEMS.flatMap(e => e.manifests);

const DEPENDABOT_FILES = ['.github/dependabot.y*ml'];

const RENOVATE_FILES = [
  'renovate.json',
  'renovate.json5',
  '.renovaterc',
  '.renovaterc.json',
  '.renovaterc.json5',
  '{.github,.gitlab,.gitea,.forgejo}/renovate.json',
  '{.github,.gitlab,.gitea,.forgejo}/renovate.json5',
];

/** The rest of a YAML list item's lines: continuation lines are indented deeper than its `-`. */
const NEXT_LINE_OF_ITEM = '\\n(?=\\1[ \\t]|[ \\t]*(?:#|$))';

/** Somewhere in the list item that starts at the match position. */
function inItem(pattern: string): string {
  return `(?:[^\\n]*${NEXT_LINE_OF_ITEM})*?[^\\n]*?${pattern}`;
}

/**
 * A Dependabot `updates` entry for one of `ecosystems` that updates every
 * dependency: no `allow` list of named packages (`dependency-name` other
 * than `*`) and no `open-pull-requests-limit: 0`, which turns version
 * updates off.
 */
function dependabotEntry(ecosystems: string[]): string {
  const ecosystem = `package-ecosystem[ \\t]*:[ \\t]*["']?(?:${ecosystems.join(
    '|',
  )})["']?[ \\t]*(?:#[^\\n]*)?$`;
  const named = `dependency-name[ \\t]*:(?![ \\t]*["']?\\*["']?[ \\t]*(?:[#,}]|$))`;
  const allowsNamedOnly =
    // `allow:` and its block (lines indented deeper than it, or its `- `
    // items at the same column) holding a named dependency.
    `(?:${inItem(
      `\\n([ \\t]*)allow[ \\t]*:[ \\t]*(?:#[^\\n]*)?(?:\\n(?:\\2[ \\t-][ \\t]*[^ \\t\\n#][^\\n]*|[ \\t]*(?:#[^\\n]*)?))*?\\n\\2[ \\t-][^\\n]*?${named}`,
    )}|${inItem(`\\ballow[ \\t]*:[ \\t]*\\[[^\\]\\n]*${named}`)})`;
  const versionUpdatesOff = inItem(
    'open-pull-requests-limit[ \\t]*:[ \\t]*["\']?0\\b',
  );
  return `^([ \\t]*)-[ \\t]+(?=${inItem(
    ecosystem,
  )})(?!${allowsNamedOnly})(?!${versionUpdatesOff})`;
}

/** Manifests of an ecosystem that are the service's own (not test or example data). */
function manifestsOf(ecosystem: UpdateEcosystem): Rule {
  return files(ecosystem.manifests, { exclude: TEST_AND_EXAMPLE_FOLDERS });
}

/**
 * Dependabot configured for the package ecosystem of the service's own
 * manifests. An entry for GitHub Actions (or Docker, where the service has
 * package manifests) does not update the service's dependencies.
 */
const dependabotRule: Rule = described(
  'a Dependabot configuration (.github/dependabot.yml) with an entry for the package ecosystem of the service’s manifests that is not limited to a few named packages',
  anyOf(
    ...ECOSYSTEMS.map(ecosystem =>
      allOf(
        manifestsOf(ecosystem),
        content(DEPENDABOT_FILES, dependabotEntry(ecosystem.dependabot), {
          flags: 'im',
        }),
      ),
    ),
    // A service without package manifests: its Dockerfile's base image.
    allOf(
      files(DOCKERFILES, { exclude: TEST_AND_EXAMPLE_FOLDERS }),
      not(files(ALL_MANIFESTS, { exclude: TEST_AND_EXAMPLE_FOLDERS })),
      content(DEPENDABOT_FILES, dependabotEntry(['docker']), { flags: 'im' }),
    ),
  ),
);

/** `enabledManagers` naming one of `managers`. */
function enablesManager(managers: string[]): string {
  return `["']?enabledManagers["']?\\s*:\\s*\\[[^\\]]*["'](?:${managers.join(
    '|',
  )})["']`;
}

/**
 * Renovate, which updates every ecosystem it finds unless the configuration
 * switches it off (`"enabled": false` at the top level), names other
 * managers only (`enabledManagers: ["github-actions"]`), or disables every
 * package in a package rule and enables a few named ones.
 */
const renovateRule: Rule = described(
  'a Renovate configuration (renovate.json, .renovaterc, .github/renovate.json) that is not switched off or limited to other managers or a few named packages',
  allOf(
    anyOf(
      files(RENOVATE_FILES),
      content(['package.json'], '"renovate"\\s*:\\s*\\{'),
    ),
    not(
      content(
        RENOVATE_FILES,
        [
          // Top-level `enabled: false` (keys of nested objects sit deeper).
          '^(?: {0,4}|\\t)["\']?enabled["\']?[ \\t]*:[ \\t]*false\\b',
          // A package rule that disables every package (all update types).
          '\\{(?:(?!matchUpdateTypes)[^{}])*["\']?match(?:PackagePatterns|PackageNames|DepNames|DepPatterns)["\']?\\s*:\\s*\\[\\s*["\'](?:\\*|/\\.\\*/)["\']\\s*\\](?:(?!matchUpdateTypes)[^{}])*["\']?enabled["\']?\\s*:\\s*false(?:(?!matchUpdateTypes)[^{}])*\\}',
          '\\{(?:(?!matchUpdateTypes)[^{}])*["\']?enabled["\']?\\s*:\\s*false(?:(?!matchUpdateTypes)[^{}])*["\']?match(?:PackagePatterns|PackageNames|DepNames|DepPatterns)["\']?\\s*:\\s*\\[\\s*["\'](?:\\*|/\\.\\*/)["\']\\s*\\](?:(?!matchUpdateTypes)[^{}])*\\}',
        ].join('|'),
        { flags: 'm' },
      ),
    ),
    anyOf(
      not(content(RENOVATE_FILES, '["\']?enabledManagers["\']?\\s*:')),
      ...ECOSYSTEMS.map(ecosystem =>
        allOf(
          manifestsOf(ecosystem),
          content(RENOVATE_FILES, enablesManager(ecosystem.renovate)),
        ),
      ),
    ),
  ),
);

/**
 * The nice-to-have track.
 *
 * @public
 */
export const niceToHaveChecks: CheckDefinition[] = [
  {
    id: 'dependency-updates',
    title: 'Dependency upgrades are automated',
    track: TRACK.niceToHave,
    required: false,
    why: 'Dependencies upgraded by hand fall years behind, until a security fix forces a risky big-bang upgrade.',
    howToPass:
      'Renovate (`renovate.json*`, `.renovaterc*`, `.github/renovate.json*`) or Dependabot ' +
      '(`.github/dependabot.yml`) configured for the package ecosystem of the service’s own manifests: ' +
      'a Dependabot `updates` entry for `npm`, `gomod`, `maven`, `gradle`, `pip`/`uv`, `nuget`, `bundler`, ' +
      '`cargo` or `mix` matching the manifests in the repository (`github-actions` alone does not update ' +
      'the service), not limited by `allow` to a few named packages and not switched off with ' +
      '`open-pull-requests-limit: 0`; or a Renovate configuration that is not disabled, not limited by ' +
      '`enabledManagers` to other managers and does not disable all packages but a few.',
    rule: described(
      'Renovate or Dependabot configured for the package ecosystem of the service’s own manifests (not only GitHub Actions, not only a few named packages)',
      anyOf(renovateRule, dependabotRule),
    ),
  },
];
