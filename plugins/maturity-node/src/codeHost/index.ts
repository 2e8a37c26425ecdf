export { RequestBudget } from './RequestBudget';
export type { RequestBudgetOptions } from './RequestBudget';
export { HostPauses } from './HostPauses';
export type { HostPausesOptions } from './HostPauses';
export { resumeTime } from './resumeTime';
export type { ResumeTimeOptions } from './resumeTime';
export { formatResumeTime, rateLimitReason } from './rateLimitReason';
export { unknownEvidence } from './unknownEvidence';
export type { SuppliedFacts } from './unknownEvidence';
export {
  dailyFreshnessToken,
  parseDailyFreshnessToken,
} from './dailyFreshnessToken';
export { readSettings } from './readSettings';
export type { SettingsRead } from './readSettings';
export { booleanSetting, wholeNumberSetting } from './settingChecks';
export type { SettingCheck } from './settingChecks';
export { createEvidenceProviderModule } from './createEvidenceProviderModule';
export type { EvidenceProviderModuleOptions } from './createEvidenceProviderModule';
