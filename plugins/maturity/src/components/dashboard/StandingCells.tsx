import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import type { EntitySummary, PhaseCount } from '../../api';
import { PhaseChip } from '../common/PhaseChip';
import { phaseName } from '../common/phases';
import { standingOf } from '../common/standing';

/**
 * Where an entity stands: its phase, or `Unknown` with the reason on a
 * tooltip when its standing could not be told (never the lower bound).
 */
export const StandingCell = (props: {
  item: EntitySummary;
  phases: PhaseCount[];
  ladder: string[];
}) => {
  const { item, phases, ladder } = props;
  const standing = standingOf(item);
  return (
    <PhaseChip
      size="small"
      phase={standing}
      name={phaseName(standing, phases)}
      ladder={ladder}
      tooltip={item.unknown?.reason}
    />
  );
};

/** How far an entity is towards its next phase, if that can be told. */
export const ProgressCell = (props: {
  item: EntitySummary;
  phases: PhaseCount[];
}) => {
  const { item, phases } = props;
  if (item.unknown) {
    const count = item.unknown.checks.length;
    return (
      <Typography variant="body2" color="textSecondary">
        {`${count} ${count === 1 ? 'check' : 'checks'} could not be read`}
      </Typography>
    );
  }
  if (!item.nextPhase) {
    return <Typography variant="body2">Top of the ladder</Typography>;
  }
  const percent = Math.round(item.progress * 100);
  const next = phaseName(item.nextPhase, phases);
  return (
    <Box minWidth={140}>
      <Typography variant="body2">{`${percent}% to ${next}`}</Typography>
      <LinearProgress
        variant="determinate"
        value={percent}
        aria-label={`${percent}% of ${next} met`}
      />
    </Box>
  );
};
