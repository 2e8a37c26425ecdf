import { dueReminder, isoWeek, isoWeekday } from './days';

describe('dueReminder', () => {
  it('is due from each reminder day until the next one, and never before or after', () => {
    const due = (daysLeft: number) => dueReminder(daysLeft, [14, 3]);
    expect(due(15)).toBeUndefined();
    expect(due(14)).toBe(14);
    expect(due(4)).toBe(14);
    expect(due(3)).toBe(3);
    expect(due(0)).toBe(3);
    expect(due(-1)).toBeUndefined();
  });
});

describe('isoWeek', () => {
  it('names the ISO week in UTC, across year ends', () => {
    expect(isoWeek(new Date('2026-12-14T00:00:00.000Z'))).toBe('2026-W51');
    // 2027-01-01 is a Friday: the last week of 2026.
    expect(isoWeek(new Date('2027-01-01T12:00:00.000Z'))).toBe('2026-W53');
    expect(isoWeek(new Date('2027-01-03T23:59:59.999Z'))).toBe('2026-W53');
    expect(isoWeek(new Date('2027-01-04T00:00:00.000Z'))).toBe('2027-W01');
    // 2024-12-30 is a Monday: the first week of 2025.
    expect(isoWeek(new Date('2024-12-30T00:00:00.000Z'))).toBe('2025-W01');
  });

  it('numbers weekdays from Monday', () => {
    expect(isoWeekday(new Date('2026-12-14T00:00:00.000Z'))).toBe(1);
    expect(isoWeekday(new Date('2026-12-20T23:59:59.999Z'))).toBe(7);
  });
});
