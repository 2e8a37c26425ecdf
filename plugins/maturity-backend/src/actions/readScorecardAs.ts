import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import { evaluatedEntity } from '../service/evaluatedEntity';
import type { StoredEntity } from '../store/types';
import { callerOf } from './caller';
import { parseEntityRefInput } from './entityRefInput';
import type { MaturityActionDeps } from './types';

/**
 * An entity's stored scorecard as the caller may read it, through the REST
 * API's checks (read permission, catalog visibility), with its check
 * results by id.
 */
export async function readScorecardAs(
  deps: Pick<MaturityActionDeps, 'access' | 'store'>,
  credentials: BackstageCredentials,
  entityRef: string,
): Promise<{
  stored: StoredEntity;
  results: Map<string, StoredEntity['checks'][number]>;
}> {
  const { ref } = await deps.access.readEntityAs(
    callerOf(credentials),
    parseEntityRefInput(entityRef),
  );
  const stored = await evaluatedEntity(deps.store, ref);
  return { stored, results: new Map(stored.checks.map(c => [c.checkId, c])) };
}
