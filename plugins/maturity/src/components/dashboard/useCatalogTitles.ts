import { useApiHolder } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { stringifyEntityRef } from '@backstage/catalog-model';
import useAsync from 'react-use/esm/useAsync';

/**
 * The catalog titles of entities by lower-case ref, for naming refs as the
 * catalog does; empty until loaded or when the catalog cannot say.
 */
export function useCatalogTitles(refs: string[]): Map<string, string> {
  // Optional: without a catalog API the refs are named without titles.
  const catalogApi = useApiHolder().get(catalogApiRef);
  const key = [...refs].sort().join(',');
  const { value } = useAsync(async () => {
    if (!catalogApi || refs.length === 0) return new Map<string, string>();
    const { items } = await catalogApi.getEntitiesByRefs({
      entityRefs: refs,
      fields: ['kind', 'metadata.namespace', 'metadata.name', 'metadata.title'],
    });
    const titles = new Map<string, string>();
    for (const entity of items) {
      if (entity?.metadata.title) {
        titles.set(
          stringifyEntityRef(entity).toLocaleLowerCase('en-US'),
          entity.metadata.title,
        );
      }
    }
    return titles;
    // The refs are compared by value, not by array identity.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [catalogApi, key]);
  return value ?? new Map();
}
