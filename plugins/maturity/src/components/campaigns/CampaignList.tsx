import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { EmptyState } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { maturityApiRef } from '../../api';
import { TableSkeleton } from '../dashboard/DashboardSkeleton';
import { statusOf } from '../dashboard/errors';
import { LoadError } from '../dashboard/LoadError';
import { PermissionDenied } from '../dashboard/PermissionDenied';
import { CampaignCard } from './CampaignCard';
import { useCampaignLink } from './useCampaignLink';

/** Where campaigns are explained: the plugin's README. */
export const CAMPAIGNS_DOCS_URL =
  'https://github.com/backstage-maturity/backstage-maturity/blob/main/plugins/maturity/README.md#campaigns';

/** Every campaign, by deadline, each leading to its page. */
export const CampaignList = () => {
  const api = useApi(maturityApiRef);
  const campaignLink = useCampaignLink();
  const { value, error, retry } = useAsyncRetry(
    () => api.listCampaigns(),
    [api],
  );

  if (error) {
    if (statusOf(error) === 403) return <PermissionDenied />;
    return <LoadError what="the campaigns" error={error} onRetry={retry} />;
  }
  if (!value) return <TableSkeleton rows={6} label="Loading campaigns" />;
  if (value.items.length === 0) {
    return (
      <EmptyState
        missing="content"
        title="No campaigns yet"
        description="Campaigns are defined under maturity.campaigns in app-config or through the API."
        action={
          <Button variant="contained" color="primary" href={CAMPAIGNS_DOCS_URL}>
            Read about campaigns
          </Button>
        }
      />
    );
  }

  return (
    <>
      <Typography variant="body1" paragraph>
        A campaign asks a set of entities to reach a target by a deadline. Each
        entity is done, on track, at risk (the deadline is near or it is behind
        the campaign’s pace) or overdue.
      </Typography>
      <Grid container spacing={3}>
        {value.items.map(overview => (
          <Grid item xs={12} md={6} key={overview.campaign.id}>
            <CampaignCard
              overview={overview}
              link={
                campaignLink?.(overview.campaign.id) ??
                encodeURIComponent(overview.campaign.id)
              }
            />
          </Grid>
        ))}
      </Grid>
    </>
  );
};
