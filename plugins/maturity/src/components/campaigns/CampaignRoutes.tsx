import { Route, Routes } from 'react-router-dom';
import { CampaignList } from './CampaignList';
import { CampaignPage } from './CampaignPage';

/** The campaigns tab: the list, and a page per campaign below it. */
export const CampaignRoutes = () => (
  <Routes>
    <Route path="/" element={<CampaignList />} />
    <Route path="/:campaignId" element={<CampaignPage />} />
  </Routes>
);
