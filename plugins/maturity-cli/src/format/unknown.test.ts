import {
  defaultChecklist,
  failedEvaluation,
} from '@backstage-maturity/plugin-maturity-node';
import type { CheckReport } from '../report';
import { formatJson } from './json';
import { formatMarkdown } from './markdown';
import { formatTable } from './table';

/** A checkout whose files could not be listed at all. */
function unreadableReport(): CheckReport {
  const checklist = defaultChecklist;
  return {
    directory: 'services/legacy',
    checklist,
    scorecard: failedEvaluation({
      checklist,
      reason: 'could not list . (EACCES)',
      now: new Date('2026-12-01T00:00:00Z'),
    }),
  };
}

describe('an unknown standing', () => {
  it('is told as Unknown with the reason, never as Not started', () => {
    const report = unreadableReport();

    const table = formatTable(report);
    expect(table).toContain('Phase reached: Unknown');
    expect(table).toContain('Could not be read: could not list . (EACCES)');
    expect(table).not.toContain('Not started');

    const markdown = formatMarkdown(report);
    expect(markdown).toContain('## Maturity: Unknown');
    expect(markdown).toContain(
      'could not be fully checked: could not list . (EACCES)',
    );

    const json = JSON.parse(formatJson(report));
    expect(json.unknown.reason).toBe('could not list . (EACCES)');
    expect(json.blocking).toEqual([]);
  });
});
