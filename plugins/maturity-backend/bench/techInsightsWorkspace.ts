import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** The bench workspace of Tech Insights: a Yarn project of its own. */
export const WORKSPACE = path.resolve(
  __dirname,
  '..',
  '..',
  '..',
  'bench',
  'tech-insights',
);

const INSTALL_COMMAND = 'cd bench/tech-insights && yarn install --immutable';

/**
 * Installs the bench workspace from its lockfile when it is missing (a
 * minute or two: better-sqlite3 is compiled from source).
 */
export function ensureWorkspace(): void {
  const marker = path.join(
    WORKSPACE,
    'node_modules',
    '@backstage-community',
    'plugin-tech-insights-backend',
  );
  if (fs.existsSync(marker)) return;
  console.log(`installing the bench workspace: ${INSTALL_COMMAND}`);
  // Native addons are built against the headers of the Node that runs them.
  const nodeHome = path.dirname(path.dirname(process.execPath));
  const headers = fs.existsSync(
    path.join(nodeHome, 'include', 'node', 'node_version.h'),
  );
  const { status, error } = spawnSync('yarn', ['install', '--immutable'], {
    cwd: WORKSPACE,
    stdio: 'inherit',
    env: { ...process.env, ...(headers && { npm_config_nodedir: nodeHome }) },
  });
  if (status !== 0 || !fs.existsSync(marker)) {
    throw new Error(
      `the bench workspace is not installed (${
        error ?? `exit code ${status}`
      }); from the repository root, run: ${INSTALL_COMMAND}`,
    );
  }
}
