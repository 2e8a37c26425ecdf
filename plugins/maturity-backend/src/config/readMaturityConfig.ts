import {
  type RootConfigService,
  type SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { durationToMilliseconds } from '@backstage/types';
import { readDurationFromConfig } from '@backstage/config';
import { type Checklist } from '@backstage-maturity/plugin-maturity-common';
import {
  checklistFromConfig,
  defaultChecklist,
  readCampaignsConfig,
  type CampaignDefinition,
} from '@backstage-maturity/plugin-maturity-node';
import {
  DEFAULT_READ_LIMITS,
  type RepositoryReadLimits,
} from '@backstage-maturity/plugin-maturity-node';
import { readSchedule } from './readSchedule';

/** The maturity backend's settings, read and checked at start-up. */
export interface MaturityConfig {
  schedule: SchedulerServiceTaskScheduleDefinition;
  entityFilter: Array<Record<string, string | string[]>>;
  batchSize: number;
  repositories: {
    concurrency: number;
    readTimeoutMs: number;
    circuitBreakerFailures: number;
    limits: RepositoryReadLimits;
    mirrors: Array<{ urlPrefix: string; directory: string }>;
    /** Reading the git history of mirrored repositories. */
    gitHistory: { enabled: boolean; maxCommits: number };
  };
  retentionMs: number;
  checklist: Checklist;
  /** The campaigns of `maturity.campaigns`, checked against the checklist. */
  campaigns: CampaignDefinition[];
}

function positiveInteger(
  config: RootConfigService,
  key: string,
  fallback: number,
): number {
  const value = config.getOptionalNumber(key);
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) {
    throw new InputError(
      `Invalid config at ${key}: expected a positive whole number, got ${value}`,
    );
  }
  return value;
}

function durationMs(
  config: RootConfigService,
  key: string,
  fallbackMs: number,
): number {
  if (!config.has(key)) return fallbackMs;
  return durationToMilliseconds(readDurationFromConfig(config, { key }));
}

/**
 * Reads `maturity.*`. Invalid values fail start-up with an error that names
 * the key, e.g. `maturity.checklist.checks[3].rule.files: expected a list of
 * globs`.
 */
export function readMaturityConfig(
  config: RootConfigService,
  options: { baseChecklist?: Checklist } = {},
): MaturityConfig {
  const schedule = readSchedule(config);
  const checklist = checklistFromConfig(
    config,
    options.baseChecklist ?? defaultChecklist,
  );

  const entityFilter = (config.getOptional('maturity.entityFilter') ?? [
    { kind: 'component' },
  ]) as MaturityConfig['entityFilter'];
  if (
    !Array.isArray(entityFilter) ||
    entityFilter.some(f => !f || typeof f !== 'object' || Array.isArray(f))
  ) {
    throw new InputError(
      'Invalid config at maturity.entityFilter: expected a list of catalog filters such as [{ kind: component }]',
    );
  }

  const mirrors = (
    config.getOptionalConfigArray('maturity.repositories.mirrors') ?? []
  ).map(mirror => ({
    urlPrefix: mirror.getString('urlPrefix'),
    directory: mirror.getString('directory'),
  }));

  return {
    schedule,
    entityFilter,
    batchSize: positiveInteger(config, 'maturity.batchSize', 200),
    repositories: {
      concurrency: positiveInteger(
        config,
        'maturity.repositories.concurrency',
        4,
      ),
      readTimeoutMs: durationMs(
        config,
        'maturity.repositories.readTimeout',
        60_000,
      ),
      circuitBreakerFailures: positiveInteger(
        config,
        'maturity.repositories.circuitBreakerFailures',
        3,
      ),
      limits: {
        maxFiles: positiveInteger(
          config,
          'maturity.repositories.limits.maxFiles',
          DEFAULT_READ_LIMITS.maxFiles,
        ),
        maxFileBytes: positiveInteger(
          config,
          'maturity.repositories.limits.maxFileBytes',
          DEFAULT_READ_LIMITS.maxFileBytes,
        ),
        maxTotalBytes: positiveInteger(
          config,
          'maturity.repositories.limits.maxTotalBytes',
          DEFAULT_READ_LIMITS.maxTotalBytes,
        ),
      },
      mirrors,
      gitHistory: {
        enabled:
          config.getOptionalBoolean(
            'maturity.repositories.gitHistory.enabled',
          ) ?? true,
        maxCommits: positiveInteger(
          config,
          'maturity.repositories.gitHistory.maxCommits',
          200,
        ),
      },
    },
    retentionMs: durationMs(config, 'maturity.retention', 365 * 86_400_000),
    checklist,
    campaigns: readCampaignsConfig(config, checklist),
  };
}
