import Button from '@material-ui/core/Button';
import { Alert, AlertTitle } from '@material-ui/lab';

function statusOf(error: Error): number | undefined {
  return (error as { statusCode?: number }).statusCode;
}

/**
 * The server's own message when it sent one (a `ResponseError` carries it
 * as its cause), else the error's message.
 */
function messageOf(error: Error): string {
  const cause = (error as { cause?: { message?: unknown } }).cause;
  return typeof cause?.message === 'string' && cause.message
    ? cause.message
    : error.message;
}

/**
 * Why a scorecard cannot be shown: a plain sentence for a denied permission;
 * otherwise what failed, in words, with a way to try again.
 */
export const ScorecardErrorPanel = (props: {
  error: Error;
  entityTitle: string;
  /** Loads the scorecard again; without it no "Try again" is offered. */
  onRetry?: () => void;
}) => {
  const { error, onRetry } = props;
  if (statusOf(error) === 403) {
    return (
      <Alert severity="info">
        <AlertTitle>Permission denied</AlertTitle>
        You do not have permission to see the maturity of {props.entityTitle}.
      </Alert>
    );
  }
  return (
    <Alert
      severity="error"
      action={
        onRetry && (
          <Button color="inherit" size="small" onClick={() => onRetry()}>
            Try again
          </Button>
        )
      }
    >
      <AlertTitle>
        The maturity of {props.entityTitle} could not be shown
      </AlertTitle>
      The maturity backend could not load the scorecard: {messageOf(error)}
    </Alert>
  );
};
