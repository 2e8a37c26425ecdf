/**
 * A manifest could not be read. The message names the file, e.g.
 * `package.json: invalid JSON at line 3: Expected ',' or '}'`.
 *
 * @public
 */
export class ManifestParseError extends Error {
  readonly path: string;
  readonly line?: number;

  constructor(
    path: string,
    problem: string,
    options: { line?: number; detail?: string; cause?: unknown } = {},
  ) {
    const { line, detail, cause } = options;
    const at = line ? ` at line ${line}` : '';
    const more = detail ? `: ${shorten(detail)}` : '';
    super(`${path}: ${problem}${at}${more}`, { cause });
    this.name = 'ManifestParseError';
    this.path = path;
    this.line = line;
  }
}

/** Keeps third-party messages (which may quote the input) to one short line. */
function shorten(detail: string): string {
  const first = detail
    .split(/\r?\n/, 1)[0]
    .replace(/\p{Cc}/gu, ' ')
    .trim();
  return first.length > 200 ? `${first.slice(0, 200)}…` : first;
}
