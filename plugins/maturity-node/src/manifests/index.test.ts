import { pathMatcher } from '../evaluation/glob';
import {
  MANIFEST_GLOBS,
  MAX_MANIFEST_LENGTH,
  ManifestParseError,
  manifestEcosystem,
  parseManifest,
} from './index';

const FIVE_MB = 5 * 1024 * 1024;

/** Deterministic noise over characters that matter to the parsers. */
function garbage(length: number): string {
  const alphabet = 'ab:=.#"\'<>{}[]()/\\;,@$ \t-_~\uFFFD\u0000';
  const chars = new Array<string>(length);
  let seed = 42;
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    chars[i] = alphabet[seed % alphabet.length];
  }
  return chars.join('');
}

/**
 * Describes what parsing did: `rejected` for a ManifestParseError naming the
 * file in a short message, `no dependencies`, or what else happened.
 */
function outcome(path: string, text: string): string {
  try {
    const { dependencies } = parseManifest(path, text);
    return dependencies.length
      ? `found ${dependencies.length} dependencies`
      : 'no dependencies';
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return error instanceof ManifestParseError &&
      error.path === path &&
      message.startsWith(`${path}: `) &&
      message.length < 400
      ? 'rejected'
      : `threw ${message}`;
  }
}

const REJECTED_OR_EMPTY = /^(rejected|no dependencies)$/;

const MANIFESTS = [
  ['package.json', 'npm'],
  ['go.mod', 'go'],
  ['pom.xml', 'maven'],
  ['build.gradle', 'gradle'],
  ['build.gradle.kts', 'gradle'],
  ['requirements.txt', 'pypi'],
  ['requirements-dev.txt', 'pypi'],
  ['pyproject.toml', 'pypi'],
  ['Pipfile', 'pypi'],
  ['Acme.Orders.csproj', 'nuget'],
  ['Directory.Packages.props', 'nuget'],
  ['Gemfile', 'rubygems'],
  ['Cargo.toml', 'cargo'],
  ['mix.exs', 'hex'],
] as const;

describe('manifest dispatch', () => {
  it.each(MANIFESTS)('maps %s to the %s ecosystem', (file, ecosystem) => {
    expect(manifestEcosystem(file)).toBe(ecosystem);
    expect(manifestEcosystem(`services/api/${file}`)).toBe(ecosystem);
    expect(manifestEcosystem(`C:\\src\\api\\${file}`)).toBe(ecosystem);
  });

  it.each([
    'package-lock.json',
    'go.sum',
    'build.gradle.bak',
    'requirements.in',
    'poetry.lock',
    'Gemfile.lock',
    'Cargo.lock',
    'mix.lock',
    'Directory.Build.props',
    'packages.config',
    'src/package.json/README.md',
  ])('does not treat %s as a manifest', file => {
    expect(manifestEcosystem(file)).toBeUndefined();
  });

  it('offers a glob matching every recognised manifest name', () => {
    for (const [file] of MANIFESTS) {
      expect(pathMatcher(MANIFEST_GLOBS, [], true)(`repo/sub/${file}`)).toBe(
        true,
      );
    }
  });

  it('lists the expected globs', () => {
    expect(MANIFEST_GLOBS).toEqual([
      'package.json',
      'go.mod',
      'pom.xml',
      'build.gradle',
      'build.gradle.kts',
      'requirements*.txt',
      'pyproject.toml',
      'Pipfile',
      '*.csproj',
      'Directory.Packages.props',
      'Gemfile',
      'Cargo.toml',
      'mix.exs',
    ]);
  });

  it('rejects a file that is not a manifest', () => {
    expect(() => parseManifest('docs/README.md', '# hi')).toThrow(
      new ManifestParseError(
        'docs/README.md',
        'not a known manifest file name',
      ),
    );
  });

  it('strips a byte order mark before parsing', () => {
    const { dependencies } = parseManifest(
      'package.json',
      '\uFEFF{"dependencies":{"pino":"9"}}',
    );
    expect(dependencies.map(d => d.name)).toEqual(['pino']);
  });

  it.each(MANIFESTS)(
    'reads an empty %s as having no dependencies or as malformed',
    file => {
      expect(outcome(file, '')).toMatch(REJECTED_OR_EMPTY);
    },
  );
});

