import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type { PhaseCount } from '../../api';
import { phaseColour } from '../common/phases';

/**
 * The trend chart's legend in the order of the ladder (recharts' own
 * legend sorts by name): `Unknown`, `Not started`, then lowest phase first.
 */
export const TrendLegend = (props: {
  phases: PhaseCount[];
  ladder: string[];
}) => (
  <Box
    component="ul"
    aria-label="Legend"
    display="flex"
    flexWrap="wrap"
    justifyContent="center"
    m={0}
    p={0}
    style={{ listStyle: 'none', gap: 16 }}
  >
    {props.phases.map(phase => (
      <Box component="li" key={phase.phase} display="flex" alignItems="center">
        <Box
          component="span"
          aria-hidden
          width={12}
          height={12}
          mr={0.5}
          borderRadius={2}
          bgcolor={phaseColour(phase.phase, props.ladder)}
        />
        <Typography variant="body2" component="span">
          {phase.name}
        </Typography>
      </Box>
    ))}
  </Box>
);
