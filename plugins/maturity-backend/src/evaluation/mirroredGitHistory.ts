import path from 'node:path';
import type { ScmIntegrationRegistry } from '@backstage/integration';
import {
  GitHistoryEvidenceProvider,
  mirroredDirectory,
  repositoryLocation,
  type RepositoryMirror,
} from '@backstage-maturity/plugin-maturity-node';

/**
 * The git history provider for mirrored repositories: an entity whose
 * repository URL falls under a mirror is read from its folder there, when
 * that folder is a git repository of its own (not merely a folder inside
 * another repository, as the example repositories are).
 */
export function mirroredGitHistory(options: {
  mirrors: RepositoryMirror[];
  integrations?: ScmIntegrationRegistry;
  maxCommits: number;
}): GitHistoryEvidenceProvider {
  const { mirrors, integrations, maxCommits } = options;
  return new GitHistoryEvidenceProvider({
    checkoutOf(entity) {
      const location = repositoryLocation(entity, integrations);
      if (!location) return undefined;
      const mirror = mirrors.find(m => location.startsWith(m.urlPrefix));
      const directory = mirror && mirroredDirectory(location, [mirror]);
      return directory
        ? { directory, topLevelWithin: path.resolve(mirror.directory) }
        : undefined;
    },
    read: { maxCommits },
  });
}
