import type {
  CampaignEntityPage,
  CampaignEntityQuery,
  MaturityApi,
} from '../../api';
import { collectPages, EXPORT_CAP } from '../dashboard/collectEntities';

/** Every entity of the campaign that the query matches, up to `cap`. */
export function collectCampaignEntities(
  api: Pick<MaturityApi, 'listCampaignEntities'>,
  campaignId: string,
  query: Omit<CampaignEntityQuery, 'limit' | 'offset'>,
  cap = EXPORT_CAP,
): Promise<CampaignEntityPage> {
  return collectPages(
    page => api.listCampaignEntities(campaignId, { ...query, ...page }),
    cap,
  );
}
