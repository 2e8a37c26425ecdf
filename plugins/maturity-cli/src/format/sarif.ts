import { explain, isOpen, reportRows, type CheckReport } from '../report';

/**
 * SARIF 2.1.0, for code-scanning dashboards: one rule per check, one result
 * per check that fails or could not be evaluated.
 */
export function formatSarif(report: CheckReport): string {
  const needsCatalog = new Set(report.scorecard.needsCatalog);
  const rows = reportRows(report);
  const reached = new Set(
    report.scorecard.phases.filter(p => p.reached).map(p => p.phaseId),
  );
  const location = report.entityRef ? 'catalog-info.yaml' : undefined;
  const results = rows
    .filter(row => isOpen(row, needsCatalog))
    .map(row => {
      const required = Boolean(row.check.phase) && row.check.required !== false;
      let level: 'error' | 'warning' | 'note' = 'note';
      if (row.result.outcome === 'error') level = 'warning';
      else if (required && !reached.has(row.check.phase!)) level = 'error';
      else if (required) level = 'warning';
      return {
        ruleId: row.check.id,
        level,
        message: {
          text: `${row.check.title}: ${explain(row, false)}`,
        },
        ...(location && {
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: location },
              },
            },
          ],
        }),
      };
    });
  return `${JSON.stringify(
    {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'maturity',
              informationUri:
                'https://github.com/backstage-maturity/backstage-maturity',
              rules: rows.map(({ check, group }) => ({
                id: check.id,
                name: check.id,
                shortDescription: { text: check.title },
                fullDescription: { text: check.why },
                help: { text: check.howToPass },
                ...(check.guidanceUrl && { helpUri: check.guidanceUrl }),
                properties: { group },
              })),
            },
          },
          results,
        },
      ],
    },
    null,
    2,
  )}\n`;
}
