import {
  Content,
  ErrorBoundary,
  Header,
  Page,
} from '@backstage/core-components';
import { DashboardContent } from './dashboard/DashboardContent';

/** The org-wide maturity dashboard. */
export const MaturityPage = () => (
  <Page themeId="tool">
    <Header
      title="Service maturity"
      subtitle="Where each component stands on the ladder from Walking Skeleton to Kaizen, and what keeps it from the next phase"
    />
    <Content>
      {/* A failure in the dashboard leaves the page and its header standing. */}
      <ErrorBoundary>
        <DashboardContent />
      </ErrorBoundary>
    </Content>
  </Page>
);
