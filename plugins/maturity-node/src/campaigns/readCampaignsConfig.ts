import type { Checklist } from '@backstage-maturity/plugin-maturity-common';
import type { ChecklistConfigIssue } from '../config/errors';
import { flattenIssues, friendlyErrors } from '../config/messages';
import { formatPath } from '../config/paths';
import { CampaignsConfigError } from './errors';
import { campaignSchema } from './schema';
import type { CampaignDefinition } from './types';

/** The config key that `readCampaignsConfig` reads. */
export const CAMPAIGNS_CONFIG_PATH = 'maturity.campaigns';

/**
 * A campaign read from input, or every issue found in it.
 *
 * @public
 */
export type CampaignParse =
  | { ok: true; campaign: CampaignDefinition }
  | { ok: false; issues: ChecklistConfigIssue[] };

function parseWith(
  schema: ReturnType<typeof campaignSchema>,
  entry: unknown,
  path: string,
): CampaignParse {
  const parsed = schema.safeParse(entry, { error: friendlyErrors });
  if (parsed.success) return { ok: true, campaign: parsed.data };
  return {
    ok: false,
    issues: flattenIssues(parsed.error.issues).map(issue => ({
      path: formatPath(path, issue.path),
      message: issue.message,
    })),
  };
}

/**
 * One campaign, e.g. a request body, checked as `maturity.campaigns`
 * entries are: every issue with its path under `path`.
 *
 * @public
 */
export function parseCampaign(
  entry: unknown,
  checklist: Checklist,
  path: string,
): CampaignParse {
  return parseWith(campaignSchema(checklist), entry, path);
}

/**
 * The campaigns of a `maturity.campaigns` block, or every issue in it, in
 * config order.
 */
export function parseCampaignsConfig(
  block: unknown,
  checklist: Checklist,
  path: string = CAMPAIGNS_CONFIG_PATH,
):
  | { ok: true; campaigns: CampaignDefinition[] }
  | { ok: false; issues: ChecklistConfigIssue[] } {
  if (block === undefined || block === null) return { ok: true, campaigns: [] };
  if (!Array.isArray(block)) {
    return {
      ok: false,
      issues: [{ path, message: 'expected a list of campaigns' }],
    };
  }
  const schema = campaignSchema(checklist);
  const campaigns: CampaignDefinition[] = [];
  const issues: ChecklistConfigIssue[] = [];
  const firstIndexOf = new Map<unknown, number>();
  block.forEach((entry, index) => {
    const parsed = parseWith(schema, entry, formatPath(path, [index]));
    if (parsed.ok) {
      campaigns.push(parsed.campaign);
    } else {
      issues.push(...parsed.issues);
    }
    const id = (entry as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return;
    const first = firstIndexOf.get(id);
    if (first === undefined) {
      firstIndexOf.set(id, index);
    } else {
      issues.push({
        path: formatPath(path, [index, 'id']),
        message: `duplicate campaign id "${id}"; also ${formatPath(path, [
          first,
        ])}`,
      });
    }
  });
  return issues.length === 0 ? { ok: true, campaigns } : { ok: false, issues };
}

/**
 * The campaigns that an app's configuration defines under
 * `maturity.campaigns`, validated against the checklist in force. Call it
 * at startup so that a broken block stops the backend with every issue
 * listed.
 *
 * @param config - the root config, e.g. the backend's `coreServices.rootConfig`
 * @param checklist - the checklist in force, whose phases and checks targets name
 * @throws CampaignsConfigError when the block is invalid
 * @public
 */
export function readCampaignsConfig(
  config: { getOptional(key: string): unknown },
  checklist: Checklist,
): CampaignDefinition[] {
  const result = parseCampaignsConfig(
    config.getOptional(CAMPAIGNS_CONFIG_PATH),
    checklist,
  );
  if (!result.ok) throw new CampaignsConfigError(result.issues);
  return result.campaigns;
}
