import { parseEntityRef } from '@backstage/catalog-model';
import { ConflictError, NotFoundError } from '@backstage/errors';
import { maturityExemptionManagePermission } from '@backstage-maturity/plugin-maturity-common';
import { waiverExpiry } from '@backstage-maturity/plugin-maturity-node';
import { actorOf } from '../actor';
import { audited } from '../audit';
import { authorizeEntity } from '../authorize';
import { waiverView } from '../views';
import { parseNewWaiver, parseRevokeReason } from '../waiverInput';
import type { MaturityRouter, RouteDeps } from './types';

/** Throws ConflictError when the entity has an active waiver of the check. */
async function assertNoActiveWaiver(
  store: RouteDeps['store'],
  entityRef: string,
  checkId: string,
  at: Date,
) {
  const active = (await store.listWaivers(entityRef)).find(
    w =>
      w.checkId === checkId && !w.revokedAt && waiverExpiry(w) > at.getTime(),
  );
  if (active) {
    throw new ConflictError(
      `${entityRef} has an active ${active.kind} of ${active.checkId} (${active.id}); revoke it first`,
    );
  }
}

/** An entity's waivers: listing them, creating and revoking one. */
export function registerWaiverRoutes(
  router: MaturityRouter,
  deps: Pick<
    RouteDeps,
    | 'access'
    | 'auditor'
    | 'checklist'
    | 'now'
    | 'permissions'
    | 'refresher'
    | 'store'
    | 'visibility'
  >,
) {
  const {
    access,
    auditor,
    checklist,
    now,
    permissions,
    refresher,
    store,
    visibility,
  } = deps;

  router.get('/entities/:kind/:namespace/:name/waivers', async (req, res) => {
    const { ref } = await access.readEntity(req, req.params);
    const waivers = await store.listWaivers(ref);
    res.json({ items: waivers.map(w => waiverView(w, now())) });
  });

  router.post('/entities/:kind/:namespace/:name/waivers', async (req, res) => {
    const { kind, namespace, name } = req.params;
    const { checkId, reason, expiresAt } = req.body;
    const created = await audited(
      auditor,
      {
        eventId: 'waiver-create',
        severityLevel: 'medium',
        request: req,
        meta: {
          entityRef: `${kind}:${namespace}/${name}`.toLocaleLowerCase('en-US'),
          checkId,
          waiverKind: req.body.kind,
          reason,
          expiresAt,
        },
      },
      async () => {
        const credentials = await access.caller(req);
        const { entity, ref } = await access.visibleEntity(
          req.params,
          credentials,
        );
        await authorizeEntity(
          permissions,
          maturityExemptionManagePermission,
          ref,
          credentials,
        );
        // A waiver of an entity that is never evaluated would never apply.
        await refresher.assertInScope(entity, credentials);
        const at = now();
        const input = parseNewWaiver(req.body, checklist, at);
        await assertNoActiveWaiver(store, ref, input.checkId, at);
        const actor = actorOf(credentials);
        const waiver = await store.createWaiver(
          { ...input, entityRef: ref, createdBy: actor, source: 'api' },
          actor,
          at,
        );
        return waiverView(waiver, at);
      },
      waiver => ({ waiverId: waiver.id }),
    );
    res.status(201).json(created);
  });

  router.delete('/waivers/:id', async (req, res) => {
    const { id } = req.params;
    const revoked = await audited(
      auditor,
      {
        eventId: 'waiver-revoke',
        severityLevel: 'medium',
        request: req,
        meta: { waiverId: id, reason: req.body.reason },
      },
      async () => {
        const credentials = await access.caller(req);
        const waiver = await store.getWaiver(id);
        const entity =
          waiver &&
          (await visibility.findEntity(
            parseEntityRef(waiver.entityRef),
            credentials,
          ));
        if (!waiver || !entity) {
          throw new NotFoundError(`No waiver ${id}`);
        }
        await authorizeEntity(
          permissions,
          maturityExemptionManagePermission,
          waiver.entityRef,
          credentials,
        );
        const reason = parseRevokeReason(req.body.reason);
        if (waiver.revokedAt) {
          throw new ConflictError(
            `Waiver ${waiver.id} was revoked at ${waiver.revokedAt}`,
          );
        }
        const at = now();
        const result = await store.revokeWaiver(
          waiver.id,
          actorOf(credentials),
          reason,
          at,
        );
        if (!result) {
          throw new NotFoundError(`No waiver ${id}`);
        }
        return waiverView(result, at);
      },
      waiver => ({ entityRef: waiver.entityRef, checkId: waiver.checkId }),
    );
    res.json(revoked);
  });
}