describe('malformed manifests', () => {
  it.each([
    [
      'package.json',
      '{"dependencies": {"a": "1",}}',
      /^package\.json: invalid JSON at line 1: /,
    ],
    [
      'pom.xml',
      '<project><dependencies></project>',
      /^pom\.xml: invalid XML at line 1: /,
    ],
    [
      'Cargo.toml',
      '[dependencies\nserde = "1"',
      /^Cargo\.toml: invalid TOML at line 1: /,
    ],
    [
      'pyproject.toml',
      'project = {',
      /^pyproject\.toml: invalid TOML at line 1: /,
    ],
  ])('throws a ManifestParseError naming %s', (file, text, message) => {
    const call = () => parseManifest(`repo/${file}`, text);
    expect(call).toThrow(ManifestParseError);
    expect(call).toThrow(new RegExp(`^repo/${message.source.slice(1)}`));
  });

  it('keeps the third-party error as the cause', () => {
    let caught: unknown;
    try {
      parseManifest('package.json', '{');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ManifestParseError);
    expect((caught as Error).cause).toBeInstanceOf(SyntaxError);
  });

  it('rejects input larger than any real manifest', () => {
    expect(() =>
      parseManifest('package.json', ' '.repeat(MAX_MANIFEST_LENGTH + 1)),
    ).toThrow(/^package\.json: too large to be a manifest/);
  });
});

describe('hostile input', () => {
  const noise = garbage(FIVE_MB);

  it.each(MANIFESTS)(
    'rejects or finds nothing in a 5 MB single line of garbage as %s',
    file => {
      expect(outcome(file, noise)).toMatch(REJECTED_OR_EMPTY);
    },
  );

  it.each(MANIFESTS)(
    'rejects or finds nothing in 5 MB of U+FFFD replacement characters as %s',
    file => {
      expect(outcome(file, '\uFFFD'.repeat(FIVE_MB))).toMatch(
        REJECTED_OR_EMPTY,
      );
    },
  );

  // Nesting and backtracking problems show at 1 MB as well as at 5 MB.
  const ONE_MB = 1024 * 1024;

  it.each([
    ['package.json', '['.repeat(ONE_MB)],
    ['package.json', `{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}`],
    ['pom.xml', '<a>'.repeat(ONE_MB / 3)],
    ['pom.xml', `<project ${'b="1" '.repeat(ONE_MB / 6)}>`],
    [
      'Acme.csproj',
      `<Project>${'<x>'.repeat(100_000)}${'</x>'.repeat(100_000)}</Project>`,
    ],
    ['Cargo.toml', `a = ${'['.repeat(ONE_MB)}`],
    ['Cargo.toml', `a${'.a'.repeat(ONE_MB / 4)} = 1`],
    ['Pipfile', `a = ${'{b = '.repeat(ONE_MB / 5)}`],
    ['mix.exs', `defp deps do\n${'['.repeat(ONE_MB)}`],
  ])('rejects deeply nested %s without overflowing the stack', (file, text) => {
    expect(outcome(file, text)).toMatch(REJECTED_OR_EMPTY);
  });

  // Inputs that take quadratic time with backtracking regular expressions or
  // repeated string concatenation.
  it.each([
    ['go.mod', `require${' '.repeat(ONE_MB)}x`],
    ['go.mod', `require (\n${'a'.repeat(ONE_MB)}`],
    ['go.mod', `require "${'a'.repeat(ONE_MB)} v1`],
    ['build.gradle', `dependencies {\nimplementation${' '.repeat(ONE_MB)}x`],
    ['build.gradle.kts', `plugins {\nid${' '.repeat(ONE_MB)}x\n}`],
    ['build.gradle', `"${'\\'.repeat(ONE_MB)}`],
    ['build.gradle', 'a{'.repeat(ONE_MB / 2)],
    ['build.gradle', '/*'.repeat(ONE_MB / 2)],
    ['requirements.txt', `a${' '.repeat(ONE_MB)}=`],
    ['requirements.txt', `${'a.'.repeat(ONE_MB / 2)}!`],
    ['requirements.txt', '\\\n'.repeat(ONE_MB / 2)],
    ['requirements.txt', `a${','.repeat(ONE_MB)}`],
    ['Gemfile', `gem${' '.repeat(ONE_MB)}x`],
    ['Gemfile', `x do${' '.repeat(ONE_MB)}x`],
    ['Gemfile', '=begin\n'.repeat(ONE_MB / 7)],
    ['mix.exs', `defp deps${' '.repeat(ONE_MB)}x`],
    ['mix.exs', '"'.repeat(ONE_MB)],
  ])(
    'handles pathological %s input without catastrophic backtracking',
    (file, text) => {
      expect(outcome(file, text)).toMatch(REJECTED_OR_EMPTY);
    },
  );
});
