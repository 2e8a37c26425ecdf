import Box from '@material-ui/core/Box';
import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { maturityApiRef } from '../../api';
import { LastRunStatus } from './LastRunStatus';
import { ReEvaluateAllButton } from './ReEvaluateAllButton';

/** The last evaluation's status for everyone, and "Re-evaluate all" for admins. */
export const EvaluationBar = () => {
  const api = useApi(maturityApiRef);
  const runs = useAsyncRetry(() => api.listRuns(1), [api]);
  return (
    <Box
      display="flex"
      alignItems="center"
      justifyContent="space-between"
      flexWrap="wrap"
      style={{ gap: 8 }}
      aria-label="Evaluation"
      component="section"
    >
      <LastRunStatus
        run={runs.value?.[0]}
        loading={runs.loading}
        error={runs.error}
        onRetry={runs.retry}
      />
      <ReEvaluateAllButton onStarted={runs.retry} />
    </Box>
  );
};
