import { approvalRule, protectedBranch } from './__testUtils__/fixtures';
import {
  matchesBranch,
  reviewsRequired,
  type ReviewSettings,
} from './reviewsRequired';

function settings(overrides: Partial<ReviewSettings> = {}): ReviewSettings {
  return {
    defaultBranch: 'main',
    protection: {
      source: 'protected-branches',
      matching: [protectedBranch('main')],
    },
    approvalRules: { readable: true, rules: [] },
    mergeRequests: { read: true, merged: 4, approved: 3 },
    ...overrides,
  };
}

describe('reviewsRequired', () => {
  it('names every rule that requires approval, and the most approvals any of them needs', () => {
    expect(
      reviewsRequired(
        settings({
          approvalRules: {
            readable: true,
            rules: [
              approvalRule('All members', 1, { rule_type: 'any_approver' }),
              approvalRule('Security', 2),
            ],
          },
        }),
      ),
    ).toEqual({
      value: true,
      detail:
        "main requires 2 approvals (approval rules 'All members' and 'Security'); 3 of 4 recent merged merge requests approved",
    });
  });

  it('counts only rules that apply to the default branch and hold every merge request', () => {
    const result = reviewsRequired(
      settings({
        approvalRules: {
          readable: true,
          rules: [
            approvalRule('Release managers', 2, {
              protected_branches: [{ name: 'release/*' }],
            }),
            approvalRule('Vulnerabilities', 1, {
              rule_type: 'report_approver',
            }),
          ],
        },
      }),
    );

    expect(result.value).toBe(false);
  });

  it('applies a rule for all protected branches only when the default branch is protected', () => {
    const rule = approvalRule('Protected', 1, {
      applies_to_all_protected_branches: true,
    });
    const rules = { readable: true as const, rules: [rule] };

    expect(reviewsRequired(settings({ approvalRules: rules })).value).toBe(
      true,
    );
    expect(
      reviewsRequired(
        settings({
          approvalRules: rules,
          protection: { source: 'protected-branches', matching: [] },
        }),
      ),
    ).toEqual({
      value: false,
      detail:
        'main requires no approval (no approval rule requires approval on main; main is not protected); ' +
        '3 of 4 recent merged merge requests approved',
    });
  });

  it('does not let the approved share alone count as required reviews', () => {
    expect(
      reviewsRequired(
        settings({ mergeRequests: { read: true, merged: 20, approved: 20 } }),
      ).value,
    ).toBe(false);
  });

  it('says when the recent merge requests could not be read, and when there are none', () => {
    const rules = {
      readable: true as const,
      rules: [approvalRule('All members', 1)],
    };
    expect(
      reviewsRequired(
        settings({
          approvalRules: rules,
          mergeRequests: {
            read: false,
            reason: 'gitlab.com answered HTTP 502 to GraphQL',
          },
        }),
      ).detail,
    ).toBe(
      "main requires 1 approval (approval rule 'All members'); recent merge requests not read (gitlab.com answered HTTP 502 to GraphQL)",
    );
    expect(
      reviewsRequired(
        settings({
          approvalRules: rules,
          mergeRequests: { read: true, merged: 0, approved: 0 },
        }),
      ).detail,
    ).toBe(
      "main requires 1 approval (approval rule 'All members'); no merged merge request into main yet",
    );
  });

  it('leaves it unknown when no rule requires approval but hidden protection settings could require code owners', () => {
    expect(
      reviewsRequired(
        settings({
          protection: {
            source: 'branch',
            protected: true,
            developersCanPush: false,
          },
        }),
      ),
    ).toEqual({
      value: 'unknown',
      detail:
        'no approval rule requires approval on main, but its protected branch settings (code owner approval) ' +
        'are not visible to the token (they may need the Maintainer role)',
    });
  });

  it('concludes false from hidden settings when developers can push directly anyway', () => {
    expect(
      reviewsRequired(
        settings({
          approvalRules: { readable: false },
          protection: {
            source: 'branch',
            protected: true,
            developersCanPush: true,
          },
          mergeRequests: undefined,
        }),
      ),
    ).toEqual({
      value: false,
      detail:
        'main requires no approval (approval rules not available (GitLab Premium, or hidden from the token); ' +
        'developers can push to it directly)',
    });
  });

  it('treats a push access granted to one user as no push access for developers', () => {
    const protection = protectedBranch('main', { push: 30 });
    protection.push_access_levels[0].user_id = 12;

    expect(
      reviewsRequired(
        settings({
          protection: { source: 'protected-branches', matching: [protection] },
          approvalRules: { readable: true, rules: [approvalRule('All', 1)] },
        }),
      ).value,
    ).toBe(true);
  });
});

describe('matchesBranch', () => {
  it('matches names exactly and wildcards across slashes', () => {
    expect(matchesBranch('main', 'main')).toBe(true);
    expect(matchesBranch('main', 'main2')).toBe(false);
    expect(matchesBranch('release/*', 'release/1.x')).toBe(true);
    expect(matchesBranch('*', 'feature/a/b')).toBe(true);
    expect(matchesBranch('v1.*', 'v1x')).toBe(false);
  });
});
