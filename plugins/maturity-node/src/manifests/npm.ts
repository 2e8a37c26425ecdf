import type { DeclaredDependency } from './types';
import { parseJsonObject } from './structured';
import { isRecord } from './util';

const SECTIONS = [
  'dependencies',
  'devDependencies',
  'peerDependencies',
  'optionalDependencies',
] as const;

/** Reads package.json; the scope is the section. */
export function parseNpm(path: string, source: string): DeclaredDependency[] {
  const pkg = parseJsonObject(path, source);
  const dependencies: DeclaredDependency[] = [];
  for (const scope of SECTIONS) {
    const section = pkg[scope];
    if (!isRecord(section)) {
      continue;
    }
    for (const [name, version] of Object.entries(section)) {
      dependencies.push({
        name,
        version: typeof version === 'string' ? version : undefined,
        ecosystem: 'npm',
        manifest: path,
        scope,
      });
    }
  }
  return dependencies;
}
