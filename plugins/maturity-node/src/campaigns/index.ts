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
export {
  parseCampaign,
  readCampaignsConfig,
  type CampaignParse,
} from './readCampaignsConfig';
export { targetChecks } from './targetChecks';
export { AT_RISK_DAYS } from './campaignStatus';
export { campaignEntityStatus } from './campaignStatus';
export { campaignProgress } from './campaignProgress';
