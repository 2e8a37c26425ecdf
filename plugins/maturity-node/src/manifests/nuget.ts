import type { DeclaredDependency } from './types';
import { ManifestParseError } from './errors';
import { parseXml } from './structured';
import { asArray, isRecord, text } from './util';

/** MSBuild items that name NuGet packages, and the scope each implies. */
const ITEMS: Record<string, string | undefined> = {
  PackageReference: undefined,
  // Central package management (Directory.Packages.props).
  PackageVersion: 'managed',
  GlobalPackageReference: 'global',
};

function readItem(
  path: string,
  item: unknown,
  scope: string | undefined,
): DeclaredDependency[] {
  if (!isRecord(item)) {
    return [];
  }
  // `Update` modifies an item included elsewhere (e.g. Directory.Build.props).
  const names = text(item['@Include']) ?? text(item['@Update']) ?? '';
  const version =
    text(item['@Version']) ??
    text(item['@VersionOverride']) ??
    text(item.Version) ??
    text(item.VersionOverride);
  return names
    .split(';')
    .map(name => name.trim())
    .filter(Boolean)
    .map(name => ({
      name,
      version,
      ecosystem: 'nuget',
      manifest: path,
      scope,
    }));
}

/** Finds package items at any depth (ItemGroup, Choose/When, Target). */
function walk(path: string, node: unknown): DeclaredDependency[] {
  if (!isRecord(node)) {
    return [];
  }
  return Object.entries(node).flatMap(([key, value]) => {
    if (key.startsWith('@')) {
      return [];
    }
    if (Object.hasOwn(ITEMS, key)) {
      return asArray(value).flatMap(item => readItem(path, item, ITEMS[key]));
    }
    return asArray(value).flatMap(child => walk(path, child));
  });
}

/**
 * Reads *.csproj and Directory.Packages.props: `PackageReference`
 * (`Include` or `Update`), `PackageVersion` (scope `managed`) and
 * `GlobalPackageReference` (scope `global`), versions from the `Version`
 * attribute or element, unresolved.
 */
export function parseNuget(path: string, source: string): DeclaredDependency[] {
  const { root, content } = parseXml(path, source);
  if (root !== 'Project') {
    throw new ManifestParseError(path, `expected <Project>, found <${root}>`);
  }
  return walk(path, content);
}
