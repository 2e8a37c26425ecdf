import type {
  GithubIntegrationConfig,
  ScmIntegrationRegistry,
} from '@backstage/integration';

/** A repository on a GitHub host that this module may read. */
export interface GithubTarget {
  host: string;
  owner: string;
  name: string;
  /** Identifies the repository in caches: host, owner and name, lower-cased. */
  key: string;
  /** The repository's web URL, as credentials are asked for it. */
  url: string;
  apiBaseUrl: string;
  graphqlUrl: string;
}

/** Whether the host has credentials: a token or GitHub Apps. */
export function hasCredentials(config: GithubIntegrationConfig): boolean {
  return Boolean(config.token) || (config.apps?.length ?? 0) > 0;
}

/**
 * GitHub's GraphQL endpoint beside its REST API: `https://api.github.com/graphql`,
 * or `https://HOST/api/graphql` for GitHub Enterprise Server's `/api/v3`.
 */
export function graphqlUrlOf(apiBaseUrl: string): string {
  return /\/api\/v3$/.test(apiBaseUrl)
    ? apiBaseUrl.replace(/\/api\/v3$/, '/api/graphql')
    : `${apiBaseUrl}/graphql`;
}

/**
 * The repository a URL points into (`https://HOST/OWNER/REPO/tree/main/…`),
 * when its host is an `integrations.github` entry with an API and
 * credentials; undefined for any other URL.
 */
export function githubTarget(
  url: string,
  integrations: ScmIntegrationRegistry,
): GithubTarget | undefined {
  const config = integrations.github.byUrl(url)?.config;
  if (!config?.apiBaseUrl || !hasCredentials(config)) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const [owner, repository] = parsed.pathname.split('/').filter(Boolean);
  if (!owner || !repository) return undefined;
  const name = repository.replace(/\.git$/, '');
  return {
    host: config.host,
    owner,
    name,
    key: `${config.host}/${owner}/${name}`.toLowerCase(),
    url: `${parsed.protocol}//${parsed.host}/${owner}/${name}`,
    apiBaseUrl: config.apiBaseUrl,
    graphqlUrl: graphqlUrlOf(config.apiBaseUrl),
  };
}
