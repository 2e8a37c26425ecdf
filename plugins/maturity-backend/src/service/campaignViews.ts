import type {
  CampaignProgressResponse,
  CampaignResponse,
  Checklist,
  RemainingCheck,
} from '@backstage-maturity/plugin-maturity-common';
import type { CampaignTarget } from '@backstage-maturity/plugin-maturity-node';
import type { CampaignRecord } from '../campaigns/CampaignRegistry';
import type { CampaignCounts } from '../store/CampaignStore';

/** The target in words: the phase's title, or the check or number of checks. */
export function targetTitle(target: CampaignTarget, checklist: Checklist) {
  if ('phase' in target) {
    return (
      checklist.phases.find(p => p.id === target.phase)?.name ?? target.phase
    );
  }
  if (target.checks.length === 1) {
    const [id] = target.checks;
    return checklist.checks.find(c => c.id === id)?.title ?? id;
  }
  return `${target.checks.length} checks`;
}

export function campaignView(
  record: CampaignRecord,
  checklist: Checklist,
): CampaignResponse {
  const { definition } = record;
  return {
    id: definition.id,
    title: definition.title,
    ...(definition.description && { description: definition.description }),
    target: definition.target,
    entities: definition.entities,
    start: definition.start,
    deadline: definition.deadline,
    source: record.source,
    targetTitle: targetTitle(definition.target, checklist),
    ...(record.createdBy && { createdBy: record.createdBy }),
    ...(record.updatedAt && { updatedAt: record.updatedAt }),
  };
}

export function progressView(
  counts: CampaignCounts | undefined,
): CampaignProgressResponse {
  const done = counts?.done ?? 0;
  const onTrack = counts?.['on-track'] ?? 0;
  const atRisk = counts?.['at-risk'] ?? 0;
  const overdue = counts?.overdue ?? 0;
  const total = done + onTrack + atRisk + overdue;
  return {
    total,
    done,
    onTrack,
    atRisk,
    overdue,
    doneShare: total > 0 ? done / total : 0,
  };
}

/** Sums counts, e.g. of a campaign's owners. */
export function sumCounts(counts: CampaignCounts[]): CampaignCounts {
  const sum: CampaignCounts = {
    done: 0,
    'on-track': 0,
    'at-risk': 0,
    overdue: 0,
  };
  for (const entry of counts) {
    for (const status of Object.keys(sum) as Array<keyof CampaignCounts>) {
      sum[status] += entry[status];
    }
  }
  return sum;
}

/** Remaining check ids with their titles, as the checklist names them. */
export function remainingView(
  checkIds: string[],
  checklist: Checklist,
): RemainingCheck[] {
  return checkIds.map(checkId => ({
    checkId,
    title: checklist.checks.find(c => c.id === checkId)?.title ?? checkId,
  }));
}
