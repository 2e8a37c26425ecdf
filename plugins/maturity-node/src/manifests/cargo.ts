import type { DeclaredDependency } from './types';
import { parseToml } from './structured';
import { isRecord, text } from './util';

/** Dependency tables and their scope (Cargo still accepts the `_` spellings). */
const KINDS: [string, string | undefined][] = [
  ['dependencies', undefined],
  ['dev-dependencies', 'dev'],
  ['dev_dependencies', 'dev'],
  ['build-dependencies', 'build'],
  ['build_dependencies', 'build'],
];

function dependencyTable(
  path: string,
  table: unknown,
  scope: string | undefined,
): DeclaredDependency[] {
  if (!isRecord(table)) {
    return [];
  }
  return Object.entries(table).map(([key, spec]) => ({
    // `foo = { package = "bar" }` depends on the crate bar under the name foo.
    name: (isRecord(spec) ? text(spec.package) : undefined) ?? key,
    version: text(spec) ?? (isRecord(spec) ? text(spec.version) : undefined),
    ecosystem: 'cargo',
    manifest: path,
    scope,
  }));
}

function allKinds(path: string, section: unknown): DeclaredDependency[] {
  return isRecord(section)
    ? KINDS.flatMap(([kind, scope]) =>
        dependencyTable(path, section[kind], scope),
      )
    : [];
}

/**
 * Reads Cargo.toml: `[dependencies]`, `[dev-dependencies]` (scope `dev`),
 * `[build-dependencies]` (scope `build`), the same under
 * `[target.<cfg>]`, and `[workspace.dependencies]` (scope `workspace`).
 */
export function parseCargo(path: string, source: string): DeclaredDependency[] {
  const doc = parseToml(path, source);
  const targets = isRecord(doc.target) ? Object.values(doc.target) : [];
  const workspace = isRecord(doc.workspace) ? doc.workspace : {};
  return [
    ...allKinds(path, doc),
    ...targets.flatMap(target => allKinds(path, target)),
    ...dependencyTable(path, workspace.dependencies, 'workspace'),
  ];
}
