import type { MaturityApi } from '../api';
import { scorecard } from './scorecard';

/**
 * A backend as the plugin's extensions see it right after start-up: the
 * fixture entity is evaluated, the dashboard's aggregates are still empty.
 */
export const fixtureMaturityApi: Partial<MaturityApi> = {
  getChecklist: async () => ({
    phases: scorecard.phases.map(p => ({ id: p.phaseId, name: p.name })),
    tracks: scorecard.tracks.map(t => ({ id: t.trackId, name: t.name })),
    checks: scorecard.checks.map(({ checkId, ...check }) => ({
      id: checkId,
      title: check.title,
      required: check.required,
      why: check.why,
      howToPass: check.howToPass,
      attestable: check.attestable,
    })),
  }),
  listRuns: async () => [],
  getScorecard: async () => scorecard,
  getEntityHistory: async () => ({ phases: [], checks: [] }),
  getSummary: async () => ({
    total: 0,
    phases: [],
    blockers: [],
    blockerCount: 0,
  }),
  listBlockers: async () => ({ items: [], totalCount: 0 }),
  getOwnerRollup: async () => ({ items: [] }),
  listEntities: async () => ({ items: [], totalCount: 0 }),
  getTrend: async () => ({ from: '2026-08-23', to: '2026-11-21', days: [] }),
  listCampaigns: async () => ({ items: [] }),
  listEntityCampaigns: async () => ({ items: [] }),
};
