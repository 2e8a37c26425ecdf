import {
  parseEntityRef,
  type CompoundEntityRef,
} from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import type { Zod } from './types';

/** The `entityRef` input of the actions about one entity. */
export const entityRefInput = (z: Zod) =>
  z.object({
    entityRef: z
      .string()
      .describe(
        'The entity, e.g. component:default/payments-api; a bare name means a component in the default namespace',
      ),
  });

export function parseEntityRefInput(value: string): CompoundEntityRef {
  try {
    return parseEntityRef(value, {
      defaultKind: 'component',
      defaultNamespace: 'default',
    });
  } catch {
    throw new InputError(
      `"${value}" is not an entity ref such as component:default/name`,
    );
  }
}
