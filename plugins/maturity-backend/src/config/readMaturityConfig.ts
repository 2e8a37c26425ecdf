import {
  type RootConfigService,
  type SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { ConfigReader, type Config } from '@backstage/config';
import { type Checklist } from '@backstage-maturity/plugin-maturity-common';
import {
  CampaignsConfigError,
  closestKey,
  ChecklistConfigError,
  checklistFromConfig,
  defaultChecklist,
  readCampaignsConfig,
  type CampaignDefinition,
} from '@backstage-maturity/plugin-maturity-node';
import {
  DEFAULT_READ_LIMITS,
  type RepositoryReadLimits,
} from '@backstage-maturity/plugin-maturity-node';
import {
  NotificationsConfigError,
  readNotificationsConfig,
  type NotificationSettings,
} from '../notifications/settings';
import { readBoundedDuration, shown } from './durations';
import { checkKeys, type KnownKeys } from './knownKeys';
import {
  MaturityConfigError,
  type MaturityConfigIssue,
} from './MaturityConfigError';
import { readSchedule } from './readSchedule';

/** The maturity backend's settings, read and checked at start-up. */
export interface MaturityConfig {
  schedule: SchedulerServiceTaskScheduleDefinition;
  entityFilter: Array<Record<string, string | string[]>>;
  batchSize: number;
  /** Shards a cycle is split into, each a global task (`maturity.shards`). */
  shards: number;
  repositories: {
    concurrency: number;
    /** Worker threads that read mirrors and evaluate repositories; 0: none. */
    workers: number;
    readTimeoutMs: number;
    circuitBreakerFailures: number;
    limits: RepositoryReadLimits;
    mirrors: Array<{ urlPrefix: string; directory: string }>;
    /** Reading the git history of mirrored repositories. */
    gitHistory: { enabled: boolean; maxCommits: number };
  };
  /** Re-evaluation on catalog changes and pushes (`maturity.events`). */
  events: { enabled: boolean; debounceMs: number };
  retentionMs: number;
  checklist: Checklist;
  /** The campaigns of `maturity.campaigns`, checked against the checklist. */
  campaigns: CampaignDefinition[];
  /** `maturity.notifications`, with every default filled in. */
  notifications: NotificationSettings;
}

/**
 * The keys of `maturity.*` (those of this plugin's `config.d.ts`). `true`
 * marks a value checked by its own reader: the checklist, campaigns and
 * notifications below, and the blocks of the modules (`github`, `gitlab`,
 * `catalogLabels`), which their modules read and refuse unknown keys in.
 */
const KNOWN_KEYS: KnownKeys = {
  schedule: {
    frequency: true,
    timeout: true,
    initialDelay: true,
    allowShortFrequency: true,
  },
  entityFilter: true,
  batchSize: true,
  shards: true,
  repositories: {
    concurrency: true,
    workers: true,
    readTimeout: true,
    circuitBreakerFailures: true,
    limits: { maxFiles: true, maxFileBytes: true, maxTotalBytes: true },
    mirrors: [{ urlPrefix: true, directory: true }],
    gitHistory: { enabled: true, maxCommits: true },
  },
  events: { enabled: true, debounce: true },
  retention: true,
  checklist: true,
  campaigns: true,
  notifications: true,
  github: true,
  gitlab: true,
  catalogLabels: true,
};

const DAY_MS = 86_400_000;

/**
 * An unknown key reported by the checklist, campaigns or notifications
 * readers (`unknown key; expected one of ...`), with the known key it is
 * probably a typo of, as for the other keys.
 */
function withSuggestion(issue: MaturityConfigIssue): MaturityConfigIssue {
  const known = /^unknown key; expected (?:one of |only )(.+)$/.exec(
    issue.message,
  )?.[1];
  const dot = issue.path.lastIndexOf('.');
  if (!known || dot < 0) return issue;
  const parent = issue.path.slice(0, dot);
  const closest = closestKey(issue.path.slice(dot + 1), known.split(', '));
  return closest
    ? {
        path: issue.path,
        message: `unknown key; did you mean ${parent}.${closest}?`,
      }
    : issue;
}

/** Issues of a reader that reports them all in one error, or rethrows. */
function collect<T>(
  issues: MaturityConfigIssue[],
  read: () => T,
): T | undefined {
  try {
    return read();
  } catch (error) {
    if (
      error instanceof ChecklistConfigError ||
      error instanceof CampaignsConfigError ||
      error instanceof NotificationsConfigError
    ) {
      issues.push(...error.issues.map(withSuggestion));
      return undefined;
    }
    throw error;
  }
}

function positiveInteger(
  config: Config,
  key: string,
  fallback: number,
  issues: MaturityConfigIssue[],
  options: { min?: 0 | 1 } = {},
): number {
  const min = options.min ?? 1;
  const value = config.getOptional(key);
  if (value === undefined) return fallback;
  // An environment variable's string counts as its number.
  const number =
    typeof value === 'string' && /^\s*\d+\s*$/.test(value)
      ? Number(value)
      : value;
  if (typeof number !== 'number' || !Number.isInteger(number) || number < min) {
    issues.push({
      path: key,
      message: `expected a ${
        min === 0 ? 'whole number, 0 or more' : 'positive whole number'
      }, got ${shown(value)}`,
    });
    return fallback;
  }
  return number;
}

function boolean(
  config: Config,
  key: string,
  fallback: boolean,
  issues: MaturityConfigIssue[],
): boolean {
  const value = config.getOptional(key);
  if (value === undefined) return fallback;
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  issues.push({
    path: key,
    message: `expected true or false, got ${shown(value)}`,
  });
  return fallback;
}

function readMirrors(
  config: Config,
  issues: MaturityConfigIssue[],
): MaturityConfig['repositories']['mirrors'] {
  const key = 'maturity.repositories.mirrors';
  const mirrors = config.getOptional(key);
  // Not a list: reported with the unknown keys.
  if (!Array.isArray(mirrors)) return [];
  return mirrors.flatMap((mirror, index) => {
    const fields = ['urlPrefix', 'directory'] as const;
    const values = fields.map(field => {
      const value =
        mirror && typeof mirror === 'object'
          ? (mirror as Record<string, unknown>)[field]
          : undefined;
      if (typeof value === 'string' && value !== '') return value;
      if (mirror && typeof mirror === 'object') {
        issues.push({
          path: `${key}[${index}].${field}`,
          message:
            value === undefined
              ? 'missing; expected a string'
              : `expected a string, got ${shown(value)}`,
        });
      }
      return undefined;
    });
    const [urlPrefix, directory] = values;
    return urlPrefix && directory ? [{ urlPrefix, directory }] : [];
  });
}

/**
 * Reads `maturity.*` and checks all of it: unknown keys (with the closest
 * known one), values, durations (positive; a frequency of at least a minute
 * unless `schedule.allowShortFrequency`; retention of at least a day), the
 * checklist, campaigns and notifications. Every issue is gathered into one
 * {@link MaturityConfigError}, one `<path>: <message>` per line, e.g.
 * `maturity.scheduel: unknown key; did you mean maturity.schedule?`.
 */
export function readMaturityConfig(
  rootConfig: RootConfigService,
  options: { baseChecklist?: Checklist } = {},
): MaturityConfig {
  const issues: MaturityConfigIssue[] = [];
  // The values are read from the block without its unknown keys and blocks
  // of the wrong type (both reported), so that no reader stops at them.
  const maturity = checkKeys(
    rootConfig.getOptional('maturity'),
    KNOWN_KEYS,
    'maturity',
    issues,
  );
  const config = new ConfigReader(maturity ? { maturity } : {}, 'app-config');

  const schedule = readSchedule(config, issues);
  const checklist = collect(issues, () =>
    checklistFromConfig(config, options.baseChecklist ?? defaultChecklist),
  );
  // Campaigns name phases and checks of the checklist in force: with a
  // broken checklist they cannot be checked, and are once it is fixed.
  const campaigns = checklist
    ? collect(issues, () => readCampaignsConfig(config, checklist))
    : undefined;
  const notifications = collect(issues, () => readNotificationsConfig(config));

  const entityFilter = (config.getOptional('maturity.entityFilter') ?? [
    { kind: 'component' },
  ]) as MaturityConfig['entityFilter'];
  if (
    !Array.isArray(entityFilter) ||
    entityFilter.some(f => !f || typeof f !== 'object' || Array.isArray(f))
  ) {
    issues.push({
      path: 'maturity.entityFilter',
      message:
        'expected a list of catalog filters such as [{ kind: component }]',
    });
  }

  const settings = {
    schedule,
    entityFilter,
    batchSize: positiveInteger(config, 'maturity.batchSize', 200, issues),
    shards: positiveInteger(config, 'maturity.shards', 1, issues),
    repositories: {
      concurrency: positiveInteger(
        config,
        'maturity.repositories.concurrency',
        4,
        issues,
      ),
      workers: positiveInteger(
        config,
        'maturity.repositories.workers',
        1,
        issues,
        { min: 0 },
      ),
      readTimeoutMs: readBoundedDuration(
        config,
        'maturity.repositories.readTimeout',
        { fallbackMs: 60_000 },
        issues,
      ),
      circuitBreakerFailures: positiveInteger(
        config,
        'maturity.repositories.circuitBreakerFailures',
        3,
        issues,
      ),
      limits: {
        maxFiles: positiveInteger(
          config,
          'maturity.repositories.limits.maxFiles',
          DEFAULT_READ_LIMITS.maxFiles,
          issues,
        ),
        maxFileBytes: positiveInteger(
          config,
          'maturity.repositories.limits.maxFileBytes',
          DEFAULT_READ_LIMITS.maxFileBytes,
          issues,
        ),
        maxTotalBytes: positiveInteger(
          config,
          'maturity.repositories.limits.maxTotalBytes',
          DEFAULT_READ_LIMITS.maxTotalBytes,
          issues,
        ),
      },
      mirrors: readMirrors(config, issues),
      gitHistory: {
        enabled: boolean(
          config,
          'maturity.repositories.gitHistory.enabled',
          true,
          issues,
        ),
        maxCommits: positiveInteger(
          config,
          'maturity.repositories.gitHistory.maxCommits',
          200,
          issues,
        ),
      },
    },
    events: {
      enabled: boolean(config, 'maturity.events.enabled', true, issues),
      debounceMs: readBoundedDuration(
        config,
        'maturity.events.debounce',
        { fallbackMs: 5_000 },
        issues,
      ),
    },
    retentionMs: readBoundedDuration(
      config,
      'maturity.retention',
      { fallbackMs: 365 * DAY_MS, minMs: DAY_MS, minText: '1 day' },
      issues,
    ),
  };

  if (issues.length > 0 || !checklist || !campaigns || !notifications) {
    throw new MaturityConfigError(issues);
  }
  return { ...settings, checklist, campaigns, notifications };
}
