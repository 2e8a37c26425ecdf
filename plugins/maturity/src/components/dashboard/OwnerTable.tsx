import { useMemo, useState } from 'react';
import Box from '@material-ui/core/Box';
import IconButton from '@material-ui/core/IconButton';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableContainer from '@material-ui/core/TableContainer';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import TableSortLabel from '@material-ui/core/TableSortLabel';
import useMediaQuery from '@material-ui/core/useMediaQuery';
import type { Theme } from '@material-ui/core/styles';
import ChevronRightIcon from '@material-ui/icons/ChevronRight';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import {
  entityRouteParams,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import type { OwnerRollupRow, PhaseCount } from '../../api';
import { capitalized, type Noun } from '../common/nouns';
import { ownerLabel } from './FilterBar';
import { buildOwnerTree, type OwnerNode, type OwnerSortKey } from './ownerTree';
import { useTableStyles } from '../common/tableStyles';
import type { ListChange } from './useDashboardFilters';

const labelOf = (row: OwnerRollupRow) => ownerLabel(row.owner, row.title);

function nextOrder(
  active: boolean,
  current: 'asc' | 'desc',
  numeric: boolean,
): 'asc' | 'desc' {
  if (active) return current === 'asc' ? 'desc' : 'asc';
  // Counts read best largest first, names from A.
  return numeric ? 'desc' : 'asc';
}

/**
 * Entities per phase for each owner; a group's counts include its
 * sub-groups, which are listed indented under it. Each count opens the
 * list of those entities.
 */
export const OwnerTable = (props: {
  rows: OwnerRollupRow[];
  phases: PhaseCount[];
  noun: Noun;
  /** The query string of the list narrowed by `change`. */
  linkTo(change: ListChange): string;
  /** Called on following a count, to bring the list into view. */
  onFollow(): void;
}) => {
  const { rows, phases, noun, linkTo, onFollow } = props;
  const entityRoute = useRouteRef(entityRouteRef);
  const classes = useTableStyles();
  // At narrow widths the least needed column goes, so that no word breaks.
  const narrow = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const [sort, setSort] = useState<{
    key: OwnerSortKey;
    order: 'asc' | 'desc';
  }>({ key: 'total', order: 'desc' });
  const tree = useMemo(
    () => buildOwnerTree(rows, sort.key, sort.order, labelOf),
    [rows, sort],
  );
  // A single team (e.g. filtered by owner) opens on its sub-groups.
  const [expanded, setExpanded] = useState<Set<string>>(
    () => new Set(tree.length === 1 ? [tree[0].row.owner] : []),
  );

  const visible: OwnerNode[] = [];
  const walk = (nodes: OwnerNode[]) =>
    nodes.forEach(node => {
      visible.push(node);
      if (expanded.has(node.row.owner)) walk(node.children);
    });
  walk(tree);

  const toggle = (owner: string) =>
    setExpanded(previous => {
      const next = new Set(previous);
      if (!next.delete(owner)) next.add(owner);
      return next;
    });

  const countLink = (
    row: OwnerRollupRow,
    count: number,
    phase: PhaseCount | undefined,
  ) => {
    if (count === 0) return count;
    const what = phase ? `${phase.name} ${noun.many}` : noun.many;
    return (
      <Link
        to={linkTo({
          owner: [row.owner],
          phase: phase ? [phase.phase] : [],
          blocker: [],
        })}
        onClick={onFollow}
        aria-label={`${count} ${what} of ${labelOf(row)}`}
      >
        {count}
      </Link>
    );
  };

  const header = (key: OwnerSortKey, label: string, numeric = true) => {
    const active = sort.key === key;
    return (
      <TableCell
        key={key}
        align={numeric ? 'right' : 'left'}
        sortDirection={active ? sort.order : false}
      >
        <TableSortLabel
          active={active}
          direction={active ? sort.order : 'asc'}
          onClick={() =>
            setSort({ key, order: nextOrder(active, sort.order, numeric) })
          }
        >
          {label}
        </TableSortLabel>
      </TableCell>
    );
  };

  const ownerLink = (row: OwnerRollupRow) => {
    try {
      return (
        <Link to={entityRoute(entityRouteParams(row.owner))}>
          {labelOf(row)}
        </Link>
      );
    } catch {
      return labelOf(row);
    }
  };

  return (
    <TableContainer className={classes.container}>
      <Table
        size="small"
        className={classes.table}
        aria-label={`${capitalized(noun.many)} per phase by team`}
      >
        <TableHead>
          <TableRow>
            {header('owner', 'Team', false)}
            {header('total', 'Total')}
            {!narrow && header('direct', 'Owned directly')}
            {phases.map(phase => header(phase.phase, phase.name))}
          </TableRow>
        </TableHead>
        <TableBody>
          {visible.map(({ row, depth, children }) => {
            const open = expanded.has(row.owner);
            return (
              <TableRow key={row.owner} hover>
                <TableCell
                  component="th"
                  scope="row"
                  role="rowheader"
                  className={classes.nowrap}
                >
                  <Box display="flex" alignItems="center" pl={depth * 3}>
                    {children.length > 0 ? (
                      <IconButton
                        size="small"
                        aria-expanded={open}
                        aria-label={`${open ? 'Collapse' : 'Expand'} ${labelOf(
                          row,
                        )}`}
                        onClick={() => toggle(row.owner)}
                      >
                        {open ? <ExpandMoreIcon /> : <ChevronRightIcon />}
                      </IconButton>
                    ) : (
                      <Box component="span" width={30} />
                    )}
                    {ownerLink(row)}
                  </Box>
                </TableCell>
                <TableCell align="right">
                  {countLink(row, row.total, undefined)}
                </TableCell>
                {!narrow && <TableCell align="right">{row.direct}</TableCell>}
                {phases.map(phase => (
                  <TableCell key={phase.phase} align="right">
                    {countLink(
                      row,
                      row.phases.find(p => p.phase === phase.phase)?.count ?? 0,
                      phase,
                    )}
                  </TableCell>
                ))}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
};
