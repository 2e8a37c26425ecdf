/**
 * The element id of a check's row in the maturity tab, so that a link such
 * as `maturity#check-ci-pipeline` opens the tab at that check.
 */
export function checkAnchorId(checkId: string): string {
  return `check-${checkId}`;
}

/** The check id of an anchor made by `checkAnchorId`, if it is one. */
export function checkIdOfAnchor(anchor: string): string | undefined {
  return anchor.startsWith('check-')
    ? anchor.slice('check-'.length)
    : undefined;
}
