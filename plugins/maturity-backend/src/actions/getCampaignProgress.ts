import { NotFoundError } from '@backstage/errors';
import { campaignDetail } from '../service/campaignDetail';
import {
  campaignView,
  progressView,
  remainingView,
} from '../service/campaignViews';
import { callerOf } from './caller';
import type { MaturityActionDeps, Zod } from './types';

/** Entities not done that the action names, most urgent first. */
const ENTITIES_LISTED = 20;

const progressSchema = (z: Zod) =>
  z.object({
    total: z.number(),
    done: z.number(),
    onTrack: z.number(),
    atRisk: z.number(),
    overdue: z.number(),
    doneShare: z.number().describe('Share of the entities done, 0 to 1'),
  });

const campaignSchema = (z: Zod) =>
  z.object({
    id: z.string(),
    title: z.string(),
    target: z.string().describe('The target in words, e.g. "Production Ready"'),
    start: z.string(),
    deadline: z.string().describe('Last day, YYYY-MM-DD (UTC)'),
    progress: progressSchema(z),
  });

/**
 * `get-campaign-progress`: every campaign's progress, or one campaign's
 * with its teams and the entities not done.
 */
export function registerGetCampaignProgress(deps: MaturityActionDeps) {
  const { actionsRegistry, access, campaigns, checklist } = deps;
  actionsRegistry.register({
    name: 'get-campaign-progress',
    title: "Get a maturity campaign's progress",
    description: [
      'Campaigns ask a set of entities to reach a maturity phase or meet some checks by a deadline.',
      'Each entity is done, on-track, at-risk (deadline within 14 days, or behind the pace of the campaign) or overdue.',
      'Without `campaignId`, returns every campaign with its progress; with it, that campaign with a row per owning team',
      `and up to ${ENTITIES_LISTED} entities not done (overdue and at risk first) with the checks they still miss.`,
      'Only entities the caller may see are counted.',
    ].join(' '),
    attributes: { readOnly: true, idempotent: true },
    schema: {
      input: z =>
        z.object({
          campaignId: z
            .string()
            .optional()
            .describe('A campaign id, e.g. production-ready-by-q1'),
        }),
      output: z =>
        z.object({
          campaigns: z.array(campaignSchema(z)),
          teams: z
            .array(
              z.object({
                owner: z.string().nullable(),
                progress: progressSchema(z),
              }),
            )
            .optional()
            .describe('With campaignId: per direct owner, most not done first'),
          entitiesNotDone: z
            .array(
              z.object({
                entityRef: z.string(),
                owner: z.string().optional(),
                status: z.string(),
                missing: z
                  .array(z.string())
                  .describe('Titles of the checks not met yet'),
              }),
            )
            .optional(),
          moreEntitiesNotDone: z.number().optional(),
        }),
    },
    action: async ({ input, credentials }) => {
      const caller = callerOf(credentials);
      const summary = (
        view: ReturnType<typeof campaignView>,
        progress: ReturnType<typeof progressView>,
      ) => ({
        id: view.id,
        title: view.title,
        target: view.targetTitle ?? '',
        start: view.start,
        deadline: view.deadline,
        progress,
      });
      if (input.campaignId === undefined) {
        const filter = await access.readableFilter(caller, {});
        const [records, counts] = await Promise.all([
          campaigns.registry.list(),
          campaigns.store.countStatuses({ entityRefs: filter.entityRefs }),
        ]);
        return {
          output: {
            campaigns: records.map(record =>
              summary(
                campaignView(record, checklist),
                progressView(counts.get(record.definition.id)),
              ),
            ),
          },
        };
      }
      const detail = await campaignDetail(deps, caller, input.campaignId).catch(
        error => {
          throw error instanceof NotFoundError
            ? new NotFoundError(
                `No campaign ${input.campaignId}; call get-campaign-progress without campaignId to list them`,
              )
            : error;
        },
      );
      const filter = await access.readableFilter(caller, {});
      const page = await campaigns.store.listStatuses(input.campaignId, {
        entityRefs: filter.entityRefs,
        statuses: ['overdue', 'at-risk', 'on-track'],
        limit: ENTITIES_LISTED,
        offset: 0,
      });
      return {
        output: {
          campaigns: [summary(detail.campaign, detail.progress)],
          teams: detail.teams.map(team => ({
            owner: team.owner,
            progress: team.progress,
          })),
          entitiesNotDone: page.items.map(row => ({
            entityRef: row.entityRef,
            ...(row.owner && { owner: row.owner }),
            status: row.status,
            missing: remainingView(row.remaining, checklist).map(c => c.title),
          })),
          moreEntitiesNotDone: Math.max(0, page.totalCount - page.items.length),
        },
      };
    },
  });
}
