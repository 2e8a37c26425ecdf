import { createRouteRef } from '@backstage/core-plugin-api';

/** Route of the org-wide maturity dashboard. */
export const rootRouteRef = createRouteRef({ id: 'maturity' });
