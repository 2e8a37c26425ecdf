import { mergeEvidence } from './mergeEvidence';

describe('mergeEvidence', () => {
  const seen = (value: boolean, detail: string) => ({ value, detail });

  it('keeps the fact of the first provider registered that could tell', () => {
    const merged = mergeEvidence([
      // git history of a mirror, registered first
      { scm: { 'semver-tags': seen(true, 'latest semver tag v1.2.0') } },
      // a code host that was rate limited
      {
        scm: {
          'semver-tags': {
            value: 'unknown',
            detail: 'github.com rate limit reached',
          },
          'reviews-required': seen(true, 'main requires 1 approving review'),
        },
      },
    ]);
    expect(merged.scm).toEqual({
      'semver-tags': seen(true, 'latest semver tag v1.2.0'),
      'reviews-required': seen(true, 'main requires 1 approving review'),
    });
  });

  it('lets a later provider that could tell replace an unknown fact, never a known one', () => {
    const merged = mergeEvidence([
      {
        facts: {
          'github.codeowners-valid': {
            value: 'unknown',
            detail: 'budget spent',
          },
          'pagerduty.on-call': seen(false, 'no schedule'),
        },
      },
      {
        facts: {
          'github.codeowners-valid': seen(true, 'CODEOWNERS has no errors'),
          'pagerduty.on-call': seen(true, 'a schedule'),
        },
      },
    ]);
    expect(merged.facts).toEqual({
      'github.codeowners-valid': seen(true, 'CODEOWNERS has no errors'),
      'pagerduty.on-call': seen(false, 'no schedule'),
    });
  });
});
