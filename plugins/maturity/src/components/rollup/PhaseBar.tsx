import Box from '@material-ui/core/Box';
import type { PhaseCount } from '../../api';
import { ladderOfCounts } from '../common/ladder';
import { phaseColour } from '../common/phases';

/** Phase counts as a bar of coloured segments; the table beside it carries the numbers. */
export const PhaseBar = (props: { phases: PhaseCount[] }) => {
  const ladder = ladderOfCounts(props.phases);
  const total = props.phases.reduce((sum, p) => sum + p.count, 0);
  return (
    <Box
      aria-hidden
      display="flex"
      height={10}
      borderRadius={5}
      overflow="hidden"
    >
      {props.phases
        .filter(p => p.count > 0)
        .map(p => (
          <Box
            key={p.phase}
            width={`${(p.count / total) * 100}%`}
            bgcolor={phaseColour(p.phase, ladder)}
          />
        ))}
    </Box>
  );
};
