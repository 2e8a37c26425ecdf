import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The clock of the git tests. */
export const NOW = new Date('2025-06-01T12:00:00Z');

const DAY_MS = 24 * 60 * 60 * 1000;

export function daysAgo(days: number): string {
  return new Date(NOW.getTime() - days * DAY_MS).toISOString();
}

// Keep the developer's own git configuration (signing, hooks, templates)
// out of the repositories the tests build.
const IDENTITY = [
  '-c',
  'user.name=Test Author',
  '-c',
  'user.email=author@example.com',
  '-c',
  'commit.gpgsign=false',
  '-c',
  'tag.gpgsign=false',
];

/** Temporary folders, removed by {@link removeTemporaryFolders}. */
const folders: string[] = [];

export function temporaryFolder(): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'maturity-git-'));
  folders.push(folder);
  return folder;
}

export function removeTemporaryFolders(): void {
  for (const folder of folders.splice(0)) {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** A git repository built commit by commit, with dates of its own. */
export class GitTestRepository {
  readonly directory: string;

  constructor(directory = temporaryFolder()) {
    this.directory = directory;
  }

  static init(): GitTestRepository {
    const repository = new GitTestRepository();
    repository.git(['init', '-q', '-b', 'main', '--template=']);
    return repository;
  }

  git(args: string[], date = NOW.toISOString()): string {
    return execFileSync('git', [...IDENTITY, ...args], {
      cwd: this.directory,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_DATE: date,
      },
    });
  }

  /** Commits `files` (path to text), or nothing, `days` days before NOW. */
  commit(
    message: string,
    days: number,
    files: Record<string, string> = {},
  ): void {
    for (const [file, text] of Object.entries(files)) {
      const target = path.join(this.directory, file);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
    if (Object.keys(files).length > 0) this.git(['add', '--all']);
    this.git(
      ['commit', '-q', '--allow-empty', '--no-verify', '-m', message],
      daysAgo(days),
    );
  }

  head(): string {
    return this.git(['rev-parse', 'HEAD']).trim();
  }

  /**
   * Commits a commit carrying a (bogus) PGP signature, which `git log`
   * verifies by running `gpg.program` when `log.showSignature` is set.
   */
  commitSigned(message: string): string {
    const tree = this.git(['rev-parse', 'HEAD^{tree}']).trim();
    const parent = this.git(['rev-parse', 'HEAD']).trim();
    const stamp = `${Math.floor(NOW.getTime() / 1000)} +0000`;
    const object = [
      `tree ${tree}`,
      `parent ${parent}`,
      `author Test Author <author@example.com> ${stamp}`,
      `committer Test Author <author@example.com> ${stamp}`,
      'gpgsig -----BEGIN PGP SIGNATURE-----',
      ' ',
      ' AAAA',
      ' -----END PGP SIGNATURE-----',
      '',
      message,
      '',
    ].join('\n');
    const file = path.join(temporaryFolder(), 'commit');
    writeFileSync(file, object);
    const hash = this.git(['hash-object', '-t', 'commit', '-w', file]).trim();
    this.git(['update-ref', 'HEAD', hash]);
    return hash;
  }

  tag(name: string, days: number, annotated = false): void {
    this.git(
      annotated ? ['tag', '-a', '-m', name, name] : ['tag', name],
      daysAgo(days),
    );
  }

  checkout(branch: string, create = false): void {
    this.git(
      create ? ['checkout', '-q', '-b', branch] : ['checkout', '-q', branch],
    );
  }

  /** A `--depth 1` clone of this repository. */
  shallowClone(): GitTestRepository {
    const target = path.join(temporaryFolder(), 'clone');
    execFileSync(
      'git',
      ['clone', '-q', '--depth', '1', `file://${this.directory}`, target],
      {
        env: {
          ...process.env,
          GIT_CONFIG_NOSYSTEM: '1',
          GIT_CONFIG_GLOBAL: '/dev/null',
        },
      },
    );
    return new GitTestRepository(target);
  }
}
