import type { RequestBudget } from '@backstage-maturity/plugin-maturity-node';
import type { GithubAnswer, GithubCall, GithubClient } from './GithubClient';

/** Answers kept with their ETags, by URL, to be asked again conditionally. */
export type StoredAnswers = Record<
  string,
  { etag: string; body: unknown; link?: string }
>;

/**
 * A GET that sends the stored answer's ETag and, on `304 Not Modified`
 * (free of rate limit), returns the stored answer. A 200 with an ETag is
 * stored in `next`, as is a stored answer confirmed unchanged.
 */
export async function conditionalGet(
  client: GithubClient,
  budget: RequestBudget,
  call: Omit<GithubCall, 'etag' | 'graphql'>,
  stored: StoredAnswers,
  next: StoredAnswers,
): Promise<GithubAnswer> {
  const known = stored[call.url];
  const answer = await client.send({ ...call, etag: known?.etag }, budget);
  if (answer.status === 304 && known) {
    next[call.url] = known;
    return {
      status: 200,
      etag: known.etag,
      body: known.body,
      link: known.link,
    };
  }
  if (answer.status === 200 && answer.etag) {
    next[call.url] = {
      etag: answer.etag,
      body: answer.body,
      link: answer.link,
    };
  }
  return answer;
}

/** The `rel="next"` URL of a `Link` header. */
export function nextPage(link: string | undefined): string | undefined {
  return link
    ?.split(',')
    .map(part => /<([^>]+)>\s*;\s*rel="next"/.exec(part))
    .find(Boolean)?.[1];
}
