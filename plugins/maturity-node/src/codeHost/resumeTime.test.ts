import { resumeTime } from './resumeTime';

const NOW_MS = Date.parse('2024-05-10T12:00:00Z');
const RESET = { resetHeaders: ['x-reset', 'x-reset-time'] };

function epochSeconds(iso: string): string {
  return String(Date.parse(iso) / 1000);
}

describe('resumeTime', () => {
  it('reads Retry-After in seconds or as an HTTP date', () => {
    expect(
      resumeTime(new Headers({ 'Retry-After': '90' }), NOW_MS, RESET),
    ).toBe(NOW_MS + 90_000);
    expect(
      resumeTime(
        new Headers({ 'Retry-After': 'Fri, 10 May 2024 12:10:00 GMT' }),
        NOW_MS,
        RESET,
      ),
    ).toBe(Date.parse('2024-05-10T12:10:00Z'));
  });

  it('takes the later of Retry-After and the reset', () => {
    const headers = (retryAfter: string) =>
      new Headers({
        'Retry-After': retryAfter,
        'X-Reset': epochSeconds('2024-05-10T12:20:00Z'),
      });

    expect(resumeTime(headers('60'), NOW_MS, RESET)).toBe(
      Date.parse('2024-05-10T12:20:00Z'),
    );
    expect(resumeTime(headers('3600'), NOW_MS, RESET)).toBe(NOW_MS + 3_600_000);
  });

  it('lets Retry-After alone decide when asked to', () => {
    const headers = new Headers({
      'Retry-After': '60',
      'X-Reset': epochSeconds('2024-05-10T12:20:00Z'),
    });

    expect(
      resumeTime(headers, NOW_MS, { ...RESET, retryAfterFirst: true }),
    ).toBe(NOW_MS + 60_000);
  });

  it('reads the first reset header given, in epoch seconds or as a date', () => {
    expect(
      resumeTime(
        new Headers({ 'X-Reset-Time': 'Fri, 10 May 2024 12:03:00 GMT' }),
        NOW_MS,
        RESET,
      ),
    ).toBe(Date.parse('2024-05-10T12:03:00Z'));
    expect(
      resumeTime(
        new Headers({
          'X-Reset': epochSeconds('2024-05-10T12:05:00Z'),
          'X-Reset-Time': 'Fri, 10 May 2024 12:03:00 GMT',
        }),
        NOW_MS,
        RESET,
      ),
    ).toBe(Date.parse('2024-05-10T12:05:00Z'));
  });

  it('waits a second for a reset already past', () => {
    expect(
      resumeTime(
        new Headers({ 'X-Reset': epochSeconds('2024-05-10T11:59:00Z') }),
        NOW_MS,
        RESET,
      ),
    ).toBe(NOW_MS + 1000);
  });

  it('waits a minute when nothing says how long', () => {
    expect(resumeTime(new Headers(), NOW_MS, RESET)).toBe(NOW_MS + 60_000);
    expect(
      resumeTime(new Headers({ 'Retry-After': 'soon' }), NOW_MS, RESET),
    ).toBe(NOW_MS + 60_000);
  });
});
