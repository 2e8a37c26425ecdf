import type { ReactNode } from 'react';
import Chip from '@material-ui/core/Chip';
import Tooltip from '@material-ui/core/Tooltip';
import { makeStyles } from '@material-ui/core/styles';
import { phaseColours } from './phases';

const useStyles = makeStyles({
  chip: {
    fontWeight: 500,
    whiteSpace: 'nowrap',
  },
});

/**
 * A phase name on the phase's colour.
 *
 * `ladder` holds the phase ids lowest first and decides the colour;
 * `phase` is a phase id, `not-started`, `unknown` or null. A `tooltip`
 * (say, why the standing is unknown) shows on hover and focus.
 */
export const PhaseChip = (props: {
  phase: string | null;
  name: string;
  ladder: string[];
  size?: 'small' | 'medium';
  tooltip?: ReactNode;
}) => {
  const classes = useStyles();
  const { background, text } = phaseColours(props.phase, props.ladder);
  const chip = (
    <Chip
      className={classes.chip}
      style={{ backgroundColor: background, color: text }}
      label={props.name}
      size={props.size ?? 'medium'}
      // Focusable, so that keyboard users reach the tooltip too.
      tabIndex={props.tooltip ? 0 : undefined}
    />
  );
  return props.tooltip ? (
    <Tooltip title={props.tooltip} arrow>
      {chip}
    </Tooltip>
  ) : (
    chip
  );
};
