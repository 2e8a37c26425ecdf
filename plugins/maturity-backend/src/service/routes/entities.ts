import type express from 'express';
import { evaluatedEntity } from '../evaluatedEntity';
import { nextWaiverExpiry, scorecardJson } from '../views';
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
    const guidance = req.query.guidance ?? true;
    // Made once per entity and kept until it changes: most requests only
    // send the text, read from the database by the first.
    const text = await store.cachedEntityText(
      ref,
      guidance ? 'scorecard' : 'scorecard-without-guidance',
      async () => {
        const [stored, waivers] = await Promise.all([
          evaluatedEntity(store, ref),
          store.listWaivers(ref),
        ]);
        const at = now();
        return {
          text: scorecardJson(checklist, stored, waivers, {
            now: at,
            guidance,
          }),
          validUntil: nextWaiverExpiry(waivers, at),
        };
      },
    );
    // Sent as the view serializes it (the typed response expects an object).
    (res as express.Response).type('json').send(text);
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
