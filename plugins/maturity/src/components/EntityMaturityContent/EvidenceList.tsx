import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { Evidence } from '../../api';

const useStyles = makeStyles(theme => ({
  list: { margin: theme.spacing(0.5, 0, 1), paddingLeft: theme.spacing(3) },
  target: {
    fontFamily: 'monospace',
    fontSize: '0.85em',
    marginLeft: theme.spacing(1),
    color: theme.palette.text.secondary,
  },
}));

/** A labelled list of evidence (what was found) or of what was looked for. */
export const EvidenceList = (props: {
  label: string;
  evidence?: Evidence[];
  lookedFor?: string[];
}) => {
  const classes = useStyles();
  const items = props.evidence ?? [];
  const lookedFor = props.lookedFor ?? [];
  if (items.length === 0 && lookedFor.length === 0) {
    return null;
  }
  return (
    <div>
      <Typography variant="subtitle2" component="p">
        {props.label}
      </Typography>
      <ul className={classes.list}>
        {items.map((item, index) => (
          <li key={`e${index}`}>
            <Typography variant="body2" component="span">
              {item.detail}
            </Typography>
            {item.target && item.target !== item.detail && (
              <code className={classes.target}>{item.target}</code>
            )}
          </li>
        ))}
        {lookedFor.map((item, index) => (
          <li key={`l${index}`}>
            <Typography variant="body2" component="span">
              {item}
            </Typography>
          </li>
        ))}
      </ul>
    </div>
  );
};
