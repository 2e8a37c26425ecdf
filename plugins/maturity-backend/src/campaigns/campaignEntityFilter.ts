import type { Checklist } from '@backstage-maturity/plugin-maturity-common';
import type { CampaignEntityFilter } from '@backstage-maturity/plugin-maturity-node';
import { parseEntityFilter } from '../service/filters';
import type { GroupHierarchy } from '../service/groups';
import type { EntityFilter } from '../store/types';

/**
 * The store filter of a campaign's entities: refs lower-cased (a bare
 * name is in the default namespace), owner groups expanded to their
 * sub-groups as the catalog has them now, tags lower-cased.
 */
export async function campaignEntityFilter(
  entities: CampaignEntityFilter,
  options: { checklist: Checklist; groups: GroupHierarchy },
): Promise<EntityFilter> {
  const filter = await parseEntityFilter(
    {
      owner: entities.owner,
      system: entities.system,
      domain: entities.domain,
      kind: entities.kind,
      type: entities.type,
      lifecycle: entities.lifecycle,
    },
    options,
  );
  return {
    ...filter,
    tags: entities.tags?.map(tag => tag.toLocaleLowerCase('en-US')),
  };
}
