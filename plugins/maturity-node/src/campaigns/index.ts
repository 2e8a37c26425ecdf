export type {
  CampaignDefinition,
  CampaignEntityFilter,
  CampaignEntityResult,
  CampaignEntityStatus,
  CampaignProgress,
  CampaignStanding,
  CampaignTarget,
} from './types';
export { CampaignsConfigError } from './errors';
export { readCampaignsConfig } from './readCampaignsConfig';
export { campaignEntityStatus } from './campaignStatus';
export { campaignProgress } from './campaignProgress';
