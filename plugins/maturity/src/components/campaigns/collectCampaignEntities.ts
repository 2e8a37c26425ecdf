import type {
  CampaignEntity,
  CampaignEntityPage,
  CampaignEntityQuery,
  MaturityApi,
} from '../../api';
import { EXPORT_CAP } from '../dashboard/collectEntities';

// The most the route returns at once.
const PAGE_SIZE = 500;

/** Every entity of the campaign that the query matches, a page at a time, up to `cap`. */
export async function collectCampaignEntities(
  api: Pick<MaturityApi, 'listCampaignEntities'>,
  campaignId: string,
  query: Omit<CampaignEntityQuery, 'limit' | 'offset'>,
  cap = EXPORT_CAP,
): Promise<CampaignEntityPage> {
  const items: CampaignEntity[] = [];
  let totalCount = 0;
  do {
    const page = await api.listCampaignEntities(campaignId, {
      ...query,
      limit: Math.min(PAGE_SIZE, cap - items.length),
      offset: items.length,
    });
    totalCount = page.totalCount;
    items.push(...page.items);
    if (page.items.length === 0) break;
  } while (items.length < Math.min(totalCount, cap));
  return { items, totalCount };
}
