import { DateTime } from 'luxon';
import type {
  Campaign,
  CampaignBurndown,
  CampaignDetail,
  CampaignEntity,
  CampaignProgress,
  EntityCampaign,
} from '../api';

/** The UTC day `offset` days from today, `YYYY-MM-DD`. */
export const dayFromToday = (offset: number) =>
  DateTime.utc().plus({ days: offset }).toISODate()!;

export const progress = (
  done: number,
  onTrack: number,
  atRisk: number,
  overdue: number,
): CampaignProgress => {
  const total = done + onTrack + atRisk + overdue;
  return {
    total,
    done,
    onTrack,
    atRisk,
    overdue,
    doneShare: total ? done / total : 0,
  };
};

/** A campaign of the example portal, 12 days before its deadline. */
export const campaign: Campaign = {
  id: 'production-ready-by-q1',
  title: 'Every production service at Production Ready',
  description:
    'Production Ready is **the bar** for anything users depend on.\n\nSee the [runbook guide](https://example.com/runbooks).',
  target: { phase: 'production-ready' },
  entities: { kind: ['component'], lifecycle: ['production'] },
  start: dayFromToday(-60),
  deadline: dayFromToday(12),
  source: 'config',
  targetTitle: 'Production Ready',
};

/** A campaign on three checks, past its deadline. */
export const lateCampaign: Campaign = {
  id: 'sbom-everywhere',
  title: 'An SBOM for every service',
  target: { checks: ['sbom', 'security-scanning', 'secrets-management'] },
  entities: { owner: ['group:default/team-platform'] },
  start: dayFromToday(-40),
  deadline: dayFromToday(-3),
  source: 'api',
};

export const detail: CampaignDetail = {
  campaign,
  progress: progress(4, 3, 2, 1),
  teams: [
    {
      owner: 'group:default/team-platform',
      title: 'Platform',
      progress: progress(1, 1, 2, 1),
    },
    {
      owner: 'group:default/team-payments',
      progress: progress(3, 1, 0, 0),
    },
    { owner: null, progress: progress(0, 1, 0, 0) },
  ],
  computedAt: '2026-12-06T08:30:00.000Z',
};

export const burndown: CampaignBurndown = {
  start: campaign.start,
  deadline: campaign.deadline,
  days: [
    {
      day: campaign.start,
      total: 10,
      done: 0,
      onTrack: 10,
      atRisk: 0,
      overdue: 0,
    },
    {
      day: dayFromToday(0),
      total: 10,
      done: 4,
      onTrack: 3,
      atRisk: 2,
      overdue: 1,
    },
  ],
};

export const campaignEntity = (
  name: string,
  overrides: Partial<CampaignEntity> = {},
): CampaignEntity => ({
  entityRef: `component:default/${name}`,
  name,
  owner: 'group:default/team-platform',
  status: 'at-risk',
  met: 5,
  total: 7,
  remaining: [
    { checkId: 'runbooks', title: 'Runbooks', outcome: 'fail' },
    { checkId: 'security-scanning', title: 'Security scanning' },
  ],
  ...overrides,
});

/** Where an entity stands in one campaign. */
export const entityCampaign = (
  status: EntityCampaign['status'],
  overrides: Partial<EntityCampaign> = {},
): EntityCampaign => ({
  campaign,
  status,
  met: 5,
  total: 7,
  remaining:
    status === 'done'
      ? []
      : [
          { checkId: 'runbooks', title: 'Runbooks', outcome: 'fail' },
          { checkId: 'security-scanning', title: 'Security scanning' },
        ],
  ...overrides,
});
