import type { Entity } from '@backstage/catalog-model';

/**
 * What the command line evaluates a checkout as when it has no
 * catalog-info.yaml: a Component of the given type (a `service` unless
 * `--type` says otherwise), named after the folder, with no annotations and
 * no relations. Checks that an annotation could also pass are then decided
 * on the repository's evidence; only what needs the catalog itself (the
 * owner's existence, the dependency graph) is left to it.
 */
export function assumedEntity(directoryName: string, type: string): Entity {
  const name =
    directoryName
      .toLocaleLowerCase('en-US')
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '')
      .slice(0, 63) || 'checkout';
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default' },
    spec: { type },
    relations: [],
  };
}
