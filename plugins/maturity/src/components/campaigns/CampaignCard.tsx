import Box from '@material-ui/core/Box';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import { Link } from '@backstage/core-components';
import type { CampaignOverview } from '../../api';
import { percent } from './campaignStatus';
import { targetInWords } from './campaignWords';
import { deadlineInWords, formatDay } from './days';
import { StatusBar } from './StatusBar';

/**
 * One campaign of the list: its title (a link to its page), target,
 * deadline, entities per status and the share done.
 */
export const CampaignCard = (props: {
  overview: CampaignOverview;
  /** Its page. */
  link: string;
}) => {
  const { campaign, progress } = props.overview;
  const titleId = `campaign-${campaign.id}`;
  return (
    <Paper component="article" aria-labelledby={titleId}>
      <Box p={2} height="100%">
        <Typography variant="h6" component="h3" id={titleId}>
          <Link to={props.link}>{campaign.title}</Link>
        </Typography>
        <Typography variant="body2" color="textSecondary" paragraph>
          {`Reach ${targetInWords(campaign)} by ${formatDay(
            campaign.deadline,
          )} (${deadlineInWords(campaign.deadline)})`}
        </Typography>
        <StatusBar progress={progress} />
        <Typography variant="body2">
          <Box component="span" fontWeight="fontWeightBold">
            {`${percent(progress.doneShare)} done`}
          </Box>
          {` (${progress.done} of ${progress.total} ${
            progress.total === 1 ? 'entity' : 'entities'
          })`}
        </Typography>
      </Box>
    </Paper>
  );
};
