import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import type { TrackScore } from '../../api';
import { Section } from './Section';

/** The side tracks, which never gate the ladder, with their scores. */
export const TrackScores = (props: { tracks: TrackScore[] }) => (
  <Section
    id="tracks"
    title="Tracks"
    subheader="Beside the ladder: they never hold back a phase"
  >
    {props.tracks.length === 0 && (
      <Typography variant="body2">This checklist has no tracks.</Typography>
    )}
    {props.tracks.map(track => (
      <Box key={track.trackId} mb={2}>
        <Box display="flex" justifyContent="space-between" gridGap={8}>
          <Typography variant="body2">{track.name}</Typography>
          <Typography variant="body2" color="textSecondary">
            {track.met} of {track.total} met
          </Typography>
        </Box>
        <LinearProgress
          variant="determinate"
          value={track.total ? (100 * track.met) / track.total : 100}
          aria-label={`${track.name} score`}
        />
      </Box>
    ))}
  </Section>
);
