import { parseEntityRef } from '@backstage/catalog-model';
import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import {
  maturityCampaignManagePermission,
  type NewCampaign,
} from '@backstage-maturity/plugin-maturity-common';
import {
  parseCampaign,
  type CampaignDefinition,
} from '@backstage-maturity/plugin-maturity-node';
import type { StoredCampaign } from '../../store/CampaignStore';
import { actorOf } from '../actor';
import { audited } from '../audit';
import { authorizeBasic } from '../authorize';
import { campaignDetail } from '../campaignDetail';
import { campaignView, progressView, remainingView } from '../campaignViews';
import { invalidRefPart } from '../entityRefs';
import type { MaturityRouter, RouteDeps } from './types';

const REF_KINDS = { owner: 'group', system: 'system', domain: 'domain' };

/**
 * The entity refs of the body's entity filter that the catalog could never
 * hold (`café`), as issues; the campaign's own parsing takes the rest.
 */
function refIssues(body: unknown): string[] {
  const entities = (body as { entities?: Record<string, unknown> } | null)
    ?.entities;
  if (!entities || typeof entities !== 'object') return [];
  return Object.entries(REF_KINDS).flatMap(([key, defaultKind]) => {
    const values = entities[key];
    if (!Array.isArray(values)) return [];
    return values.flatMap((value, i) => {
      if (typeof value !== 'string') return [];
      let invalid;
      try {
        invalid = invalidRefPart(
          parseEntityRef(value, { defaultKind, defaultNamespace: 'default' }),
        );
      } catch {
        return []; // Named by the campaign's own parsing.
      }
      return invalid
        ? [
            `body.entities.${key}[${i}]: ${JSON.stringify(
              value,
            )} is not an entity ref such as ${defaultKind}:default/name (${
              invalid.rule
            })`,
          ]
        : [];
    });
  });
}

/** The request body as a campaign, or a 400 naming every field at fault. */
function parseBody(body: unknown, deps: Pick<RouteDeps, 'checklist'>) {
  const issues = refIssues(body);
  if (issues.length > 0) {
    throw new InputError(`Invalid campaign: ${issues.join('; ')}`);
  }
  const parsed = parseCampaign(body, deps.checklist, 'body');
  if (!parsed.ok) {
    throw new InputError(
      `Invalid campaign: ${parsed.issues
        .map(issue => `${issue.path}: ${issue.message}`)
        .join('; ')}`,
    );
  }
  return parsed.campaign;
}

