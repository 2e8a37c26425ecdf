import fs from 'node:fs';
import path from 'node:path';
import type { Entity } from '@backstage/catalog-model';
import type { LoggerService } from '@backstage/backend-plugin-api';
import { AuthorizeResult } from '@backstage/plugin-permission-common';

/** Jest-free stand-ins: the mocks of backend-test-utils need Jest. */
export const quietLogger: LoggerService = {
  error() {},
  warn() {},
  info() {},
  debug() {},
  child() {
    return quietLogger;
  },
};

/** Permissions that allow everything, as the default policy does. */
export async function allowAll(
  requests: unknown[],
): Promise<Array<{ result: AuthorizeResult.ALLOW }>> {
  return requests.map(() => ({ result: AuthorizeResult.ALLOW }));
}

/** A positive whole number from the environment, or the default. */
export function countFromEnv(name: string, fallback: number): number {
  const text = process.env[name];
  const value = text === undefined ? fallback : Number(text);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`${name} must be a positive whole number, not "${text}"`);
  }
  return value;
}

/** Where the mirrored repositories of the benchmarks are. */
export const MIRROR_PREFIX = 'https://github.com/bench/';

/** Files of increasingly mature repositories (what the default checks read). */
export const LAYERS: Array<Record<string, string>> = [
  {
    '.github/workflows/ci.yml':
      'on: push\njobs: { test: { steps: [{ run: npm test }] } }\n',
    'docker-compose.yml': 'services: {}\n',
    'codecov.yml': 'coverage: {}\n',
    'src/app.test.ts': "test('x', () => {});\n",
    '.editorconfig': 'root = true\n',
    'AGENTS.md': '# Agents\n',
    'README.md': '# Service\n\nWhat it does.\n',
  },
  {
    'package.json': JSON.stringify({
      name: 'service',
      dependencies: { pino: '^9.0.0', express: '^4.0.0' },
      devDependencies: { jest: '^29.0.0' },
    }),
    Dockerfile:
      'FROM node:22\nHEALTHCHECK CMD curl -f http://localhost/healthz\n',
    'main.tf': 'resource "aws_s3_bucket" "b" {}\n',
    'openapi.yaml':
      'openapi: 3.0.0\ninfo: { title: x, version: "1" }\npaths: {}\n',
  },
  {
    'RUNBOOK.md': '# Runbook\n',
    'charts/app/values-dev.yaml': 'a: 1\n',
    'charts/app/values-prod.yaml':
      'resources: { limits: { memory: 256Mi }, requests: { cpu: 100m } }\n',
    '.github/workflows/codeql.yml':
      'jobs: { codeql: { steps: [{ uses: github/codeql-action/analyze@v3 }] } }\n',
    '.spectral.yaml': 'extends: spectral:oas\n',
    'e2e/checkout.spec.ts': "test('e2e', () => {});\n",
    '.sops.yaml': 'creation_rules: []\n',
  },
];

/**
 * The files of in-memory repository `i`: the first `depth` maturity layers
 * and 20 source files of its own.
 */
export function layeredFiles(i: number, depth: number): Record<string, string> {
  const files: Record<string, string> = Object.assign(
    {},
    ...LAYERS.slice(0, depth),
  );
  for (let f = 0; f < 20; f++) {
    files[`src/module${f}.ts`] = `export const m${f} = ${i};\n`;
  }
  return files;
}

/** Deterministic pseudo-random numbers, so that every run sees one tree. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x100000000;
  };
}

function write(root: string, file: string, text: string | Buffer) {
  const full = path.join(root, file);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, text);
}

/**
 * The files of repository `i`: its maturity layers, then source files up to
 * 20-200 in all, in a few folders; one in 200 has a file above the 1 MiB
 * text limit, one in 50 a large (600 KiB) generated JSON file.
 */
export function writeRepository(root: string, i: number): void {
  const next = random(i + 1);
  const depth = i % (LAYERS.length + 1);
  const files: Record<string, string | Buffer> = Object.assign(
    {},
    ...LAYERS.slice(0, depth),
  );
  const total = 20 + Math.floor(next() * 181);
  for (let f = Object.keys(files).length; f < total; f++) {
    const folder = ['src', 'src/lib', 'src/api', 'test', 'docs'][f % 5];
    const ext = folder === 'docs' ? 'md' : 'ts';
    files[`${folder}/file${f}.${ext}`] = `export const v${f} = ${i};\n`.repeat(
      1 + Math.floor(next() * 40),
    );
  }
  if (i % 200 === 7) {
    files['assets/big.bin'] = Buffer.alloc(3 * 1024 * 1024, 1);
  }
  if (i % 50 === 3) {
    files['data/fixtures.json'] = JSON.stringify(
      Array.from({ length: 12_000 }, (_, k) => ({ id: k, name: `n${k}` })),
    );
  }
  for (const [file, text] of Object.entries(files)) write(root, file, text);
}

/**
 * Mirror folders of `count` repositories under `root` (kept between runs: a
 * marker file names the count they were written for).
 */
export function ensureMirrors(root: string, count: number): void {
  const marker = path.join(root, `.complete-${count}`);
  if (fs.existsSync(marker)) return;
  fs.rmSync(root, { recursive: true, force: true });
  const started = Date.now();
  for (let i = 0; i < count; i++) {
    writeRepository(path.join(root, `service-${i}`), i);
  }
  fs.writeFileSync(marker, '');
  console.log(
    `wrote ${count} mirror folders under ${root} in ${(
      (Date.now() - started) /
      1000
    ).toFixed(0)} s`,
  );
}

/** Teams and components whose source locations are mirrored. */
export function mirroredEntities(count: number, teams = 40): Entity[] {
  const groups: Entity[] = Array.from({ length: teams }, (_, i) => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: `team-${i}`, namespace: 'default' },
    spec: { type: 'team', children: [] },
  }));
  const components: Entity[] = Array.from({ length: count }, (_, i) => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: `service-${i}`,
      namespace: 'default',
      annotations: {
        'backstage.io/source-location': `url:${MIRROR_PREFIX}service-${i}/tree/main/`,
      },
    },
    spec: {
      type: 'service',
      lifecycle: i % 5 === 0 ? 'experimental' : 'production',
      owner: `team-${i % teams}`,
      system: `system-${i % 100}`,
    },
    relations: [
      { type: 'ownedBy', targetRef: `group:default/team-${i % teams}` },
    ],
  }));
  return [...groups, ...components];
}

/** Samples the process's RSS every `everyMs` and keeps the peak. */
export function sampleRss(everyMs = 50) {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, everyMs);
  return {
    stop(): number {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage().rss);
    },
  };
}

/**
 * The `q` quantile (0-1) of times sorted in ascending order, by nearest
 * rank: the smallest time that at least that share of them does not exceed.
 */
export function percentile(sorted: number[], q: number): number {
  return sorted[
    Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))
  ];
}

export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
