import { useRouteRef } from '@backstage/core-plugin-api';
import { campaignRouteRef, campaignsRouteRef } from '../../routes';

/*
 * The routes of the campaigns pages resolve only where the app mounts the
 * maturity page; elsewhere (an entity page in an app without it) these
 * give undefined and links give way to plain text. `useRouteRef` is called
 * on every render: it throws for a route the app does not mount only
 * after its own hooks have run, so the hooks keep their order either way.
 */

/** The path of a campaign's page, by its id. */
export function useCampaignLink():
  | ((campaignId: string) => string)
  | undefined {
  let route: ((params: { campaignId: string }) => string) | undefined;
  try {
    // eslint-disable-next-line react-hooks/rules-of-hooks -- see above
    route = useRouteRef(campaignRouteRef);
  } catch {
    route = undefined;
  }
  return route && (campaignId => route!({ campaignId }));
}

/** The path of the list of campaigns. */
export function useCampaignsLink(): string | undefined {
  try {
    // eslint-disable-next-line react-hooks/rules-of-hooks -- see above
    return useRouteRef(campaignsRouteRef)();
  } catch {
    return undefined;
  }
}
