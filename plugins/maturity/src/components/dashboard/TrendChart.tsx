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
  Area,
  AreaChart,
  CartesianGrid,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { maturityApiRef, type PhaseCount } from '../../api';
import { inLadderOrder } from '../common/ladder';
import { phaseColour } from '../common/phases';
import { LoadError } from './LoadError';
import { useTableStyles } from '../common/tableStyles';
import { TrendLegend } from './TrendLegend';

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/**
 * Entities per phase per day, stacked with `Unknown` at the bottom and the
 * highest phase on top, a legend in ladder order, and a table of the first
 * and last day's counts.
 */
export const TrendChart = (props: {
  owner?: string[];
  phases: PhaseCount[];
  ladder: string[];
}) => {
  const { ladder } = props;
  const phases = inLadderOrder(props.phases, ladder);
  const api = useApi(maturityApiRef);
  const theme = useTheme();
  const classes = useTableStyles();
  const ownerKey = JSON.stringify(props.owner ?? []);
  const { value, loading, error, retry } = useAsyncRetry(
    () => api.getTrend({ owner: JSON.parse(ownerKey) as string[] }),
    [api, ownerKey],
  );
  const [ref, { width }] = useMeasure<HTMLDivElement>();

  const data = useMemo(
    () => (value?.days ?? []).map(d => ({ day: d.day, ...d.phases })),
    [value],
  );

  if (error) {
    return <LoadError what="the trend" error={error} onRetry={retry} />;
  }
  if (loading && !value) {
    return (
      <Skeleton variant="rect" height={280} aria-label="Loading the trend" />
    );
  }
  if (!value || value.days.length < 2) {
    return (
      <Typography color="textSecondary">
        Not enough history yet: the trend appears once evaluations from two
        different days are stored.
      </Typography>
    );
  }

  const first = value.days[0];
  const last = value.days[value.days.length - 1];
  return (
    <>
      <div ref={ref} aria-hidden>
        {width > 0 && (
          <AreaChart
            // The table beside it is what assistive technology reads; the
            // drawing stays out of the tab order too.
            accessibilityLayer={false}
            width={width}
            height={280}
            data={data}
            margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis
              dataKey="day"
              minTickGap={24}
              tick={{ fill: theme.palette.text.secondary }}
            />
            <YAxis
              allowDecimals={false}
              tick={{ fill: theme.palette.text.secondary }}
            />
            <Tooltip />
            {phases.map(phase => (
              <Area
                key={phase.phase}
                type="monotone"
                dataKey={phase.phase}
                name={phase.name}
                stackId="phases"
                stroke={phaseColour(phase.phase, ladder)}
                fill={phaseColour(phase.phase, ladder)}
                fillOpacity={0.7}
                isAnimationActive={false}
              />
            ))}
          </AreaChart>
        )}
      </div>
      <TrendLegend phases={phases} ladder={ladder} />
      <TableContainer className={classes.container}>
        <Table
          size="small"
          className={classes.table}
          aria-label="Trend summary"
        >
          <TableHead>
            <TableRow>
              <TableCell>Phase</TableCell>
              <TableCell align="right">{first.day}</TableCell>
              <TableCell align="right">{last.day}</TableCell>
              <TableCell align="right">Change</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {phases.map(phase => {
              const before = first.phases[phase.phase] ?? 0;
              const after = last.phases[phase.phase] ?? 0;
              return (
                <TableRow key={phase.phase}>
                  <TableCell component="th" scope="row" role="rowheader">
                    {phase.name}
                  </TableCell>
                  <TableCell align="right">{before}</TableCell>
                  <TableCell align="right">{after}</TableCell>
                  <TableCell align="right">{signed(after - before)}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </TableContainer>
    </>
  );
};
