import { phaseBadge } from '../badge';
import { standingOf, summaryOf } from '../summaryOf';
import type { MaturityRouter, RouteDeps } from './types';

/** GET /badges/...svg: the entity's phase as an SVG badge. */
export function registerBadgeRoutes(
  router: MaturityRouter,
  deps: Pick<RouteDeps, 'access' | 'store' | 'checklist'>,
) {
  const { access, store, checklist } = deps;

  router.get('/badges/:kind/:namespace/:name.svg', async (req, res) => {
    const { ref } = await access.readEntity(req, req.params);
    const summary = await summaryOf(store, ref);
    res
      .type('image/svg+xml')
      .set('Cache-Control', 'private, max-age=300')
      .send(phaseBadge(checklist, summary && standingOf(summary)));
  });
}
