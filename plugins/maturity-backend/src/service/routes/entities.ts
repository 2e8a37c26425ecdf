import type express from 'express';
import { evaluatedEntity } from '../evaluatedEntity';
import { scorecardJson } from '../views';
import type { MaturityRouter, RouteDeps } from './types';

/** The entity list, an entity's scorecard and its history. */
export function registerEntityRoutes(
  router: MaturityRouter,
  deps: Pick<RouteDeps, 'access' | 'store' | 'checklist' | 'now'>,
) {
  const { access, store, checklist, now } = deps;

  router.get('/entities', async (req, res) => {
    const filter = await access.requestFilter(req);
    res.json(
      await store.listEntities({
        filter,
        sort: req.query.sort ?? 'name',
        order: req.query.order ?? 'asc',
        limit: req.query.limit ?? 50,
        offset: req.query.offset ?? 0,
      }),
    );
  });

  router.get('/entities/:kind/:namespace/:name', async (req, res) => {
    const { ref } = await access.readEntity(req, req.params);
    const [stored, waivers] = await Promise.all([
      evaluatedEntity(store, ref),
      store.listWaivers(ref),
    ]);
    // Sent as the view serializes it (the typed response expects an object).
    (res as express.Response).type('json').send(
      scorecardJson(checklist, stored, waivers, {
        now: now(),
        guidance: req.query.guidance ?? true,
      }),
    );
  });

  router.get('/entities/:kind/:namespace/:name/history', async (req, res) => {
    const { ref } = await access.readEntity(req, req.params);
    const [phases, checks] = await Promise.all([
      store.getPhaseTimeline(ref),
      store.getCheckHistory(ref, req.query.limit ?? 100),
    ]);
    res.json({ phases, checks });
  });
}
