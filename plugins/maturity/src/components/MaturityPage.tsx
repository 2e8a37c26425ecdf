import { Content, EmptyState, Header, Page } from '@backstage/core-components';

/** The org-wide maturity dashboard. */
export const MaturityPage = () => (
  <Page themeId="tool">
    <Header
      title="Service maturity"
      subtitle="Where every service stands on the ladder from Walking Skeleton to Kaizen"
    />
    <Content>
      <EmptyState
        missing="data"
        title="No evaluation results yet"
        description="Services appear here once the maturity backend has evaluated the catalog."
      />
    </Content>
  </Page>
);
