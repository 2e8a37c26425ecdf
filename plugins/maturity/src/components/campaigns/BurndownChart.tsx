import { useMemo } from 'react';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableContainer from '@material-ui/core/TableContainer';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { useTheme } from '@material-ui/core/styles';
import Skeleton from '@material-ui/lab/Skeleton';
import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import useMeasure from 'react-use/esm/useMeasure';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { maturityApiRef } from '../../api';
import { useTableStyles } from '../common/tableStyles';
import { LoadError } from '../dashboard/LoadError';
import { burndownSeries } from './burndownSeries';
import { formatDay } from './days';

/**
 * The campaign's entities not done per day from its start to its
 * deadline, beside the ideal line from the first day's total to none at
 * the deadline; a table of the first and latest day carries the numbers.
 */
export const BurndownChart = (props: {
  campaignId: string;
  /** The campaign's entities now, for the ideal line before any day is computed. */
  total: number;
}) => {
  const { campaignId, total } = props;
  const api = useApi(maturityApiRef);
  const theme = useTheme();
  const classes = useTableStyles();
  const [ref, { width }] = useMeasure<HTMLDivElement>();
  const { value, error, retry } = useAsyncRetry(
    () => api.getCampaignBurndown(campaignId),
    [api, campaignId],
  );
  const series = useMemo(
    () => (value ? burndownSeries(value, total) : []),
    [value, total],
  );

  if (error) {
    return <LoadError what="the burndown" error={error} onRetry={retry} />;
  }
  if (!value) {
    return (
      <Skeleton variant="rect" height={280} aria-label="Loading the burndown" />
    );
  }

  const computed = series.filter(point => point.notDone !== null);
  const first = computed[0];
  const latest = computed[computed.length - 1];
  return (
    <>
      <div ref={ref} aria-hidden>
        {width > 0 && (
          <LineChart
            // The table below is what assistive technology reads.
            accessibilityLayer={false}
            width={width}
            height={280}
            data={series}
            margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis
              dataKey="day"
              minTickGap={32}
              tickFormatter={formatDay}
              tick={{ fill: theme.palette.text.secondary }}
            />
            <YAxis
              allowDecimals={false}
              tick={{ fill: theme.palette.text.secondary }}
            />
            <Tooltip labelFormatter={label => formatDay(String(label))} />
            <Legend />
            <Line
              type="linear"
              dataKey="notDone"
              name="Not done"
              stroke={theme.palette.primary.main}
              strokeWidth={2}
              // A dot per computed day: the first days are points, not yet a line.
              dot={{ r: 2 }}
              connectNulls
              isAnimationActive={false}
            />
            <Line
              type="linear"
              dataKey="ideal"
              name="Ideal"
              stroke={theme.palette.text.secondary}
              strokeDasharray="6 4"
              dot={false}
              isAnimationActive={false}
            />
          </LineChart>
        )}
      </div>
      {first && latest ? (
        <TableContainer className={classes.container}>
          <Table
            size="small"
            className={classes.table}
            aria-label="Burndown summary"
          >
            <TableHead>
              <TableRow>
                <TableCell>Day</TableCell>
                <TableCell align="right">Not done</TableCell>
                <TableCell align="right">Ideal</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {[first, ...(latest === first ? [] : [latest])].map(point => (
                <TableRow key={point.day}>
                  <TableCell component="th" scope="row" role="rowheader">
                    {formatDay(point.day)}
                  </TableCell>
                  <TableCell align="right">{point.notDone}</TableCell>
                  <TableCell align="right">{point.ideal}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      ) : (
        <Typography color="textSecondary">
          No day computed yet: the burndown starts with the campaign’s first
          evaluation.
        </Typography>
      )}
    </>
  );
};
