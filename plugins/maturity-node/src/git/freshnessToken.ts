import { createHash } from 'node:crypto';
import { runGit, type GitRunLimits } from './runGit';

/**
 * A token that changes when the checkout's HEAD, any ref or shallowness
 * changes, or the day turns (ages and "within 180 days" move with time),
 * with the repository's top level. Undefined when git cannot read the
 * directory.
 */
export async function gitFreshnessToken(
  directory: string,
  limits: GitRunLimits,
  now: Date,
): Promise<{ token: string; topLevel: string } | undefined> {
  try {
    const [head, refs] = await Promise.all([
      runGit(
        directory,
        ['rev-parse', '--show-toplevel', '--is-shallow-repository', 'HEAD'],
        limits,
      ),
      runGit(
        directory,
        ['for-each-ref', '--format=%(objectname) %(refname) %(symref)'],
        limits,
      ),
    ]);
    const [topLevel, shallow, hash] = head.trim().split('\n');
    const digest = createHash('sha256').update(refs).digest('hex').slice(0, 16);
    const day = now.toISOString().slice(0, 10);
    return {
      token: `${hash}:${digest}:${
        shallow === 'true' ? 'shallow' : 'full'
      }:${day}`,
      topLevel,
    };
  } catch {
    return undefined;
  }
}
