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
import { ChangeList } from './ChangeList';
import { Section } from './Section';
import { newestFirst } from './timelineOrder';

const useStyles = makeStyles(theme => ({
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
  const { history, scorecard } = props;
  const ladder = ladderOf(scorecard);
  const rank = (phase: string | null) =>
    phase === null ? -1 : ladder.indexOf(phase);
  const titles = new Map(scorecard.checks.map(c => [c.checkId, c.title]));
  const phaseChanges = newestFirst(history.phases, 'oldest-first');
  const checkChanges = newestFirst(history.checks, 'newest-first');
  return (
    <>
      <ChangeList
        title="Phase changes"
        noun="phase changes"
        changes={phaseChanges}
        keyOf={change => `${change.at}-${change.to}`}
        render={change => {
          const name = scorecardPhaseName(scorecard, change.to);
          const up = rank(change.to) > rank(change.from);
          return (
            <Typography variant="body2" component="span">
              <When at={change.at} />
              {up ? `Reached ${name}` : `Fell back to ${name}`}
            </Typography>
          );
        }}
      />
      <ChangeList
        title="Recent check changes"
        noun="check changes"
        changes={checkChanges}
        keyOf={change => `${change.at}-${change.checkId}`}
        render={change => (
          <Box display="flex" alignItems="center" flexWrap="wrap">
            <When at={change.at} />
            <OutcomeIcon outcome={change.to as CheckOutcome} />
            <Typography variant="body2" component="span">
              &nbsp;{titles.get(change.checkId) ?? change.checkId}:{' '}
              {change.from === null
                ? `first result ${outcomeLabel(change.to)}`
                : `${outcomeLabel(change.from)} → ${outcomeLabel(change.to)}`}
            </Typography>
          </Box>
        )}
      />
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
