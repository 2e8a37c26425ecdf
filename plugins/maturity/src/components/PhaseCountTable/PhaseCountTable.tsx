import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import { Link } from '@backstage/core-components';
import type { PhaseCount } from '../../api';
import { bucketName, ladderOfCounts } from '../common/ladder';
import { capitalized, COMPONENTS, countOf } from '../common/nouns';
import { PhaseSwatch } from '../common/PhaseSwatch';

/**
 * Properties of {@link PhaseCountTable}.
 *
 * @public
 */
export interface PhaseCountTableProps {
  /**
   * Entities per phase id, as the maturity API counts them: `unknown`,
   * `not-started`, then the ladder lowest first.
   */
  phases: PhaseCount[];
  /** Where the count of a phase id leads, e.g. the dashboard's list of them. */
  linkFor(phaseId: string): string;
  /** What the counted entities are called; "component(s)" by default. */
  noun?: { one: string; many: string };
}

/**
 * How many entities stand at each phase, Unknown and Not started included,
 * each count a link to those entities.
 *
 * @public
 */
export const PhaseCountTable = (props: PhaseCountTableProps) => {
  const { phases, linkFor, noun = COMPONENTS } = props;
  const ladder = ladderOfCounts(phases);
  return (
    <Table size="small" aria-label={`${capitalized(noun.many)} per phase`}>
      <TableBody>
        {phases.map(p => {
          const name = bucketName(p);
          return (
            <TableRow key={p.phase}>
              <TableCell component="th" scope="row" role="rowheader">
                <Box display="flex" alignItems="center">
                  <PhaseSwatch phase={p.phase} ladder={ladder} />
                  {name}
                </Box>
              </TableCell>
              <TableCell align="right">
                {p.count > 0 ? (
                  <Link
                    to={linkFor(p.phase)}
                    aria-label={`${countOf(p.count, noun)}: ${name}`}
                  >
                    {p.count}
                  </Link>
                ) : (
                  p.count
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
};
