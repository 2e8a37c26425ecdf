import type { CompoundEntityRef } from '@backstage/catalog-model';
import { maturityExemptionManagePermission } from '@backstage-maturity/plugin-maturity-common';
import { usePermission } from '@backstage/plugin-permission-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import CircularProgress from '@material-ui/core/CircularProgress';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import AddIcon from '@material-ui/icons/Add';
import { Alert } from '@material-ui/lab';
import { useCallback, useState } from 'react';
import type { EntitySummary, Scorecard, Waiver } from '../../api';
import { RevokeWaiverDialog } from './RevokeWaiverDialog';
import { Section } from './Section';
import { useReEvaluateAfterChange } from './useReEvaluateAfterChange';
import { WaiverDialog } from './WaiverDialog';
import { WaiverTable } from './WaiverTable';
import { waivableChecks, waiverRows, type WaiverRow } from './waivers';

const useStyles = makeStyles(theme => ({
  past: {
    marginTop: theme.spacing(2),
    '& > summary': { ...theme.typography.subtitle2, cursor: 'pointer' },
  },
}));

function checkTitle(scorecard: Scorecard, checkId: string): string {
  return scorecard.checks.find(c => c.checkId === checkId)?.title ?? checkId;
}

/**
 * Exemptions and attestations of the entity, from the API and from catalog
 * annotations, those in force apart from past ones; those allowed can add
 * and revoke them, and the entity is re-evaluated right after so the
 * change shows at once.
 */
export const WaiverList = (props: {
  scorecard: Scorecard;
  entityRef: CompoundEntityRef;
  resourceRef: string;
  /** What the entity is, in words: "service", "website". */
  noun: string;
  /** Reloads the scorecard without a new evaluation. */
  onChanged: () => void;
  /** Reloads what the page shows after a new evaluation. */
  onEvaluated: (summary: EntitySummary) => void;
}) => {
  const classes = useStyles();
  const { scorecard, noun } = props;
  const { allowed: canManage } = usePermission({
    permission: maturityExemptionManagePermission,
    resourceRef: props.resourceRef,
  });
  const [adding, setAdding] = useState(false);
  const [revoking, setRevoking] = useState<WaiverRow & { id: string }>();
  const { state, apply, dismiss } = useReEvaluateAfterChange({
    entityRef: props.entityRef,
    noun,
    onEvaluated: props.onEvaluated,
    onChanged: props.onChanged,
  });
  const rows = waiverRows(scorecard);
  const active = rows.filter(row => row.status === 'active');
  const past = rows.filter(row => row.status !== 'active');

  const created = useCallback(
    (waiver: Waiver) => {
      setAdding(false);
      const what = `${waiver.kind} of “${checkTitle(
        scorecard,
        waiver.checkId,
      )}”`;
      apply({
        applying: `Saved the ${what}. Re-evaluating this ${noun} so that it counts…`,
        applied: `Saved. The ${what} counts now.`,
        pending: why =>
          `Saved. The ${what} counts from the next evaluation: ${why}.`,
      });
    },
    [scorecard, noun, apply],
  );
  const revoked = useCallback(
    (waiver: Waiver) => {
      setRevoking(undefined);
      const title = `“${checkTitle(scorecard, waiver.checkId)}”`;
      apply({
        applying: `Revoked the ${waiver.kind} of ${title}. Re-evaluating this ${noun}…`,
        applied: `Revoked. ${title} counts as it is now.`,
        pending: why =>
          `Revoked. ${title} counts as it is from the next evaluation: ${why}.`,
      });
    },
    [scorecard, noun, apply],
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
            disabled={state?.status === 'applying'}
          >
            Add exemption or attestation
          </Button>
        )
      }
    >
      {state && (
        <Box mb={2}>
          {state.status === 'applying' ? (
            <Alert
              severity="info"
              role="status"
              icon={<CircularProgress size={20} aria-hidden />}
            >
              {state.message}
            </Alert>
          ) : (
            <Alert
              severity={state.status === 'applied' ? 'success' : 'info'}
              role="status"
              onClose={dismiss}
            >
              {state.message}
            </Alert>
          )}
        </Box>
      )}
      {active.length === 0 ? (
        <Typography variant="body2">
          No exemptions or attestations in force.
        </Typography>
      ) : (
        <WaiverTable
          rows={active}
          label="Exemptions and attestations in force"
          onRevoke={canManage ? setRevoking : undefined}
        />
      )}
      {past.length > 0 && (
        <details className={classes.past}>
          <summary>
            Past exemptions and attestations ({past.length}): revoked or expired
          </summary>
          <WaiverTable
            rows={past}
            label="Past exemptions and attestations"
            past
          />
        </details>
      )}
      {adding && (
        <WaiverDialog
          entityRef={props.entityRef}
          noun={noun}
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
          noun={noun}
          onClose={() => setRevoking(undefined)}
          onRevoked={revoked}
        />
      )}
    </Section>
  );
};
