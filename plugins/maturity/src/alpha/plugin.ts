import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import { convertLegacyRouteRefs } from '@backstage/core-compat-api';
import { campaignRouteRef, campaignsRouteRef, rootRouteRef } from '../routes';
import { maturityPage } from './pages';
import { entityMaturityContent } from './entityContent';
import { maturityApi } from './apis';
import {
  entityMaturityCard,
  groupMaturityCard,
  systemMaturityCard,
} from './entityCards';
import { maturityPhaseCatalogFilter } from './catalogFilters';

/**
 * The maturity plugin for the new frontend system.
 *
 * @alpha
 */
export const maturityPlugin = createFrontendPlugin({
  pluginId: 'maturity',
  routes: convertLegacyRouteRefs({
    root: rootRouteRef,
    campaigns: campaignsRouteRef,
    campaign: campaignRouteRef,
  }),
  extensions: [
    maturityApi,
    maturityPage,
    entityMaturityContent,
    entityMaturityCard,
    groupMaturityCard,
    systemMaturityCard,
    maturityPhaseCatalogFilter,
  ],
});
