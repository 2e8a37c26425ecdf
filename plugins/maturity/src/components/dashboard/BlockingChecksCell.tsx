import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';

const useStyles = makeStyles({
  visuallyHidden: {
    position: 'absolute',
    width: 1,
    height: 1,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});

const SHOWN = 2;

/**
 * The names of the checks that keep an entity from its next phase: the
 * first two, and "+N more" with the rest on a tooltip.
 */
export const BlockingChecksCell = (props: {
  blocking: string[];
  /** Check titles by id, from the checklist; ids stand in until it loads. */
  titles: Map<string, string>;
}) => {
  const classes = useStyles();
  const names = props.blocking.map(id => props.titles.get(id) ?? id);
  if (names.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        None
      </Typography>
    );
  }
  const rest = names.slice(SHOWN);
  return (
    <Typography variant="body2">
      {names.slice(0, SHOWN).join(', ')}
      {rest.length > 0 && (
        <>
          {', '}
          <Tooltip title={rest.join(', ')}>
            <span
              style={{ whiteSpace: 'nowrap' }}
            >{`+${rest.length} more`}</span>
          </Tooltip>
          {/* The tooltip needs a mouse; screen readers get the names here. */}
          <span className={classes.visuallyHidden}>{`: ${rest.join(
            ', ',
          )}`}</span>
        </>
      )}
    </Typography>
  );
};
