import { HostPauses } from './HostPauses';
import { resumeTime } from './resumeTime';

const NOW_MS = Date.parse('2024-05-10T12:00:00Z');
const MINUTE = 60_000;

describe('HostPauses', () => {
  it('gives a reason to wait until the pause ends, then none', () => {
    const pauses = new HostPauses();
    pauses.pause('gitlab.com', NOW_MS + 5 * MINUTE, NOW_MS);

    expect(pauses.reasonToWait('gitlab.com', NOW_MS + MINUTE)).toBe(
      'gitlab.com rate limit reached; resumes at 12:05 UTC',
    );
    expect(pauses.reasonToWait('gitlab.example.com', NOW_MS)).toBeUndefined();
    expect(
      pauses.reasonToWait('gitlab.com', NOW_MS + 5 * MINUTE),
    ).toBeUndefined();
  });

  it('keeps a host and one of its APIs apart', () => {
    const pauses = new HostPauses();
    pauses.pause('github.com GraphQL', NOW_MS + MINUTE, NOW_MS);

    expect(pauses.reasonToWait('github.com', NOW_MS)).toBeUndefined();
    expect(pauses.reasonToWait('github.com GraphQL', NOW_MS)).toBe(
      'github.com GraphQL rate limit reached; resumes at 12:01 UTC',
    );
  });

  it('extends a pause but never shortens it', () => {
    const pauses = new HostPauses();
    pauses.pause('gitlab.com', NOW_MS + 10 * MINUTE, NOW_MS);
    pauses.pause('gitlab.com', NOW_MS + 2 * MINUTE, NOW_MS);
    expect(pauses.reasonToWait('gitlab.com', NOW_MS)).toMatch(/12:10 UTC$/);

    pauses.pause('gitlab.com', NOW_MS + 20 * MINUTE, NOW_MS);
    expect(pauses.reasonToWait('gitlab.com', NOW_MS)).toMatch(/12:20 UTC$/);
  });

  it('says when a pause starts, not when it is extended', () => {
    const onPause = jest.fn();
    const pauses = new HostPauses({ onPause });

    pauses.pause('gitlab.com', NOW_MS + MINUTE, NOW_MS);
    pauses.pause('gitlab.com', NOW_MS + 2 * MINUTE, NOW_MS);
    pauses.pause('gitlab.com', NOW_MS + 5 * MINUTE, NOW_MS + 3 * MINUTE);

    expect(onPause.mock.calls).toEqual([
      ['gitlab.com rate limit reached; resumes at 12:01 UTC'],
      ['gitlab.com rate limit reached; resumes at 12:05 UTC'],
    ]);
  });

  it('pauses for the time a rate-limited answer names, and resumes after it', () => {
    const pauses = new HostPauses();
    const headers = new Headers({
      'Retry-After': '120',
      'RateLimit-Reset': String(Date.parse('2024-05-10T12:30:00Z') / 1000),
    });
    const later = resumeTime(headers, NOW_MS, {
      resetHeaders: ['ratelimit-reset'],
    });
    const retryAfter = resumeTime(headers, NOW_MS, {
      resetHeaders: ['ratelimit-reset'],
      retryAfterFirst: true,
    });
    pauses.pause('gitlab.com', later, NOW_MS);
    pauses.pause('github.com', retryAfter, NOW_MS);

    expect(pauses.reasonToWait('gitlab.com', NOW_MS + 29 * MINUTE)).toBe(
      'gitlab.com rate limit reached; resumes at 12:30 UTC',
    );
    expect(pauses.reasonToWait('github.com', NOW_MS + MINUTE)).toBe(
      'github.com rate limit reached; resumes at 12:02 UTC',
    );
    expect(
      pauses.reasonToWait('github.com', NOW_MS + 2 * MINUTE),
    ).toBeUndefined();
    expect(
      pauses.reasonToWait('gitlab.com', NOW_MS + 30 * MINUTE),
    ).toBeUndefined();
  });
});
