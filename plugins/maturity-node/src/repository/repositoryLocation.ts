import path from 'node:path';
import {
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
  ANNOTATION_SOURCE_LOCATION,
  getEntitySourceLocation,
  parseLocationRef,
  type Entity,
} from '@backstage/catalog-model';
import type { ScmIntegrationRegistry } from '@backstage/integration';

/** Integrations of one kind, as far as a slug's host needs them. */
interface IntegrationHosts {
  byUrl(url: string): { config: { host: string } } | undefined;
}

/** The target of the entity's source location when it is a URL. */
function sourceUrl(entity: Entity): string | undefined {
  try {
    const { type, target } = getEntitySourceLocation(entity);
    return type === 'url' ? target : undefined;
  } catch {
    return undefined;
  }
}

/** The URL of a `url:` location ref, or undefined for other refs. */
function urlOf(ref: string | undefined): string | undefined {
  if (!ref) return undefined;
  try {
    const { type, target } = parseLocationRef(ref);
    return type === 'url' ? target : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The host of a project slug: that of the entity's catalog file when it is
 * a configured integration of the slug's kind (GitHub Enterprise, a
 * self-hosted GitLab), else the public host.
 */
function slugHost(
  entity: Entity,
  group: IntegrationHosts | undefined,
  publicHost: string,
): string {
  const annotations = entity.metadata.annotations ?? {};
  const file =
    urlOf(annotations[ANNOTATION_ORIGIN_LOCATION]) ??
    urlOf(annotations[ANNOTATION_LOCATION]);
  return (file && group?.byUrl(file)?.config.host) || publicHost;
}

/**
 * Where an entity's repository is, as a URL, or undefined when unknown: its
 * `backstage.io/source-location`, else its GitHub or GitLab project slug,
 * else the folder of the catalog file it was registered from. Given the
 * configured integrations, a slug takes the host of the entity's catalog
 * file when that host is one of them (GitHub Enterprise included), and the
 * folder is resolved as that host's integration resolves URLs.
 *
 * @public
 */
export function repositoryLocation(
  entity: Entity,
  integrations?: ScmIntegrationRegistry,
): string | undefined {
  const annotations = entity.metadata.annotations ?? {};
  if (annotations[ANNOTATION_SOURCE_LOCATION]) {
    const source = sourceUrl(entity);
    if (source) return source;
  }
  const slug = annotations['github.com/project-slug'];
  if (slug) {
    return `https://${slugHost(
      entity,
      integrations?.github,
      'github.com',
    )}/${slug}`;
  }
  const gitlab = annotations['gitlab.com/project-slug'];
  if (gitlab) {
    return `https://${slugHost(
      entity,
      integrations?.gitlab,
      'gitlab.com',
    )}/${gitlab}`;
  }
  // An entity registered from a repository file lives in that repository.
  const origin =
    urlOf(annotations[ANNOTATION_ORIGIN_LOCATION]) ??
    urlOf(annotations[ANNOTATION_LOCATION]);
  if (!origin) return undefined;
  return integrations
    ? integrations.resolveUrl({ url: './', base: origin })
    : origin.replace(/\/[^/]*$/, '/');
}

/**
 * A configured local copy of repositories under a URL prefix.
 *
 * @public
 */
export interface RepositoryMirror {
  urlPrefix: string;
  directory: string;
}

/**
 * The local directory that mirrors a repository URL, or undefined. The
 * branch part of the URL (`/tree/main/`, `/blob/main/`, `/-/tree/main/`) is
 * dropped; a path after it is kept.
 *
 * @public
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
