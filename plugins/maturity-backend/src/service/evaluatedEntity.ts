import { NotFoundError } from '@backstage/errors';
import type { MaturityStore } from '../store/MaturityStore';
import type { StoredEntity } from '../store/types';

/** The entity's stored evaluation; 404 when it has not been evaluated yet. */
export async function evaluatedEntity(
  store: Pick<MaturityStore, 'getEntity'>,
  entityRef: string,
): Promise<StoredEntity> {
  const stored = await store.getEntity(entityRef);
  if (!stored) {
    throw new NotFoundError(`${entityRef} has not been evaluated yet`);
  }
  return stored;
}
