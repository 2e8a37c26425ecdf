import { createHash } from 'node:crypto';
import type { Entity } from '@backstage/catalog-model';
import {
  MATURITY_NEXT_PHASE_ANNOTATION,
  MATURITY_PHASE_LABEL,
  MATURITY_PROGRESS_ANNOTATION,
} from '@backstage-maturity/plugin-maturity-common';

/** SHA-256 of a value's JSON. */
export function digest(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

/** The entity without fields that change on every catalog refresh. */
export function stableEntity(entity: Entity): unknown {
  const { uid, etag, generation, ...metadata } = entity.metadata as Record<
    string,
    unknown
  >;
  // What the catalog module writes from our own results is no new input:
  // counting it would evaluate every entity again after its label changed.
  const { [MATURITY_PHASE_LABEL]: _phase, ...labels } =
    entity.metadata.labels ?? {};
  const {
    [MATURITY_PROGRESS_ANNOTATION]: _progress,
    [MATURITY_NEXT_PHASE_ANNOTATION]: _next,
    ...annotations
  } = entity.metadata.annotations ?? {};
  return {
    ...entity,
    metadata: { ...metadata, labels, annotations },
    status: undefined,
  };
}
