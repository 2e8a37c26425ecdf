import { Link } from '@backstage/core-components';
import { EntityDisplayName } from '@backstage/plugin-catalog-react';
import Button from '@material-ui/core/Button';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { formatDate } from '../common/dates';
import { useTableStyles } from '../common/tableStyles';
import type { WaiverRow } from './waivers';

const KIND_LABELS = { exemption: 'Exemption', attestation: 'Attestation' };

/** A person or group by name (the catalog's title when it has one). */
const Person = (props: { entityRef: string }) => (
  <EntityDisplayName entityRef={props.entityRef} defaultKind="user" hideIcon />
);

/** How a past waiver ended: revoked (by whom, when) or expired. */
const Ended = (props: { row: WaiverRow }) => {
  const { row } = props;
  if (row.status === 'expired') {
    return <>Expired on {formatDate(row.expiresAt)}</>;
  }
  return (
    <>
      Revoked
      {row.revokedBy && (
        <>
          {' '}
          by <Person entityRef={row.revokedBy} />
        </>
      )}
      {row.revokedAt && ` on ${formatDate(row.revokedAt)}`}
    </>
  );
};

/**
 * Exemptions and attestations as a table: those in force with when they
 * expire (and a way to revoke), or past ones with how they ended.
 */
export const WaiverTable = (props: {
  rows: WaiverRow[];
  label: string;
  past?: boolean;
  /** Given to those who may revoke; only API waivers in force can be. */
  onRevoke?: (row: WaiverRow & { id: string }) => void;
}) => {
  const { rows, past, onRevoke } = props;
  const classes = useTableStyles();
  return (
    <div className={classes.container}>
      <Table size="small" aria-label={props.label} className={classes.table}>
        <TableHead>
          <TableRow>
            <TableCell>Check</TableCell>
            <TableCell>Kind</TableCell>
            <TableCell>Reason</TableCell>
            <TableCell>By</TableCell>
            <TableCell>{past ? 'Ended' : 'Expires'}</TableCell>
            {onRevoke && !past && <TableCell aria-label="Actions" />}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map(row => (
            <TableRow key={row.key}>
              <TableCell>{row.checkTitle}</TableCell>
              <TableCell>
                {KIND_LABELS[row.kind]}
                {row.evidenceUrl && (
                  <>
                    {' '}
                    (<Link to={row.evidenceUrl}>evidence</Link>)
                  </>
                )}
              </TableCell>
              <TableCell>{row.reason}</TableCell>
              <TableCell className={classes.nowrap}>
                {row.source === 'annotation' && 'Catalog annotation'}
                {row.source !== 'annotation' &&
                  (row.createdBy ? (
                    <Person entityRef={row.createdBy} />
                  ) : (
                    'Unknown'
                  ))}
              </TableCell>
              <TableCell className={classes.nowrap}>
                {past ? <Ended row={row} /> : formatDate(row.expiresAt)}
              </TableCell>
              {onRevoke && !past && (
                <TableCell>
                  {row.id && (
                    <Button
                      size="small"
                      aria-label={`Revoke the ${row.kind} of ${row.checkTitle}`}
                      onClick={() => onRevoke({ ...row, id: row.id as string })}
                    >
                      Revoke
                    </Button>
                  )}
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
};
