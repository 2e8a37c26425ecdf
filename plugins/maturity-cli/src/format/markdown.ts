import {
  detailsOf,
  explain,
  historySentence,
  isOpen,
  phaseName,
  standingName,
  reportRows,
  type CheckReport,
} from '../report';

const ICON: Record<string, string> = {
  pass: '✅',
  fail: '❌',
  'not-applicable': '➖',
  exempt: '🟦',
  attested: '🟩',
  error: '⚠️',
};

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** A Markdown summary that fits a CI step summary or a pull request comment. */
export function formatMarkdown(report: CheckReport): string {
  const { scorecard } = report;
  const needsCatalog = new Set(report.scorecard.needsCatalog);
  const out: string[] = [];
  const reached = standingName(report);
  const next = scorecard.nextPhase
    ? ` Next: **${phaseName(report, scorecard.nextPhase)}** (${Math.round(
        scorecard.progress * 100,
      )}% of its checks met).`
    : '';
  out.push(
    `## Maturity: ${reached}`,
    '',
    scorecard.unknown
      ? `**${
          report.entityRef ?? report.directory
        }** could not be fully checked: ${cell(scorecard.unknown.reason)}.`
      : `**${
          report.entityRef ?? report.directory
        }** has reached **${reached}**.${next}`,
  );
  if (report.gate) {
    out.push(
      '',
      report.gate.reached
        ? `Required phase **${phaseName(
            report,
            report.gate.phaseId,
          )}** is reached.`
        : `Required phase **${phaseName(
            report,
            report.gate.phaseId,
          )}** is **not** reached.`,
    );
  }
  const history = historySentence(report);
  if (history) out.push('', cell(history));
  out.push('', '| Phase | Met | Reached |', '| --- | --- | --- |');
  for (const phase of scorecard.phases) {
    out.push(
      `| ${phaseName(report, phase.phaseId)} | ${phase.met}/${phase.total} | ${
        phase.reached ? 'yes' : 'no'
      } |`,
    );
  }
  const open = reportRows(report).filter(row => isOpen(row, needsCatalog));
  if (open.length > 0) {
    out.push(
      '',
      '### What to do next',
      '',
      '| | Check | Looked for | How to pass |',
      '| --- | --- | --- | --- |',
    );
    for (const row of open) {
      out.push(
        `| ${ICON[row.result.outcome]} | **${cell(row.check.title)}** (\`${
          row.check.id
        }\`, ${cell(row.group)}) | ${cell(explain(row, false))} | ${cell(
          row.check.howToPass,
        )} |`,
      );
    }
  }
  if (report.verbose && open.length > 0) {
    out.push('', '<details><summary>Technical details</summary>', '');
    for (const row of open) {
      out.push(`**${row.check.id}**`, '', '```', ...detailsOf(row), '```', '');
    }
    out.push('</details>');
  }
  if (report.scorecard.needsCatalog.length > 0) {
    out.push(
      '',
      `_${
        report.scorecard.needsCatalog.length
      } checks need catalog data: ${report.scorecard.needsCatalog
        .map(id => `\`${id}\``)
        .join(', ')}._`,
    );
  }
  return `${out.join('\n')}\n`;
}
