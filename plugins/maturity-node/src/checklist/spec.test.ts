import fs from 'node:fs';
import path from 'node:path';
import { defaultChecklist } from './defaultChecklist';

/**
 * The default checklist against its product specification, docs/checklist.md:
 * every check of the spec's tables is in the checklist, under the heading it
 * sits under, and nothing else is.
 */

const SPEC_PATH = path.resolve(__dirname, '../../../../docs/checklist.md');

interface SpecRow {
  id: string;
  title: string;
  evidence: string;
  notApplicable?: string;
  /** Phase or track id of the heading the row sits under. */
  section: { kind: 'phase' | 'track'; id: string; heading: string };
}

interface SpecPhase {
  order: number;
  id: string;
  name: string;
  meaning: string;
}

function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map(cell => cell.trim());
}

const isSeparator = (line: string) => /^\|[\s|:-]+\|$/.test(line.trim());
const unquote = (cell: string) => /^`([^`]+)`$/.exec(cell)?.[1];

function parseSpec(markdown: string): { phases: SpecPhase[]; rows: SpecRow[] } {
  const lines = markdown.split(/\r?\n/);
  const phases: SpecPhase[] = [];
  const rows: SpecRow[] = [];
  let heading = '';
  let headerSeen = false;
  for (const line of lines) {
    const h2 = /^##\s+(.*)$/.exec(line);
    if (h2) {
      heading = h2[1].trim();
      headerSeen = false;
      continue;
    }
    if (!line.trim().startsWith('|')) {
      headerSeen = false;
      continue;
    }
    if (isSeparator(line)) continue;
    if (!headerSeen) {
      headerSeen = true; // the table's header row
      continue;
    }
    const row = cells(line);
    if (/^Phases\b/i.test(heading)) {
      const id = unquote(row[1]);
      if (!id) throw new Error(`phase row without a backticked id: ${line}`);
      phases.push({ order: Number(row[0]), id, name: row[2], meaning: row[3] });
      continue;
    }
    const phaseHeading = /^Phase\s+(\d+)\s*:\s*(.+)$/i.exec(heading);
    const trackHeading = /^Track\s*:\s*(.+)$/i.exec(heading);
    if (!phaseHeading && !trackHeading) continue;
    const id = unquote(row[0]);
    if (!id) {
      throw new Error(
        `check row without a backticked id under "${heading}": ${line}`,
      );
    }
    let section: SpecRow['section'];
    if (phaseHeading) {
      const phase = phases.find(
        p => p.name.toLowerCase() === phaseHeading[2].trim().toLowerCase(),
      );
      if (!phase) {
        throw new Error(
          `heading "${heading}" names no phase of the phases table`,
        );
      }
      if (phase.order !== Number(phaseHeading[1])) {
        throw new Error(`heading "${heading}" disagrees with the phase order`);
      }
      section = { kind: 'phase', id: phase.id, heading };
    } else {
      const name = trackHeading![1].trim().toLowerCase();
      const track = defaultChecklist.tracks.find(
        t => t.name.toLowerCase() === name,
      );
      if (!track) {
        throw new Error(`heading "${heading}" names no track of the checklist`);
      }
      section = { kind: 'track', id: track.id, heading };
    }
    rows.push({
      id,
      title: row[1],
      evidence: row[2],
      notApplicable: row[3] || undefined,
      section,
    });
  }
  return { phases, rows };
}

const spec = parseSpec(fs.readFileSync(SPEC_PATH, 'utf8'));
const checksById = new Map(defaultChecklist.checks.map(c => [c.id, c]));

describe('the default checklist against docs/checklist.md', () => {
  it('finds the spec tables', () => {
    expect(spec.phases).toHaveLength(5);
    expect(spec.rows.length).toBeGreaterThan(30);
    expect(new Set(spec.rows.map(r => r.section.id))).toEqual(
      new Set([
        ...spec.phases.map(p => p.id),
        ...defaultChecklist.tracks.map(t => t.id),
      ]),
    );
  });

  it('has the phases of the spec, in order, with their names and meanings', () => {
    expect(
      defaultChecklist.phases.map(p => ({
        id: p.id,
        name: p.name,
        meaning: p.description,
      })),
    ).toEqual(
      [...spec.phases]
        .sort((a, b) => a.order - b.order)
        .map(p => ({ id: p.id, name: p.name, meaning: p.meaning })),
    );
  });

  it('has the tracks the spec names', () => {
    const text = fs.readFileSync(SPEC_PATH, 'utf8');
    for (const track of defaultChecklist.tracks) {
      expect(text).toContain(`\`${track.id}\``);
    }
    expect(defaultChecklist.tracks.map(t => [t.id, t.name])).toEqual([
      ['practices', 'Development practices'],
      ['nice-to-have', 'Nice to have'],
    ]);
  });

  it('has every check of the spec and no other', () => {
    const specIds = new Set(spec.rows.map(r => r.id));
    const missing = spec.rows.map(r => r.id).filter(id => !checksById.has(id));
    const extra = defaultChecklist.checks
      .map(c => c.id)
      .filter(id => !specIds.has(id));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it('lists each check of the spec once', () => {
    const ids = spec.rows.map(r => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('puts every check under the phase or track of its heading', () => {
    const misplaced = spec.rows
      .filter(row => checksById.has(row.id))
      .flatMap(row => {
        const check = checksById.get(row.id)!;
        const actual = check.phase
          ? { kind: 'phase', id: check.phase }
          : { kind: 'track', id: check.track };
        return actual.kind === row.section.kind && actual.id === row.section.id
          ? []
          : [
              `${row.id}: spec "${row.section.heading}" (${row.section.kind} ${row.section.id}), checklist ${actual.kind} ${actual.id}`,
            ];
      });
    expect(misplaced).toEqual([]);
  });

  it('uses the check column of the spec as the title', () => {
    const different = spec.rows
      .filter(row => checksById.get(row.id)?.title !== row.title)
      .map(
        row =>
          `${row.id}: "${checksById.get(row.id)?.title}" != "${row.title}"`,
      );
    expect(different).toEqual([]);
  });

  it('makes phase checks required and track checks optional', () => {
    const wrong = spec.rows.flatMap(row => {
      const check = checksById.get(row.id);
      if (!check) return [];
      const required = check.required !== false && !check.track;
      const expected = row.section.kind === 'phase';
      return check.required === expected && required === expected
        ? []
        : [`${row.id}: required ${check.required}`];
    });
    expect(wrong).toEqual([]);
  });

  it('has an n/a rule exactly where the spec has an n/a cell', () => {
    const wrong = spec.rows.flatMap(row => {
      const check = checksById.get(row.id);
      if (!check) return [];
      const specHasNa = Boolean(row.notApplicable);
      return specHasNa === Boolean(check.notApplicableWhen)
        ? []
        : [
            `${row.id}: spec n/a "${row.notApplicable ?? ''}", checklist ${
              check.notApplicableWhen ? 'has' : 'has no'
            } notApplicableWhen`,
          ];
    });
    expect(wrong).toEqual([]);
  });

  it('makes checks attestable where the spec says so or the evidence is scm-only', () => {
    const wrong = spec.rows.flatMap(row => {
      const check = checksById.get(row.id);
      if (!check) return [];
      const specSays = /attestable|\(scm\)/i.test(row.evidence);
      return specSays && !check.attestable
        ? [`${row.id}: spec "${row.evidence}" but not attestable`]
        : [];
    });
    expect(wrong).toEqual([]);
  });

  it('reads scm facts only in checks whose spec cell mentions scm', () => {
    const usesScm = (rule: unknown): boolean =>
      JSON.stringify(rule).includes('"scm":');
    const wrong = spec.rows.flatMap(row => {
      const check = checksById.get(row.id);
      if (!check) return [];
      const specScm = /\(scm\)/i.test(row.evidence);
      return specScm === usesScm(check.rule)
        ? []
        : [`${row.id}: spec scm ${specScm}, rule scm ${usesScm(check.rule)}`];
    });
    expect(wrong).toEqual([]);
  });
});
