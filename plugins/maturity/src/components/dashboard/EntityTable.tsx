import { useState } from 'react';
import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import MenuItem from '@material-ui/core/MenuItem';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableContainer from '@material-ui/core/TableContainer';
import TableHead from '@material-ui/core/TableHead';
import TablePagination from '@material-ui/core/TablePagination';
import TableRow from '@material-ui/core/TableRow';
import TableSortLabel from '@material-ui/core/TableSortLabel';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { Link, Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import {
  entityRouteParams,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';
import {
  maturityApiRef,
  type EntityFilters,
  type EntitySortField,
  type EntitySummary,
  type PhaseCount,
} from '../../api';
import { formatDateTime, formatRelative } from '../common/dates';
import { PhaseChip } from '../common/PhaseChip';
import { phaseName } from '../common/phases';
import { collectEntities } from './collectEntities';
import { entitiesToCsv } from './csv';
import { ExportCsvButton } from './ExportCsvButton';
import { ownerLabel } from './FilterBar';

const ALL_PHASES = '';

/** Where an entity stands against its next phase. */
const ProgressCell = (props: { item: EntitySummary; phases: PhaseCount[] }) => {
  const { item, phases } = props;
  if (!item.nextPhase) {
    return <Typography variant="body2">Top of the ladder</Typography>;
  }
  const percent = Math.round(item.progress * 100);
  const next = phaseName(item.nextPhase, phases);
  return (
    <Box minWidth={140}>
      <Typography variant="body2">{`${percent}% to ${next}`}</Typography>
      <LinearProgress
        variant="determinate"
        value={percent}
        aria-label={`${percent}% of ${next} met`}
      />
    </Box>
  );
};

const EvaluatedCell = (props: { at: string }) => (
  <time dateTime={props.at} title={formatDateTime(props.at)}>
    {formatRelative(props.at)}
  </time>
);

/**
 * One page of the filtered services, sorted and paged by the backend so
 * that the page stays fast however large the catalog is.
 */
export const EntityTable = (props: {
  filters: EntityFilters;
  filtersKey: string;
  phase: string[];
  sort: EntitySortField;
  order: 'asc' | 'desc';
  phases: PhaseCount[];
  ladder: string[];
  onSort(sort: EntitySortField, order: 'asc' | 'desc'): void;
  onPhaseChange(phase: string[]): void;
}) => {
  const { filters, filtersKey, phase, sort, order, phases, ladder } = props;
  const api = useApi(maturityApiRef);
  const entityRoute = useRouteRef(entityRouteRef);

  // Any change of what is listed starts again at the first page.
  const listKey = JSON.stringify([filtersKey, phase, sort, order]);
  const [paging, setPaging] = useState({ key: listKey, page: 0 });
  const [pageSize, setPageSize] = useState(25);
  const page = paging.key === listKey ? paging.page : 0;

  const query = {
    ...filters,
    ...(phase.length ? { phase } : {}),
    sort,
    order,
  };
  const queryKey = JSON.stringify(query);
  const { value, loading, error } = useAsync(
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
          ? `Exported the first ${items.length} of ${totalCount} services.`
          : undefined,
    };
  };

  const header = (field: EntitySortField | undefined, label: string) => {
    if (!field) {
      return (
        <TableCell key={label} align="right">
          {label}
        </TableCell>
      );
    }
    const active = sort === field;
    return (
      <TableCell key={label} sortDirection={active ? order : false}>
        <TableSortLabel
          active={active}
          direction={active ? order : 'asc'}
          onClick={() =>
            props.onSort(field, active && order === 'asc' ? 'desc' : 'asc')
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

  return (
    <>
      <Box display="flex" alignItems="center" mb={1} style={{ gap: 16 }}>
        <TextField
          select
          label="Phase"
          variant="outlined"
          size="small"
          style={{ minWidth: 200 }}
          value={phase[0] ?? ALL_PHASES}
          onChange={event =>
            props.onPhaseChange(
              event.target.value === ALL_PHASES ? [] : [event.target.value],
            )
          }
        >
          <MenuItem value={ALL_PHASES}>All phases</MenuItem>
          {phases.map(p => (
            <MenuItem key={p.phase} value={p.phase}>
              {p.name}
            </MenuItem>
          ))}
        </TextField>
        <Box flexGrow={1} />
        <ExportCsvButton filename="service-maturity.csv" build={exportCsv} />
      </Box>
      {error && <ResponseErrorPanel error={error} />}
      {!error && !value && <Progress />}
      {!error && value && (
        <>
          {loading ? <LinearProgress /> : <Box height={4} />}
          <TableContainer>
            <Table size="small" aria-label="Services">
              <TableHead>
                <TableRow>
                  {header('name', 'Name')}
                  {header('owner', 'Owner')}
                  {header('phase', 'Phase')}
                  {header('progress', 'Progress to next phase')}
                  {header(undefined, 'Blocking checks')}
                  {header('evaluatedAt', 'Evaluated')}
                </TableRow>
              </TableHead>
              <TableBody>
                {value.items.length === 0 && (
                  <TableRow>
                    <TableCell colSpan={6}>
                      <Typography color="textSecondary">
                        No services match these filters.
                      </Typography>
                    </TableCell>
                  </TableRow>
                )}
                {value.items.map(item => (
                  <TableRow key={item.entityRef} hover>
                    <TableCell component="th" scope="row" role="rowheader">
                      {link(item.entityRef, item.title ?? item.name)}
                    </TableCell>
                    <TableCell>
                      {item.owner
                        ? link(item.owner, ownerLabel(item.owner))
                        : '–'}
                    </TableCell>
                    <TableCell>
                      <PhaseChip
                        size="small"
                        phase={item.phase}
                        name={phaseName(item.phase, phases)}
                        ladder={ladder}
                      />
                    </TableCell>
                    <TableCell>
                      <ProgressCell item={item} phases={phases} />
                    </TableCell>
                    <TableCell
                      align="right"
                      title={item.blocking.join(', ') || undefined}
                    >
                      {item.blocking.length}
                    </TableCell>
                    <TableCell>
                      <EvaluatedCell at={item.evaluatedAt} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          <TablePagination
            component="div"
            count={value.totalCount}
            // The count can shrink under a page that is still loading.
            page={Math.min(
              page,
              Math.max(0, Math.ceil(value.totalCount / pageSize) - 1),
            )}
            rowsPerPage={pageSize}
            rowsPerPageOptions={[10, 25, 50, 100]}
            onPageChange={(_event, next) =>
              setPaging({ key: listKey, page: next })
            }
            onRowsPerPageChange={event => {
              setPageSize(Number(event.target.value));
              setPaging({ key: listKey, page: 0 });
            }}
          />
        </>
      )}
    </>
  );
};
