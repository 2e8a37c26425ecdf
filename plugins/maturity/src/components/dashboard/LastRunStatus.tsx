import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import Skeleton from '@material-ui/lab/Skeleton';
import type { EvaluationRun } from '../../api';
import { formatDateTime, formatRelative } from '../common/dates';
import { causeOf } from './errors';

const Time = (props: { at: string; relative?: boolean }) => (
  <time dateTime={props.at} title={formatDateTime(props.at)}>
    {props.relative ? formatRelative(props.at) : formatDateTime(props.at)}
  </time>
);

const plural = (count: number, one: string, many: string) =>
  `${count} ${count === 1 ? one : many}`;

/** When the catalog was last evaluated and how it went, or that it runs now. */
export const LastRunStatus = (props: {
  run: EvaluationRun | undefined;
  loading: boolean;
  error: Error | undefined;
  onRetry(): void;
}) => {
  const { run, loading, error, onRetry } = props;
  if (error) {
    return (
      <Typography variant="body2" color="textPrimary">
        {`Could not load the last evaluation: ${causeOf(error)} `}
        <Button size="small" onClick={onRetry}>
          Try again
        </Button>
      </Typography>
    );
  }
  if (loading && !run) {
    return <Skeleton variant="text" width={320} aria-label="Loading" />;
  }
  if (!run) {
    return (
      <Typography variant="body2" color="textPrimary">
        No evaluation has run yet.
      </Typography>
    );
  }
  if (!run.finishedAt) {
    return (
      <Typography variant="body2">
        Evaluation running since <Time at={run.startedAt} />
      </Typography>
    );
  }
  return (
    <Typography variant="body2" color="textPrimary">
      Last evaluation: <Time at={run.finishedAt} relative />
      {/* The counts are only given to those who may start a run. */}
      {run.entities !== undefined &&
        `, ${plural(run.entities, 'entity', 'entities')}, ${
          run.unreadable ?? 0
        } unreadable`}
      {(run.errors ?? 0) > 0 && `, ${run.errors} failed`}
    </Typography>
  );
};
