import type { Entity } from '@backstage/catalog-model';
import { Link } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { Alert, AlertTitle } from '@material-ui/lab';
import type { ReactNode } from 'react';
import type { Scorecard } from '../../api';
import { checkAnchorId } from '../common/checkAnchor';
import { scorecardPhaseName } from '../common/ladder';

const SOURCE_LOCATION = 'backstage.io/source-location';

const useStyles = makeStyles(theme => ({
  steps: { margin: theme.spacing(0.5, 0, 1), paddingLeft: theme.spacing(3) },
  disclosure: {
    ...theme.typography.body2,
    '& summary': { cursor: 'pointer', fontWeight: 500 },
    '& ul': { margin: theme.spacing(0.5, 0, 0) },
  },
}));

/** The repository the entity points at, without the `url:` prefix. */
function sourceLocation(entity: Entity): string | undefined {
  const value = entity.metadata.annotations?.[SOURCE_LOCATION];
  return value?.replace(/^url:/, '');
}

/**
 * The one explanation of an unknown standing, at the top of the tab: what
 * could not be read, why, how to fix it, and (folded) which checks it left
 * open. It replaces a warning on every unreadable check.
 */
export const UnknownBanner = (props: {
  scorecard: Scorecard;
  entity: Entity;
  noun: string;
  /** A way to re-evaluate now, when the reader may. */
  reEvaluate?: ReactNode;
}) => {
  const classes = useStyles();
  const { scorecard, entity, noun } = props;
  const { unknown, nextPhase, phase } = scorecard.summary;
  if (!unknown) return null;
  const location = sourceLocation(entity);
  const unread = scorecard.checks.filter(c => c.outcome === 'error');
  const nextName = nextPhase && scorecardPhaseName(scorecard, nextPhase);
  return (
    <Alert
      id="maturity-unknown"
      severity="warning"
      role="region"
      aria-labelledby="maturity-unknown-title"
    >
      <AlertTitle id="maturity-unknown-title">
        Standing unknown: the repository of this {noun} could not be read
      </AlertTitle>
      <Typography variant="body2" paragraph>
        {nextName
          ? `Whether this ${noun} reaches ${nextName} cannot be told`
          : `Where this ${noun} stands cannot be told`}
        {phase !== null
          ? ` (it has reached at least ${scorecardPhaseName(scorecard, phase)})`
          : ''}
        . Why: {unknown.reason}
      </Typography>
      <Typography variant="subtitle2" component="p">
        How to fix it
      </Typography>
      <ol className={classes.steps}>
        <li>
          <Typography variant="body2">
            Check that the <code>{SOURCE_LOCATION}</code> annotation of this{' '}
            {noun} points at its repository{' '}
            {location ? (
              <>
                (now <code>{location}</code>)
              </>
            ) : (
              '(it has none)'
            )}
            .
          </Typography>
        </li>
        <li>
          <Typography variant="body2">
            Check that the Backstage backend's integration for that host (its
            token or app) can read the repository.
          </Typography>
        </li>
        <li>
          <Typography variant="body2">
            Re-evaluate; otherwise it is read again at the next scheduled
            evaluation.
          </Typography>
        </li>
      </ol>
      {props.reEvaluate && <Box mb={1}>{props.reEvaluate}</Box>}
      {unread.length > 0 && (
        <details className={classes.disclosure}>
          <summary>
            {unread.length} check{unread.length === 1 ? '' : 's'} could not be
            read
          </summary>
          <ul>
            {unread.map(check => (
              <li key={check.checkId}>
                <Link to={`#${checkAnchorId(check.checkId)}`}>
                  {check.title}
                </Link>
              </li>
            ))}
          </ul>
        </details>
      )}
    </Alert>
  );
};
