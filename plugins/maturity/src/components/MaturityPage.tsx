import {
  ErrorBoundary,
  Header,
  Page,
  TabbedLayout,
} from '@backstage/core-components';
import { CampaignRoutes } from './campaigns';
import { DashboardContent } from './dashboard/DashboardContent';

/**
 * The org-wide maturity page: the dashboard, and the campaigns tab
 * (`campaigns`, `campaigns/:campaignId`). The tabs are routes inside the
 * page rather than pages of their own, so that both frontend systems serve
 * the same page, and a tab's link can be shared and reloaded.
 */
export const MaturityPage = () => (
  <Page themeId="tool">
    <Header
      title="Service maturity"
      subtitle="Where each component stands on the ladder from Walking Skeleton to Kaizen, and what keeps it from the next phase"
    />
    <TabbedLayout>
      <TabbedLayout.Route path="/" title="Overview">
        {/* A failure in a tab leaves the page and its header standing. */}
        <ErrorBoundary>
          <DashboardContent />
        </ErrorBoundary>
      </TabbedLayout.Route>
      <TabbedLayout.Route path="/campaigns" title="Campaigns">
        <ErrorBoundary>
          <CampaignRoutes />
        </ErrorBoundary>
      </TabbedLayout.Route>
    </TabbedLayout>
  </Page>
);
