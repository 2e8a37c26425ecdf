import path from 'node:path';
import type { Entity } from '@backstage/catalog-model';

/** Where an entity's repository is, as a URL, or undefined when unknown. */
export function repositoryLocation(entity: Entity): string | undefined {
  const annotations = entity.metadata.annotations ?? {};
  const source = annotations['backstage.io/source-location'];
  if (source?.startsWith('url:')) {
    return source.slice('url:'.length);
  }
  const slug = annotations['github.com/project-slug'];
  if (slug) {
    return `https://github.com/${slug}`;
  }
  const gitlab = annotations['gitlab.com/project-slug'];
  if (gitlab) {
    return `https://gitlab.com/${gitlab}`;
  }
  // An entity registered from a repository file lives in that repository.
  const origin =
    annotations['backstage.io/managed-by-origin-location'] ??
    annotations['backstage.io/managed-by-location'];
  if (origin?.startsWith('url:')) {
    return origin.slice('url:'.length).replace(/\/[^/]*$/, '/');
  }
  return undefined;
}

/** A configured local copy of repositories under a URL prefix. */
export interface RepositoryMirror {
  urlPrefix: string;
  directory: string;
}

/**
 * The local directory that mirrors a repository URL, or undefined. The
 * branch part of the URL (`/tree/main/`, `/blob/main/`, `/-/tree/main/`) is
 * dropped; a path after it is kept.
 */
export function mirroredDirectory(
  location: string,
  mirrors: RepositoryMirror[],
): string | undefined {
  const mirror = mirrors.find(m => location.startsWith(m.urlPrefix));
  if (!mirror) return undefined;
  const rest = location
    .slice(mirror.urlPrefix.length)
    .replace(/(^|\/)(?:-\/)?(?:tree|blob|src)\/[^/]+(?:\/|$)/, '$1')
    .replace(/\/+$/, '');
  return path.resolve(mirror.directory, rest);
}
