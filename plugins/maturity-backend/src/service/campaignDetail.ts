import { NotFoundError } from '@backstage/errors';
import type {
  CampaignDetail,
  Checklist,
} from '@backstage-maturity/plugin-maturity-common';
import type { CampaignRegistry } from '../campaigns/CampaignRegistry';
import type { CampaignStore } from '../store/CampaignStore';
import type { RouteAccess } from './access';
import type { CallerCredentials } from './actor';
import { campaignView, progressView, sumCounts } from './campaignViews';
import type { GroupHierarchy } from './groups';

/** What reading a campaign's progress needs. */
export interface CampaignReadDeps {
  access: RouteAccess;
  campaigns: { registry: CampaignRegistry; store: CampaignStore };
  checklist: Checklist;
  groups: GroupHierarchy;
}

/**
 * A campaign with its progress over the entities the caller may read, in
 * total and per direct owner (most entities not done first), as the REST
 * API and the assistants' action answer it.
 *
 * @throws NotFoundError when there is no such campaign
 */
export async function campaignDetail(
  deps: CampaignReadDeps,
  credentials: CallerCredentials,
  campaignId: string,
): Promise<CampaignDetail> {
  const { access, campaigns, checklist, groups } = deps;
  const [record, filter] = await Promise.all([
    campaigns.registry.get(campaignId),
    access.readableFilter(credentials, {}),
  ]);
  if (!record) throw new NotFoundError(`No campaign ${campaignId}`);
  const [owners, computedAt, groupFacts] = await Promise.all([
    campaigns.store.countStatusesByOwner(campaignId, {
      entityRefs: filter.entityRefs,
    }),
    campaigns.store.computedAt(campaignId),
    groups.parents(),
  ]);
  const notDone = (row: (typeof owners)[number]) =>
    row.counts['on-track'] + row.counts['at-risk'] + row.counts.overdue;
  const teams = owners
    .sort(
      (a, b) =>
        notDone(b) - notDone(a) ||
        (a.owner ?? '\uffff').localeCompare(b.owner ?? '\uffff'),
    )
    .map(row => {
      const title = row.owner ? groupFacts.get(row.owner)?.title : undefined;
      return {
        owner: row.owner ?? null,
        ...(title && { title }),
        progress: progressView(row.counts),
      };
    });
  return {
    campaign: campaignView(record, checklist),
    progress: progressView(sumCounts(owners.map(row => row.counts))),
    teams,
    computedAt: computedAt ?? null,
  };
}
