import {
  detailsOf,
  explain,
  historySentence,
  isOpen,
  phaseName,
  reportRows,
  standingName,
  type CheckReport,
} from '../report';

const LABEL: Record<string, string> = {
  pass: 'PASS',
  fail: 'FAIL',
  'not-applicable': 'N/A',
  exempt: 'EXEMPT',
  attested: 'ATTESTED',
  error: 'ERROR',
};

function truncate(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}

/** A readable table for a terminal. */
export function formatTable(report: CheckReport): string {
  const { scorecard } = report;
  const lines: string[] = [];
  const next = scorecard.nextPhase
    ? ` (next: ${phaseName(report, scorecard.nextPhase)}, ${Math.round(
        scorecard.progress * 100,
      )}% met)`
    : '';
  lines.push(
    `Maturity of ${report.entityRef ?? report.directory}${
      report.assumedType
        ? ` (no catalog-info.yaml: evaluated as a ${report.assumedType})`
        : ''
    }`,
    `Phase reached: ${standingName(report)}${next}`,
  );
  if (scorecard.unknown) {
    lines.push(`Could not be read: ${scorecard.unknown.reason}`);
  }
  const history = historySentence(report);
  if (history) lines.push(history);
  if (report.gate) {
    lines.push(
      `Required phase ${phaseName(report, report.gate.phaseId)}: ${
        report.gate.reached ? 'reached' : 'NOT reached'
      }`,
    );
  }
  const needsCatalog = new Set(report.scorecard.needsCatalog);
  const rows = reportRows(report);
  const idWidth = Math.max(...rows.map(r => r.check.id.length));
  let group = '';
  for (const row of rows) {
    if (row.group !== group) {
      group = row.group;
      const phase = scorecard.phases.find(p => p.phaseId === row.check.phase);
      const track = scorecard.tracks.find(t => t.trackId === row.check.track);
      const score = phase ?? track;
      lines.push(
        '',
        `${group}${score ? `  ${score.met}/${score.total} met` : ''}${
          phase?.reached ? '  (reached)' : ''
        }`,
      );
    }
    const label = needsCatalog.has(row.check.id)
      ? 'CATALOG'
      : LABEL[row.result.outcome];
    lines.push(
      `  ${label.padEnd(8)} ${row.check.id.padEnd(idWidth)}  ${truncate(
        explain(row, needsCatalog.has(row.check.id)),
        100,
      )}`,
    );
    if (report.verbose && isOpen(row, needsCatalog)) {
      const indent = ' '.repeat(idWidth + 13);
      lines.push(...detailsOf(row).map(line => `${indent}${line}`));
    }
  }
  if (report.scorecard.needsCatalog.length > 0) {
    lines.push(
      '',
      `${report.scorecard.needsCatalog.length} checks need catalog data and do not count against the phase here.`,
    );
  }
  return `${lines.join('\n')}\n`;
}
