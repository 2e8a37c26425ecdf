import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { Link } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { maturityApiRef, type CampaignOverview } from '../../api';
import { percent } from '../campaigns/campaignStatus';
import { useCampaignLink } from '../campaigns/useCampaignLink';

/** "40% done, 2 at risk, 1 overdue". */
function progressOf(overview: CampaignOverview): string {
  const { doneShare, atRisk, overdue } = overview.progress;
  return `${percent(doneShare)} done, ${atRisk} at risk, ${overdue} overdue`;
}

/**
 * The campaigns that cover the team's entities (sub-teams included), each
 * with the share of them done and how many are at risk or overdue, linking
 * to the campaign. Shows nothing when there are none or they cannot be
 * read: the rest of the card stands without them.
 */
export const GroupCampaigns = (props: { groupRef: string }) => {
  const { groupRef } = props;
  const api = useApi(maturityApiRef);
  const campaignLink = useCampaignLink();
  const { value } = useAsync(
    () => api.listCampaigns({ owner: groupRef }),
    [api, groupRef],
  );
  const items = value?.items ?? [];
  if (items.length === 0) return null;

  return (
    <Box mt={3}>
      <Typography variant="subtitle2" component="h3">
        Campaigns
      </Typography>
      <Box component="ul" pl={2.5} my={1} aria-label="Campaigns">
        {items.map(overview => {
          const { campaign } = overview;
          return (
            <li key={campaign.id}>
              <Typography variant="body2">
                {campaignLink ? (
                  <Link to={campaignLink(campaign.id)} underline="always">
                    {campaign.title}
                  </Link>
                ) : (
                  campaign.title
                )}
                {`: ${progressOf(overview)}`}
              </Typography>
            </li>
          );
        })}
      </Box>
    </Box>
  );
};
