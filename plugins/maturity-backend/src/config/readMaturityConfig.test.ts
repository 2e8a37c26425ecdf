import { ConfigReader } from '@backstage/config';
import { durationToMilliseconds, type HumanDuration } from '@backstage/types';
import { MaturityConfigError } from './MaturityConfigError';
import { readMaturityConfig } from './readMaturityConfig';

function read(maturity: object | undefined) {
  return readMaturityConfig(
    new ConfigReader(maturity === undefined ? {} : { maturity }),
  );
}

/** The lines of the one error a refused config throws. */
function issuesOf(maturity: object): string[] {
  try {
    read(maturity);
  } catch (error) {
    expect(error).toBeInstanceOf(MaturityConfigError);
    return (error as Error).message.split('\n');
  }
  throw new Error('expected the configuration to be refused');
}

const AT_LEAST_A_MINUTE =
  'expected at least 1 minute (maturity.schedule.allowShortFrequency: true allows less, for tests and demos)';

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

    it('refuses a scope: the task is always global', () => {
      expect(issuesOf({ schedule: { scope: 'local' } })).toEqual([
        'maturity.schedule.scope: unknown key; expected one of frequency, timeout, initialDelay, allowShortFrequency',
      ]);
    });

    it('fails on an invalid duration, naming the key', () => {
      expect(
        issuesOf({
          schedule: { timeout: 'soon', frequency: { fortnights: 1 } },
        }),
      ).toEqual([
        "maturity.schedule.frequency: expected a duration such as { minutes: 5 }, '5m' or 'PT5M', got {\"fortnights\":1} (Needs one or more of 'years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds', 'milliseconds')",
        "maturity.schedule.timeout: expected a duration such as { minutes: 5 }, '5m' or 'PT5M', got 'soon' (Not a valid duration string, try a number followed by a unit such as '1d' or '2 seconds')",
      ]);
    });

    it('refuses a frequency of 0, negative or under a minute', () => {
      expect(issuesOf({ schedule: { frequency: { minutes: 0 } } })).toEqual([
        `maturity.schedule.frequency: ${AT_LEAST_A_MINUTE}, got {"minutes":0}`,
      ]);
      expect(issuesOf({ schedule: { frequency: { minutes: -5 } } })).toEqual([
        `maturity.schedule.frequency: ${AT_LEAST_A_MINUTE}, got {"minutes":-5}`,
      ]);
      expect(issuesOf({ schedule: { frequency: 'PT-5M' } })).toEqual([
        `maturity.schedule.frequency: ${AT_LEAST_A_MINUTE}, got 'PT-5M'`,
      ]);
      expect(issuesOf({ schedule: { frequency: '30s' } })).toEqual([
        `maturity.schedule.frequency: ${AT_LEAST_A_MINUTE}, got '30s'`,
      ]);
      expect(
        issuesOf({ schedule: { frequency: { hours: 1, minutes: -70 } } }),
      ).toEqual([
        `maturity.schedule.frequency: ${AT_LEAST_A_MINUTE}, got {"hours":1,"minutes":-70}`,
      ]);
      expect(
        read({ schedule: { frequency: { minutes: 1 } } }).schedule,
      ).toEqual(expect.objectContaining({ frequency: { minutes: 1 } }));
    });

    it('allows a frequency under a minute with allowShortFrequency, but never 0 or less', () => {
      expect(
        read({
          schedule: { frequency: { seconds: 5 }, allowShortFrequency: true },
        }).schedule.frequency,
      ).toEqual({ seconds: 5 });
      expect(
        issuesOf({
          schedule: { frequency: { seconds: 0 }, allowShortFrequency: true },
        }),
      ).toEqual([
        'maturity.schedule.frequency: expected a positive duration, got {"seconds":0}',
      ]);
      expect(
        issuesOf({
          schedule: { frequency: { seconds: -5 }, allowShortFrequency: true },
        }),
      ).toEqual([
        'maturity.schedule.frequency: expected a positive duration, got {"seconds":-5}',
      ]);
      expect(
        issuesOf({
          schedule: { frequency: { seconds: 5 }, allowShortFrequency: 'yes' },
        }),
      ).toEqual([
        `maturity.schedule.allowShortFrequency: expected true or false, got 'yes'`,
        `maturity.schedule.frequency: ${AT_LEAST_A_MINUTE}, got {"seconds":5}`,
      ]);
    });

    it('refuses a negative initial delay and a timeout of 0 or less', () => {
      expect(
        read({ schedule: { initialDelay: { seconds: 0 } } }).schedule,
      ).toEqual(expect.objectContaining({ initialDelay: { seconds: 0 } }));
      expect(
        issuesOf({
          schedule: {
            initialDelay: { seconds: -10 },
            timeout: { minutes: 0 },
          },
        }),
      ).toEqual([
        'maturity.schedule.timeout: expected a positive duration, got {"minutes":0}',
        'maturity.schedule.initialDelay: expected a duration of 0 or more, got {"seconds":-10}',
      ]);
      expect(issuesOf({ schedule: { timeout: 'PT-20M' } })).toEqual([
        `maturity.schedule.timeout: expected a positive duration, got 'PT-20M'`,
      ]);
    });
  });

  describe('retention and read timeout', () => {
    it('reads them as objects and strings', () => {
      const settings = read({
        retention: { days: 30 },
        repositories: { readTimeout: '2m' },
      });
      expect(settings.retentionMs).toBe(30 * 86_400_000);
      expect(settings.repositories.readTimeoutMs).toBe(120_000);
      expect(read({ retention: 'P1D' }).retentionMs).toBe(86_400_000);
    });

    it('refuses a retention under a day, which would delete the history', () => {
      expect(issuesOf({ retention: { days: -1 } })).toEqual([
        'maturity.retention: expected at least 1 day, got {"days":-1}',
      ]);
      expect(issuesOf({ retention: { days: 0 } })).toEqual([
        'maturity.retention: expected at least 1 day, got {"days":0}',
      ]);
      expect(issuesOf({ retention: '12h' })).toEqual([
        `maturity.retention: expected at least 1 day, got '12h'`,
      ]);
    });

    it('refuses a read timeout of 0, which would mean none', () => {
      expect(
        issuesOf({ repositories: { readTimeout: { seconds: 0 } } }),
      ).toEqual([
        'maturity.repositories.readTimeout: expected a positive duration, got {"seconds":0}',
      ]);
      expect(issuesOf({ repositories: { readTimeout: 0 } })).toEqual([
        "maturity.repositories.readTimeout: expected a duration such as { minutes: 5 }, '5m' or 'PT5M', got 0",
      ]);
    });
  });

  describe('unknown keys', () => {
    it('names the key and the known key it is probably a typo of, at every level', () => {
      expect(
        issuesOf({
          scheduel: {},
          schedule: { frequncy: { hours: 1 }, initalDelay: '5s' },
          repositories: {
            concurency: 2,
            limits: { maxFile: 3 },
            mirrors: [
              { urlPrefix: 'https://github.com/acme/', directory: 'repos' },
              { urlprefix: 'x', directory: 'y' },
            ],
            gitHistroy: { enabled: false },
            gitHistory: { maxComits: 5 },
          },
          retension: { days: 30 },
        }),
      ).toEqual([
        'maturity.scheduel: unknown key; did you mean maturity.schedule?',
        'maturity.schedule.frequncy: unknown key; did you mean maturity.schedule.frequency?',
        'maturity.schedule.initalDelay: unknown key; did you mean maturity.schedule.initialDelay?',
        'maturity.repositories.concurency: unknown key; did you mean maturity.repositories.concurrency?',
        'maturity.repositories.limits.maxFile: unknown key; did you mean maturity.repositories.limits.maxFiles?',
        'maturity.repositories.mirrors[1].urlprefix: unknown key; did you mean maturity.repositories.mirrors[1].urlPrefix?',
        'maturity.repositories.gitHistroy: unknown key; did you mean maturity.repositories.gitHistory?',
        'maturity.repositories.gitHistory.maxComits: unknown key; did you mean maturity.repositories.gitHistory.maxCommits?',
        'maturity.retension: unknown key; did you mean maturity.retention?',
        'maturity.repositories.mirrors[1].urlPrefix: missing; expected a string',
      ]);
    });

    it('lists the known keys when none is close', () => {
      expect(issuesOf({ webhooks: {} })).toEqual([
        'maturity.webhooks: unknown key; expected one of schedule, entityFilter, batchSize, shards, repositories, events, retention, checklist, campaigns, notifications, github, gitlab, catalogLabels',
      ]);
    });

    it('includes the unknown keys of the checklist, campaigns and notifications, with the same suggestions', () => {
      expect(
        issuesOf({
          checklist: {
            disabled: ['ci-pipeline'],
            checks: [{ id: 'ci-pipeline', requird: true }],
          },
          campaigns: [
            {
              id: 'ci-everywhere',
              title: 'CI everywhere',
              start: '2027-01-01',
              deadLine: '2027-03-31',
              target: { checks: ['unit-tests'] },
            },
          ],
          notifications: { enable: false, weeklyDigest: { hour: 9 } },
        }),
      ).toEqual([
        'maturity.checklist.checks[0].requird: unknown key; did you mean maturity.checklist.checks[0].required?',
        'maturity.checklist.disabled: unknown key; did you mean maturity.checklist.disable?',
        'maturity.notifications.weeklyDigest.hour: unknown key; expected one of enabled, weekday',
        'maturity.notifications.enable: unknown key; did you mean maturity.notifications.enabled?',
      ]);
      // Checked once the checklist is valid: a campaign names its checks.
      expect(
        issuesOf({
          campaigns: [
            {
              id: 'ci-everywhere',
              title: 'CI everywhere',
              start: '2027-01-01',
              deadLine: '2027-03-31',
              target: { checks: ['unit-tests'] },
            },
          ],
        }),
      ).toEqual([
        'maturity.campaigns[0].deadline: required',
        'maturity.campaigns[0].deadLine: unknown key; did you mean maturity.campaigns[0].deadline?',
      ]);
    });

    it("accepts the modules' blocks, which the modules check themselves", () => {
      expect(() =>
        read({
          github: { requestsPerCycle: 100 },
          gitlab: { enabled: false },
          catalogLabels: { refresh: { minutes: 1 } },
        }),
      ).not.toThrow();
    });

    it('refuses blocks of the wrong type, and reads on', () => {
      expect(
        issuesOf({
          repositories: { limits: 3, gitHistory: [], concurrency: 0 },
          batchSize: 'many',
        }),
      ).toEqual([
        'maturity.repositories.limits: expected an object, got 3',
        'maturity.repositories.gitHistory: expected an object, got []',
        `maturity.batchSize: expected a positive whole number, got 'many'`,
        'maturity.repositories.concurrency: expected a positive whole number, got 0',
      ]);
      expect(issuesOf({ repositories: 'x' } as object)).toEqual([
        'maturity.repositories: expected an object, got "x"',
      ]);
      expect(() =>
        readMaturityConfig(new ConfigReader({ maturity: 'x' })),
      ).toThrow(
        new MaturityConfigError([
          { path: 'maturity', message: 'expected an object, got "x"' },
        ]),
      );

      expect(
        issuesOf({ schedule: 'hourly', repositories: { mirrors: {} } }),
      ).toEqual([
        `maturity.schedule: expected an object, got "hourly"`,
        'maturity.repositories.mirrors: expected a list, got {}',
      ]);
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
      expect(settings.notifications.enabled).toBe(true);
    });

    it('fails on a number that is not a positive whole number, naming the key', () => {
      expect(issuesOf({ batchSize: 0 })).toEqual([
        'maturity.batchSize: expected a positive whole number, got 0',
      ]);
      expect(issuesOf({ repositories: { concurrency: 1.5 } })).toEqual([
        'maturity.repositories.concurrency: expected a positive whole number, got 1.5',
      ]);
    });

    it('fails on an entity filter that is not a list of filters, naming the key', () => {
      expect(issuesOf({ entityFilter: ['component'] })).toEqual([
        'maturity.entityFilter: expected a list of catalog filters such as [{ kind: component }]',
      ]);
    });
  });

  describe('events', () => {
    it('re-evaluates on events after 5 seconds of quiet by default', () => {
      expect(read(undefined).events).toEqual({
        enabled: true,
        debounceMs: 5_000,
      });
      expect(
        read({ events: { enabled: false, debounce: '500ms' } }).events,
      ).toEqual({ enabled: false, debounceMs: 500 });
    });

    it('refuses a debounce of nothing, a word for a switch, and a misspelt key', () => {
      expect(
        issuesOf({
          events: { enabled: 'sometimes', debounce: { seconds: 0 } },
        }),
      ).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^maturity\.events\.enabled: /),
          'maturity.events.debounce: expected a positive duration, got {"seconds":0}',
        ]),
      );
      expect(issuesOf({ events: { debounse: '1s' } })).toContain(
        'maturity.events.debounse: unknown key; did you mean maturity.events.debounce?',
      );
    });
  });

  it('reports every issue of the section in one error', () => {
    expect(
      issuesOf({
        scheduel: {},
        schedule: { frequency: { minutes: 0 }, timeout: { minutes: -1 } },
        retention: { days: -1 },
        repositories: {
          concurency: 2,
          readTimeout: { seconds: 0 },
          limits: { maxFile: 3 },
        },
        checklist: {
          checks: [{ id: 'ci-pipeline', rule: { files: 'x' } }],
        },
        campaigns: [{ id: 'Bad Id' }],
        notifications: { lookbackHours: -1 },
      }),
    ).toEqual([
      'maturity.scheduel: unknown key; did you mean maturity.schedule?',
      'maturity.repositories.concurency: unknown key; did you mean maturity.repositories.concurrency?',
      'maturity.repositories.limits.maxFile: unknown key; did you mean maturity.repositories.limits.maxFiles?',
      `maturity.schedule.frequency: ${AT_LEAST_A_MINUTE}, got {"minutes":0}`,
      'maturity.schedule.timeout: expected a positive duration, got {"minutes":-1}',
      'maturity.checklist.checks[0].rule.files: expected a list of globs',
      'maturity.notifications.lookbackHours: expected a whole number of hours, 0 or more',
      'maturity.repositories.readTimeout: expected a positive duration, got {"seconds":0}',
      'maturity.retention: expected at least 1 day, got {"days":-1}',
    ]);
  });

  it('checks the campaigns when the checklist is valid', () => {
    const lines = issuesOf({ campaigns: [{ id: 'Bad Id' }], batchSize: -3 });
    expect(lines[0]).toMatch(/^maturity\.campaigns\[0\]\.id: /);
    expect(lines).toContain(
      'maturity.batchSize: expected a positive whole number, got -3',
    );
  });
});
