import type {
  CheckDefinition,
  Checklist,
} from '@backstage-maturity/plugin-maturity-common';

function check(id: string, place: Partial<CheckDefinition>): CheckDefinition {
  return {
    id,
    title: id,
    why: 'w',
    howToPass: 'h',
    rule: { ownerExists: true },
    ...place,
  };
}

/** A three-phase ladder with a side track, for campaign tests. */
export const testChecklist: Checklist = {
  phases: [
    { id: 'one', name: 'One' },
    { id: 'two', name: 'Two' },
    { id: 'three', name: 'Three' },
  ],
  tracks: [{ id: 'extras', name: 'Extras' }],
  checks: [
    check('ci', { phase: 'one' }),
    check('readme', { phase: 'one' }),
    check('badge', { phase: 'one', required: false }),
    check('sbom', { phase: 'two' }),
    check('slo', { phase: 'three' }),
    check('pairing', { track: 'extras' }),
  ],
};
