import type { CompoundEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { maturityEntityRefreshPermission } from '@backstage-maturity/plugin-maturity-common';
import { usePermission } from '@backstage/plugin-permission-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import CircularProgress from '@material-ui/core/CircularProgress';
import Typography from '@material-ui/core/Typography';
import RefreshIcon from '@material-ui/icons/Refresh';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { maturityApiRef, type EntitySummary } from '../../api';

/**
 * Re-evaluates the entity now; shown only to those allowed to. The result
 * is handed to `onEvaluated`, which reloads what the page shows.
 */
export const ReEvaluateButton = (props: {
  entityRef: CompoundEntityRef;
  resourceRef: string;
  onEvaluated: (summary: EntitySummary) => void;
  label?: string;
  variant?: 'contained' | 'outlined' | 'text';
}) => {
  const { entityRef, resourceRef, onEvaluated } = props;
  const api = useApi(maturityApiRef);
  const { allowed } = usePermission({
    permission: maturityEntityRefreshPermission,
    resourceRef,
  });
  const [{ loading, error }, evaluate] = useAsyncFn(async () => {
    const summary = await api.refreshEntity(entityRef);
    onEvaluated(summary);
    return summary;
  }, [api, entityRef, onEvaluated]);

  if (!allowed) {
    return null;
  }
  return (
    <Box display="inline-flex" flexDirection="column" alignItems="flex-start">
      <Button
        variant={props.variant ?? 'outlined'}
        color="primary"
        onClick={evaluate}
        disabled={loading}
        startIcon={
          loading ? <CircularProgress size={16} aria-hidden /> : <RefreshIcon />
        }
      >
        {props.label ?? 'Re-evaluate now'}
      </Button>
      {loading && (
        <Typography variant="caption" role="status">
          Reading the repository again; this can take a minute.
        </Typography>
      )}
      {error && (
        <Typography variant="caption" color="error" role="alert">
          Re-evaluation failed: {error.message}
        </Typography>
      )}
    </Box>
  );
};
