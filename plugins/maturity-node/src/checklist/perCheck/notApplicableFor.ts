import { evaluateCheck } from './fixture';

/** A test per entity type for which the check does not apply. */
// eslint-disable-next-line jest/no-export -- a helper that defines tests
export function notApplicableFor(checkId: string, types: string[]) {
  it.each(types)('is not applicable to a %s', type => {
    expect(
      evaluateCheck(checkId, { entity: { spec: { type } }, files: {} }).outcome,
    ).toBe('not-applicable');
  });
}
