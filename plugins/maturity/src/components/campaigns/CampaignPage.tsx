import { useMemo } from 'react';
import Breadcrumbs from '@material-ui/core/Breadcrumbs';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { EmptyState, Link } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useParams } from 'react-router-dom';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { maturityApiRef } from '../../api';
import { TableSkeleton } from '../dashboard/DashboardSkeleton';
import { statusOf } from '../dashboard/errors';
import { LoadError } from '../dashboard/LoadError';
import { PermissionDenied } from '../dashboard/PermissionDenied';
import { Section } from '../dashboard/Section';
import { BurndownChart } from './BurndownChart';
import { CampaignAbout } from './CampaignAbout';
import { CampaignEntityTable } from './CampaignEntityTable';
import { CampaignProgressSummary } from './CampaignProgressSummary';
import { CampaignTeamTable } from './CampaignTeamTable';
import { entitiesInWords } from './campaignWords';
import { useCampaignsLink } from './useCampaignLink';

/**
 * One campaign (`…/campaigns/:campaignId`): what it asks and by when, its
 * progress, the burndown, the progress per team and the entities not done.
 */
export const CampaignPage = () => {
  const { campaignId = '' } = useParams();
  const api = useApi(maturityApiRef);
  // Relative to this page when the route cannot be resolved.
  const campaignsLink = useCampaignsLink() ?? '..';
  const { value, loading, error, retry } = useAsyncRetry(
    () => api.getCampaign(campaignId),
    [api, campaignId],
  );
  const ownerTitles = useMemo(
    () =>
      new Map(
        (value?.teams ?? []).flatMap(row =>
          row.owner && row.title ? [[row.owner, row.title] as const] : [],
        ),
      ),
    [value],
  );

  const crumbs = (title: string) => (
    <Breadcrumbs aria-label="Breadcrumbs">
      <Link to={campaignsLink}>Campaigns</Link>
      <Typography color="textPrimary">{title}</Typography>
    </Breadcrumbs>
  );

  // An id that is not a campaign's shape (400) names no campaign either.
  if (error && statusOf(error) !== 400) {
    if (statusOf(error) === 403) return <PermissionDenied />;
    return <LoadError what="the campaign" error={error} onRetry={retry} />;
  }
  if (loading && !value) {
    return <TableSkeleton rows={8} label="Loading the campaign" />;
  }
  if (!value) {
    return (
      <>
        {crumbs(campaignId)}
        <EmptyState
          missing="content"
          title="No such campaign"
          description={`There is no campaign with the id "${campaignId}": it may have been deleted or renamed.`}
          action={<Link to={campaignsLink}>All campaigns</Link>}
        />
      </>
    );
  }

  const { campaign, progress, teams, computedAt } = value;
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        {crumbs(campaign.title)}
        <Typography variant="h4" component="h2">
          {campaign.title}
        </Typography>
      </Grid>
      <Grid item xs={12} md={7}>
        <Section title="About">
          <CampaignAbout campaign={campaign} />
        </Section>
      </Grid>
      <Grid item xs={12} md={5}>
        <Section title="Progress">
          <CampaignProgressSummary
            progress={progress}
            computedAt={computedAt}
          />
        </Section>
      </Grid>
      {progress.total === 0 ? (
        <Grid item xs={12}>
          <EmptyState
            missing="data"
            title="This campaign covers no entities"
            description={`No evaluated entity matches its filter (${entitiesInWords(
              campaign.entities,
            )}). Entities join as soon as an evaluation finds them.`}
          />
        </Grid>
      ) : (
        <>
          <Grid item xs={12}>
            <Section
              title="Burndown"
              subheader="Entities not done per day, beside the ideal pace from the start to none at the deadline"
            >
              <BurndownChart campaignId={campaign.id} total={progress.total} />
            </Section>
          </Grid>
          <Grid item xs={12}>
            <Section
              title="Teams"
              subheader="Each owning team’s entities, most not done first"
            >
              <CampaignTeamTable teams={teams} />
            </Section>
          </Grid>
          <Grid item xs={12}>
            <Section title="Entities not done">
              <CampaignEntityTable
                campaignId={campaign.id}
                ownerTitles={ownerTitles}
              />
            </Section>
          </Grid>
        </>
      )}
    </Grid>
  );
};
