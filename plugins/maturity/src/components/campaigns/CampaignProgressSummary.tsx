import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type { CampaignProgress } from '../../api';
import { formatDateTime, formatRelative } from '../common/dates';
import { percent } from './campaignStatus';
import { StatusBar } from './StatusBar';

/** A campaign's share done, its entities per status and when they were computed. */
export const CampaignProgressSummary = (props: {
  progress: CampaignProgress;
  computedAt: string | null;
}) => {
  const { progress, computedAt } = props;
  return (
    <>
      <Typography variant="h4" component="p">
        {`${percent(progress.doneShare)} done`}
      </Typography>
      <Typography variant="body2" color="textSecondary" paragraph>
        {`${progress.done} of ${progress.total} ${
          progress.total === 1 ? 'entity' : 'entities'
        } reached the target`}
      </Typography>
      <StatusBar progress={progress} />
      <Box mt={2}>
        <Typography variant="body2" color="textSecondary">
          {computedAt ? (
            <>
              Computed at{' '}
              <time dateTime={computedAt} title={formatRelative(computedAt)}>
                {formatDateTime(computedAt)}
              </time>
            </>
          ) : (
            'Not computed yet: statuses appear after the next evaluation.'
          )}
        </Typography>
      </Box>
    </>
  );
};
