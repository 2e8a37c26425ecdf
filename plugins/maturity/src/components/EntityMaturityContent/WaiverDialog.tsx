import type { CompoundEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import FormControl from '@material-ui/core/FormControl';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormLabel from '@material-ui/core/FormLabel';
import Radio from '@material-ui/core/Radio';
import RadioGroup from '@material-ui/core/RadioGroup';
import TextField from '@material-ui/core/TextField';
import { Alert } from '@material-ui/lab';
import { DateTime } from 'luxon';
import { useState, type FormEvent } from 'react';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import {
  maturityApiRef,
  type EntityCheck,
  type PhaseProgress,
  type TrackScore,
  type Waiver,
  type WaiverKind,
} from '../../api';
import {
  expiryBounds,
  validateWaiverForm,
  type WaiverForm,
  type WaiverFormErrors,
} from './waivers';

const DEFAULT_DAYS = 90;

function initialForm(): WaiverForm {
  return {
    kind: 'exemption',
    checkId: '',
    reason: '',
    expiresOn: DateTime.utc().plus({ days: DEFAULT_DAYS }).toISODate() ?? '',
    evidenceUrl: '',
  };
}

function saveErrorMessage(error: Error, noun: string): string {
  const status = (error as { statusCode?: number }).statusCode;
  if (status === 409) {
    return 'This check already has an active exemption or attestation; revoke it first.';
  }
  if (status === 403) {
    return `You do not have permission to manage exemptions of this ${noun}.`;
  }
  return error.message;
}

/** Options of the check select, grouped under their phase or track. */
function checkGroups(
  checks: EntityCheck[],
  phases: PhaseProgress[],
  tracks: TrackScore[],
) {
  const groups = [
    ...phases.map(p => ({
      label: p.name,
      match: (c: EntityCheck) => c.phase === p.phaseId,
    })),
    ...tracks.map(t => ({
      label: t.name,
      match: (c: EntityCheck) => c.phase === undefined && c.track === t.trackId,
    })),
  ].map(g => ({ label: g.label, checks: checks.filter(g.match) }));
  const placed = new Set(groups.flatMap(g => g.checks));
  groups.push({ label: 'Other', checks: checks.filter(c => !placed.has(c)) });
  return groups.filter(g => g.checks.length > 0);
}

/**
 * The form to exempt a check (it does not apply to this entity, for a
 * while) or to attest it (it is met in a way no machine can see). Render it
 * only while open, so that every opening starts from an empty form.
 */
export const WaiverDialog = (props: {
  entityRef: CompoundEntityRef;
  /** What the entity is, in words: "service", "website". */
  noun: string;
  checks: EntityCheck[];
  phases: PhaseProgress[];
  tracks: TrackScore[];
  onClose: () => void;
  onCreated: (waiver: Waiver) => void;
}) => {
  const { entityRef, checks, onCreated } = props;
  const api = useApi(maturityApiRef);
  const [form, setForm] = useState<WaiverForm>(initialForm);
  const [errors, setErrors] = useState<WaiverFormErrors>({});
  const [submitted, setSubmitted] = useState(false);
  const { min, max } = expiryBounds();

  const options =
    form.kind === 'attestation' ? checks.filter(c => c.attestable) : checks;

  const [{ loading, error }, save] = useAsyncFn(
    async (input: WaiverForm) => {
      const created = await api.createWaiver(entityRef, {
        checkId: input.checkId,
        kind: input.kind,
        reason: input.reason.trim(),
        expiresAt: input.expiresOn,
        ...(input.evidenceUrl.trim() && {
          evidenceUrl: input.evidenceUrl.trim(),
        }),
      });
      onCreated(created);
      return created;
    },
    [api, entityRef, onCreated],
  );

  const update = (change: Partial<WaiverForm>) => {
    const next = { ...form, ...change };
    // A check that cannot be attested is dropped when switching to attestation.
    if (
      next.kind === 'attestation' &&
      next.checkId &&
      !checks.find(c => c.checkId === next.checkId)?.attestable
    ) {
      next.checkId = '';
    }
    setForm(next);
    // Once the user tried to save, the messages follow what they type.
    if (submitted) setErrors(validateWaiverForm(next, checks));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateWaiverForm(form, checks);
    setSubmitted(true);
    setErrors(found);
    if (Object.keys(found).length === 0) {
      save(form).catch(() => {
        // Shown from the hook's error state.
      });
    }
  };

  return (
    <Dialog
      open
      onClose={props.onClose}
      aria-labelledby="maturity-waiver-dialog-title"
      fullWidth
      maxWidth="sm"
    >
      <form onSubmit={submit} noValidate>
        <DialogTitle id="maturity-waiver-dialog-title">
          Add exemption or attestation
        </DialogTitle>
        <DialogContent>
          <DialogContentText>
            An exemption says a check does not apply to this {props.noun} for
            now; an attestation says it is met in a way no machine can see, with
            a link to the evidence. Both expire; the {props.noun} is
            re-evaluated when you save.
          </DialogContentText>
          <FormControl component="fieldset" margin="dense">
            <FormLabel component="legend">Kind</FormLabel>
            <RadioGroup
              row
              name="kind"
              value={form.kind}
              onChange={e => update({ kind: e.target.value as WaiverKind })}
            >
              <FormControlLabel
                value="exemption"
                control={<Radio />}
                label="Exemption"
              />
              <FormControlLabel
                value="attestation"
                control={<Radio />}
                label="Attestation"
              />
            </RadioGroup>
          </FormControl>
          <TextField
            select
            id="maturity-waiver-check"
            label="Check"
            value={form.checkId}
            onChange={e => update({ checkId: e.target.value })}
            error={!!errors.checkId}
            helperText={
              errors.checkId ??
              (form.kind === 'attestation'
                ? 'Only checks that can be attested are listed'
                : 'Checks that are not met')
            }
            SelectProps={{ native: true }}
            InputLabelProps={{ shrink: true }}
            fullWidth
            margin="dense"
            inputProps={{ 'aria-required': true }}
          >
            <option value="">Choose a check</option>
            {checkGroups(options, props.phases, props.tracks).map(group => (
              <optgroup key={group.label} label={group.label}>
                {group.checks.map(c => (
                  <option key={c.checkId} value={c.checkId}>
                    {c.title}
                  </option>
                ))}
              </optgroup>
            ))}
          </TextField>
          <TextField
            id="maturity-waiver-reason"
            label="Reason"
            value={form.reason}
            onChange={e => update({ reason: e.target.value })}
            error={!!errors.reason}
            helperText={
              errors.reason ?? 'Why, in words the next reader will understand'
            }
            multiline
            minRows={2}
            fullWidth
            margin="dense"
            inputProps={{ 'aria-required': true }}
          />
          <TextField
            id="maturity-waiver-expires"
            label="Expires on"
            type="date"
            value={form.expiresOn}
            onChange={e => update({ expiresOn: e.target.value })}
            error={!!errors.expiresOn}
            helperText={errors.expiresOn ?? 'At most a year ahead'}
            inputProps={{ min, max, 'aria-required': true }}
            InputLabelProps={{ shrink: true }}
            fullWidth
            margin="dense"
          />
          <TextField
            id="maturity-waiver-evidence"
            label="Evidence URL"
            type="url"
            value={form.evidenceUrl}
            onChange={e => update({ evidenceUrl: e.target.value })}
            error={!!errors.evidenceUrl}
            helperText={
              errors.evidenceUrl ??
              (form.kind === 'attestation'
                ? 'Required: where the evidence can be seen'
                : 'Optional')
            }
            fullWidth
            margin="dense"
            inputProps={{ 'aria-required': form.kind === 'attestation' }}
          />
          {error && (
            <Alert severity="error" role="alert">
              {saveErrorMessage(error, props.noun)}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={props.onClose}>Cancel</Button>
          <Button
            type="submit"
            color="primary"
            variant="contained"
            disabled={loading}
          >
            Save
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
};
