import fs from 'node:fs';
import path from 'node:path';
import type { TextFile } from '../types';

/** The example organisation's fixture repositories. */
export const EXAMPLE_REPOS = path.resolve(
  __dirname,
  '../../../../../examples/repos',
);

const MANIFEST = /\.ya?ml$/i;
const APP_CONFIG =
  /^(?:application.*\.(?:ya?ml|properties)|appsettings.*\.json)$/i;

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

/**
 * Loads a fixture repository the way the evaluator sees it: its YAML files
 * (manifests, Helm templates and values) and its application configuration,
 * with repository-relative POSIX paths.
 */
export function loadRepo(name: string): {
  files: TextFile[];
  appConfigFiles: TextFile[];
} {
  const root = path.join(EXAMPLE_REPOS, name);
  const all = walk(root).map(full => ({
    path: path.relative(root, full).split(path.sep).join('/'),
    full,
  }));
  const read = ({ path: relative, full }: { path: string; full: string }) => ({
    path: relative,
    text: fs.readFileSync(full, 'utf8'),
  });
  return {
    files: all.filter(file => MANIFEST.test(file.path)).map(read),
    appConfigFiles: all
      .filter(file => APP_CONFIG.test(path.basename(file.path)))
      .map(read),
  };
}
