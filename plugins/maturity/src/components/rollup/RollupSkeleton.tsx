import Box from '@material-ui/core/Box';
import Skeleton from '@material-ui/lab/Skeleton';

/** The shape of a roll-up card while its counts load. */
export const RollupSkeleton = () => (
  <Box role="progressbar" aria-label="Loading maturity" aria-busy="true">
    <Skeleton variant="text" width="30%" height={32} />
    <Skeleton variant="rect" height={10} />
    {[0, 1, 2, 3, 4].map(row => (
      <Skeleton key={row} variant="text" />
    ))}
  </Box>
);
