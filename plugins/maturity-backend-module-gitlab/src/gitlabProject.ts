import type { Entity } from '@backstage/catalog-model';
import {
  getGitLabIntegrationRelativePath,
  type GitLabIntegrationConfig,
  type ScmIntegrationRegistry,
} from '@backstage/integration';
import { repositoryLocation } from '@backstage-maturity/plugin-maturity-node';

/** A GitLab project that this module may read, and the host it is on. */
export interface GitlabProjectRef {
  integration: GitLabIntegrationConfig;
  /** `group/sub/project` */
  path: string;
}

/**
 * The GitLab project of an entity's repository, when it is on a host of
 * `integrations.gitlab` that has a token; otherwise undefined.
 */
export function gitlabProjectOf(
  entity: Entity,
  integrations: ScmIntegrationRegistry,
): GitlabProjectRef | undefined {
  const location = repositoryLocation(entity, integrations);
  if (!location) return undefined;
  const integration = integrations.gitlab.byUrl(location);
  if (!integration?.config.token) return undefined;
  const path = projectPathOf(location, integration.config);
  return path ? { integration: integration.config, path } : undefined;
}

/**
 * The project path of a GitLab URL: the path after the instance's own
 * (for GitLab under a sub-path), up to `/-/` (`/-/tree/main/svc`) or, in
 * older URLs, `/tree/` or `/blob/` (names GitLab reserves).
 */
export function projectPathOf(
  location: string,
  integration: GitLabIntegrationConfig,
): string | undefined {
  let pathname: string;
  try {
    pathname = new URL(location).pathname;
  } catch {
    return undefined;
  }
  const relative = getGitLabIntegrationRelativePath(integration);
  if (relative && pathname.startsWith(`${relative}/`)) {
    pathname = pathname.slice(relative.length);
  }
  const segments: string[] = [];
  for (const segment of pathname.split('/')) {
    if (segment === '') continue;
    if (segment === '-' || segment === 'tree' || segment === 'blob') break;
    segments.push(decodeURIComponent(segment));
  }
  if (segments.length > 0) {
    segments[segments.length - 1] = segments[segments.length - 1].replace(
      /\.git$/,
      '',
    );
  }
  // A project lives in a group or a user's namespace.
  return segments.length >= 2 ? segments.join('/') : undefined;
}
