import type { CheckReport } from '../report';
import { formatJson } from './json';
import { formatMarkdown } from './markdown';
import { formatSarif } from './sarif';
import { formatTable } from './table';

/** The output formats of `maturity check`. */
export const FORMATS: Record<string, (report: CheckReport) => string> = {
  table: formatTable,
  json: formatJson,
  markdown: formatMarkdown,
  sarif: formatSarif,
};
