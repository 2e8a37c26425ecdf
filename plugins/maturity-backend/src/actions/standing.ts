import {
  NOT_STARTED_ID,
  type Checklist,
} from '@backstage-maturity/plugin-maturity-common';
import { phaseName } from '../service/views';
import type { EntitySummary } from '../store/types';
import type { Zod } from './types';

export const phaseOutput = (z: Zod) =>
  z.object({
    id: z.string().describe(`A phase id, or "${NOT_STARTED_ID}"`),
    name: z.string(),
  });

/** Where an evaluated entity stands, as the actions word it. */
export const standingOutput = (z: Zod) =>
  z.object({
    entityRef: z.string(),
    title: z.string().optional(),
    owner: z.string().optional(),
    phase: phaseOutput(z).describe(
      'Highest phase reached; a lower bound when `unknown` is set',
    ),
    nextPhase: phaseOutput(z)
      .nullable()
      .describe('The next phase to reach; null at the top of the ladder'),
    progress: z
      .number()
      .describe("Share (0 to 1) of the next phase's checks that are met"),
    unknown: z
      .object({ reason: z.string(), checks: z.array(z.string()) })
      .optional()
      .describe(
        'Present when the standing cannot be told: these checks of the next phase could not be read',
      ),
    evaluatedAt: z.string(),
  });

function phaseOf(checklist: Checklist, phase: string | null) {
  return { id: phase ?? NOT_STARTED_ID, name: phaseName(checklist, phase) };
}

export function standingView(checklist: Checklist, summary: EntitySummary) {
  return {
    entityRef: summary.entityRef,
    ...(summary.title !== undefined && { title: summary.title }),
    ...(summary.owner !== undefined && { owner: summary.owner }),
    phase: phaseOf(checklist, summary.phase),
    nextPhase:
      summary.nextPhase === null ? null : phaseOf(checklist, summary.nextPhase),
    progress: summary.progress,
    ...(summary.unknown && { unknown: summary.unknown }),
    evaluatedAt: summary.evaluatedAt,
  };
}
