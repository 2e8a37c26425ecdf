import type { CompoundEntityRef } from '@backstage/catalog-model';
import { ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { Skeleton } from '@material-ui/lab';
import useAsync from 'react-use/esm/useAsync';
import {
  maturityApiRef,
  type CheckOutcome,
  type EntityHistory,
  type Scorecard,
} from '../../api';
import { formatDateTime } from '../common/dates';
import { ladderOf, scorecardPhaseName } from '../common/ladder';
import { OutcomeIcon } from '../common/OutcomeIcon';
import { OUTCOME_LABELS } from '../common/phases';
import { Section } from './Section';
import { ShowMoreList } from './ShowMoreList';
import { newestFirst } from './timelineOrder';

const useStyles = makeStyles(theme => ({
  list: { margin: theme.spacing(0.5, 0, 2), paddingLeft: theme.spacing(2) },
  item: { marginBottom: theme.spacing(0.5) },
  date: { color: theme.palette.text.secondary, marginRight: theme.spacing(1) },
}));

function outcomeLabel(outcome: string): string {
  return OUTCOME_LABELS[outcome as CheckOutcome] ?? outcome;
}

/** The date and local time of a change. */
const When = (props: { at: string }) => {
  const classes = useStyles();
  return (
    <time className={classes.date} dateTime={props.at}>
      {formatDateTime(props.at)}
    </time>
  );
};

const HistoryView = (props: {
  history: EntityHistory;
  scorecard: Scorecard;
}) => {
  const classes = useStyles();
  const { history, scorecard } = props;
  const ladder = ladderOf(scorecard);
  const rank = (phase: string | null) =>
    phase === null ? -1 : ladder.indexOf(phase);
  const titles = new Map(scorecard.checks.map(c => [c.checkId, c.title]));
  const phaseChanges = newestFirst(history.phases, 'oldest-first');
  const checkChanges = newestFirst(history.checks, 'newest-first');
  return (
    <>
      <Typography variant="h6" component="h3">
        Phase changes
      </Typography>
      {phaseChanges.length === 0 ? (
        <Typography variant="body2">No phase changes recorded yet.</Typography>
      ) : (
        <ShowMoreList
          items={phaseChanges}
          noun="phase changes"
          render={shown => (
            <ol
              className={classes.list}
              aria-label="Phase changes, newest first"
            >
              {shown.map((change, index) => {
                const name = scorecardPhaseName(scorecard, change.to);
                const up = rank(change.to) > rank(change.from);
                return (
                  <li
                    key={`${change.at}-${change.to}-${index}`}
                    className={classes.item}
                  >
                    <Typography variant="body2" component="span">
                      <When at={change.at} />
                      {up ? `Reached ${name}` : `Fell back to ${name}`}
                    </Typography>
                  </li>
                );
              })}
            </ol>
          )}
        />
      )}
      <Typography variant="h6" component="h3">
        Recent check changes
      </Typography>
      {checkChanges.length === 0 ? (
        <Typography variant="body2">No check changes recorded yet.</Typography>
      ) : (
        <ShowMoreList
          items={checkChanges}
          noun="check changes"
          render={shown => (
            <ol
              className={classes.list}
              aria-label="Check changes, newest first"
            >
              {shown.map((change, index) => (
                <li
                  key={`${change.at}-${change.checkId}-${index}`}
                  className={classes.item}
                >
                  <Box display="flex" alignItems="center" flexWrap="wrap">
                    <When at={change.at} />
                    <OutcomeIcon outcome={change.to as CheckOutcome} />
                    <Typography variant="body2" component="span">
                      &nbsp;{titles.get(change.checkId) ?? change.checkId}:{' '}
                      {change.from === null
                        ? `first result ${outcomeLabel(change.to)}`
                        : `${outcomeLabel(change.from)} → ${outcomeLabel(
                            change.to,
                          )}`}
                    </Typography>
                  </Box>
                </li>
              ))}
            </ol>
          )}
        />
      )}
    </>
  );
};

const TimelineSkeleton = () => (
  <div aria-busy="true" aria-label="Loading the timeline" role="status">
    {[0, 1, 2].map(i => (
      <Skeleton key={i} variant="text" />
    ))}
  </div>
);

/** How the entity moved on the ladder, and which checks changed lately. */
export const PhaseTimeline = (props: {
  entityRef: CompoundEntityRef;
  scorecard: Scorecard;
}) => {
  const api = useApi(maturityApiRef);
  const { entityRef, scorecard } = props;
  // Read again whenever a new evaluation is shown.
  const evaluatedAt = scorecard.summary.evaluatedAt;
  const { value, loading, error } = useAsync(
    () => api.getEntityHistory(entityRef),
    [api, entityRef, evaluatedAt],
  );
  return (
    <Section id="timeline" title="Timeline">
      {loading && !value && <TimelineSkeleton />}
      {error && <ResponseErrorPanel error={error} />}
      {value && <HistoryView history={value} scorecard={scorecard} />}
    </Section>
  );
};
