import type { EvidenceFacts } from '@backstage-maturity/plugin-maturity-common';
import {
  scmFactsFromHistory,
  type GitFactThresholds,
  type ProvidedEvidence,
  type RequestBudget,
} from '@backstage-maturity/plugin-maturity-node';
import { codeownersValidFact, type CodeownersSeen } from './codeownersFact';
import { conditionalGet, nextPage, type StoredAnswers } from './conditionalGet';
import {
  graphqlErrors,
  type GithubClient,
  type GraphqlError,
} from './GithubClient';
import { GithubUnavailableError } from './GithubUnavailableError';
import type { GithubTarget } from './githubTarget';
import { historyFromGithub } from './historyFromGithub';
import {
  branchesQuery,
  MAX_REFS,
  REPOSITORY_QUERY,
  type ComparisonData,
  type RepositoryData,
} from './queries';
import {
  requiredStatusChecksFact,
  reviewsRequiredFact,
  type BranchRule,
  type ProtectionSeen,
  type PullRequestsSeen,
  type RulesetsSeen,
} from './reviewsRequired';
import { GITHUB_FACTS } from './suppliedFacts';

/** Pages of ruleset rules read at most (100 rules a page). */
const MAX_RULE_PAGES = 5;

/** What a full read needs. */
export interface FullReadContext {
  client: GithubClient;
  budget: RequestBudget;
  target: GithubTarget;
  /** The credentials' headers. */
  headers: Record<string, string>;
  /** The default branch, as the repository's REST answer names it. */
  branch: string;
  recentPullRequests: number;
  /** REST answers of the last read, asked again conditionally. */
  stored: StoredAnswers;
  now: Date;
  thresholds?: Partial<GitFactThresholds>;
}

/** The evidence of a full read. */
export interface FullRead {
  evidence: ProvidedEvidence;
  /**
   * False when a part failed for a passing reason (an outage, a rate
   * limit): the answer is then not remembered as fresh.
   */
  complete: boolean;
  /** The REST answers to keep for the next read. */
  stored: StoredAnswers;
}

/**
 * Reads everything the facts need: one GraphQL query, the active rulesets
 * of the default branch and CODEOWNERS errors (REST, conditional), and,
 * when the repository has branches besides the default one, one more
 * GraphQL query for their unmerged commits. Throws a
 * {@link GithubUnavailableError} when the main query fails; a failing
 * REST part only leaves its facts unknown.
 */
export async function readRepository(
  context: FullReadContext,
): Promise<FullRead> {
  const stored: StoredAnswers = {};
  let complete = true;
  const passing = (reason: string) => {
    complete = false;
    return { readable: false as const, reason };
  };

  const [main, rulesets, codeowners] = await Promise.all([
    queryRepository(context).then(
      value => ({ value }),
      error => ({ error }),
    ),
    readRulesets(context, stored).catch(unavailable(passing)),
    readCodeowners(context, stored).catch(unavailable(passing)),
  ]);
  if ('error' in main) throw main.error;
  const { repository, errors } = main.value;
  if (errors.some(e => !isAbout(e, 'branchProtectionRule', 'pullRequests'))) {
    complete = false;
  }

  const comparisons = await compareBranches(context, repository).catch(
    error => {
      if (!(error instanceof GithubUnavailableError)) throw error;
      complete = false;
      return new Map<string, ComparisonData | null>();
    },
  );

  const history = historyFromGithub(repository, comparisons);
  const scm = scmFactsFromHistory(history, context.now, context.thresholds);
  const protection = protectionOf(context.branch, repository, errors);
  scm['reviews-required'] = reviewsRequiredFact(
    context.branch,
    protection,
    rulesets,
    context.recentPullRequests > 0
      ? pullRequestsOf(repository, errors)
      : undefined,
  );
  const facts: EvidenceFacts = {
    [GITHUB_FACTS.requiredStatusChecks]: requiredStatusChecksFact(
      context.branch,
      protection,
      rulesets,
    ),
  };
  const codeownersValid = codeownersValidFact(codeowners);
  if (codeownersValid) facts[GITHUB_FACTS.codeownersValid] = codeownersValid;
  return { evidence: { scm, facts }, complete, stored };
}

