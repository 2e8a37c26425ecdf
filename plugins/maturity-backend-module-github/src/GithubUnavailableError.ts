/**
 * GitHub could not be asked or did not answer usefully (rate limit, request
 * budget, outage). The reason is what a fact left unknown says.
 */
export class GithubUnavailableError extends Error {
  readonly name = 'GithubUnavailableError';

  constructor(readonly reason: string) {
    super(reason);
  }
}
