export { CampaignRoutes } from './CampaignRoutes';
