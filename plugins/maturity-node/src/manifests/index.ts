import { pathMatcher } from '../evaluation/glob';
import type { Ecosystem } from '@backstage-maturity/plugin-maturity-common';
import type { DeclaredDependency, ManifestParseResult } from './types';
import { ManifestParseError } from './errors';
import { parseCargo } from './cargo';
import { parseGoMod } from './go';
import { parseGradle } from './gradle';
import { parseMixExs } from './hex';
import { parseMaven } from './maven';
import { parseNpm } from './npm';
import { parseNuget } from './nuget';
import { parsePipfile, parsePyproject, parseRequirementsTxt } from './python';
import { parseGemfile } from './ruby';

export type { DeclaredDependency, ManifestParseResult } from './types';
export { ManifestParseError } from './errors';
export { normalizePythonName, parseRequirement } from './python';

/** Larger files are not manifests; refusing them bounds time and memory. */
export const MAX_MANIFEST_LENGTH = 8 * 1024 * 1024;

interface ManifestKind {
  glob: string;
  ecosystem: Ecosystem;
  parse: (path: string, source: string) => DeclaredDependency[];
}

const KINDS: ManifestKind[] = [
  { glob: 'package.json', ecosystem: 'npm', parse: parseNpm },
  { glob: 'go.mod', ecosystem: 'go', parse: parseGoMod },
  { glob: 'pom.xml', ecosystem: 'maven', parse: parseMaven },
  { glob: 'build.gradle', ecosystem: 'gradle', parse: parseGradle },
  { glob: 'build.gradle.kts', ecosystem: 'gradle', parse: parseGradle },
  { glob: 'requirements*.txt', ecosystem: 'pypi', parse: parseRequirementsTxt },
  { glob: 'pyproject.toml', ecosystem: 'pypi', parse: parsePyproject },
  { glob: 'Pipfile', ecosystem: 'pypi', parse: parsePipfile },
  { glob: '*.csproj', ecosystem: 'nuget', parse: parseNuget },
  { glob: 'Directory.Packages.props', ecosystem: 'nuget', parse: parseNuget },
  { glob: 'Gemfile', ecosystem: 'rubygems', parse: parseGemfile },
  { glob: 'Cargo.toml', ecosystem: 'cargo', parse: parseCargo },
  { glob: 'mix.exs', ecosystem: 'hex', parse: parseMixExs },
];

/**
 * File-name globs of the manifests that can be parsed, to be matched against
 * a file's base name.
 *
 * @public
 */
export const MANIFEST_GLOBS: string[] = KINDS.map(kind => kind.glob);

function baseName(path: string): string {
  return path.slice(
    Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1,
  );
}

function kindOf(path: string): ManifestKind | undefined {
  const base = baseName(path);
  return KINDS.find(kind => pathMatcher([kind.glob], [], true)(base));
}

/**
 * The ecosystem of the manifest at `path`, or undefined when it is not a
 * manifest that can be parsed.
 *
 * @public
 */
export function manifestEcosystem(path: string): Ecosystem | undefined {
  return kindOf(path)?.ecosystem;
}

/**
 * Reads the dependencies declared in a manifest, choosing the parser by file
 * name.
 *
 * @throws ManifestParseError when the file is not a known manifest, is too
 * large, or is malformed.
 * @public
 */
export function parseManifest(
  path: string,
  source: string,
): ManifestParseResult {
  const kind = kindOf(path);
  if (!kind) {
    throw new ManifestParseError(path, 'not a known manifest file name');
  }
  if (source.length > MAX_MANIFEST_LENGTH) {
    throw new ManifestParseError(
      path,
      `too large to be a manifest (${source.length} characters)`,
    );
  }
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  try {
    return { ecosystem: kind.ecosystem, dependencies: kind.parse(path, text) };
  } catch (error) {
    if (error instanceof ManifestParseError) {
      throw error;
    }
    // A parser failing in an unforeseen way still names the file.
    throw new ManifestParseError(path, 'could not be parsed', {
      detail: error instanceof Error ? error.message : String(error),
      cause: error,
    });
  }
}
