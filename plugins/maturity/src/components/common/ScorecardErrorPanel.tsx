import { ResponseErrorPanel } from '@backstage/core-components';
import { Alert, AlertTitle } from '@material-ui/lab';

function isForbidden(error: Error): boolean {
  return (error as { statusCode?: number }).statusCode === 403;
}

/**
 * Why a scorecard cannot be shown: a plain sentence for a denied permission,
 * the server's error otherwise.
 */
export const ScorecardErrorPanel = (props: {
  error: Error;
  entityTitle: string;
}) =>
  isForbidden(props.error) ? (
    <Alert severity="info">
      <AlertTitle>Permission denied</AlertTitle>
      You do not have permission to see the maturity of {props.entityTitle}.
    </Alert>
  ) : (
    <ResponseErrorPanel error={props.error} />
  );
