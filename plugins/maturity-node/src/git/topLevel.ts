import { promises as fs } from 'node:fs';
import path from 'node:path';

/**
 * Why a repository whose top level is not `within` or inside it is not
 * read (a mirrored folder that only sits inside another repository has no
 * history of its own), or undefined when it is.
 */
export async function outsideOf(
  topLevel: string,
  within: string,
): Promise<string | undefined> {
  const [top, root] = await Promise.all(
    [topLevel, within].map(p => fs.realpath(p).catch(() => path.resolve(p))),
  );
  const relative = path.relative(root, top);
  return relative.startsWith('..') || path.isAbsolute(relative)
    ? 'the folder sits inside another git repository and has no history of its own'
    : undefined;
}
