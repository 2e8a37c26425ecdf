import type { CompoundEntityRef } from '@backstage/catalog-model';
import { Link } from '@backstage/core-components';
import { maturityExemptionManagePermission } from '@backstage-maturity/plugin-maturity-common';
import { usePermission } from '@backstage/plugin-permission-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import AddIcon from '@material-ui/icons/Add';
import { Alert } from '@material-ui/lab';
import { useCallback, useState } from 'react';
import type { EntitySummary, Scorecard, Waiver } from '../../api';
import { formatDate } from '../common/dates';
import { ReEvaluateButton } from './ReEvaluateButton';
import { RevokeWaiverDialog } from './RevokeWaiverDialog';
import { Section } from './Section';
import { WaiverDialog } from './WaiverDialog';
import { waivableChecks, waiverRows, type WaiverRow } from './waivers';

const KIND_LABELS = { exemption: 'Exemption', attestation: 'Attestation' };

function checkTitle(scorecard: Scorecard, checkId: string): string {
  return scorecard.checks.find(c => c.checkId === checkId)?.title ?? checkId;
}

function statusText(row: WaiverRow): string {
  if (row.status === 'active') return 'Active';
  if (row.status === 'expired') return 'Expired';
  const by = row.revokedBy ? ` by ${row.revokedBy}` : '';
  const on = row.revokedAt ? ` on ${formatDate(row.revokedAt)}` : '';
  return `Revoked${by}${on}`;
}

/**
 * Exemptions and attestations of the entity, from the API and from catalog
 * annotations; those allowed can add and revoke them.
 */
export const WaiverList = (props: {
  scorecard: Scorecard;
  entityRef: CompoundEntityRef;
  resourceRef: string;
  /** Called after a waiver was created or revoked. */
  onChanged: () => void;
  onEvaluated: (summary: EntitySummary) => void;
}) => {
  const { scorecard, onChanged, onEvaluated } = props;
  const { allowed: canManage } = usePermission({
    permission: maturityExemptionManagePermission,
    resourceRef: props.resourceRef,
  });
  const [adding, setAdding] = useState(false);
  const [revoking, setRevoking] = useState<WaiverRow & { id: string }>();
  const [notice, setNotice] = useState<string>();
  const rows = waiverRows(scorecard);

  const created = useCallback(
    (waiver: Waiver) => {
      setAdding(false);
      setNotice(
        `Saved. The ${waiver.kind} of “${checkTitle(
          scorecard,
          waiver.checkId,
        )}” counts from the next evaluation.`,
      );
      onChanged();
    },
    [scorecard, onChanged],
  );
  const revoked = useCallback(
    (waiver: Waiver) => {
      setRevoking(undefined);
      setNotice(
        `Revoked. “${checkTitle(
          scorecard,
          waiver.checkId,
        )}” counts as it is from the next evaluation.`,
      );
      onChanged();
    },
    [scorecard, onChanged],
  );
  const evaluated = useCallback(
    (summary: EntitySummary) => {
      setNotice(undefined);
      onEvaluated(summary);
    },
    [onEvaluated],
  );

  return (
    <Section
      id="waivers"
      title="Exemptions and attestations"
      action={
        canManage && (
          <Button
            color="primary"
            startIcon={<AddIcon />}
            onClick={() => setAdding(true)}
          >
            Add exemption or attestation
          </Button>
        )
      }
    >
      {notice && (
        <Box mb={2}>
          <Alert
            severity="success"
            onClose={() => setNotice(undefined)}
            action={
              <ReEvaluateButton
                entityRef={props.entityRef}
                resourceRef={props.resourceRef}
                onEvaluated={evaluated}
                label="Re-evaluate to apply"
                variant="text"
              />
            }
          >
            {notice}
          </Alert>
        </Box>
      )}
      {rows.length === 0 ? (
        <Typography variant="body2">No exemptions or attestations.</Typography>
      ) : (
        <Table size="small" aria-label="Exemptions and attestations">
          <TableHead>
            <TableRow>
              <TableCell>Check</TableCell>
              <TableCell>Kind</TableCell>
              <TableCell>Reason</TableCell>
              <TableCell>By</TableCell>
              <TableCell>Expires</TableCell>
              <TableCell>Status</TableCell>
              {canManage && <TableCell aria-label="Actions" />}
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
                <TableCell>
                  {row.source === 'annotation'
                    ? 'Catalog annotation'
                    : row.createdBy ?? 'Unknown'}
                </TableCell>
                <TableCell>{formatDate(row.expiresAt)}</TableCell>
                <TableCell>{statusText(row)}</TableCell>
                {canManage && (
                  <TableCell>
                    {row.id && row.status === 'active' && (
                      <Button
                        size="small"
                        aria-label={`Revoke the ${row.kind} of ${row.checkTitle}`}
                        onClick={() =>
                          setRevoking({ ...row, id: row.id as string })
                        }
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
      )}
      {adding && (
        <WaiverDialog
          entityRef={props.entityRef}
          checks={waivableChecks(scorecard)}
          phases={scorecard.phases}
          tracks={scorecard.tracks}
          onClose={() => setAdding(false)}
          onCreated={created}
        />
      )}
      {revoking && (
        <RevokeWaiverDialog
          waiver={revoking}
          onClose={() => setRevoking(undefined)}
          onRevoked={revoked}
        />
      )}
    </Section>
  );
};
