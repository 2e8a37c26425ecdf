/**
 * The trailers of a commit message as git reads them: the lines of its last
 * paragraph, when that paragraph is not the subject and every line in it is
 * a `Key: value` trailer (or the indented continuation of one). A
 * `Co-authored-by:` line in the middle of the body is prose, not a
 * trailer. For messages that come from a code host's API rather than from
 * `git log`.
 *
 * @public
 */
export function parseTrailers(
  message: string,
): Array<{ key: string; value: string }> {
  const paragraphs = message
    .replace(/\r\n/g, '\n')
    .trim()
    .split(/\n[ \t]*\n/);
  if (paragraphs.length < 2) return [];
  const lines = paragraphs[paragraphs.length - 1].split('\n');
  const trailers: Array<{ key: string; value: string }> = [];
  for (const line of lines) {
    const continuation = /^[ \t]+\S/.test(line);
    if (continuation && trailers.length > 0) {
      trailers[trailers.length - 1].value += ` ${line.trim()}`;
      continue;
    }
    const match = /^([A-Za-z0-9][A-Za-z0-9-]*)[ \t]*:[ \t]*(\S.*)$/.exec(line);
    if (!match) return [];
    trailers.push({ key: match[1], value: match[2].trim() });
  }
  return trailers;
}
