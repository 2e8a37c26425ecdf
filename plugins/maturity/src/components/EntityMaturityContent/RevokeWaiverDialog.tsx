import { useApi } from '@backstage/core-plugin-api';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import TextField from '@material-ui/core/TextField';
import { Alert } from '@material-ui/lab';
import { useState, type FormEvent } from 'react';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { maturityApiRef, type Waiver } from '../../api';
import { reasonTooShort, type WaiverRow } from './waivers';

/** Asks why before revoking a waiver; render it only while open. */
export const RevokeWaiverDialog = (props: {
  waiver: WaiverRow & { id: string };
  /** What the entity is, in words: "service", "website". */
  noun: string;
  onClose: () => void;
  onRevoked: (waiver: Waiver) => void;
}) => {
  const { waiver, onRevoked } = props;
  const api = useApi(maturityApiRef);
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState<string>();
  const [{ loading, error }, revoke] = useAsyncFn(async () => {
    const revoked = await api.revokeWaiver(waiver.id, reason.trim());
    onRevoked(revoked);
    return revoked;
  }, [api, waiver.id, reason, onRevoked]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const tooShort = reasonTooShort(reason);
    setInvalid(tooShort);
    if (!tooShort) {
      revoke().catch(() => {
        // Shown from the hook's error state.
      });
    }
  };

  return (
    <Dialog
      open
      onClose={props.onClose}
      aria-labelledby="maturity-revoke-dialog-title"
      fullWidth
      maxWidth="sm"
    >
      <form onSubmit={submit} noValidate>
        <DialogTitle id="maturity-revoke-dialog-title">
          Revoke the {waiver.kind} of “{waiver.checkTitle}”
        </DialogTitle>
        <DialogContent>
          <DialogContentText>
            The check counts as it really is again: the {props.noun} is
            re-evaluated right after.
          </DialogContentText>
          <TextField
            id="maturity-revoke-reason"
            label="Reason"
            value={reason}
            onChange={e => setReason(e.target.value)}
            error={!!invalid}
            helperText={invalid ?? 'Kept in the audit log'}
            fullWidth
            margin="dense"
            inputProps={{ 'aria-required': true }}
          />
          {error && (
            <Alert severity="error" role="alert">
              {error.message}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={props.onClose}>Cancel</Button>
          <Button
            type="submit"
            color="secondary"
            variant="contained"
            disabled={loading}
          >
            Revoke
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
};
