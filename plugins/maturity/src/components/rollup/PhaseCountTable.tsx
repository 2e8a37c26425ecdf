import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import { Link } from '@backstage/core-components';
import type { PhaseCount } from '../../api';
import { phaseColour } from '../common/phases';
import { bucketName, ladderOfCounts } from './ladderOfCounts';
import { countOf, type Noun } from './nouns';
import { PhaseBar } from './PhaseBar';

/**
 * Entities per phase, Unknown and Not started included, each count a link
 * to the dashboard's list of those entities.
 */
export const PhaseCountTable = (props: {
  phases: PhaseCount[];
  noun: Noun;
  /** The dashboard filtered to the entities of one phase id. */
  linkFor: (phaseId: string) => string;
  label: string;
}) => {
  const { phases, noun, linkFor } = props;
  const ladder = ladderOfCounts(phases);
  return (
    <>
      <PhaseBar phases={phases} ladder={ladder} />
      <Table size="small" aria-label={props.label}>
        <TableBody>
          {phases.map(p => {
            const name = bucketName(p);
            return (
              <TableRow key={p.phase}>
                <TableCell component="th" scope="row" role="rowheader">
                  <Box display="flex" alignItems="center">
                    <Box
                      component="span"
                      flexShrink={0}
                      width={10}
                      height={10}
                      mr={1}
                      borderRadius={2}
                      bgcolor={phaseColour(p.phase, ladder)}
                    />
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
    </>
  );
};
