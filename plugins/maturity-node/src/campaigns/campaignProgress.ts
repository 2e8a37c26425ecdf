import type { CampaignEntityStatus, CampaignProgress } from './types';

/**
 * Entities per status and the share done, of one campaign's entities.
 *
 * @public
 */
export function campaignProgress(
  statuses: readonly CampaignEntityStatus[],
): CampaignProgress {
  const counts: Record<CampaignEntityStatus, number> = {
    done: 0,
    'on-track': 0,
    'at-risk': 0,
    overdue: 0,
  };
  for (const status of statuses) counts[status] += 1;
  const total = statuses.length;
  return { total, counts, done: total > 0 ? counts.done / total : 0 };
}
