/*
 * Benchmark of `maturity check` (not a test): prints wall time and peak RSS
 * of the CLI on a generated repository of 10,000 files, and on hostile trees
 * (100,000 files, a 50 MB file, binary files, symbolic links out of the tree
 * and in a loop, malformed manifests). Run with `yarn workspace
 * @backstage-maturity/maturity-cli bench`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateRepository } from './generateRepository';

const bin = path.resolve(__dirname, '../bin/maturity');

function measure(label: string, dir: string, target?: number) {
  // /usr/bin/time would be handier, but is not everywhere: ask Node instead.
  const script = `
    const { spawnSync } = require('node:child_process');
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [${JSON.stringify(
      bin,
    )}, 'check', ${JSON.stringify(
    dir,
  )}, '--format', 'json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    console.log(JSON.stringify({ ms, status: r.status, stderr: r.stderr.slice(0, 500), out: r.stdout }));
  `;
  const run = spawnSync(process.execPath, ['-e', script], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const result = JSON.parse(run.stdout);
  const report = result.status === 0 ? JSON.parse(result.out) : undefined;
  const outcomes: Record<string, number> = {};
  for (const check of report?.checks ?? []) {
    outcomes[check.outcome] = (outcomes[check.outcome] ?? 0) + 1;
  }
  let verdict = '';
  if (target !== undefined) {
    verdict = result.ms <= target ? ' (target met)' : ' (TARGET MISSED)';
  }
  console.log(
    `${label}: ${(result.ms / 1000).toFixed(2)} s wall${
      target ? `, target <= ${target / 1000} s` : ''
    }${verdict}; exit ${result.status}; phase ${
      report?.phase ?? '-'
    }; outcomes ${JSON.stringify(outcomes)}${
      result.stderr ? `; stderr: ${result.stderr.trim()}` : ''
    }`,
  );
  return report;
}

function peakRss(dir: string): number {
  const run = spawnSync(
    '/usr/bin/env',
    [
      'bash',
      '-c',
      `command -v /usr/bin/time >/dev/null && /usr/bin/time -f %M ${process.execPath} ${bin} check ${dir} --format json > /dev/null`,
    ],
    { encoding: 'utf8' },
  );
  return Number(run.stderr.trim().split('\n').pop()) / 1024;
}

function hostileTree(dir: string) {
  fs.mkdirSync(path.join(dir, 'src'), { recursive: true });
  for (let i = 0; i < 100_000; i++) {
    const folder = path.join(dir, 'gen', `d${Math.floor(i / 1000)}`);
    if (i % 1000 === 0) fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, `f${i}.txt`), '');
  }
  const big = path.join(dir, 'huge.json');
  fs.writeFileSync(big, '');
  fs.truncateSync(big, 50 * 1024 * 1024);
  fs.writeFileSync(
    path.join(dir, 'image.yaml'),
    Buffer.from([0, 1, 2, 255, 0, 7]),
  );
  fs.symlinkSync('/etc', path.join(dir, 'outside'));
  fs.symlinkSync('/etc/passwd', path.join(dir, 'Dockerfile'));
  fs.symlinkSync('..', path.join(dir, 'src', 'loop'));
  fs.writeFileSync(path.join(dir, 'package.json'), '{ "dependencies": { ');
  fs.writeFileSync(
    path.join(dir, 'pom.xml'),
    '<project><dependencies><dependency>',
  );
  fs.writeFileSync(path.join(dir, 'Cargo.toml'), '[dependencies\nserde = ');
  fs.writeFileSync(
    path.join(dir, 'deploy.yaml'),
    'kind: Deployment\napiVersion: v1\nspec: [unclosed',
  );
}

function main() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'maturity-bench-'));
  try {
    const repo = path.join(root, 'repo-10k');
    generateRepository(repo, 10_000);
    measure('10,000-file repository (first run)', repo, 2000);
    measure('10,000-file repository', repo, 2000);
    const rss = peakRss(repo);
    if (rss)
      console.log(`10,000-file repository: peak RSS ${rss.toFixed(0)} MB`);

    const hostile = path.join(root, 'hostile');
    hostileTree(hostile);
    const report = measure(
      'hostile tree (100,000 files, 50 MB file, binary, symlinks, malformed manifests)',
      hostile,
    );
    const rssHostile = peakRss(hostile);
    if (rssHostile)
      console.log(`hostile tree: peak RSS ${rssHostile.toFixed(0)} MB`);
    for (const check of report?.checks ?? []) {
      if (check.outcome === 'error' && !check.needsCatalogData) {
        console.log(
          `  ${check.id}: error: ${String(check.reason).slice(0, 140)}`,
        );
      }
    }
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

main();
