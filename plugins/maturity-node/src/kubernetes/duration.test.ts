import { parseDurationSeconds, type DurationUnit } from './duration';

describe('parseDurationSeconds', () => {
  it.each<[unknown, DurationUnit, number | undefined]>([
    [30, 'seconds', 30],
    ['30', 'seconds', 30],
    ['30000', 'milliseconds', 30],
    ['30s', 'seconds', 30],
    ['30 s', 'seconds', 30],
    ['30 seconds', 'seconds', 30],
    ['1m', 'seconds', 60],
    ['1m30s', 'seconds', 90],
    ['1.5m', 'seconds', 90],
    ['500ms', 'seconds', 0.5],
    ['2h', 'seconds', 7200],
    ['PT30S', 'seconds', 30],
    ['pt1m', 'seconds', 60],
    ['PT1M30S', 'seconds', 90],
    ['P1DT1S', 'seconds', 86401],
    ['00:00:30', 'seconds', 30],
    ['00:01:00.5', 'seconds', 60.5],
    ['1.00:00:00', 'seconds', 86400],
    ['00:02', 'seconds', 120],
  ])('reads %p (bare numbers in %s) as %p seconds', (value, unit, seconds) => {
    expect(parseDurationSeconds(value, unit)).toBe(seconds);
  });

  it.each([
    [''],
    ['abc'],
    ['30x'],
    ['P'],
    ['PT'],
    [-1],
    [Infinity],
    [null],
    [{}],
  ])('gives undefined for %p, which is no duration', value => {
    expect(parseDurationSeconds(value)).toBeUndefined();
  });
});
