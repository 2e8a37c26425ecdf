import { useState } from 'react';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableContainer from '@material-ui/core/TableContainer';
import TableHead from '@material-ui/core/TableHead';
import TablePagination from '@material-ui/core/TablePagination';
import TableRow from '@material-ui/core/TableRow';
import { Link } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { maturityApiRef, type EntityFilters, type PhaseCount } from '../../api';
import { BlockerPhaseChip } from '../common/BlockerPhaseChip';
import { capitalized, countOf, type Noun } from '../common/nouns';
import type { BlockerLinks } from './BlockersList';
import { TableSkeleton } from './DashboardSkeleton';
import { LoadError } from './LoadError';
import { useTableStyles } from '../common/tableStyles';

const PAGE_SIZE = 20;

/** Every check that blocks any of the filtered entities, a page at a time. */
const AllBlockersTable = (
  props: BlockerLinks & {
    filtersKey: string;
    phases: PhaseCount[];
    ladder: string[];
    noun: Noun;
  },
) => {
  const { filtersKey, phases, ladder, noun, hrefOf, onFollow } = props;
  const api = useApi(maturityApiRef);
  const classes = useTableStyles();
  const [page, setPage] = useState(0);
  const { value, error, retry } = useAsyncRetry(
    () =>
      api.listBlockers({
        ...(JSON.parse(filtersKey) as EntityFilters),
        limit: PAGE_SIZE,
        offset: page * PAGE_SIZE,
      }),
    [api, filtersKey, page],
  );

  if (error) {
    return <LoadError what="the blockers" error={error} onRetry={retry} />;
  }
  if (!value) return <TableSkeleton rows={10} label="Loading blockers" />;
  return (
    <>
      <TableContainer className={classes.container}>
        <Table size="small" className={classes.table} aria-label="All blockers">
          <TableHead>
            <TableRow>
              <TableCell>Check</TableCell>
              <TableCell>Phase</TableCell>
              <TableCell align="right">{capitalized(noun.many)}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {value.items.map(blocker => (
              <TableRow key={blocker.checkId}>
                <TableCell component="th" scope="row" role="rowheader">
                  <Link to={hrefOf(blocker.checkId)} onClick={onFollow}>
                    {blocker.title}
                  </Link>
                </TableCell>
                <TableCell>
                  <BlockerPhaseChip
                    blocker={blocker}
                    phases={phases}
                    ladder={ladder}
                  />
                </TableCell>
                <TableCell align="right" className={classes.nowrap}>
                  <Link to={hrefOf(blocker.checkId)} onClick={onFollow}>
                    {countOf(blocker.count, noun)}
                  </Link>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <TablePagination
        component="div"
        count={value.totalCount}
        page={page}
        rowsPerPage={PAGE_SIZE}
        rowsPerPageOptions={[]}
        onPageChange={(_event, next) => setPage(next)}
      />
    </>
  );
};

/**
 * "Show all N blockers": a dialog paging through every blocking check, each
 * leading to the list of what it blocks.
 */
export const AllBlockersDialog = (
  props: BlockerLinks & {
    count: number;
    filtersKey: string;
    phases: PhaseCount[];
    ladder: string[];
    noun: Noun;
  },
) => {
  const { count, onFollow, ...table } = props;
  const [open, setOpen] = useState(false);
  const follow = () => {
    setOpen(false);
    onFollow();
  };
  return (
    <>
      <Button size="small" color="primary" onClick={() => setOpen(true)}>
        {`Show all ${count} blockers`}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        maxWidth="md"
        fullWidth
        aria-labelledby="maturity-all-blockers-title"
      >
        <DialogTitle id="maturity-all-blockers-title">
          {`All ${count} blockers`}
        </DialogTitle>
        <DialogContent>
          {open && <AllBlockersTable {...table} onFollow={follow} />}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>Close</Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
