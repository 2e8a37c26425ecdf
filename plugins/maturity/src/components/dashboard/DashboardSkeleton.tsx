import type { ReactNode } from 'react';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Paper from '@material-ui/core/Paper';
import Skeleton from '@material-ui/lab/Skeleton';

/** Grey rows in the shape of a table, while it loads; `label` names it for screen readers. */
export const TableSkeleton = (props: { rows: number; label?: string }) => (
  <Box
    role={props.label ? 'status' : undefined}
    aria-label={props.label}
    aria-busy={props.label ? true : undefined}
  >
    <Skeleton variant="text" height={32} />
    {Array.from({ length: props.rows }, (_, i) => (
      <Skeleton key={i} variant="text" height={28} />
    ))}
  </Box>
);

const Card = (props: { children: ReactNode }) => (
  <Paper>
    <Box p={2}>
      <Skeleton variant="text" width="40%" height={36} />
      {props.children}
    </Box>
  </Paper>
);

/**
 * The dashboard's cards in outline while the aggregates load: the phase
 * chart and its table, the blockers, the teams and the list.
 */
export const DashboardSkeleton = () => (
  <Grid
    container
    spacing={3}
    role="status"
    aria-label="Loading maturity results"
    aria-busy
  >
    <Grid item xs={12} md={6}>
      <Card>
        <Skeleton variant="rect" height={220} />
        <TableSkeleton rows={6} />
      </Card>
    </Grid>
    <Grid item xs={12} md={6}>
      <Card>
        {Array.from({ length: 6 }, (_, i) => (
          <Box key={i} mb={1.5}>
            <Skeleton variant="text" />
            <Skeleton variant="rect" height={8} />
          </Box>
        ))}
      </Card>
    </Grid>
    <Grid item xs={12}>
      <Card>
        <TableSkeleton rows={5} />
      </Card>
    </Grid>
    <Grid item xs={12}>
      <Card>
        <TableSkeleton rows={10} />
      </Card>
    </Grid>
  </Grid>
);
