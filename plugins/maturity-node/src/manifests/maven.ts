import type { DeclaredDependency } from './types';
import { ManifestParseError } from './errors';
import { parseXml } from './structured';
import { asArray, isRecord, text } from './util';

/** Maven's implied groupId for plugins that declare none. */
const DEFAULT_PLUGIN_GROUP = 'org.apache.maven.plugins';

type Node = Record<string, unknown>;

function child(node: unknown, name: string): Node {
  if (!isRecord(node)) {
    return {};
  }
  const value = node[name];
  return isRecord(value) ? value : {};
}

function coordinates(
  path: string,
  node: unknown,
  scope: string | undefined,
  defaultGroup?: string,
): DeclaredDependency | undefined {
  if (!isRecord(node)) {
    return undefined;
  }
  const groupId = text(node.groupId) ?? defaultGroup;
  const artifactId = text(node.artifactId);
  if (!groupId || !artifactId) {
    return undefined;
  }
  return {
    name: `${groupId}:${artifactId}`,
    version: text(node.version),
    ecosystem: 'maven',
    manifest: path,
    scope: scope ?? text(node.scope),
  };
}

/** Dependencies and plugins of a <project> or a <profile>. */
function collect(path: string, model: Node): DeclaredDependency[] {
  const found = [
    ...asArray(child(model, 'dependencies').dependency).map(node =>
      coordinates(path, node, undefined),
    ),
    ...asArray(
      child(child(model, 'dependencyManagement'), 'dependencies').dependency,
    ).map(node => coordinates(path, node, 'managed')),
    ...asArray(child(child(model, 'build'), 'plugins').plugin).map(node =>
      coordinates(path, node, 'plugin', DEFAULT_PLUGIN_GROUP),
    ),
    ...asArray(
      child(child(child(model, 'build'), 'pluginManagement'), 'plugins').plugin,
    ).map(node => coordinates(path, node, 'plugin', DEFAULT_PLUGIN_GROUP)),
  ];
  return found.filter((d): d is DeclaredDependency => d !== undefined);
}

/**
 * Reads pom.xml: `<dependencies>` (scope as declared, e.g. `test`),
 * `<dependencyManagement>` (`managed`), build plugins (`plugin`) and the
 * `<parent>` (`parent`), also inside profiles. Properties such as
 * `${spring.version}` are left unresolved.
 */
export function parseMaven(path: string, source: string): DeclaredDependency[] {
  const { root, content } = parseXml(path, source);
  if (root !== 'project') {
    throw new ManifestParseError(path, `expected <project>, found <${root}>`);
  }
  const parent = coordinates(path, content.parent, 'parent');
  return [
    ...(parent ? [parent] : []),
    ...collect(path, content),
    ...asArray(child(content, 'profiles').profile).flatMap(profile =>
      isRecord(profile) ? collect(path, profile) : [],
    ),
  ];
}
