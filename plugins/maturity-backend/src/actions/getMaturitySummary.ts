import { maturitySummary } from '../service/maturitySummary';
import { callerOf } from './caller';
import type { MaturityActionDeps } from './types';

/** `get-maturity-summary`: counts per phase and top blockers, of all or a team. */
export function registerGetMaturitySummary(deps: MaturityActionDeps) {
  const { actionsRegistry, access, store, checklist } = deps;
  actionsRegistry.register({
    name: 'get-maturity-summary',
    title: 'Get the maturity summary of the organization or a team',
    description: [
      'Returns how many evaluated entities stand at each maturity phase (including "unknown" and "not-started"),',
      'and the checks that keep most entities from their next phase. Without `owner`, for every entity the caller',
      'may see; with `owner`, for the entities owned by that group and its sub-groups.',
      'Use it for questions about the organization or a team; use list-entities-blocked-by-check to name the entities behind a blocker.',
    ].join(' '),
    attributes: { readOnly: true, idempotent: true },
    schema: {
      input: z =>
        z.object({
          owner: z
            .string()
            .optional()
            .describe(
              'An owner group, e.g. group:default/team-payments; a bare name means a group in the default namespace',
            ),
        }),
      output: z =>
        z.object({
          total: z.number(),
          phases: z.array(
            z.object({
              phase: z.string(),
              name: z.string(),
              count: z.number(),
            }),
          ),
          blockers: z
            .array(
              z.object({
                checkId: z.string(),
                title: z.string(),
                phase: z.string().optional(),
                count: z
                  .number()
                  .describe('How many entities it keeps from their next phase'),
              }),
            )
            .describe('The checks that block most entities, most first'),
          blockerCount: z.number().describe('How many checks block any entity'),
        }),
    },
    action: async ({ input, credentials }) => {
      const filter = await access.readableFilter(callerOf(credentials), {
        owner: input.owner === undefined ? undefined : [input.owner],
      });
      return { output: await maturitySummary({ store, checklist }, filter) };
    },
  });
}
