import type { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { Checklist } from '@backstage-maturity/plugin-maturity-common';
import type { CampaignDefinition } from '@backstage-maturity/plugin-maturity-node';
import type { Knex } from 'knex';
import { GroupHierarchy } from '../service/groups';
import type { CampaignStore } from '../store/CampaignStore';
import { DatabaseCampaignStore } from '../store/DatabaseCampaignStore';
import { CampaignRegistry } from './CampaignRegistry';
import { CampaignTracker } from './CampaignTracker';

/** Campaigns: every one defined, what is stored of them and who computes it. */
export interface MaturityCampaigns {
  registry: CampaignRegistry;
  store: CampaignStore;
  tracker: CampaignTracker;
}

/**
 * The campaigns of app-config and of the API on the plugin's database
 * (whose migrations `DatabaseMaturityStore.create` ran).
 */
export function createMaturityCampaigns(options: {
  db: Knex;
  configured: CampaignDefinition[];
  catalog: CatalogService;
  auth: AuthService;
  checklist: Checklist;
  logger: LoggerService;
  now?: () => Date;
}): MaturityCampaigns {
  const store = new DatabaseCampaignStore(options.db);
  const registry = new CampaignRegistry({
    configured: options.configured,
    store,
    logger: options.logger,
  });
  const tracker = new CampaignTracker({
    store,
    registry,
    groups: new GroupHierarchy({
      catalog: options.catalog,
      auth: options.auth,
    }),
    checklist: options.checklist,
    logger: options.logger,
    now: options.now,
  });
  return { registry, store, tracker };
}
