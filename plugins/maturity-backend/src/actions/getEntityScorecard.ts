import { checkDefinitionView } from '../service/views';
import { entityRefInput } from './entityRefInput';
import { readScorecardAs } from './readScorecardAs';
import { standingOutput, standingView } from './standing';
import type { MaturityActionDeps } from './types';

/** `get-entity-scorecard`: the stored scorecard of one entity. */
export function registerGetEntityScorecard(deps: MaturityActionDeps) {
  const { actionsRegistry, checklist } = deps;
  actionsRegistry.register({
    name: 'get-entity-scorecard',
    title: 'Get the maturity scorecard of an entity',
    description: [
      'Returns the maturity scorecard of one catalog entity: the phase it reached, its next phase and progress towards it,',
      'whether its standing is unknown (evidence could not be read), and every check with its outcome, whether it blocks',
      'the next phase, what was looked for and not found, and what was found.',
      'Use it to explain where an entity stands; use get-entity-next-steps for only what to fix next.',
    ].join(' '),
    attributes: { readOnly: true, idempotent: true },
    schema: {
      input: entityRefInput,
      output: z =>
        standingOutput(z).extend({
          checks: z.array(
            z.object({
              checkId: z.string(),
              title: z.string(),
              phase: z.string().optional(),
              track: z.string().optional(),
              required: z
                .boolean()
                .describe('Whether the check gates its phase'),
              outcome: z.enum([
                'pass',
                'fail',
                'not-applicable',
                'exempt',
                'attested',
                'error',
              ]),
              blocking: z
                .boolean()
                .describe('Whether it keeps the entity from its next phase'),
              lookedFor: z
                .array(z.string())
                .describe('What was looked for and not found'),
              found: z
                .array(z.string())
                .describe('What made it pass, or was found while looking'),
              reason: z.string().optional(),
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
      const checks = checklist.checks.flatMap(check => {
        const result = results.get(check.id);
        if (!result) return [];
        const { id, title, phase, track, required } =
          checkDefinitionView(check);
        return [
          {
            checkId: id,
            title,
            ...(phase !== undefined && { phase }),
            ...(track !== undefined && { track }),
            required,
            outcome: result.outcome,
            blocking: result.blocking,
            lookedFor: result.lookedFor,
            found: result.evidence.map(e => e.detail),
            ...(result.reason !== undefined && { reason: result.reason }),
          },
        ];
      });
      return {
        output: { ...standingView(checklist, stored.summary), checks },
      };
    },
  });
}
