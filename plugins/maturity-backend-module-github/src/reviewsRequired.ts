import type { EvidenceFact } from '@backstage-maturity/plugin-maturity-common';
import type { ProtectionRuleData } from './queries';

/** Something read about the default branch, or why it could not be. */
export type Readable<T> =
  | ({ readable: true } & T)
  | { readable: false; reason: string };

/**
 * The default branch's branch protection rule: `branchProtectionRule`, or
 * `refUpdateRule` (what non-admins may see of it); null when there is none.
 */
export type ProtectionSeen = Readable<{ rule: ProtectionRuleData | null }>;

/** An active ruleset's rule that applies to the default branch. */
export interface BranchRule {
  type: string;
  /** `Repository` or `Organization`. */
  rulesetSourceType?: string;
  /** `owner/repo` or the organisation. */
  rulesetSource?: string;
  requiredApprovingReviewCount?: number;
  requiredStatusChecks?: string[];
}

export type RulesetsSeen = Readable<{ rules: BranchRule[] }>;

/** How many of the recent merged pull requests into the default branch were approved. */
export type PullRequestsSeen = Readable<{ reviewed: number; total: number }>;

/** What requires something on the default branch, and how much. */
interface Requirement {
  count: number;
  source: string;
}

/**
 * `reviews-required`: true when branch protection or an active ruleset
 * requires at least one approving review on the default branch. A high
 * share of reviewed pull requests alone does not make it true: the check
 * is about review being required. A source the credentials could not read
 * makes a "no" unknown rather than false.
 */
export function reviewsRequiredFact(
  branch: string,
  protection: ProtectionSeen,
  rulesets: RulesetsSeen,
  /** Undefined when pull requests are not read. */
  pullRequests: PullRequestsSeen | undefined,
): EvidenceFact {
  const requirements: Requirement[] = [];
  if (protection.readable && protection.rule) {
    const count = protectionReviews(protection.rule);
    if (count > 0) requirements.push({ count, source: 'branch protection' });
  }
  if (rulesets.readable) {
    for (const rule of rulesets.rules) {
      const count = rule.requiredApprovingReviewCount ?? 0;
      if (rule.type === 'pull_request' && count > 0) {
        requirements.push({ count, source: rulesetName(rule) });
      }
    }
  }
  const checks = requiredChecks(protection, rulesets);
  const context = [
    checks.length > 0 ? `required status checks: ${listed(checks)}` : '',
    pullRequests ? pullRequestsDetail(pullRequests) : '',
  ].filter(Boolean);

  if (requirements.length > 0) {
    const count = Math.max(...requirements.map(r => r.count));
    const sources = unique(requirements.map(r => r.source)).join(' and ');
    return {
      value: true,
      detail: [
        `${branch} requires ${plural(count, 'approving review')} (${sources})`,
        ...context,
      ].join('; '),
    };
  }

  const seen = [
    protectionDetail(protection),
    rulesetsDetail(rulesets),
    ...context,
  ].join('; ');
  const unreadable = [protection, rulesets].filter(s => !s.readable);
  if (unreadable.length > 0) {
    return {
      value: 'unknown',
      detail: `cannot tell whether ${branch} requires reviews: ${seen}`,
    };
  }
  return {
    value: false,
    detail: `${branch} requires no approving review: ${seen}`,
  };
}

/**
 * `github.required-status-checks`: true when branch protection or an
 * active ruleset requires status checks to pass on the default branch.
 */
export function requiredStatusChecksFact(
  branch: string,
  protection: ProtectionSeen,
  rulesets: RulesetsSeen,
): EvidenceFact {
  const checks = requiredChecks(protection, rulesets);
  if (checks.length > 0) {
    return {
      value: true,
      detail: `${branch} requires status checks: ${listed(checks)}`,
    };
  }
  const seen = [protectionDetail(protection), rulesetsDetail(rulesets)].join(
    '; ',
  );
  if (!protection.readable || !rulesets.readable) {
    return {
      value: 'unknown',
      detail: `cannot tell whether ${branch} requires status checks: ${seen}`,
    };
  }
  return {
    value: false,
    detail: `${branch} requires no status check: ${seen}`,
  };
}

function protectionReviews(rule: ProtectionRuleData): number {
  // `refUpdateRule` has no `requiresApprovingReviews`: the count says it.
  if (rule.requiresApprovingReviews === false) return 0;
  return rule.requiredApprovingReviewCount ?? 0;
}

function protectionChecks(rule: ProtectionRuleData): string[] {
  if (rule.requiresStatusChecks === false) return [];
  return (rule.requiredStatusCheckContexts ?? []).filter(
    (context): context is string => typeof context === 'string',
  );
}

function requiredChecks(
  protection: ProtectionSeen,
  rulesets: RulesetsSeen,
): string[] {
  const checks: string[] = [];
  if (protection.readable && protection.rule) {
    checks.push(...protectionChecks(protection.rule));
  }
  if (rulesets.readable) {
    for (const rule of rulesets.rules) {
      if (rule.type === 'required_status_checks') {
        checks.push(...(rule.requiredStatusChecks ?? []));
      }
    }
  }
  return unique(checks);
}

function listed(names: string[]): string {
  const more = names.length > 5 ? ` and ${names.length - 5} more` : '';
  return `${names.slice(0, 5).join(', ')}${more}`;
}

function protectionDetail(protection: ProtectionSeen): string {
  if (!protection.readable) return protection.reason;
  if (!protection.rule) return 'no branch protection rule';
  const rule = protection.rule;
  const pattern = rule.pattern ? ` (${rule.pattern})` : '';
  return rule.requiresApprovingReviews
    ? `branch protection${pattern} requires pull requests but no approving review`
    : `branch protection${pattern} without required reviews`;
}

function rulesetsDetail(rulesets: RulesetsSeen): string {
  if (!rulesets.readable) return rulesets.reason;
  const pullRequest = rulesets.rules.find(r => r.type === 'pull_request');
  if (pullRequest) {
    return `${rulesetName(
      pullRequest,
    )} requires pull requests but no approving review`;
  }
  return rulesets.rules.length === 0
    ? 'no active ruleset'
    : 'no active ruleset requires pull requests';
}

function pullRequestsDetail(pullRequests: PullRequestsSeen): string {
  if (!pullRequests.readable) return pullRequests.reason;
  if (pullRequests.total === 0) return 'no recent merged pull requests';
  return `${pullRequests.reviewed} of ${plural(
    pullRequests.total,
    'recent merged pull request',
  )} reviewed`;
}

function rulesetName(rule: BranchRule): string {
  return rule.rulesetSourceType === 'Organization'
    ? `organization ruleset of ${rule.rulesetSource}`
    : 'ruleset';
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
