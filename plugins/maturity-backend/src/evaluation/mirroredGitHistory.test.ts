import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Entity } from '@backstage/catalog-model';
import { mirroredGitHistory } from './mirroredGitHistory';

function component(sourceLocation: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'payments',
      annotations: { 'backstage.io/source-location': `url:${sourceLocation}` },
    },
    spec: {},
  };
}

function git(cwd: string, ...args: string[]) {
  execFileSync(
    'git',
    [
      '-c',
      'user.name=Dev',
      '-c',
      'user.email=dev@example.com',
      '-c',
      'commit.gpgsign=false',
      ...args,
    ],
    { cwd, stdio: 'pipe' },
  );
}

describe('mirroredGitHistory', () => {
  let mirror: string;
  beforeAll(() => {
    mirror = fs.mkdtempSync(path.join(os.tmpdir(), 'maturity-mirror-'));
    // A clone of its own under the mirror folder.
    const payments = path.join(mirror, 'payments');
    fs.mkdirSync(payments);
    git(payments, 'init', '-q', '-b', 'main');
    git(
      payments,
      'commit',
      '-q',
      '--allow-empty',
      '-m',
      'Pair\n\nCo-authored-by: Ada <ada@example.com>',
    );
    // A plain folder in the mirror, which has no history.
    fs.mkdirSync(path.join(mirror, 'plain'));
  });
  afterAll(() => fs.rmSync(mirror, { recursive: true, force: true }));

  const provider = () =>
    mirroredGitHistory({
      mirrors: [{ urlPrefix: 'https://github.com/acme/', directory: mirror }],
      maxCommits: 50,
    });

  it('reads the history of a mirrored clone for the team-practice facts', async () => {
    const result = await provider().collect({
      entity: component('https://github.com/acme/payments/tree/main/'),
      contentGlobs: [],
    });
    expect(result).toMatchObject({
      kind: 'evidence',
      evidence: {
        scm: {
          'co-authored-by-trailers': {
            value: true,
            detail: '1 of 1 recent commits carry Co-authored-by trailers',
          },
        },
      },
      token: expect.any(String),
    });
  });

  it('supplies nothing for a mirrored folder that is not a repository of its own, or a repository outside the mirrors', async () => {
    for (const location of [
      'https://github.com/acme/plain/tree/main/',
      'https://gitlab.com/other/payments/-/tree/main/',
    ]) {
      const result = await provider().collect({
        entity: component(location),
        contentGlobs: [],
      });
      expect(result).toEqual({ kind: 'evidence', evidence: {} });
    }
  });
});
