import { checklistView } from '../views';
import type { MaturityRouter, RouteDeps } from './types';

/** GET /checklist: the phases, tracks and checks, without their rules. */
export function registerChecklistRoutes(
  router: MaturityRouter,
  deps: Pick<RouteDeps, 'access' | 'checklist'>,
) {
  const { access, checklist } = deps;

  router.get('/checklist', async (req, res) => {
    await access.authorizeRead(await access.caller(req));
    res.json(checklistView(checklist));
  });
}
