import { unknownEvidence } from './unknownEvidence';

const UNKNOWN = { value: 'unknown', detail: 'github.com answered 502' };

describe('unknownEvidence', () => {
  it('makes every supplied fact unknown with the reason', () => {
    expect(
      unknownEvidence('github.com answered 502', {
        scm: ['reviews-required', 'semver-tags'],
        facts: ['github.codeowners-valid'],
      }),
    ).toEqual({
      scm: { 'reviews-required': UNKNOWN, 'semver-tags': UNKNOWN },
      facts: { 'github.codeowners-valid': UNKNOWN },
    });
  });

  it('has no facts of its own when the provider supplies none', () => {
    expect(
      unknownEvidence('github.com answered 502', { scm: ['semver-tags'] }),
    ).toStrictEqual({ scm: { 'semver-tags': UNKNOWN } });
  });
});
