import type { CatalogService } from '@backstage/plugin-catalog-node';
import { mockServices } from '@backstage/backend-test-utils';
import {
  defaultChecklist,
  type MaturityEvidenceProvider,
  type RepositoryReader,
} from '@backstage-maturity/plugin-maturity-node';
import { CatalogEvaluator } from '../src/evaluation/CatalogEvaluator';
import { RepositoryEvidenceProvider } from '../src/evaluation/RepositoryEvidenceProvider';
import type { DatabaseMaturityStore } from '../src/store/DatabaseMaturityStore';
import { quietLogger } from './benchSupport';

/**
 * The evaluator of the benchmarks: components against the default checklist,
 * pages of 500, 8 entities at a time. `reader` is the repository reader (an
 * in-memory one), unless `providers` are given.
 */
export function benchEvaluator(options: {
  store: DatabaseMaturityStore;
  catalog: CatalogService;
  reader?: RepositoryReader;
  providers?: MaturityEvidenceProvider[];
  cycleBatchSize?: number;
}): CatalogEvaluator {
  const { store, catalog, reader } = options;
  return new CatalogEvaluator({
    catalog,
    auth: mockServices.auth(),
    store,
    logger: quietLogger,
    checklist: defaultChecklist,
    entityFilter: [{ kind: 'component' }],
    batchSize: 500,
    cycleBatchSize: options.cycleBatchSize,
    concurrency: 8,
    retentionMs: 365 * 86_400_000,
    providers: options.providers ?? [
      new RepositoryEvidenceProvider({
        urlReader: reader!,
        mirrors: [],
        circuitBreakerFailures: 3,
      }),
    ],
  });
}
