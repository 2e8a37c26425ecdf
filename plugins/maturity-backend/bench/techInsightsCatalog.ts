import type { AddressInfo } from 'node:net';
import express from 'express';
import type { Entity } from '@backstage/catalog-model';
import { IndexedCatalog } from './IndexedCatalog';

/**
 * A `filter` query parameter of the catalog's REST API (`kind=component,
 * spec.type=service`) as a filter of IndexedCatalog; several values of one
 * key are alternatives.
 */
function parseFilter(text: string): Record<string, string[]> {
  const filter: Record<string, string[]> = {};
  for (const pair of text.split(',')) {
    const at = pair.indexOf('=');
    if (at < 0) continue;
    (filter[pair.slice(0, at).trim()] ??= []).push(pair.slice(at + 1).trim());
  }
  return filter;
}

export interface CatalogStandIn {
  /** The catalog plugin's base URL, as discovery gives it. */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `GET /api/catalog/entities` over the entities, which is what the
 * fact retrievers of Tech Insights read through CatalogClient.
 */
export async function serveCatalog(
  entities: Entity[],
): Promise<CatalogStandIn> {
  const catalog = new IndexedCatalog(entities);
  const app = express().get('/api/catalog/entities', (req, res, next) => {
    const filter = [req.query.filter ?? []]
      .flat()
      .map(f => parseFilter(`${f}`));
    catalog
      .queryEntities(filter.length ? { filter } : {})
      .then(({ items }) => res.json(items), next);
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise(resolve => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/catalog`,
    close: () => new Promise(resolve => server.close(() => resolve())),
  };
}
