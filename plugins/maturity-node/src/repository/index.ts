export * from './types';
export {
  LocalDirectoryRepositoryReader,
  type LocalDirectoryRepositoryReaderOptions,
} from './LocalDirectoryRepositoryReader';
export {
  UrlReaderRepositoryReader,
  type UrlReaderRepositoryReaderOptions,
} from './UrlReaderRepositoryReader';
export { SnapshotBuilder } from './snapshotBuilder';
export {
  mirroredDirectory,
  repositoryLocation,
  type RepositoryMirror,
} from './repositoryLocation';
