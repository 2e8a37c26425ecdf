import { ConfigReader } from '@backstage/config';
import { NotificationsConfigError, readNotificationsConfig } from './settings';

function read(notifications: unknown) {
  return readNotificationsConfig(
    new ConfigReader(
      notifications === undefined ? {} : { maturity: { notifications } },
    ),
  );
}

describe('readNotificationsConfig', () => {
  it('sends every kind but the digest by default, reminders 14 and 3 days ahead', () => {
    expect(read(undefined)).toEqual({
      enabled: true,
      lookbackHours: 24,
      phaseRegression: { enabled: true },
      checkFailing: { enabled: true },
      waiverExpiry: { enabled: true, daysBefore: [14, 3] },
      campaignDeadline: { enabled: true, daysBefore: [14, 3] },
      weeklyDigest: { enabled: false, weekday: 'monday' },
    });
  });

  it('keeps the defaults of the keys left out of a configured block', () => {
    const settings = read({
      lookbackHours: 0,
      checkFailing: { enabled: false },
      waiverExpiry: { daysBefore: [1, 30, 7, 7] },
      weeklyDigest: { enabled: true },
    });
    expect(settings).toMatchObject({
      enabled: true,
      lookbackHours: 0,
      phaseRegression: { enabled: true },
      checkFailing: { enabled: false },
      // Largest first, each once.
      waiverExpiry: { enabled: true, daysBefore: [30, 7, 1] },
      campaignDeadline: { enabled: true, daysBefore: [14, 3] },
      weeklyDigest: { enabled: true, weekday: 'monday' },
    });
  });

  it('names every wrong key at once', () => {
    let error: unknown;
    try {
      read({
        enable: false,
        lookbackHours: -1,
        checkFailing: { enabled: 'yes' },
        waiverExpiry: { daysBefore: [14, 0, 2.5] },
        campaignDeadline: { daysBefore: [] },
        weeklyDigest: { weekday: 'funday', hour: 9 },
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(NotificationsConfigError);
    const lines = (error as Error).message.split('\n').sort();
    expect(lines).toEqual(
      [
        'maturity.notifications.enable: unknown key; expected one of enabled, lookbackHours, phaseRegression, checkFailing, waiverExpiry, campaignDeadline, weeklyDigest',
        'maturity.notifications.lookbackHours: expected a whole number of hours, 0 or more',
        'maturity.notifications.checkFailing.enabled: expected true or false',
        'maturity.notifications.waiverExpiry.daysBefore[1]: expected a positive whole number of days',
        'maturity.notifications.waiverExpiry.daysBefore[2]: expected a positive whole number of days',
        'maturity.notifications.campaignDeadline.daysBefore: expected at least one day; set enabled: false to send none',
        'maturity.notifications.weeklyDigest.weekday: expected one of monday, tuesday, wednesday, thursday, friday, saturday, sunday',
        'maturity.notifications.weeklyDigest.hour: unknown key; expected one of enabled, weekday',
      ].sort(),
    );
  });

  it('rejects a block that is not an object', () => {
    expect(() => read([14, 3])).toThrow(
      'maturity.notifications: expected an object',
    );
  });
});
