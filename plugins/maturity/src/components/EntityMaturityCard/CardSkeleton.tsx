import Box from '@material-ui/core/Box';
import { Skeleton } from '@material-ui/lab';

/** The card's content in grey while the scorecard loads. */
export const CardSkeleton = () => (
  <Box
    role="status"
    aria-busy="true"
    aria-label="Loading the maturity"
    display="flex"
    flexDirection="column"
    gridGap={12}
  >
    <Skeleton variant="rect" width={140} height={32} />
    <Skeleton variant="text" width="60%" />
    <Skeleton variant="rect" height={4} />
    <Skeleton variant="text" width="40%" />
    <Skeleton variant="text" width="80%" />
    <Skeleton variant="text" width="70%" />
  </Box>
);
