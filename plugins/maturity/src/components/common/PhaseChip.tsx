import Chip from '@material-ui/core/Chip';
import { makeStyles } from '@material-ui/core/styles';
import { phaseColour } from './phases';

const useStyles = makeStyles({
  chip: {
    color: '#fff',
    fontWeight: 500,
  },
});

/**
 * A phase name on the phase's colour.
 *
 * `ladder` holds the phase ids lowest first and decides the colour;
 * `phase` is a phase id, `not-started` or null.
 */
export const PhaseChip = (props: {
  phase: string | null;
  name: string;
  ladder: string[];
  size?: 'small' | 'medium';
}) => {
  const classes = useStyles();
  return (
    <Chip
      className={classes.chip}
      style={{ backgroundColor: phaseColour(props.phase, props.ladder) }}
      label={props.name}
      size={props.size ?? 'medium'}
    />
  );
};
