import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableContainer from '@material-ui/core/TableContainer';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import {
  entityRouteParams,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import type { CampaignTeamRow } from '../../api';
import { useTableStyles } from '../common/tableStyles';
import { ownerLabel } from '../dashboard/FilterBar';
import {
  STATUSES,
  STATUS_LABELS,
  countOfStatus,
  percent,
} from './campaignStatus';

/**
 * The campaign's progress per direct owner, in the backend's order (most
 * entities not done first), each owner linking to its catalog page.
 */
export const CampaignTeamTable = (props: { teams: CampaignTeamRow[] }) => {
  const classes = useTableStyles();
  const entityRoute = useRouteRef(entityRouteRef);

  const owner = (row: CampaignTeamRow) => {
    if (!row.owner) return 'No owner';
    const label = ownerLabel(row.owner, row.title);
    try {
      return (
        <Link to={entityRoute(entityRouteParams(row.owner))}>{label}</Link>
      );
    } catch {
      return label;
    }
  };

  return (
    <TableContainer className={classes.container}>
      <Table size="small" className={classes.table} aria-label="Teams">
        <TableHead>
          <TableRow>
            <TableCell>Team</TableCell>
            <TableCell align="right">Entities</TableCell>
            {STATUSES.map(status => (
              <TableCell key={status} align="right">
                {STATUS_LABELS[status]}
              </TableCell>
            ))}
            <TableCell align="right">Share done</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {props.teams.map(row => (
            <TableRow key={row.owner ?? ''}>
              <TableCell component="th" scope="row" role="rowheader">
                {owner(row)}
              </TableCell>
              <TableCell align="right">{row.progress.total}</TableCell>
              {STATUSES.map(status => (
                <TableCell key={status} align="right">
                  {countOfStatus(row.progress, status)}
                </TableCell>
              ))}
              <TableCell align="right">
                {percent(row.progress.doneShare)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
};
