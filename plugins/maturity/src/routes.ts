import { createRouteRef, createSubRouteRef } from '@backstage/core-plugin-api';

/** Route of the org-wide maturity dashboard. */
export const rootRouteRef = createRouteRef({ id: 'maturity' });

/** The list of campaigns, a tab of the dashboard's page. */
export const campaignsRouteRef = createSubRouteRef({
  id: 'maturity/campaigns',
  parent: rootRouteRef,
  path: '/campaigns',
});

/** One campaign's page. */
export const campaignRouteRef = createSubRouteRef({
  id: 'maturity/campaign',
  parent: rootRouteRef,
  path: '/campaigns/:campaignId',
});
