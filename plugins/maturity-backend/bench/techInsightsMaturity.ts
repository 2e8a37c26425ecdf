import express from 'express';
import type { Knex } from 'knex';
import type { Entity } from '@backstage/catalog-model';
import { mockServices } from '@backstage/backend-test-utils';
import {
  LocalDirectoryRepositoryReader,
  UrlReaderRepositoryReader,
} from '@backstage-maturity/plugin-maturity-node';
import { RepositoryEvidenceProvider } from '../src/evaluation/RepositoryEvidenceProvider';
import { DatabaseMaturityStore } from '../src/store/DatabaseMaturityStore';
import { IndexedCatalog } from './IndexedCatalog';
import { benchEvaluator } from './benchEvaluator';
import { benchRouter, serve } from './benchServer';
import { MIRROR_PREFIX } from './benchSupport';

export interface MaturityServer {
  url: string;
  /** Headers of an authenticated request. */
  headers: Record<string, string>;
  close(): Promise<void>;
}

/**
 * Our plugin in this process: one full evaluation cycle of the default
 * checklist over the entities (repositories read from the mirror folders),
 * stored in `knex`, then its router served over HTTP.
 */
export async function startMaturity(options: {
  knex: Knex;
  entities: Entity[];
  mirrors: string;
}): Promise<MaturityServer & { cycleMs: number }> {
  const { knex, entities, mirrors } = options;
  const store = await DatabaseMaturityStore.create({
    database: mockServices.database({ knex }),
  });
  const catalog = new IndexedCatalog(entities).asService();
  const evaluator = benchEvaluator({
    store,
    catalog,
    providers: [
      new RepositoryEvidenceProvider({
        urlReader: new UrlReaderRepositoryReader({ urlReader: {} as never }),
        localReader: new LocalDirectoryRepositoryReader({ roots: [mirrors] }),
        mirrors: [{ urlPrefix: MIRROR_PREFIX, directory: mirrors }],
        circuitBreakerFailures: 3,
      }),
    ],
  });
  const started = Date.now();
  await evaluator.runCycle();
  const cycleMs = Date.now() - started;

  const server = await serve(
    express().use(await benchRouter({ knex, store, catalog, evaluator })),
  );
  return {
    url: server.url,
    headers: { authorization: server.token },
    cycleMs,
    close: async () => server.close(),
  };
}