function unavailable(
  passing: (reason: string) => { readable: false; reason: string },
) {
  return (error: unknown) => {
    if (error instanceof GithubUnavailableError) return passing(error.reason);
    throw error;
  };
}

/** A GraphQL query about the repository, within the cycle's budget. */
function sendGraphql(
  context: FullReadContext,
  query: string,
  variables: Record<string, unknown>,
) {
  const { target } = context;
  return context.client.send(
    {
      host: target.host,
      url: target.graphqlUrl,
      headers: context.headers,
      graphql: {
        query,
        variables: { owner: target.owner, name: target.name, ...variables },
      },
    },
    context.budget,
  );
}

async function queryRepository(
  context: FullReadContext,
): Promise<{ repository: RepositoryData; errors: GraphqlError[] }> {
  const { target } = context;
  const answer = await sendGraphql(context, REPOSITORY_QUERY, {
    branch: context.branch,
    pullRequests: Math.max(1, context.recentPullRequests),
    readPullRequests: context.recentPullRequests > 0,
  });
  const errors = graphqlErrors(answer.body);
  const repository = (
    answer.body as { data?: { repository?: RepositoryData | null } } | undefined
  )?.data?.repository;
  if (answer.status !== 200 || !repository) {
    if (errors.some(e => e.type === 'NOT_FOUND') || answer.status === 404) {
      throw new GithubUnavailableError(
        'repository not found or not visible to the credentials',
      );
    }
    const message =
      errors[0]?.message ??
      (answer.body as { message?: string } | undefined)?.message ??
      `status ${answer.status}`;
    throw new GithubUnavailableError(
      `${target.host} GraphQL API answered: ${message}`,
    );
  }
  return { repository, errors };
}

/** Each branch's comparison with the default branch, by branch name. */
async function compareBranches(
  context: FullReadContext,
  repository: RepositoryData,
): Promise<Map<string, ComparisonData | null>> {
  const trunk = repository.defaultBranchRef?.name;
  const names = (repository.branches?.nodes ?? [])
    .flatMap(node => (node && node.name !== trunk ? [node.name] : []))
    .slice(0, MAX_REFS);
  const comparisons = new Map<string, ComparisonData | null>();
  if (!trunk || names.length === 0) return comparisons;
  const answer = await sendGraphql(
    context,
    branchesQuery(names.length),
    Object.fromEntries(names.map((name, i) => [`h${i}`, name])),
  );
  const compared = (
    answer.body as
      | {
          data?: {
            repository?: {
              defaultBranchRef?: Record<string, ComparisonData | null> | null;
            } | null;
          };
        }
      | undefined
  )?.data?.repository?.defaultBranchRef;
  if (answer.status !== 200 || !compared) {
    throw new GithubUnavailableError(
      `${context.target.host} GraphQL API could not compare branches: ${
        graphqlErrors(answer.body)[0]?.message ?? `status ${answer.status}`
      }`,
    );
  }
  names.forEach((name, i) => comparisons.set(name, compared[`b${i}`] ?? null));
  return comparisons;
}

/**
 * The default branch's protection rule. `branchProtectionRule` needs
 * permission to administer the repository; `refUpdateRule` shows what
 * anyone who can read it may see. An error about the field (rather than
 * null) means it could not be read.
 */
function protectionOf(
  branch: string,
  repository: RepositoryData,
  errors: GraphqlError[],
): ProtectionSeen {
  const ref = repository.defaultBranchRef;
  const rule = ref?.branchProtectionRule ?? ref?.refUpdateRule ?? null;
  const denied = errors.find(e =>
    isAbout(e, 'branchProtectionRule', 'refUpdateRule'),
  );
  if (denied && !rule) {
    return {
      readable: false,
      reason: `branch protection of ${branch} not readable with these credentials (${denied.message})`,
    };
  }
  return { readable: true, rule };
}

