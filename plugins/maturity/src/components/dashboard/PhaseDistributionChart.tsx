import Box from '@material-ui/core/Box';
import Link from '@material-ui/core/Link';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import useMeasure from 'react-use/esm/useMeasure';
import {
  Bar,
  BarChart,
  Cell,
  LabelList,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { PhaseCount } from '../../api';
import { phaseColour } from '../common/phases';

const BAR_HEIGHT = 36;

/**
 * Services per phase as a funnel of horizontal bars, lowest phase on top,
 * with the name and count printed on each bar and repeated in a table.
 * Choosing a phase narrows the services table to it.
 */
export const PhaseDistributionChart = (props: {
  phases: PhaseCount[];
  ladder: string[];
  total: number;
  selected: string[];
  onToggle(phaseId: string): void;
}) => {
  const { phases, ladder, total, selected, onToggle } = props;
  // Measured rather than ResponsiveContainer: no chart without a layout (tests, print preview).
  const [ref, { width }] = useMeasure<HTMLDivElement>();

  return (
    <>
      <div ref={ref} aria-hidden>
        {width > 0 && (
          <BarChart
            width={width}
            height={BAR_HEIGHT * phases.length + 16}
            data={phases}
            layout="vertical"
            margin={{ top: 8, right: 48, bottom: 8, left: 8 }}
          >
            <XAxis type="number" hide allowDecimals={false} />
            <YAxis type="category" dataKey="name" width={170} />
            <Tooltip cursor={{ fillOpacity: 0.1 }} />
            <Bar
              dataKey="count"
              name="Services"
              cursor="pointer"
              isAnimationActive={false}
              onClick={item => onToggle((item.payload as PhaseCount).phase)}
            >
              {phases.map(phase => (
                <Cell
                  key={phase.phase}
                  fill={phaseColour(phase.phase, ladder)}
                  fillOpacity={
                    selected.length === 0 || selected.includes(phase.phase)
                      ? 1
                      : 0.35
                  }
                />
              ))}
              <LabelList dataKey="count" position="right" />
            </Bar>
          </BarChart>
        )}
      </div>
      <Table size="small" aria-label="Services per phase">
        <TableHead>
          <TableRow>
            <TableCell>Phase</TableCell>
            <TableCell align="right">Services</TableCell>
            <TableCell align="right">Share</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {phases.map(phase => (
            <TableRow
              key={phase.phase}
              selected={selected.includes(phase.phase)}
            >
              <TableCell component="th" scope="row" role="rowheader">
                <Box display="flex" alignItems="center">
                  <Box
                    component="span"
                    width={12}
                    height={12}
                    mr={1}
                    borderRadius={2}
                    bgcolor={phaseColour(phase.phase, ladder)}
                  />
                  <Link
                    component="button"
                    variant="body2"
                    aria-pressed={selected.includes(phase.phase)}
                    title={`Show only ${phase.name} services in the table below`}
                    onClick={() => onToggle(phase.phase)}
                  >
                    {phase.name}
                  </Link>
                </Box>
              </TableCell>
              <TableCell align="right">{phase.count}</TableCell>
              <TableCell align="right">
                {total ? `${Math.round((phase.count / total) * 100)}%` : '–'}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Box mt={1}>
        <Typography variant="caption" color="textSecondary">
          {total} services in total. Choose a phase to list its services.
        </Typography>
      </Box>
    </>
  );
};
