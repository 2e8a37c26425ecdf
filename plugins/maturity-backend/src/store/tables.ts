/** The plugin's tables (see migrations/). */
export const ENTITIES = 'maturity_entities';
export const CHECKS = 'maturity_check_results';
export const CHECK_HISTORY = 'maturity_check_history';
export const PHASE_HISTORY = 'maturity_phase_history';
export const SNAPSHOTS = 'maturity_daily_snapshots';
export const RUNS = 'maturity_runs';
export const WAIVERS = 'maturity_waivers';
export const CAMPAIGNS = 'maturity_campaigns';
export const CAMPAIGN_ENTITIES = 'maturity_campaign_entities';
export const CAMPAIGN_DAYS = 'maturity_campaign_days';
