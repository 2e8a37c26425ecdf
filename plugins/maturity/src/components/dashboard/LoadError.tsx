import Button from '@material-ui/core/Button';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import { Link } from '@backstage/core-components';
import { adviceFor, causeOf, statusOf } from './errors';

/**
 * A failed load in words: what could not be loaded, what the server said
 * and what to do, with a button that tries again. A request the backend
 * rejected as invalid comes from the link's filters, so it offers to clear
 * them instead.
 */
export const LoadError = (props: {
  /** What failed, e.g. "the list of components". */
  what: string;
  error: Error;
  onRetry(): void;
}) => {
  const { what, error, onRetry } = props;
  if (statusOf(error) === 400) {
    return (
      <Alert
        severity="warning"
        action={
          <Link to="?" color="inherit">
            Clear filters
          </Link>
        }
      >
        <AlertTitle>{`Could not load ${what} for these filters`}</AlertTitle>
        {causeOf(error)}
      </Alert>
    );
  }
  return (
    <Alert
      severity="error"
      action={
        <Button color="inherit" size="small" onClick={onRetry}>
          Try again
        </Button>
      }
    >
      <AlertTitle>{`Could not load ${what}`}</AlertTitle>
      {`${adviceFor(error)} Cause: ${causeOf(error)}`}
    </Alert>
  );
};
