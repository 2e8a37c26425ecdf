import Grid from '@material-ui/core/Grid';
import Paper from '@material-ui/core/Paper';
import Box from '@material-ui/core/Box';
import { Skeleton } from '@material-ui/lab';

const Block = (props: { lines: number; height?: number }) => (
  <Paper>
    <Box p={2}>
      <Skeleton variant="text" width="40%" height={32} />
      {Array.from({ length: props.lines }, (_, i) => (
        <Skeleton key={i} variant="rect" height={props.height ?? 24} />
      ))}
    </Box>
  </Paper>
);

/** The tab's layout in grey while the scorecard loads. */
export const ContentSkeleton = () => (
  <div role="status" aria-busy="true" aria-label="Loading the scorecard">
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <Paper>
          <Box p={2} display="flex" alignItems="center" gridGap={16}>
            <Skeleton variant="text" width={80} height={32} />
            <Skeleton variant="rect" width={160} height={32} />
          </Box>
        </Paper>
      </Grid>
      <Grid item xs={12}>
        <Block lines={2} height={48} />
      </Grid>
      <Grid item xs={12} md={4}>
        <Block lines={5} height={40} />
      </Grid>
      <Grid item xs={12} md={8}>
        <Block lines={8} height={40} />
      </Grid>
    </Grid>
  </div>
);
