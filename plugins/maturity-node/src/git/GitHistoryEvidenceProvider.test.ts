import path from 'node:path';
import type { Entity } from '@backstage/catalog-model';
import { GitHistoryEvidenceProvider } from './GitHistoryEvidenceProvider';
import {
  GitTestRepository,
  NOW,
  removeTemporaryFolders,
  temporaryFolder,
} from './gitTestRepository';

afterAll(removeTemporaryFolders);

const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'service' },
  spec: {},
};

function request(previousToken?: string) {
  return { entity, previousToken, contentGlobs: [] };
}

describe('GitHistoryEvidenceProvider', () => {
  it('supplies scm facts and answers not-modified while the repository is unchanged', async () => {
    const repo = GitTestRepository.init();
    repo.commit('Docs\n\nCo-authored-by: Ada <ada@example.com>', 12, {
      'docs/index.md': '# Docs',
    });
    repo.tag('v1.4.2', 12, true);
    let now = NOW;
    const provider = new GitHistoryEvidenceProvider({
      checkoutOf: () => ({ directory: repo.directory }),
      now: () => now,
    });
    expect(provider.id).toBe('git');

    const first = await provider.collect(request());
    expect(first).toEqual({
      kind: 'evidence',
      token: expect.any(String),
      evidence: {
        scm: {
          'short-lived-branches': {
            value: true,
            detail:
              'no branch besides main unmerged for more than 3 days (0 unmerged branches)',
          },
          'co-authored-by-trailers': {
            value: true,
            detail: '1 of 1 recent commits carry Co-authored-by trailers',
          },
          'semver-tags': { value: true, detail: 'latest semver tag v1.4.2' },
          'docs-changed-recently': {
            value: true,
            detail: 'docs changed 12 days ago',
          },
        },
      },
    });
    const token = first.token!;

    await expect(provider.collect(request(token))).resolves.toEqual({
      kind: 'not-modified',
      token,
    });

    // A new branch is a new ref.
    repo.git(['branch', 'feature/x']);
    const afterBranch = await provider.collect(request(token));
    expect(afterBranch.kind).toBe('evidence');

    // The next day, ages move even when nothing was pushed.
    now = new Date(NOW.getTime() + 24 * 60 * 60 * 1000);
    const nextDay = await provider.collect(request(afterBranch.token));
    expect(nextDay.kind).toBe('evidence');
  });

  it('supplies nothing for an entity without a checkout or with a folder that is not a repository', async () => {
    const noCheckout = new GitHistoryEvidenceProvider({
      checkoutOf: () => undefined,
    });
    await expect(noCheckout.collect(request())).resolves.toEqual({
      kind: 'evidence',
      evidence: {},
    });
    const notARepository = new GitHistoryEvidenceProvider({
      checkoutOf: () => ({ directory: temporaryFolder() }),
    });
    await expect(notARepository.collect(request())).resolves.toEqual({
      kind: 'evidence',
      evidence: {},
    });
  });

  it('supplies nothing for a mirrored folder inside another repository, and does not read it again while that repository is unchanged', async () => {
    const repo = GitTestRepository.init();
    repo.commit('Examples', 1, { 'examples/svc/README.md': '# Svc' });
    const mirror = path.join(repo.directory, 'examples');
    const provider = new GitHistoryEvidenceProvider({
      checkoutOf: () => ({
        directory: path.join(mirror, 'svc'),
        topLevelWithin: mirror,
      }),
      now: () => NOW,
    });
    const first = await provider.collect(request());
    expect(first).toEqual({
      kind: 'evidence',
      evidence: {},
      token: expect.any(String),
    });
    await expect(provider.collect(request(first.token))).resolves.toEqual({
      kind: 'not-modified',
      token: first.token,
    });
  });
});
