import type { EvidenceFact } from '@backstage-maturity/plugin-maturity-common';
import {
  DEVELOPER_ACCESS,
  type GitlabApprovalRule,
  type GitlabProtectedBranch,
} from './gitlabTypes';

/** How the default branch is protected, as far as the token can see. */
export type DefaultBranchProtection =
  /** The protected branch settings that match it (none: unprotected). */
  | { source: 'protected-branches'; matching: GitlabProtectedBranch[] }
  /** Settings hidden from the token: only the branch's own flags. */
  | { source: 'branch'; protected: boolean; developersCanPush: boolean };

/** What the recent merged merge requests into the default branch show. */
export type RecentMergeRequests =
  | { read: true; merged: number; approved: number }
  | { read: false; reason: string };

/** Everything `reviews-required` is decided from. */
export interface ReviewSettings {
  defaultBranch: string;
  protection: DefaultBranchProtection;
  /** Project approval rules; unreadable on GitLab Free (403 or 404). */
  approvalRules:
    | { readable: true; rules: GitlabApprovalRule[] }
    | { readable: false };
  /** The project's deprecated `approvals_before_merge`, when set. */
  approvalsBeforeMerge?: number;
  /** Undefined when merge requests were not asked for. */
  mergeRequests?: RecentMergeRequests;
}

// Rules that hold every merge request into the branch; `report_approver`
// rules apply only when a security scan finds something.
const BLOCKING_RULE_TYPES = new Set(['regular', 'any_approver']);

/**
 * Whether merge requests into the default branch need approval: an
 * approval rule that applies to it requires at least one, the project
 * requires approvals, or its protection requires code owner approval; and
 * developers cannot push to it directly, past the merge request. How many
 * recent merge requests were approved is told, but does not decide.
 */
export function reviewsRequired(settings: ReviewSettings): EvidenceFact {
  const branch = settings.defaultBranch;
  const { isProtected, developersCanPush } = protectionOf(settings.protection);
  const rules = settings.approvalRules.readable
    ? settings.approvalRules.rules.filter(
        rule =>
          BLOCKING_RULE_TYPES.has(rule.rule_type) &&
          rule.approvals_required >= 1 &&
          ruleApplies(rule, branch, isProtected),
      )
    : [];
  const projectApprovals = settings.approvalsBeforeMerge ?? 0;
  const codeOwners =
    settings.protection.source === 'protected-branches' &&
    settings.protection.matching.some(p => p.code_owner_approval_required);
  const approvals = Math.max(
    projectApprovals,
    ...rules.map(rule => rule.approvals_required),
  );
  const mergeRequests = mergeRequestsSeen(settings.mergeRequests, branch);

  if (approvals === 0 && !codeOwners) {
    // Hidden protection settings may require code owner approval, unless
    // developers can push directly anyway.
    if (settings.protection.source === 'branch' && !developersCanPush) {
      return {
        value: 'unknown',
        detail: settings.approvalRules.readable
          ? `no approval rule requires approval on ${branch}, but its protected branch settings ` +
            '(code owner approval) are not visible to the token (they may need the Maintainer role)'
          : `neither approval rules nor protected branch settings of ${branch} are visible to the token ` +
            '(approval rules need GitLab Premium; protected branch settings may need the Maintainer role)',
      };
    }
    const seen = [
      settings.approvalRules.readable
        ? `no approval rule requires approval on ${branch}`
        : 'approval rules not available (GitLab Premium, or hidden from the token)',
    ];
    if (!isProtected) {
      seen.push(`${branch} is not protected`);
    } else if (settings.protection.source === 'protected-branches') {
      seen.push('its protection does not require code owner approval');
    }
    if (isProtected && developersCanPush) {
      seen.push('developers can push to it directly');
    }
    return {
      value: false,
      detail: `${branch} requires no approval (${seen.join(
        '; ',
      )})${mergeRequests}`,
    };
  }

  const required = requirementText(
    branch,
    approvals,
    rules,
    projectApprovals,
    codeOwners,
  );
  if (developersCanPush) {
    return {
      value: false,
      detail: `${required}, but ${
        isProtected
          ? 'developers can push to it directly'
          : `${branch} is not protected, so developers can push to it directly`
      }${mergeRequests}`,
    };
  }
  return { value: true, detail: `${required}${mergeRequests}` };
}

function protectionOf(protection: DefaultBranchProtection): {
  isProtected: boolean;
  developersCanPush: boolean;
} {
  if (protection.source === 'branch') {
    return {
      isProtected: protection.protected,
      developersCanPush: !protection.protected || protection.developersCanPush,
    };
  }
  const isProtected = protection.matching.length > 0;
  // Of several matching settings, the most permissive one applies.
  const developersCanPush =
    !isProtected ||
    protection.matching.some(p =>
      p.push_access_levels.some(
        level =>
          level.access_level === DEVELOPER_ACCESS &&
          !level.user_id &&
          !level.group_id &&
          !level.deploy_key_id,
      ),
    );
  return { isProtected, developersCanPush };
}

function ruleApplies(
  rule: GitlabApprovalRule,
  branch: string,
  isProtected: boolean,
): boolean {
  if (rule.applies_to_all_protected_branches) return isProtected;
  const branches = rule.protected_branches ?? [];
  // A rule scoped to no branch applies to all of them.
  return (
    branches.length === 0 ||
    branches.some(protectedBranch =>
      matchesBranch(protectedBranch.name, branch),
    )
  );
}

/**
 * Whether a protected branch name, possibly a wildcard (`release/*`),
 * matches a branch.
 */
export function matchesBranch(pattern: string, branch: string): boolean {
  if (!pattern.includes('*')) return pattern === branch;
  const source = pattern
    .split('*')
    .map(part => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`).test(branch);
}

function requirementText(
  branch: string,
  approvals: number,
  rules: GitlabApprovalRule[],
  projectApprovals: number,
  codeOwners: boolean,
): string {
  const sources: string[] = [];
  if (rules.length > 0) {
    const names = rules.map(rule => `'${rule.name}'`);
    sources.push(
      `${rules.length === 1 ? 'approval rule' : 'approval rules'} ${joinWords(
        names,
      )}`,
    );
  }
  if (projectApprovals > 0) sources.push('project approval setting');
  if (approvals === 0) {
    return `${branch} requires code owner approval (protected branch setting)`;
  }
  return `${branch} requires ${approvals} ${
    approvals === 1 ? 'approval' : 'approvals'
  } (${sources.join(', ')})${codeOwners ? ' and code owner approval' : ''}`;
}

function mergeRequestsSeen(
  seen: RecentMergeRequests | undefined,
  branch: string,
): string {
  if (!seen) return '';
  if (!seen.read) return `; recent merge requests not read (${seen.reason})`;
  if (seen.merged === 0) return `; no merged merge request into ${branch} yet`;
  return `; ${seen.approved} of ${seen.merged} recent merged merge ${
    seen.merged === 1 ? 'request' : 'requests'
  } approved`;
}

function joinWords(words: string[]): string {
  return words.length <= 1
    ? words.join('')
    : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
