import { ConfigReader } from '@backstage/config';
import { durationToMilliseconds, type HumanDuration } from '@backstage/types';
import { readMaturityConfig } from './readMaturityConfig';

function read(maturity: object | undefined) {
  return readMaturityConfig(
    new ConfigReader(maturity === undefined ? {} : { maturity }),
  );
}

describe('readMaturityConfig', () => {
  describe('schedule', () => {
    it('runs every 30 minutes for at most 20, 10 seconds after start-up, by default', () => {
      expect(read(undefined).schedule).toEqual({
        frequency: { minutes: 30 },
        timeout: { minutes: 20 },
        initialDelay: { seconds: 10 },
      });
    });

    it('reads durations as objects and as strings', () => {
      const { schedule } = read({
        schedule: {
          frequency: { hours: 2 },
          timeout: '45m',
          initialDelay: 'PT1M',
        },
      });
      expect(schedule.frequency).toEqual({ hours: 2 });
      expect(durationToMilliseconds(schedule.timeout as HumanDuration)).toBe(
        45 * 60_000,
      );
      expect(
        durationToMilliseconds(schedule.initialDelay as HumanDuration),
      ).toBe(60_000);
    });

    it('keeps the default of each key left out, never merged into a configured one', () => {
      expect(read({ schedule: { frequency: { hours: 1 } } }).schedule).toEqual({
        frequency: { hours: 1 },
        timeout: { minutes: 20 },
        initialDelay: { seconds: 10 },
      });
      expect(read({ schedule: { timeout: { seconds: 90 } } }).schedule).toEqual(
        {
          frequency: { minutes: 30 },
          timeout: { seconds: 90 },
          initialDelay: { seconds: 10 },
        },
      );
    });

    it('accepts a cron frequency and a manual trigger', () => {
      expect(
        read({ schedule: { frequency: { cron: '0 */2 * * *' } } }).schedule
          .frequency,
      ).toEqual({ cron: '0 */2 * * *' });
      expect(
        read({ schedule: { frequency: { trigger: 'manual' } } }).schedule
          .frequency,
      ).toEqual({ trigger: 'manual' });
    });

    it('keeps the task global whatever the config says', () => {
      expect(
        read({ schedule: { scope: 'local' } }).schedule,
      ).not.toHaveProperty('scope');
    });

    it('fails on an invalid duration, naming the key', () => {
      expect(() => read({ schedule: { timeout: 'soon' } })).toThrow(
        /maturity\.schedule.*'timeout'/,
      );
      expect(() =>
        read({ schedule: { frequency: { fortnights: 1 } } }),
      ).toThrow(/maturity\.schedule.*'frequency'/);
    });
  });

  describe('other keys', () => {
    it('has defaults', () => {
      const settings = read(undefined);
      expect(settings.entityFilter).toEqual([{ kind: 'component' }]);
      expect(settings.batchSize).toBe(200);
      expect(settings.repositories.concurrency).toBe(4);
      expect(settings.repositories.readTimeoutMs).toBe(60_000);
      expect(settings.repositories.mirrors).toEqual([]);
      expect(settings.retentionMs).toBe(365 * 86_400_000);
    });

    it('fails on a number that is not a positive whole number, naming the key', () => {
      expect(() => read({ batchSize: 0 })).toThrow(
        'Invalid config at maturity.batchSize: expected a positive whole number, got 0',
      );
      expect(() => read({ repositories: { concurrency: 1.5 } })).toThrow(
        'maturity.repositories.concurrency',
      );
    });

    it('fails on an entity filter that is not a list of filters, naming the key', () => {
      expect(() => read({ entityFilter: ['component'] })).toThrow(
        'Invalid config at maturity.entityFilter',
      );
    });

    it('reads durations of retention and read timeout', () => {
      const settings = read({
        retention: { days: 30 },
        repositories: { readTimeout: '2m' },
      });
      expect(settings.retentionMs).toBe(30 * 86_400_000);
      expect(settings.repositories.readTimeoutMs).toBe(120_000);
    });
  });
});
