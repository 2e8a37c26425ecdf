import Box from '@material-ui/core/Box';
import MuiLink from '@material-ui/core/Link';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableContainer from '@material-ui/core/TableContainer';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { useTheme } from '@material-ui/core/styles';
import { Link } from '@backstage/core-components';
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
import { PhaseSwatch } from '../common/PhaseSwatch';
import { capitalized, countOf, type Noun } from '../common/nouns';
import { useTableStyles } from '../common/tableStyles';

const BAR_HEIGHT = 36;

/**
 * Entities per phase as a funnel of horizontal bars, `Unknown` and `Not
 * started` on top, with the name and count printed beside each bar and
 * repeated in a table. A phase's name adds it to (or takes it from) the
 * phases the list shows; its count opens the list of that phase alone.
 */
export const PhaseDistributionChart = (props: {
  phases: PhaseCount[];
  ladder: string[];
  total: number;
  noun: Noun;
  selected: string[];
  onToggle(phaseId: string): void;
  /** The query string of the list narrowed to one phase. */
  hrefOf(phaseId: string): string;
  /** Called on following a count, to bring the list into view. */
  onFollow(): void;
}) => {
  const { phases, ladder, total, noun, selected, onToggle } = props;
  const theme = useTheme();
  const classes = useTableStyles();
  // Measured rather than ResponsiveContainer: no chart without a layout (tests, print preview).
  const [ref, { width }] = useMeasure<HTMLDivElement>();
  // Printed on the page's background, so in the theme's text colour.
  const textColour = theme.palette.text.primary;

  return (
    <>
      <div ref={ref} aria-hidden>
        {width > 0 && (
          <BarChart
            // The table beside it is what assistive technology reads; the
            // drawing stays out of the tab order too.
            accessibilityLayer={false}
            width={width}
            height={BAR_HEIGHT * phases.length + 16}
            data={phases}
            layout="vertical"
            margin={{ top: 8, right: 48, bottom: 8, left: 8 }}
          >
            <XAxis type="number" hide allowDecimals={false} />
            <YAxis
              type="category"
              dataKey="name"
              width={170}
              tick={{ fill: textColour }}
            />
            <Tooltip cursor={{ fillOpacity: 0.1 }} />
            <Bar
              dataKey="count"
              name={capitalized(noun.many)}
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
              <LabelList dataKey="count" position="right" fill={textColour} />
            </Bar>
          </BarChart>
        )}
      </div>
      <TableContainer className={classes.container}>
        <Table
          size="small"
          className={classes.table}
          aria-label={`${capitalized(noun.many)} per phase`}
        >
          <TableHead>
            <TableRow>
              <TableCell>Phase</TableCell>
              <TableCell align="right">{capitalized(noun.many)}</TableCell>
              <TableCell align="right">Share</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {phases.map(phase => (
              <TableRow
                key={phase.phase}
                selected={selected.includes(phase.phase)}
              >
                <TableCell
                  component="th"
                  scope="row"
                  role="rowheader"
                  className={classes.nowrap}
                >
                  <Box display="flex" alignItems="center">
                    <PhaseSwatch
                      phase={phase.phase}
                      ladder={ladder}
                      size={12}
                    />
                    <MuiLink
                      component="button"
                      variant="body2"
                      aria-pressed={selected.includes(phase.phase)}
                      title={`Add ${phase.name} to the phases listed below, or take it out`}
                      onClick={() => onToggle(phase.phase)}
                    >
                      {phase.name}
                    </MuiLink>
                  </Box>
                </TableCell>
                <TableCell align="right">
                  {phase.count > 0 ? (
                    <Link
                      to={props.hrefOf(phase.phase)}
                      onClick={props.onFollow}
                      aria-label={`List the ${countOf(phase.count, noun)} in ${
                        phase.name
                      }`}
                    >
                      {phase.count}
                    </Link>
                  ) : (
                    phase.count
                  )}
                </TableCell>
                <TableCell align="right">
                  {total ? `${Math.round((phase.count / total) * 100)}%` : '–'}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <Box mt={1}>
        <Typography variant="caption" color="textSecondary">
          {`${countOf(total, noun)} in total. Choose a phase to list its ${
            noun.many
          }.`}
        </Typography>
      </Box>
    </>
  );
};
