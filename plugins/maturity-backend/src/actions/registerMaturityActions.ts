import { registerGetCampaignProgress } from './getCampaignProgress';
import { registerGetEntityNextSteps } from './getEntityNextSteps';
import { registerGetEntityScorecard } from './getEntityScorecard';
import { registerGetMaturitySummary } from './getMaturitySummary';
import { registerListEntitiesBlockedByCheck } from './listEntitiesBlockedByCheck';
import type { MaturityActionDeps } from './types';

/**
 * The plugin's read-only actions for assistants, in the actions registry
 * (served over MCP by `@backstage/plugin-mcp-actions-backend`). They check
 * the caller as the REST API does and read what the evaluation stored.
 */
export function registerMaturityActions(deps: MaturityActionDeps): void {
  registerGetEntityScorecard(deps);
  registerGetEntityNextSteps(deps);
  registerGetMaturitySummary(deps);
  registerListEntitiesBlockedByCheck(deps);
  registerGetCampaignProgress(deps);
}
