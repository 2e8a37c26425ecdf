import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableContainer from '@material-ui/core/TableContainer';
import TableHead from '@material-ui/core/TableHead';
import TablePagination from '@material-ui/core/TablePagination';
import TableRow from '@material-ui/core/TableRow';
import TableSortLabel from '@material-ui/core/TableSortLabel';
import Typography from '@material-ui/core/Typography';
import useMediaQuery from '@material-ui/core/useMediaQuery';
import type { Theme } from '@material-ui/core/styles';
import { Link } from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import {
  entityRouteParams,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import {
  maturityApiRef,
  type EntitySortField,
  type PhaseCount,
} from '../../api';
import { formatDateTime, formatRelative } from '../common/dates';
import { capitalized, type Noun } from '../common/nouns';
import { BlockingChecksCell } from './BlockingChecksCell';
import { collectEntities } from './collectEntities';
import { entitiesToCsv } from './csv';
import { TableSkeleton } from './DashboardSkeleton';
import { ExportCsvButton } from './ExportCsvButton';
import { ownerLabel } from './FilterBar';
import { ListToolbar } from './ListToolbar';
import { LoadError } from './LoadError';
import { ProgressCell, StandingCell } from './StandingCells';
import { useTableStyles } from '../common/tableStyles';
import type { DashboardFilters } from './useDashboardFilters';
import { PAGE_SIZES } from './urlParams';

const EvaluatedCell = (props: { at: string }) => (
  <time dateTime={props.at} title={formatDateTime(props.at)}>
    {formatRelative(props.at)}
  </time>
);

/**
 * One page of the filtered entities, sorted and paged by the backend so
 * that the page stays fast however large the catalog is. Phase, blocker,
 * sort order and page live in the URL (see `useDashboardFilters`).
 */
export const EntityTable = (props: {
  dashboard: DashboardFilters;
  phases: PhaseCount[];
  ladder: string[];
  /** Check titles by id, from the checklist. */
  titles: Map<string, string>;
  /** Owner titles by ref, from the owner roll-up. */
  ownerTitles: Map<string, string>;
  noun: Noun;
}) => {
  const { dashboard, phases, ladder, titles, ownerTitles, noun } = props;
  const { filters, phase, blocker, sort, order, page, pageSize } = dashboard;
  const api = useApi(maturityApiRef);
  const entityRoute = useRouteRef(entityRouteRef);
  const classes = useTableStyles();
  // At narrow widths the least needed columns go, so that no word breaks.
  const narrow = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));

  const query = {
    ...filters,
    ...(phase.length ? { phase } : {}),
    ...(blocker.length ? { blocker } : {}),
    sort,
    order,
  };
  const queryKey = JSON.stringify(query);
  const { value, loading, error, retry } = useAsyncRetry(
    () =>
      api.listEntities({
        ...JSON.parse(queryKey),
        limit: pageSize,
        offset: page * pageSize,
      }),
    [api, queryKey, page, pageSize],
  );

  const exportCsv = async () => {
    const { items, totalCount } = await collectEntities(api, query);
    return {
      csv: entitiesToCsv(items, phases),
      note:
        items.length < totalCount
          ? `Exported the first ${items.length} of ${totalCount} ${noun.many}.`
          : undefined,
    };
  };

  const header = (field: EntitySortField | undefined, label: string) => {
    if (!field) return <TableCell key={label}>{label}</TableCell>;
    const active = sort === field;
    return (
      <TableCell key={label} sortDirection={active ? order : false}>
        <TableSortLabel
          active={active}
          direction={active ? order : 'asc'}
          onClick={() =>
            dashboard.setSort(field, active && order === 'asc' ? 'desc' : 'asc')
          }
        >
          {label}
        </TableSortLabel>
      </TableCell>
    );
  };

  const link = (ref: string | undefined, text: string) => {
    if (!ref) return text;
    try {
      return <Link to={entityRoute(entityRouteParams(ref))}>{text}</Link>;
    } catch {
      return text;
    }
  };

  const columns = narrow ? 4 : 6;
  const body = () => {
    if (error) {
      return (
        <LoadError
          what={`the list of ${noun.many}`}
          error={error}
          onRetry={retry}
        />
      );
    }
    if (!value) {
      return <TableSkeleton rows={10} label={`Loading ${noun.many}`} />;
    }
    const lastPage = Math.max(0, Math.ceil(value.totalCount / pageSize) - 1);
    return (
      <Box
        aria-busy={loading}
        style={{ opacity: loading ? 0.6 : 1, transition: 'opacity 0.2s' }}
      >
        <TableContainer className={classes.container}>
          <Table
            size="small"
            className={classes.table}
            aria-label={capitalized(noun.many)}
          >
            <TableHead>
              <TableRow>
                {header('name', 'Name')}
                {!narrow && header('owner', 'Owner')}
                {header('phase', 'Phase')}
                {header('progress', 'Progress to next phase')}
                {header(undefined, 'Blocking checks')}
                {!narrow && header('evaluatedAt', 'Evaluated')}
              </TableRow>
            </TableHead>
            <TableBody>
              {value.items.length === 0 && (
                <TableRow>
                  <TableCell colSpan={columns}>
                    <Typography color="textSecondary">
                      {page > lastPage
                        ? `Page ${page + 1} is past the last page (${
                            lastPage + 1
                          }).`
                        : `No ${noun.many} match these filters.`}
                    </Typography>
                  </TableCell>
                </TableRow>
              )}
              {value.items.map(item => (
                <TableRow key={item.entityRef} hover>
                  <TableCell component="th" scope="row" role="rowheader">
                    {link(item.entityRef, item.title ?? item.name)}
                  </TableCell>
                  {!narrow && (
                    <TableCell>
                      {item.owner
                        ? link(
                            item.owner,
                            ownerLabel(item.owner, ownerTitles.get(item.owner)),
                          )
                        : '–'}
                    </TableCell>
                  )}
                  <TableCell>
                    <StandingCell item={item} phases={phases} ladder={ladder} />
                  </TableCell>
                  <TableCell>
                    <ProgressCell item={item} phases={phases} />
                  </TableCell>
                  <TableCell>
                    <BlockingChecksCell
                      blocking={item.blocking}
                      titles={titles}
                    />
                  </TableCell>
                  {!narrow && (
                    <TableCell className={classes.nowrap}>
                      <EvaluatedCell at={item.evaluatedAt} />
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
        <TablePagination
          component="div"
          count={value.totalCount}
          // A page past the end (an old link) shows the last one's controls.
          page={Math.min(page, lastPage)}
          rowsPerPage={pageSize}
          rowsPerPageOptions={PAGE_SIZES}
          onPageChange={(_event, next) => dashboard.setPage(next)}
          onRowsPerPageChange={event =>
            dashboard.setPageSize(Number(event.target.value))
          }
        />
      </Box>
    );
  };

  return (
    <>
      <ListToolbar
        phases={phases}
        phase={phase}
        onPhaseChange={dashboard.setPhase}
        blocker={blocker}
        titles={titles}
        onBlockerChange={dashboard.setBlocker}
        action={
          <ExportCsvButton filename="service-maturity.csv" build={exportCsv} />
        }
      />
      {body()}
    </>
  );
};
