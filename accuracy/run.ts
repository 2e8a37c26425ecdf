/*
 * Accuracy benchmark of the checker against hand labels of real services.
 *
 *   yarn maturity:accuracy --mirrors <folder> [--ecosystem go] [--verbose]
 *
 * Each labelled repository is laid out at its pinned commit from a local
 * mirror folder (bare or normal git repositories named `<owner>+<name>`,
 * `<owner>+<name>/repo`, `<owner>/<name>.git` or `<owner>/<name>`), without
 * running any of its hooks, and `maturity check` is run on it. The script
 * prints agreement per check, per ecosystem and overall, and every
 * disagreement with the label's note beside what the checker said.
 */
/* eslint-disable no-console */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { main } from '../plugins/maturity-cli/src';
import { readLabels, type LabelledService } from './labels';

const { values } = parseArgs({
  options: {
    mirrors: { type: 'string' },
    ecosystem: { type: 'string', multiple: true },
    work: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});

const mirrors = values.mirrors ?? process.env.MATURITY_ACCURACY_MIRRORS;
if (!mirrors) {
  console.error(
    'Give the folder of git mirrors: --mirrors <folder> (or MATURITY_ACCURACY_MIRRORS).',
  );
  process.exit(2);
}
const workRoot =
  values.work ?? path.join(os.tmpdir(), 'maturity-accuracy-checkouts');

/** The git directory of a repository's mirror, or undefined. */
function mirrorOf(repo: string): string | undefined {
  const [owner, name] = repo.split('/');
  const candidates = [
    path.join(mirrors!, `${owner}+${name}`, 'repo'),
    path.join(mirrors!, `${owner}+${name}`),
    path.join(mirrors!, owner, `${name}.git`),
    path.join(mirrors!, owner, name),
  ];
  return candidates.find(
    dir =>
      fs.existsSync(dir) &&
      spawnSync('git', ['--git-dir', gitDirOf(dir), 'rev-parse'], {
        stdio: 'ignore',
      }).status === 0,
  );
}

function gitDirOf(dir: string): string {
  const dotGit = path.join(dir, '.git');
  return fs.existsSync(dotGit) ? dotGit : dir;
}

/**
 * Writes the files of a commit into `dir` with git's plumbing (which runs
 * nothing from the repository). A mirror may lack some large blobs; those
 * files are left out and counted.
 */
function writeTree(gitDir: string, commit: string, dir: string): number {
  const listing = execFileSync(
    'git',
    ['--git-dir', gitDir, 'ls-tree', '-r', '-z', '--full-tree', commit],
    { maxBuffer: 1024 ** 3 },
  )
    .toString('utf8')
    .split('\0')
    .filter(Boolean)
    .map(line => {
      const [meta, file] = line.split('\t');
      const [mode, type, sha] = meta.split(' ');
      return { mode, type, sha, file };
    })
    .filter(entry => entry.type === 'blob');
  const batch = spawnSync('git', ['--git-dir', gitDir, 'cat-file', '--batch'], {
    input: listing.map(entry => entry.sha).join('\n'),
    maxBuffer: 4 * 1024 ** 3,
  }).stdout;
  let offset = 0;
  let absent = 0;
  for (const entry of listing) {
    const headerEnd = batch.indexOf(10, offset);
    const header = batch.subarray(offset, headerEnd).toString('utf8');
    offset = headerEnd + 1;
    if (header.endsWith(' missing')) {
      absent += 1;
      continue;
    }
    const size = Number(header.split(' ')[2]);
    const content = batch.subarray(offset, offset + size);
    offset += size + 1;
    const target = path.join(dir, entry.file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    if (entry.mode === '120000') {
      fs.symlinkSync(content.toString('utf8'), target);
    } else {
      fs.writeFileSync(target, content);
    }
  }
  return absent;
}

/** The service's files at its commit in a folder of their own (made once). */
function checkout(service: LabelledService): string {
  const dir = path.join(
    workRoot,
    `${service.repo.replace('/', '+')}@${service.commit.slice(0, 12)}`,
  );
  if (fs.existsSync(path.join(dir, '.complete'))) return dir;
  const mirror = mirrorOf(service.repo);
  if (!mirror) {
    throw new Error(`no mirror of ${service.repo} in ${mirrors}`);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const absent = writeTree(gitDirOf(mirror), service.commit, dir);
  if (absent > 0) {
    console.log(`  (${service.repo}: ${absent} files absent from the mirror)`);
  }
  fs.writeFileSync(path.join(dir, '.complete'), service.commit);
  return dir;
}

interface CheckerResult {
  id: string;
  outcome: string;
  evidence: Array<{ detail: string }>;
  lookedFor: string[];
  reason?: string;
}

async function runChecker(
  service: LabelledService,
  dir: string,
): Promise<Map<string, CheckerResult>> {
  let output = '';
  let errors = '';
  const code = await main(
    [
      'check',
      path.join(dir, service.path),
      '--format',
      'json',
      '--type',
      service.type,
    ],
    {
      out: text => {
        output += text;
      },
      err: text => {
        errors += text;
      },
    },
  );
  if (code === 2 || !output) {
    throw new Error(`maturity check failed on ${service.repo}: ${errors}`);
  }
  const report = JSON.parse(output) as { checks: CheckerResult[] };
  return new Map(report.checks.map(check => [check.id, check]));
}

/** What the checker said about a check, in one line. */
function said(result: CheckerResult | undefined): string {
  if (!result) return 'no such check';
  const parts =
    result.outcome === 'pass' || result.outcome === 'not-applicable'
      ? result.evidence.map(e => e.detail)
      : result.lookedFor.map(l => `looked for ${l}`);
  if (result.reason) parts.push(result.reason);
  return parts.join('; ').slice(0, 300);
}

interface Tally {
  agree: number;
  total: number;
}

function add(tallies: Map<string, Tally>, key: string, agrees: boolean) {
  const tally = tallies.get(key) ?? { agree: 0, total: 0 };
  tally.total += 1;
  if (agrees) tally.agree += 1;
  tallies.set(key, tally);
}

function percent({ agree, total }: Tally): string {
  return `${((100 * agree) / total).toFixed(1)}%`.padStart(6);
}

function table(title: string, tallies: Map<string, Tally>) {
  console.log(`\n${title}`);
  const width = Math.max(...[...tallies.keys()].map(k => k.length));
  for (const [key, tally] of [...tallies].sort(([a], [b]) =>
    a.localeCompare(b),
  )) {
    console.log(
      `  ${key.padEnd(width)}  ${percent(tally)}  ${tally.agree}/${
        tally.total
      }`,
    );
  }
}

async function run() {
  const wanted = values.ecosystem;
  const corpus = readLabels(path.join(__dirname, 'labels')).filter(
    file => !wanted || wanted.includes(file.ecosystem),
  );
  const byCheck = new Map<string, Tally>();
  const byEcosystem = new Map<string, Tally>();
  const overall = new Map<string, Tally>();
  const disagreements: string[] = [];

  for (const file of corpus) {
    for (const service of file.services) {
      const results = await runChecker(service, checkout(service));
      let agreed = 0;
      const labels = Object.entries(service.labels);
      for (const [checkId, label] of labels) {
        const result = results.get(checkId);
        const agrees = result?.outcome === label.expect;
        if (agrees) agreed += 1;
        add(byCheck, checkId, agrees);
        add(byEcosystem, file.ecosystem, agrees);
        add(overall, 'all', agrees);
        if (!agrees) {
          disagreements.push(
            [
              `- [${file.ecosystem}] ${service.repo} ${checkId}: label ${
                label.expect
              }, checker ${result?.outcome ?? 'none'}`,
              `    label:   ${label.note}`,
              `    checker: ${said(result)}`,
            ].join('\n'),
          );
        }
      }
      console.log(
        `${file.ecosystem.padEnd(7)} ${service.repo.padEnd(50)} ${agreed}/${
          labels.length
        } agree`,
      );
      if (values.verbose) {
        for (const [checkId, result] of results) {
          console.log(`    ${checkId}: ${result.outcome} (${said(result)})`);
        }
      }
    }
  }

  table('Agreement per check', byCheck);
  table('Agreement per ecosystem', byEcosystem);
  const all = overall.get('all');
  console.log(
    `\nOverall: ${
      all
        ? `${percent(all).trim()} (${all.agree}/${all.total})`
        : 'nothing labelled'
    }`,
  );
  console.log(`\nDisagreements (${disagreements.length}):`);
  console.log(disagreements.join('\n') || '  none');
}

run().catch(error => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
