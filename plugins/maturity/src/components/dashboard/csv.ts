import type { EntitySummary, OwnerRollupRow, PhaseCount } from '../../api';
import { phaseName } from '../common/phases';
import { standingOf } from '../common/standing';

/** A value of a CSV cell. */
export type CsvValue = string | number | boolean | null | undefined;

// Spreadsheets run cells that start with these as formulas; catalog titles
// are written by anyone, so such text is kept as text.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field, quoted when it holds a separator, quote or line break (RFC 4180). */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) {
    text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV document: a header line and a line per row, CRLF-separated. */
export function toCsv(header: string[], rows: CsvValue[][]): string {
  return [header, ...rows]
    .map(row => row.map(csvField).join(','))
    .join('\r\n')
    .concat('\r\n');
}

/**
 * The entity list as CSV; phases name the phase ids. An entity whose
 * standing could not be told has the phase `Unknown` and the reason.
 */
export function entitiesToCsv(
  items: EntitySummary[],
  phases: PhaseCount[],
): string {
  return toCsv(
    [
      'Entity',
      'Name',
      'Title',
      'Kind',
      'Owner',
      'System',
      'Domain',
      'Type',
      'Lifecycle',
      'Phase',
      'Next phase',
      'Progress to next phase (%)',
      'Blocking checks',
      'Evaluated',
      'Why unknown',
    ],
    items.map(item => [
      item.entityRef,
      item.name,
      item.title,
      item.kind,
      item.owner,
      item.system,
      item.domain,
      item.type,
      item.lifecycle,
      phaseName(standingOf(item), phases),
      item.nextPhase ? phaseName(item.nextPhase, phases) : '',
      item.nextPhase && !item.unknown ? Math.round(item.progress * 100) : '',
      item.blocking.join(' '),
      item.evaluatedAt,
      item.unknown?.reason,
    ]),
  );
}

/** The per-owner roll-up as CSV, a count column per phase. */
export function ownersToCsv(
  rows: OwnerRollupRow[],
  phases: PhaseCount[],
): string {
  return toCsv(
    [
      'Owner',
      'Title',
      'Parent',
      'Owned directly',
      'Total',
      ...phases.map(phase => phase.name),
    ],
    rows.map(row => [
      row.owner,
      row.title,
      row.parent,
      row.direct,
      row.total,
      ...phases.map(
        phase => row.phases.find(p => p.phase === phase.phase)?.count ?? 0,
      ),
    ]),
  );
}
