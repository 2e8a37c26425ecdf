import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';

/** What could not be loaded, with a way to try again. */
export const LoadError = (props: {
  what: string;
  error: Error;
  onRetry: () => void;
}) => (
  <Box role="alert" display="flex" alignItems="center" gridGap={16}>
    <Typography color="error" variant="body2">
      {`${props.what} could not be loaded: ${props.error.message}`}
    </Typography>
    <Button variant="outlined" size="small" onClick={props.onRetry}>
      Try again
    </Button>
  </Box>
);
