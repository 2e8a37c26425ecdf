import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import CircularProgress from '@material-ui/core/CircularProgress';
import Typography from '@material-ui/core/Typography';
import RefreshIcon from '@material-ui/icons/Refresh';
import { useApi, useApiHolder } from '@backstage/core-plugin-api';
import {
  permissionApiRef,
  usePermission,
} from '@backstage/plugin-permission-react';
import { maturityCatalogRefreshPermission } from '@backstage-maturity/plugin-maturity-common';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { maturityApiRef } from '../../api';
import { causeOf } from './errors';

const Allowed = (props: { onStarted(): void }) => {
  const api = useApi(maturityApiRef);
  const { allowed } = usePermission({
    permission: maturityCatalogRefreshPermission,
  });
  const [{ value, loading, error }, start] = useAsyncFn(async () => {
    const result = await api.refreshCatalog();
    props.onStarted();
    return result;
  }, [api, props.onStarted]);

  if (!allowed) return null;
  return (
    <Box display="flex" alignItems="center" style={{ gap: 8 }}>
      <Typography variant="body2" role="status">
        {value?.status === 'started' && 'Evaluation started'}
        {value?.status === 'already-running' &&
          'An evaluation is already running'}
      </Typography>
      {error && (
        <Typography variant="body2" color="error" role="alert">
          {`Could not start an evaluation: ${causeOf(error)}`}
        </Typography>
      )}
      <Button
        variant="outlined"
        size="small"
        onClick={start}
        disabled={loading}
        startIcon={
          loading ? <CircularProgress size={16} aria-hidden /> : <RefreshIcon />
        }
      >
        Re-evaluate all
      </Button>
    </Box>
  );
};

/**
 * Starts an evaluation of the whole catalog; shown only to those with the
 * `maturity.catalog.refresh` permission (and not at all in an app without a
 * permission API).
 */
export const ReEvaluateAllButton = (props: { onStarted(): void }) => {
  const hasPermissionApi = Boolean(useApiHolder().get(permissionApiRef));
  return hasPermissionApi ? <Allowed onStarted={props.onStarted} /> : null;
};
