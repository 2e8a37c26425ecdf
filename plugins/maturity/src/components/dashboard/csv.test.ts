import type { OwnerRollupRow, PhaseCount } from '../../api';
import { entitySummary } from '../../__fixtures__/entitySummary';
import { csvField, entitiesToCsv, ownersToCsv, toCsv } from './csv';

const phases: PhaseCount[] = [
  { phase: 'not-started', name: 'Not started', count: 1 },
  { phase: 'walking-skeleton', name: 'Walking Skeleton', count: 1 },
  { phase: 'foundation', name: 'Solid Foundation', count: 0 },
];

describe('csvField', () => {
  it('leaves plain values as they are', () => {
    expect(csvField('payments')).toBe('payments');
    expect(csvField(42)).toBe('42');
    expect(csvField(undefined)).toBe('');
    expect(csvField(null)).toBe('');
  });

  it('quotes separators, quotes and line breaks, doubling quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rlf')).toBe('"cr\rlf"');
  });

  it('keeps text that a spreadsheet would run as a formula as text', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(-3)).toBe('-3');
  });
});

describe('toCsv', () => {
  it('writes a header and a CRLF-terminated line per row', () => {
    expect(
      toCsv(
        ['Name', 'Count'],
        [
          ['a', 1],
          ['b, c', 2],
        ],
      ),
    ).toBe('Name,Count\r\na,1\r\n"b, c",2\r\n');
  });
});

describe('entitiesToCsv', () => {
  const item = entitySummary('payments', {
    title: 'Payments, "the" API',
    evaluatedAt: '2026-03-01T10:00:00.000Z',
  });

  it('names phases and quotes titles', () => {
    const lines = entitiesToCsv([item], phases).split('\r\n');
    expect(lines[0]).toBe(
      'Entity,Name,Title,Kind,Owner,System,Domain,Type,Lifecycle,Phase,Next phase,Progress to next phase (%),Blocking checks,Evaluated,Why unknown',
    );
    expect(lines[1]).toBe(
      'component:default/payments,payments,"Payments, ""the"" API",Component,group:default/team-a,checkout,,service,production,Walking Skeleton,Solid Foundation,50,health-checks iac,2026-03-01T10:00:00.000Z,',
    );
  });

  it('writes Not started and no progress at the top of the ladder', () => {
    const [, line] = entitiesToCsv(
      [{ ...item, phase: null, nextPhase: null, title: undefined }],
      phases,
    ).split('\r\n');
    expect(line).toContain(',Not started,,,');
  });

  it('writes Unknown with the reason, never the lower bound', () => {
    const [, line] = entitiesToCsv(
      [
        {
          ...item,
          blocking: [],
          unknown: {
            reason: 'The repository could not be read',
            checks: ['ci-pipeline'],
          },
        },
      ],
      phases,
    ).split('\r\n');
    expect(line).toContain(
      ',Unknown,Solid Foundation,,,2026-03-01T10:00:00.000Z,The repository could not be read',
    );
    expect(line).not.toContain('Walking Skeleton');
  });
});

describe('ownersToCsv', () => {
  it('writes a count column per phase', () => {
    const row: OwnerRollupRow = {
      owner: 'group:default/team-a',
      title: 'Team A',
      parent: null,
      direct: 1,
      total: 3,
      phases: [
        { phase: 'not-started', name: 'Not started', count: 2 },
        { phase: 'walking-skeleton', name: 'Walking Skeleton', count: 1 },
      ],
    };
    expect(ownersToCsv([row], phases)).toBe(
      'Owner,Title,Parent,Owned directly,Total,Not started,Walking Skeleton,Solid Foundation\r\n' +
        'group:default/team-a,Team A,,1,3,2,1,0\r\n',
    );
  });
});
