import { evaluateCheck } from './fixture';

/**
 * Track: Nice to have (docs/checklist.md): each Renovate and Dependabot
 * configuration passes; near misses do not.
 */

describe('dependency-updates', () => {
  it.each([
    'renovate.json',
    'renovate.json5',
    '.renovaterc',
    '.renovaterc.json',
    '.github/renovate.json',
    '.github/renovate.json5',
    '.github/dependabot.yml',
    '.github/dependabot.yaml',
  ])('passes on %s', path => {
    const result = evaluateCheck('dependency-updates', {
      files: { [path]: '{}\n' },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(path);
  });

  it('fails on an empty repository', () => {
    expect(evaluateCheck('dependency-updates').outcome).toBe('fail');
  });

  it.each([
    ['a dependabot.yml outside .github/', 'dependabot.yml'],
    ['a Dependabot issue template', '.github/ISSUE_TEMPLATE/dependabot.md'],
    ['a lock file', 'package-lock.json'],
  ])('fails on %s', (_name, path) => {
    expect(
      evaluateCheck('dependency-updates', { files: { [path]: '{}\n' } })
        .outcome,
    ).toBe('fail');
  });
});
