/**
 * The repository a code host's push event is about, when the push reached
 * its default branch: the branch that evaluations read. Pushes to other
 * branches, tags and other events give nothing.
 */
export function pushedRepository(
  topic: string,
  payload: unknown,
): string | undefined {
  const event = (payload ?? {}) as Record<string, any>;
  if (topic === 'github.push') {
    const repository = event.repository ?? {};
    return defaultBranchPush(
      event.ref,
      repository.default_branch,
      repository.html_url,
    );
  }
  if (topic === 'gitlab.push') {
    const project = event.project ?? {};
    return defaultBranchPush(
      event.ref,
      project.default_branch,
      project.web_url,
    );
  }
  return undefined;
}

function defaultBranchPush(
  ref: unknown,
  defaultBranch: unknown,
  url: unknown,
): string | undefined {
  if (
    typeof ref !== 'string' ||
    typeof defaultBranch !== 'string' ||
    typeof url !== 'string' ||
    ref !== `refs/heads/${defaultBranch}`
  ) {
    return undefined;
  }
  return url.replace(/\/+$/, '');
}
