import {
  dailyFreshnessToken,
  parseDailyFreshnessToken,
} from './dailyFreshnessToken';

describe('dailyFreshnessToken', () => {
  it('holds the version and the UTC day', () => {
    const token = dailyFreshnessToken(
      'W/"a|b"',
      new Date('2024-05-02T23:30:00-02:00'),
    );

    expect(token).toBe('W/"a|b"|2024-05-03');
    expect(parseDailyFreshnessToken(token)).toEqual({
      version: 'W/"a|b"',
      day: '2024-05-03',
    });
  });

  it('reads no other token', () => {
    expect(parseDailyFreshnessToken(undefined)).toBeUndefined();
    expect(parseDailyFreshnessToken('"abc"')).toBeUndefined();
    expect(parseDailyFreshnessToken('abc:full:2024-05-02')).toBeUndefined();
  });
});
