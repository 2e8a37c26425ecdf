import { formatResumeTime, rateLimitReason } from './rateLimitReason';

const NOW_MS = Date.parse('2024-05-10T12:00:00Z');

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

describe('rateLimitReason', () => {
  it('names what hit the limit and when it resumes', () => {
    expect(
      rateLimitReason(
        'github.com GraphQL',
        Date.parse('2024-05-10T14:05:00Z'),
        NOW_MS,
      ),
    ).toBe('github.com GraphQL rate limit reached; resumes at 14:05 UTC');
  });
});
