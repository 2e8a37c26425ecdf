import { execFile, type ExecFileException } from 'node:child_process';

/** How git is run: bounded in time and output. */
export interface GitRunLimits {
  /** The git executable; `git` on the PATH unless given. */
  gitBinary?: string;
  /** Milliseconds one git command may take. */
  timeoutMs: number;
  /** Bytes one git command may write to stdout. */
  maxBuffer: number;
}

/** Why git gave no answer, in words for the evidence. */
export class GitUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GitUnavailableError';
  }
}

// Settings that keep a repository's own configuration from running programs:
// hooks, the filesystem monitor, a pager, signature checks (gpg) and colour.
const SAFE_CONFIG = [
  '-c',
  'core.hooksPath=/dev/null',
  '-c',
  'core.fsmonitor=false',
  '-c',
  'core.pager=cat',
  '-c',
  'log.showSignature=false',
  '-c',
  'color.ui=false',
];

const SAFE_ENV: Record<string, string> = {
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_TERMINAL_PROMPT: '0',
  // A partial clone must not fetch missing objects from its remote.
  GIT_NO_LAZY_FETCH: '1',
  // Reading must not take the index lock or refresh the index.
  GIT_OPTIONAL_LOCKS: '0',
  GIT_PAGER: 'cat',
  LC_ALL: 'C',
};

/**
 * Runs one read-only git command in `directory` without a shell and returns
 * its stdout; rejects with a {@link GitUnavailableError} saying what went
 * wrong (git missing, not a repository, too slow, too much output).
 */
export function runGit(
  directory: string,
  args: string[],
  limits: GitRunLimits,
): Promise<string> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...SAFE_ENV };
  // Configuration injected through the environment could name programs too.
  delete env.GIT_CONFIG_PARAMETERS;
  delete env.GIT_CONFIG_COUNT;
  delete env.GIT_DIR;
  delete env.GIT_WORK_TREE;
  return new Promise((resolve, reject) => {
    execFile(
      limits.gitBinary ?? 'git',
      ['--no-pager', ...SAFE_CONFIG, ...args],
      {
        cwd: directory,
        env,
        timeout: limits.timeoutMs,
        maxBuffer: limits.maxBuffer,
        encoding: 'utf8',
        windowsHide: true,
      },
      (error, stdout, stderr) => {
        if (!error) {
          resolve(stdout);
          return;
        }
        reject(
          new GitUnavailableError(describeGitError(error, stderr, limits)),
        );
      },
    );
  });
}

function describeGitError(
  error: ExecFileException,
  stderr: string,
  limits: GitRunLimits,
): string {
  if (error.code === 'ENOENT') {
    return `git could not be run (${
      limits.gitBinary ?? 'git'
    } not found, or the directory does not exist)`;
  }
  if (error.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
    return `git wrote more than ${limits.maxBuffer} bytes`;
  }
  if (error.killed || error.signal) {
    return `git took longer than ${limits.timeoutMs} ms`;
  }
  const firstLine = stderr
    .split('\n')
    .map(line => line.trim())
    .find(line => line.length > 0);
  if (firstLine && /not a git repository/i.test(firstLine)) {
    return 'not a git repository';
  }
  return firstLine ?? error.message;
}
