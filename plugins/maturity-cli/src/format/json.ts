import { detailsOf, phaseName, reportRows, type CheckReport } from '../report';

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
      // Set when evidence the next phase needs could not be read.
      unknown: scorecard.unknown,
      nextPhase: scorecard.nextPhase,
      progress: scorecard.progress,
      blocking: scorecard.blocking,
      gate: report.gate,
      // The git history read for branch, commit and tag checks.
      history: report.history,
      phases: scorecard.phases,
      tracks: scorecard.tracks,
      checks: reportRows(report).map(row => ({
        id: row.check.id,
        title: row.check.title,
        phase: row.check.phase,
        track: row.check.track,
        required: row.check.phase ? row.check.required !== false : false,
        // Not an error: nothing failed to read, the catalog is just not here.
        outcome: needsCatalog.has(row.check.id)
          ? 'needs-catalog-data'
          : row.result.outcome,
        needsCatalogData: needsCatalog.has(row.check.id),
        evidence: row.result.evidence,
        lookedFor: row.result.lookedFor,
        reason: row.result.reason,
        howToPass: row.check.howToPass,
        ...(report.verbose && { details: detailsOf(row) }),
      })),
      evaluatedAt: scorecard.evaluatedAt,
    },
    null,
    2,
  )}\n`;
}
