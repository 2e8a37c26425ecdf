import { callerOf } from './caller';
import { standingOutput, standingView } from './standing';
import type { MaturityActionDeps } from './types';

/** `list-entities-blocked-by-check`: the entities that a check holds back. */
export function registerListEntitiesBlockedByCheck(deps: MaturityActionDeps) {
  const { actionsRegistry, access, store, checklist } = deps;
  actionsRegistry.register({
    name: 'list-entities-blocked-by-check',
    title: 'List the entities blocked by a maturity check',
    description: [
      'Returns the entities that one check keeps from their next maturity phase, by name, with their phases,',
      'and how many there are in all. Use it after get-maturity-summary to name the entities behind a top blocker.',
      "The check id must be one of the checklist (as in the summary's blockers).",
    ].join(' '),
    attributes: { readOnly: true, idempotent: true },
    schema: {
      input: z =>
        z.object({
          checkId: z.string().describe('A check id, e.g. readme'),
          limit: z
            .number()
            .int()
            .min(1)
            .max(100)
            .optional()
            .describe('At most this many entities (default 20)'),
        }),
      output: z =>
        z.object({
          checkId: z.string(),
          title: z.string(),
          totalCount: z.number().describe('How many entities it blocks'),
          entities: z.array(standingOutput(z)),
        }),
    },
    action: async ({ input, credentials }) => {
      const filter = await access.readableFilter(callerOf(credentials), {
        blocker: [input.checkId],
      });
      const page = await store.listEntities({
        filter,
        sort: 'name',
        order: 'asc',
        limit: input.limit ?? 20,
        offset: 0,
      });
      const check = checklist.checks.find(c => c.id === input.checkId);
      return {
        output: {
          checkId: input.checkId,
          title: check?.title ?? input.checkId,
          totalCount: page.totalCount,
          entities: page.items.map(item => standingView(checklist, item)),
        },
      };
    },
  });
}
