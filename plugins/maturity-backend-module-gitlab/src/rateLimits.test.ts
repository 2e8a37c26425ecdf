import { gitlabResumeTime } from './rateLimits';

const NOW_MS = Date.parse('2024-05-10T12:00:00Z');

describe('gitlabResumeTime', () => {
  it('takes the later of Retry-After and RateLimit-Reset', () => {
    const reset = Date.parse('2024-05-10T12:20:00Z');
    expect(
      gitlabResumeTime(
        new Headers({
          'Retry-After': '60',
          'RateLimit-Reset': String(reset / 1000),
        }),
        NOW_MS,
      ),
    ).toBe(reset);
  });

  it('falls back to RateLimit-ResetTime', () => {
    expect(
      gitlabResumeTime(
        new Headers({ 'RateLimit-ResetTime': 'Fri, 10 May 2024 12:03:00 GMT' }),
        NOW_MS,
      ),
    ).toBe(Date.parse('2024-05-10T12:03:00Z'));
  });
});
