import { formatResumeTime, resumeTimeOf } from './rateLimits';

const NOW_MS = Date.parse('2024-05-10T12:00:00Z');

describe('resumeTimeOf', () => {
  it('reads Retry-After in seconds or as a date', () => {
    expect(resumeTimeOf(new Headers({ 'Retry-After': '90' }), NOW_MS)).toBe(
      NOW_MS + 90_000,
    );
    expect(
      resumeTimeOf(
        new Headers({ 'Retry-After': 'Fri, 10 May 2024 12:10:00 GMT' }),
        NOW_MS,
      ),
    ).toBe(Date.parse('2024-05-10T12:10:00Z'));
  });

  it('takes the later of Retry-After and RateLimit-Reset', () => {
    const reset = Date.parse('2024-05-10T12:20:00Z');
    expect(
      resumeTimeOf(
        new Headers({
          'Retry-After': '60',
          'RateLimit-Reset': String(reset / 1000),
        }),
        NOW_MS,
      ),
    ).toBe(reset);
  });

  it('falls back to RateLimit-ResetTime, then to a minute', () => {
    expect(
      resumeTimeOf(
        new Headers({ 'RateLimit-ResetTime': 'Fri, 10 May 2024 12:03:00 GMT' }),
        NOW_MS,
      ),
    ).toBe(Date.parse('2024-05-10T12:03:00Z'));
    expect(resumeTimeOf(new Headers(), NOW_MS)).toBe(NOW_MS + 60_000);
  });
});

describe('formatResumeTime', () => {
  it('rounds up to the minute, and adds the date when it is not today', () => {
    expect(formatResumeTime(Date.parse('2024-05-10T14:04:01Z'), NOW_MS)).toBe(
      '14:05 UTC',
    );
    expect(formatResumeTime(Date.parse('2024-05-11T00:30:00Z'), NOW_MS)).toBe(
      '2024-05-11 00:30 UTC',
    );
  });
});
