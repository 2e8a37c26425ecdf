import { checkDefinitionView } from '../service/views';
import { entityRefInput } from './entityRefInput';
import { readScorecardAs } from './readScorecardAs';
import { standingOutput, standingView } from './standing';
import type { MaturityActionDeps } from './types';

/** `get-entity-next-steps`: the checks that keep an entity from its next phase. */
export function registerGetEntityNextSteps(deps: MaturityActionDeps) {
  const { actionsRegistry, checklist } = deps;
  actionsRegistry.register({
    name: 'get-entity-next-steps',
    title: 'Get the next maturity steps of an entity',
    description: [
      'Returns what keeps one catalog entity from its next maturity phase: each blocking check with its title,',
      'why it matters, how to pass it and what was looked for and not found. An empty list means nothing blocks it',
      '(at the top of the ladder, or its standing is unknown because evidence could not be read: see `unknown`).',
      'Use it when someone asks what to do next to improve an entity.',
    ].join(' '),
    attributes: { readOnly: true, idempotent: true },
    schema: {
      input: entityRefInput,
      output: z =>
        standingOutput(z).extend({
          blocking: z.array(
            z.object({
              checkId: z.string(),
              title: z.string(),
              why: z.string(),
              howToPass: z.string(),
              guidanceUrl: z.string().optional(),
              attestable: z
                .boolean()
                .describe('Whether owners may attest it instead'),
              lookedFor: z
                .array(z.string())
                .describe('What was looked for and not found'),
            }),
          ),
        }),
    },
    action: async ({ input, credentials }) => {
      const { stored, results } = await readScorecardAs(
        deps,
        credentials,
        input.entityRef,
      );
      const blocking = stored.summary.blocking.flatMap(checkId => {
        const check = checklist.checks.find(c => c.id === checkId);
        if (!check) return [];
        const { title, why, howToPass, guidanceUrl, attestable } =
          checkDefinitionView(check);
        return [
          {
            checkId,
            title,
            why,
            howToPass,
            ...(guidanceUrl !== undefined && { guidanceUrl }),
            attestable,
            lookedFor: results.get(checkId)?.lookedFor ?? [],
          },
        ];
      });
      return {
        output: { ...standingView(checklist, stored.summary), blocking },
      };
    },
  });
}