/** Campaigns: reading their progress, and managing those of the API. */
export function registerCampaignRoutes(
  router: MaturityRouter,
  deps: Pick<
    RouteDeps,
    | 'access'
    | 'auditor'
    | 'campaigns'
    | 'checklist'
    | 'groups'
    | 'now'
    | 'permissions'
  >,
) {
  const { access, auditor, campaigns, checklist, now, permissions } = deps;
  const { registry, store, tracker } = campaigns;

  router.get('/campaigns', async (req, res) => {
    const credentials = await access.caller(req);
    const filter = await access.readableFilter(credentials, {
      owner: req.query.owner,
    });
    const [records, counts] = await Promise.all([
      registry.list(),
      store.countStatuses({
        owners: filter.owners,
        entityRefs: filter.entityRefs,
      }),
    ]);
    const items = records
      .filter(r => !filter.owners || counts.has(r.definition.id))
      .map(record => ({
        campaign: campaignView(record, checklist),
        progress: progressView(counts.get(record.definition.id)),
      }));
    res.json({ items });
  });

  router.get('/campaigns/:campaignId', async (req, res) => {
    const credentials = await access.caller(req);
    res.json(await campaignDetail(deps, credentials, req.params.campaignId));
  });

  router.get('/campaigns/:campaignId/entities', async (req, res) => {
    const { campaignId } = req.params;
    const credentials = await access.caller(req);
    const [record, filter] = await Promise.all([
      registry.get(campaignId),
      access.readableFilter(credentials, { owner: req.query.owner }),
    ]);
    if (!record) throw new NotFoundError(`No campaign ${campaignId}`);
    const page = await store.listStatuses(campaignId, {
      owners: filter.owners,
      entityRefs: filter.entityRefs,
      statuses: req.query.status,
      limit: req.query.limit ?? 50,
      offset: req.query.offset ?? 0,
    });
    res.json({
      items: page.items.map(row => ({
        entityRef: row.entityRef,
        name: row.name,
        ...(row.title && { title: row.title }),
        ...(row.owner && { owner: row.owner }),
        status: row.status,
        met: row.met,
        total: row.total,
        remaining: remainingView(row.remaining, checklist),
      })),
      totalCount: page.totalCount,
    });
  });

  router.get('/campaigns/:campaignId/burndown', async (req, res) => {
    const { campaignId } = req.params;
    await access.authorizeRead(await access.caller(req));
    const record = await registry.get(campaignId);
    if (!record) throw new NotFoundError(`No campaign ${campaignId}`);
    const days = await store.listDays(campaignId);
    res.json({
      start: record.definition.start,
      deadline: record.definition.deadline,
      days: days.map(day => ({
        day: day.day,
        total: day.total,
        done: day.done,
        onTrack: day['on-track'],
        atRisk: day['at-risk'],
        overdue: day.overdue,
      })),
    });
  });

  router.get('/entities/:kind/:namespace/:name/campaigns', async (req, res) => {
    const { ref } = await access.readEntity(req, req.params);
    const [records, statuses] = await Promise.all([
      registry.list(),
      store.statusesOfEntity(ref),
    ]);
    const statusOf = new Map(statuses.map(s => [s.campaignId, s]));
    res.json({
      items: records.flatMap(record => {
        const status = statusOf.get(record.definition.id);
        if (!status) return [];
        return [
          {
            campaign: campaignView(record, checklist),
            status: status.status,
            met: status.met,
            total: status.total,
            remaining: remainingView(status.remaining, checklist),
          },
        ];
      }),
    });
  });

  /** Runs a change as an audited event, for callers who may manage campaigns. */
  const manage = <T>(
    req: Parameters<typeof access.caller>[0],
    eventId: string,
    meta: Record<string, string>,
    change: (actor: string) => Promise<T>,
  ) =>
    audited(
      auditor,
      { eventId, severityLevel: 'medium', request: req, meta },
      async () => {
        const credentials = await access.caller(req);
        await authorizeBasic(
          permissions,
          maturityCampaignManagePermission,
          credentials,
        );
        return change(actorOf(credentials));
      },
    );

  /** A campaign of app-config cannot be changed through the API. */
  const assertNotConfigured = (id: string) => {
    if (registry.isConfigured(id)) {
      throw new ConflictError(
        `Campaign ${id} is defined in app-config (maturity.campaigns); change it there`,
      );
    }
  };

  /** A campaign stored through the API, as the API answers it. */
  const storedView = (stored: StoredCampaign) =>
    campaignView(
      {
        definition: stored.definition,
        source: 'api',
        createdBy: stored.createdBy,
        updatedAt: stored.updatedAt,
      },
      checklist,
    );

  /** Computes the campaign at once, so that its page shows progress. */
  const computed = async (campaign: CampaignDefinition) => {
    await tracker.refresh(campaign);
  };

  router.post('/campaigns', async (req, res) => {
    const body: NewCampaign = req.body;
    const created = await manage(
      req,
      'campaign-create',
      { campaignId: body.id },
      async actor => {
        const campaign = parseBody(body, deps);
        assertNotConfigured(campaign.id);
        const stored = await store.createCampaign(campaign, {
          actor,
          at: now(),
        });
        if (stored === 'exists') {
          throw new ConflictError(`Campaign ${campaign.id} exists`);
        }
        await computed(campaign);
        return stored;
      },
    );
    res.status(201).json(storedView(created));
  });

  router.put('/campaigns/:campaignId', async (req, res) => {
    const { campaignId } = req.params;
    const updated = await manage(
      req,
      'campaign-update',
      { campaignId },
      async actor => {
        assertNotConfigured(campaignId);
        const campaign = parseBody({ ...req.body, id: campaignId }, deps);
        const stored = await store.updateCampaign(campaign, {
          actor,
          at: now(),
        });
        if (!stored) throw new NotFoundError(`No campaign ${campaignId}`);
        await computed(campaign);
        return stored;
      },
    );
    res.json(storedView(updated));
  });

  router.delete('/campaigns/:campaignId', async (req, res) => {
    const { campaignId } = req.params;
    await manage(req, 'campaign-delete', { campaignId }, async () => {
      assertNotConfigured(campaignId);
      if (!(await store.deleteCampaign(campaignId))) {
        throw new NotFoundError(`No campaign ${campaignId}`);
      }
    });
    res.status(204).end();
  });
}
