import type {
  CheckDefinition,
  CheckResult,
  Checklist,
} from '@backstage-maturity/plugin-maturity-common';
import {
  checkDetails,
  type EntityEvaluation,
} from '@backstage-maturity/plugin-maturity-node';

/** What one `maturity check` found, for the output formats. */
export interface CheckReport {
  /** The directory as the user named it. */
  directory: string;
  /** Entity ref from the directory's catalog-info.yaml, if any. */
  entityRef?: string;
  /**
   * Without a catalog-info.yaml: the type the checkout was evaluated as
   * (`service`, or `--type`), with no annotations and no relations.
   */
  assumedType?: string;
  checklist: Checklist;
  /** What the engine decided, incl. the checks that need catalog data. */
  scorecard: EntityEvaluation;
  /**
   * The git history read for the checks that need it, or why none was;
   * absent with --no-history.
   */
  history?:
    | { read: true; commits: number; notSeen: string[] }
    | { read: false; reason: string };
  /** The phase asked for with --min-phase, and whether it is reached. */
  gate?: { phaseId: string; reached: boolean };
  /** With --verbose: the technical details of checks that are not met. */
  verbose?: boolean;
}

export interface ReportRow {
  check: CheckDefinition;
  result: CheckResult;
  /** Phase or track name. */
  group: string;
}

/** Checks with their results, in checklist order. */
export function reportRows(report: CheckReport): ReportRow[] {
  const results = new Map(report.scorecard.checks.map(r => [r.checkId, r]));
  const names = new Map(
    [...report.checklist.phases, ...report.checklist.tracks].map(g => [
      g.id,
      g.name,
    ]),
  );
  return report.checklist.checks.map(check => ({
    check,
    result: results.get(check.id)!,
    group: names.get(check.phase ?? check.track ?? '') ?? '',
  }));
}

/** The name of a phase id, or "Not started". */
export function phaseName(report: CheckReport, phaseId: string | null): string {
  if (!phaseId) return 'Not started';
  return report.checklist.phases.find(p => p.id === phaseId)?.name ?? phaseId;
}

/**
 * Where the entity stands, in words: the phase reached, or "Unknown" when
 * evidence the next phase needs could not be read (with the phase known to
 * be reached, if any).
 */
export function standingName(report: CheckReport): string {
  const { scorecard } = report;
  if (!scorecard.unknown) return phaseName(report, scorecard.phase);
  return scorecard.phase
    ? `Unknown (at least ${phaseName(report, scorecard.phase)})`
    : 'Unknown';
}

/** One line saying why a check has its outcome. */
export function explain(row: ReportRow, needsCatalog: boolean): string {
  const { result } = row;
  if (needsCatalog) return 'needs catalog data (add a catalog-info.yaml)';
  switch (result.outcome) {
    case 'pass':
      return result.evidence.map(e => e.detail).join('; ');
    case 'fail': {
      // What the history or the code host showed tells why, first.
      const seen = result.evidence
        .filter(e => e.kind !== 'warning')
        .map(e => e.detail);
      const lookedFor = `looked for ${result.lookedFor.join('; or ')}`;
      return seen.length > 0 ? `${seen.join('; ')} (${lookedFor})` : lookedFor;
    }
    case 'error':
      return result.lookedFor.length > 0
        ? `looked for ${result.lookedFor.join('; or ')}; ${result.reason}`
        : result.reason ?? '';
    default:
      return result.reason ?? '';
  }
}

/** Whether a row is something to do: a fail, or a check that could not run. */
export function isOpen(row: ReportRow, needsCatalog: ReadonlySet<string>) {
  return (
    !needsCatalog.has(row.check.id) &&
    (row.result.outcome === 'fail' || row.result.outcome === 'error')
  );
}

/** The technical details of a row's check (globs, patterns, dependency names). */
export function detailsOf(row: ReportRow): string[] {
  return checkDetails(row.check);
}

/**
 * What the git history added, in one sentence, or undefined with
 * --no-history.
 */
export function historySentence(report: CheckReport): string | undefined {
  const { history } = report;
  if (!history) return undefined;
  if (!history.read) {
    return `Git history not read (${history.reason}): checks that need it can be attested.`;
  }
  const seen = `Git history: the last ${history.commits} commits, tags and branches read`;
  return history.notSeen.length > 0
    ? `${seen}; not seen: ${history.notSeen.join('; ')}.`
    : `${seen}.`;
}
