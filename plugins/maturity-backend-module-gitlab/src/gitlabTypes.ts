/*
 * The fields of GitLab's REST API v4 answers that this module reads, as
 * GitLab documents them. Other fields are left out.
 */

/** `GET /projects/:id` */
export interface GitlabProject {
  id: number;
  path_with_namespace: string;
  /** Absent or null for an empty repository. */
  default_branch?: string | null;
  last_activity_at?: string;
  empty_repo?: boolean;
  /** Deprecated project-wide approval count (Premium and Ultimate). */
  approvals_before_merge?: number;
}

/** `GET /projects/:id/repository/commits` */
export interface GitlabCommit {
  id: string;
  title: string;
  message: string;
  committed_date: string;
  /** With `trailers=true`: the last value of each trailer key. */
  trailers?: Record<string, string>;
  /** With `trailers=true`: every value of each trailer key. */
  extended_trailers?: Record<string, string[]>;
}

/** `GET /projects/:id/repository/tags` */
export interface GitlabTag {
  name: string;
  /** When an annotated tag was made; null for a lightweight tag. */
  created_at?: string | null;
  commit?: { id: string; committed_date?: string } | null;
}

/** `GET /projects/:id/repository/branches` */
export interface GitlabBranch {
  name: string;
  /** Whether the default branch holds all its commits. */
  merged: boolean;
  protected: boolean;
  default: boolean;
  developers_can_push: boolean;
  commit: { id: string; committed_date: string };
}

/** One entry of a protected branch's push or merge access. */
export interface GitlabAccessLevel {
  access_level: number;
  access_level_description?: string;
  user_id?: number | null;
  group_id?: number | null;
  deploy_key_id?: number | null;
}

/** `GET /projects/:id/protected_branches` */
export interface GitlabProtectedBranch {
  /** A branch name or a wildcard such as `release/*`. */
  name: string;
  push_access_levels: GitlabAccessLevel[];
  merge_access_levels: GitlabAccessLevel[];
  /** Premium and Ultimate. */
  code_owner_approval_required?: boolean;
}

/** `GET /projects/:id/approval_rules` (Premium and Ultimate) */
export interface GitlabApprovalRule {
  id: number;
  name: string;
  /** `regular`, `any_approver`, `code_owner` or `report_approver`. */
  rule_type: string;
  approvals_required: number;
  applies_to_all_protected_branches?: boolean;
  /** Empty when the rule applies to every branch. */
  protected_branches?: Array<{ name: string }>;
}

/** `GET /projects/:id/repository/tree` */
export interface GitlabTreeEntry {
  name: string;
  type: 'tree' | 'blob' | 'commit';
  path: string;
}

/** Access level of the Developer role in protected branch settings. */
export const DEVELOPER_ACCESS = 30;
