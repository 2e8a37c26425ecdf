/** The path a problem is about: problems read `path: what went wrong`. */
export function pathOfProblem(problem: string): string {
  const colon = problem.indexOf(': ');
  return colon === -1 ? problem : problem.slice(0, colon);
}

/**
 * Splits the problems of files that were read but not understood into those
 * whose text could hold the evidence (they make a rule unknown) and the
 * others, which are ignored and named as warnings. A file whose text is not
 * at hand could hold anything.
 */
export function splitFileProblems(
  problems: readonly string[],
  textOf: (path: string) => string | undefined,
  couldHold: (text: string) => boolean,
): { relevant: string[]; ignored: string[] } {
  const relevant: string[] = [];
  const ignored: string[] = [];
  for (const problem of problems) {
    const text = textOf(pathOfProblem(problem));
    if (text === undefined || couldHold(text)) relevant.push(problem);
    else ignored.push(`${problem}; ignored, as it cannot hold this evidence`);
  }
  return { relevant, ignored };
}
