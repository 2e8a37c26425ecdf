import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type { CampaignProgress } from '../../api';
import {
  STATUSES,
  STATUS_LABELS,
  countOfStatus,
  progressInWords,
} from './campaignStatus';
import { statusFill } from './statusColours';

/** Each status with its swatch and count, in the bar's order. */
export const StatusLegend = (props: { progress: CampaignProgress }) => (
  <Box
    component="ul"
    aria-label="Legend"
    display="flex"
    flexWrap="wrap"
    m={0}
    mt={1}
    p={0}
    style={{ listStyle: 'none', gap: 16 }}
  >
    {STATUSES.map(status => (
      <Box component="li" key={status} display="flex" alignItems="center">
        <Box
          component="span"
          aria-hidden
          width={12}
          height={12}
          mr={0.5}
          borderRadius={2}
          style={statusFill(status)}
        />
        <Typography variant="body2" component="span">
          {`${STATUS_LABELS[status]} ${countOfStatus(props.progress, status)}`}
        </Typography>
      </Box>
    ))}
  </Box>
);

/**
 * A campaign's entities as a bar stacked by status, done first, with a
 * legend that names each status and its count.
 */
export const StatusBar = (props: { progress: CampaignProgress }) => {
  const { progress } = props;
  return (
    <Box>
      <Box
        role="img"
        aria-label={`Entities per status: ${progressInWords(progress)}`}
        display="flex"
        height={12}
        borderRadius={6}
        overflow="hidden"
        bgcolor="action.hover"
      >
        {STATUSES.map(status => {
          const count = countOfStatus(progress, status);
          if (count === 0 || progress.total === 0) return null;
          return (
            <Box
              key={status}
              width={`${(count / progress.total) * 100}%`}
              style={statusFill(status)}
            />
          );
        })}
      </Box>
      <StatusLegend progress={progress} />
    </Box>
  );
};
