import { phaseName, reportRows, type CheckReport } from '../report';

/** The whole report as JSON, for scripts. */
export function formatJson(report: CheckReport): string {
  const { scorecard } = report;
  const needsCatalog = new Set(report.scorecard.needsCatalog);
  return `${JSON.stringify(
    {
      directory: report.directory,
      entityRef: report.entityRef,
      assumedType: report.assumedType,
      phase: scorecard.phase,
      phaseName: phaseName(report, scorecard.phase),
      nextPhase: scorecard.nextPhase,
      progress: scorecard.progress,
      blocking: scorecard.blocking,
      gate: report.gate,
      phases: scorecard.phases,
      tracks: scorecard.tracks,
      checks: reportRows(report).map(({ check, result }) => ({
        id: check.id,
        title: check.title,
        phase: check.phase,
        track: check.track,
        required: check.phase ? check.required !== false : false,
        outcome: result.outcome,
        needsCatalogData: needsCatalog.has(check.id),
        evidence: result.evidence,
        lookedFor: result.lookedFor,
        reason: result.reason,
        howToPass: check.howToPass,
      })),
      evaluatedAt: scorecard.evaluatedAt,
    },
    null,
    2,
  )}\n`;
}
