import { useApi } from '@backstage/core-plugin-api';
import { useMemo } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { maturityApiRef } from '../../api';

/**
 * What reaching each phase means, by phase id, from the checklist. Empty
 * until it is read, and when it cannot be: the meanings only add to a page
 * that is complete without them.
 */
export function usePhaseDescriptions(): Map<string, string> {
  const api = useApi(maturityApiRef);
  const { value } = useAsync(async () => api.getChecklist(), [api]);
  return useMemo(
    () =>
      new Map(
        (value?.phases ?? []).flatMap(phase =>
          phase.description ? [[phase.id, phase.description] as const] : [],
        ),
      ),
    [value],
  );
}
