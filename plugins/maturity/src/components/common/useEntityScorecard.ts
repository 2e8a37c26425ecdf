import {
  parseEntityRef,
  stringifyEntityRef,
  type Entity,
} from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { useMemo } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { maturityApiRef } from '../../api';

/**
 * The scorecard of an entity. `scorecard` stays set while `reload` fetches
 * again, so a page does not blank out after a re-evaluation.
 */
export function useEntityScorecard(entity: Entity) {
  const api = useApi(maturityApiRef);
  const entityRef = stringifyEntityRef(entity);
  // Keyed by the ref string: the entity object may change on every render.
  const compoundRef = useMemo(() => parseEntityRef(entityRef), [entityRef]);
  const { value, loading, error, retry } = useAsyncRetry(
    () => api.getScorecard(compoundRef),
    [api, compoundRef],
  );
  return {
    entityRef,
    compoundRef,
    scorecard: value,
    loading,
    error,
    reload: retry,
  };
}
