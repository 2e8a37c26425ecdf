import type { EvidenceFact } from '@backstage-maturity/plugin-maturity-common';
import type { Readable } from './reviewsRequired';

/** An error in CODEOWNERS as `GET /repos/{owner}/{repo}/codeowners/errors` lists it. */
export interface CodeownersError {
  line: number;
  kind: string;
  path: string;
  source?: string;
}

/** The CODEOWNERS errors of the default branch; `none` when there is no CODEOWNERS file. */
export type CodeownersSeen =
  | { readable: true; none: true }
  | Readable<{ none?: false; errors: CodeownersError[] }>;

/**
 * `github.codeowners-valid`: whether GitHub found no error in CODEOWNERS
 * (an unknown owner, a bad pattern). Undefined when there is no CODEOWNERS
 * file: nothing to validate.
 */
export function codeownersValidFact(
  seen: CodeownersSeen,
): EvidenceFact | undefined {
  if (!seen.readable) return { value: 'unknown', detail: seen.reason };
  if (seen.none) return undefined;
  if (seen.errors.length === 0) {
    return { value: true, detail: 'GitHub finds no error in CODEOWNERS' };
  }
  const named = seen.errors
    .slice(0, 3)
    .map(
      error =>
        `${error.path} line ${error.line}: ${error.kind}${
          error.source ? ` (${error.source.trim()})` : ''
        }`,
    )
    .join('; ');
  const more =
    seen.errors.length > 3 ? `; and ${seen.errors.length - 3} more` : '';
  const count = seen.errors.length;
  return {
    value: false,
    detail: `GitHub finds ${count} ${
      count === 1 ? 'error' : 'errors'
    } in CODEOWNERS: ${named}${more}`,
  };
}
