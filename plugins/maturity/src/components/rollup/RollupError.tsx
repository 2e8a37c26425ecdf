import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { Alert } from '@material-ui/lab';
import { statusOf } from '../dashboard/errors';

/**
 * Why a roll-up could not be loaded, with a way to try again; a plain
 * sentence when the user may not see maturity results.
 */
export const RollupError = (props: { error: Error; onRetry: () => void }) => {
  if (statusOf(props.error) === 403) {
    return (
      <Typography color="textSecondary">
        You are not allowed to see maturity results.
      </Typography>
    );
  }
  return (
    <Alert
      severity="error"
      action={
        <Button color="inherit" size="small" onClick={props.onRetry}>
          Try again
        </Button>
      }
    >
      <Box component="span" display="block">
        The maturity results could not be loaded.
      </Box>
      <Box component="span" display="block">
        {props.error.message}
      </Box>
    </Alert>
  );
};
