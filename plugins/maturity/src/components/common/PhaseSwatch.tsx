import Box from '@material-ui/core/Box';
import { phaseColour } from './phases';

/**
 * A small square in a phase's colour, the key beside a phase name in a
 * table; decorative, as the name is always printed next to it.
 */
export const PhaseSwatch = (props: {
  phase: string | null;
  ladder: string[];
  size?: number;
}) => {
  const size = props.size ?? 10;
  return (
    <Box
      component="span"
      flexShrink={0}
      width={size}
      height={size}
      mr={1}
      borderRadius={2}
      bgcolor={phaseColour(props.phase, props.ladder)}
    />
  );
};
