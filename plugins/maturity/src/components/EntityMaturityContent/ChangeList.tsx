import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { ReactNode } from 'react';
import { capitalized } from '../common/nouns';
import { ShowMoreList } from './ShowMoreList';

const useStyles = makeStyles(theme => ({
  list: { margin: theme.spacing(0.5, 0, 2), paddingLeft: theme.spacing(2) },
  item: { marginBottom: theme.spacing(0.5) },
}));

/**
 * A heading and its changes, newest first, a page at a time; "No <noun>
 * recorded yet." when there are none.
 */
export function ChangeList<T extends { at: string }>(props: {
  title: string;
  /** What the changes are, in lower case: "phase changes". */
  noun: string;
  changes: T[];
  keyOf: (change: T) => string;
  render: (change: T) => ReactNode;
}) {
  const classes = useStyles();
  const { noun, changes } = props;
  return (
    <>
      <Typography variant="h6" component="h3">
        {props.title}
      </Typography>
      {changes.length === 0 ? (
        <Typography variant="body2">{`No ${noun} recorded yet.`}</Typography>
      ) : (
        <ShowMoreList
          items={changes}
          noun={noun}
          render={shown => (
            <ol
              className={classes.list}
              aria-label={`${capitalized(noun)}, newest first`}
            >
              {shown.map((change, index) => (
                <li
                  key={`${props.keyOf(change)}-${index}`}
                  className={classes.item}
                >
                  {props.render(change)}
                </li>
              ))}
            </ol>
          )}
        />
      )}
    </>
  );
}
