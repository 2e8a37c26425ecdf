import Grid from '@material-ui/core/Grid';
import { Content, Header, Page } from '@backstage/core-components';
import { useRouteRef } from '@backstage/frontend-plugin-api';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import maturityPlugin from '@backstage-maturity/plugin-maturity/alpha';
import { LadderExplanation } from './LadderExplanation';
import { OrgStanding } from './OrgStanding';

/** The page users land on after signing in. */
export const HomePage = () => {
  // The paths of the pages wherever the app mounts them.
  const dashboardPath =
    useRouteRef(maturityPlugin.routes.root)?.() ?? '/maturity';
  const catalogPath =
    useRouteRef(catalogPlugin.routes.catalogIndex)?.() ?? '/catalog';
  return (
    <Page themeId="home">
      <Header
        title="Welcome"
        subtitle="How mature our components are, and how they get better"
      />
      <Content>
        <Grid container spacing={3}>
          <Grid item xs={12} md={5}>
            <OrgStanding dashboardPath={dashboardPath} />
          </Grid>
          <Grid item xs={12} md={7}>
            <LadderExplanation
              dashboardPath={dashboardPath}
              catalogPath={catalogPath}
            />
          </Grid>
        </Grid>
      </Content>
    </Page>
  );
};
