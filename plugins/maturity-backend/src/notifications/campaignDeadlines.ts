import type { CampaignDefinition } from '@backstage-maturity/plugin-maturity-node';
import { CAMPAIGN_ENTITIES } from '../store/tables';
import { dueReminder, utcDayNumber } from './days';
import { campaignDeadlineMessage } from './messages';
import type { KindBatch, NotifyContext, Outgoing } from './types';

interface CampaignEntityRow {
  campaign_id: string;
  entity_ref: string;
  owner: string;
}

/**
 * One reminder per campaign, owner and reminder day, listing the owner's
 * entities not done: with [14, 3], when the deadline is 14 days away (or,
 * if no run saw that day, on the next run before the 3-day one) and when it
 * is 3 days away.
 */
export async function campaignDeadlines(
  context: NotifyContext,
): Promise<KindBatch> {
  const { db, now } = context;
  const { daysBefore } = context.settings.campaignDeadline;
  const today = utcDayNumber(now.getTime());
  const due = new Map<
    string,
    { campaign: CampaignDefinition; days: number; daysLeft: number }
  >();
  for (const campaign of await context.campaigns()) {
    const deadline = Date.parse(`${campaign.deadline}T00:00:00.000Z`);
    if (Number.isNaN(deadline)) continue;
    const daysLeft = utcDayNumber(deadline) - today;
    const days = dueReminder(daysLeft, daysBefore);
    if (days !== undefined) due.set(campaign.id, { campaign, days, daysLeft });
  }
  if (due.size === 0) return { outgoing: [] };

  const rows: CampaignEntityRow[] = await db(CAMPAIGN_ENTITIES)
    .select('campaign_id', 'entity_ref', 'owner')
    .whereIn('campaign_id', [...due.keys()])
    .whereNot('status', 'done')
    .whereNotNull('owner')
    .orderBy(['campaign_id', 'owner', 'entity_ref']);
  const groups = new Map<string, CampaignEntityRow[]>();
  for (const row of rows) {
    const key = JSON.stringify([row.campaign_id, row.owner]);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }

  const urgentDays = Math.min(...daysBefore);
  const outgoing = [...groups.values()].map((group): Outgoing => {
    const { campaign_id: campaignId, owner } = group[0];
    const { campaign, days, daysLeft } = due.get(campaignId)!;
    return {
      key: `campaign-deadline:${campaignId}:${owner}:${days}`,
      kind: 'campaignDeadline',
      owner,
      payload: campaignDeadlineMessage({
        campaign,
        owner,
        entityRefs: group.map(row => row.entity_ref),
        daysLeft,
        urgent: days === urgentDays,
      }),
    };
  });
  return { outgoing };
}
