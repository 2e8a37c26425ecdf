import Box from '@material-ui/core/Box';
import MenuItem from '@material-ui/core/MenuItem';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableContainer from '@material-ui/core/TableContainer';
import TableHead from '@material-ui/core/TableHead';
import TablePagination from '@material-ui/core/TablePagination';
import TableRow from '@material-ui/core/TableRow';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { Link } from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import {
  entityRouteParams,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { useSearchParams } from 'react-router-dom';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { maturityApiRef, type CampaignEntityStatus } from '../../api';
import { useTableStyles } from '../common/tableStyles';
import { TableSkeleton } from '../dashboard/DashboardSkeleton';
import { ExportCsvButton } from '../dashboard/ExportCsvButton';
import { ownerLabel } from '../dashboard/FilterBar';
import { LoadError } from '../dashboard/LoadError';
import { campaignEntitiesToCsv } from './campaignCsv';
import { NOT_DONE, STATUS_LABELS, STATUS_WORDS } from './campaignStatus';
import { collectCampaignEntities } from './collectCampaignEntities';
import { RemainingChecks } from './RemainingChecks';
import { StatusLabel } from './StatusLabel';

const PAGE_SIZE = 25;
const ALL = 'not-done';

/** The status filter of the query string, if it names a status not done. */
function statusParam(value: string | null): CampaignEntityStatus | undefined {
  return NOT_DONE.find(status => status === value);
}

/** The page of the query string (`page=2` is the second), from 0. */
function pageParam(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page > 1 ? page - 1 : 0;
}

/**
 * The campaign's entities that have not reached the target, worst first,
 * a page at a time, with what each still misses. The status filter and the
 * page live in the query string (`?status=at-risk&page=2`).
 */
export const CampaignEntityTable = (props: {
  campaignId: string;
  /** Owner titles by ref, from the team table. */
  ownerTitles: Map<string, string>;
}) => {
  const { campaignId, ownerTitles } = props;
  const api = useApi(maturityApiRef);
  const entityRoute = useRouteRef(entityRouteRef);
  const classes = useTableStyles();
  const [params, setParams] = useSearchParams();
  const status = statusParam(params.get('status'));
  const page = pageParam(params.get('page'));

  const { value, loading, error, retry } = useAsyncRetry(
    () =>
      api.listCampaignEntities(campaignId, {
        status: status ? [status] : NOT_DONE,
        limit: PAGE_SIZE,
        offset: page * PAGE_SIZE,
      }),
    [api, campaignId, status, page],
  );

  const change = (next: { status?: string; page?: number }) => {
    const changed = new URLSearchParams(params);
    if (next.status !== undefined) {
      if (next.status === ALL) changed.delete('status');
      else changed.set('status', next.status);
      changed.delete('page');
    }
    if (next.page !== undefined) {
      if (next.page === 0) changed.delete('page');
      else changed.set('page', String(next.page + 1));
    }
    setParams(changed);
  };

  const tabOf = (ref: string): string | undefined => {
    try {
      return `${entityRoute(entityRouteParams(ref))}/maturity`;
    } catch {
      return undefined;
    }
  };

  const ownerCell = (ref: string | undefined) => {
    if (!ref) return '–';
    const label = ownerLabel(ref, ownerTitles.get(ref));
    try {
      return <Link to={entityRoute(entityRouteParams(ref))}>{label}</Link>;
    } catch {
      return label;
    }
  };

  const exportCsv = async () => {
    const { items, totalCount } = await collectCampaignEntities(
      api,
      campaignId,
      { status: NOT_DONE },
    );
    return {
      csv: campaignEntitiesToCsv(items),
      note:
        items.length < totalCount
          ? `Exported the first ${items.length} of ${totalCount} entities not done.`
          : undefined,
    };
  };

  const emptyText = (totalCount: number) => {
    if (totalCount > 0) return `Page ${page + 1} is past the last page.`;
    return status
      ? `No entity is ${STATUS_WORDS[status]}.`
      : 'Every entity has reached the target.';
  };

  const body = () => {
    if (error) {
      return (
        <LoadError
          what="the campaign’s entities"
          error={error}
          onRetry={retry}
        />
      );
    }
    if (!value) return <TableSkeleton rows={10} label="Loading entities" />;
    return (
      <Box
        aria-busy={loading}
        style={{ opacity: loading ? 0.6 : 1, transition: 'opacity 0.2s' }}
      >
        <TableContainer className={classes.container}>
          <Table
            size="small"
            className={classes.table}
            aria-label="Entities not done"
          >
            <TableHead>
              <TableRow>
                <TableCell>Entity</TableCell>
                <TableCell>Status</TableCell>
                <TableCell>Owner</TableCell>
                <TableCell align="right">Target checks met</TableCell>
                <TableCell>Checks left</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {value.items.length === 0 && (
                <TableRow>
                  <TableCell colSpan={5}>
                    <Typography color="textSecondary">
                      {emptyText(value.totalCount)}
                    </Typography>
                  </TableCell>
                </TableRow>
              )}
              {value.items.map(item => {
                const tab = tabOf(item.entityRef);
                const name = item.title ?? item.name;
                return (
                  <TableRow key={item.entityRef} hover>
                    <TableCell component="th" scope="row" role="rowheader">
                      {tab ? <Link to={tab}>{name}</Link> : name}
                    </TableCell>
                    <TableCell className={classes.nowrap}>
                      <StatusLabel status={item.status} />
                    </TableCell>
                    <TableCell>{ownerCell(item.owner)}</TableCell>
                    <TableCell align="right" className={classes.nowrap}>
                      {`${item.met} of ${item.total}`}
                    </TableCell>
                    <TableCell>
                      <RemainingChecks checks={item.remaining} tab={tab} />
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </TableContainer>
        <TablePagination
          component="div"
          count={value.totalCount}
          page={Math.min(
            page,
            Math.max(0, Math.ceil(value.totalCount / PAGE_SIZE) - 1),
          )}
          rowsPerPage={PAGE_SIZE}
          rowsPerPageOptions={[]}
          onPageChange={(_, next) => change({ page: next })}
        />
      </Box>
    );
  };

  return (
    <>
      <Box
        display="flex"
        alignItems="center"
        flexWrap="wrap"
        mb={1}
        style={{ gap: 16 }}
      >
        <TextField
          id="maturity-campaign-status"
          select
          label="Status"
          variant="outlined"
          size="small"
          value={status ?? ALL}
          onChange={event => change({ status: event.target.value })}
          style={{ minWidth: 200 }}
        >
          <MenuItem value={ALL}>All not done</MenuItem>
          {NOT_DONE.map(option => (
            <MenuItem key={option} value={option}>
              {STATUS_LABELS[option]}
            </MenuItem>
          ))}
        </TextField>
        <Box flexGrow={1} />
        <ExportCsvButton
          filename={`campaign-${campaignId}-not-done.csv`}
          build={exportCsv}
        />
      </Box>
      {body()}
    </>
  );
};