function pullRequestsOf(
  repository: RepositoryData,
  errors: GraphqlError[],
): PullRequestsSeen {
  const denied = errors.find(e => isAbout(e, 'pullRequests'));
  if (denied || !repository.pullRequests) {
    return {
      readable: false,
      reason: `pull requests not readable with these credentials${
        denied ? ` (${denied.message})` : ''
      }`,
    };
  }
  const merged = (repository.pullRequests.nodes ?? []).flatMap(pr =>
    pr ? [pr] : [],
  );
  return {
    readable: true,
    total: merged.length,
    reviewed: merged.filter(
      pr =>
        pr.reviewDecision === 'APPROVED' || (pr.reviews?.totalCount ?? 0) > 0,
    ).length,
  };
}

function isAbout(error: GraphqlError, ...fields: string[]): boolean {
  return (error.path ?? []).some(
    part => typeof part === 'string' && fields.includes(part),
  );
}

/** `GET /repos/{owner}/{repo}/rules/branches/{branch}`: active rulesets, also the organisation's. */
async function readRulesets(
  context: FullReadContext,
  stored: StoredAnswers,
): Promise<RulesetsSeen> {
  const { target } = context;
  const branch = context.branch.split('/').map(encodeURIComponent).join('/');
  let url:
    | string
    | undefined = `${target.apiBaseUrl}/repos/${target.owner}/${target.name}/rules/branches/${branch}?per_page=100`;
  const rules: BranchRule[] = [];
  for (let page = 0; url && page < MAX_RULE_PAGES; page++) {
    const answer = await conditionalGet(
      context.client,
      context.budget,
      { host: target.host, url, headers: context.headers },
      context.stored,
      stored,
    );
    // The repository answered before, so a 404 means a server without
    // rulesets (GitHub Enterprise Server before they came): none apply.
    if (answer.status === 404 && page === 0) return { readable: true, rules };
    if (answer.status !== 200 || !Array.isArray(answer.body)) {
      return {
        readable: false,
        reason: `rulesets of ${context.branch} not readable with these credentials (${answer.status})`,
      };
    }
    rules.push(...answer.body.map(branchRule));
    url = nextPage(answer.link);
  }
  return { readable: true, rules };
}

function branchRule(raw: {
  type?: string;
  ruleset_source_type?: string;
  ruleset_source?: string;
  parameters?: {
    required_approving_review_count?: number;
    required_status_checks?: Array<{ context?: string }>;
  };
}): BranchRule {
  return {
    type: raw.type ?? 'unknown',
    rulesetSourceType: raw.ruleset_source_type,
    rulesetSource: raw.ruleset_source,
    requiredApprovingReviewCount:
      raw.parameters?.required_approving_review_count,
    requiredStatusChecks: raw.parameters?.required_status_checks?.flatMap(
      check => (check.context ? [check.context] : []),
    ),
  };
}

/** `GET /repos/{owner}/{repo}/codeowners/errors` on the default branch. */
async function readCodeowners(
  context: FullReadContext,
  stored: StoredAnswers,
): Promise<CodeownersSeen> {
  const { target } = context;
  const answer = await conditionalGet(
    context.client,
    context.budget,
    {
      host: target.host,
      url: `${target.apiBaseUrl}/repos/${target.owner}/${target.name}/codeowners/errors`,
      headers: context.headers,
    },
    context.stored,
    stored,
  );
  if (answer.status === 404) return { readable: true, none: true };
  const errors = (answer.body as { errors?: unknown } | undefined)?.errors;
  if (answer.status !== 200 || !Array.isArray(errors)) {
    return {
      readable: false,
      reason: `CODEOWNERS errors not readable with these credentials (${answer.status})`,
    };
  }
  return { readable: true, errors };
}
