import path from 'node:path';
import type { Checklist } from '@backstage-maturity/plugin-maturity-common';
import {
  contentGlobs,
  evaluateEntity,
  LocalDirectoryRepositoryReader,
  readGitHistory,
  scmFactsFromHistory,
  type GitHistory,
} from '@backstage-maturity/plugin-maturity-node';
import { stringifyEntityRef, type Entity } from '@backstage/catalog-model';
import type { CheckReport } from './report';
import { assumedEntity } from './assumedEntity';
import { readCatalogInfo } from './readCatalogInfo';

function withType(entity: Entity, type: string | undefined): Entity {
  return type ? { ...entity, spec: { ...entity.spec, type } } : entity;
}

/**
 * A checkout on the local disk, read once by one process: larger budgets
 * than the backend's (which reads many repositories at a time), so that a
 * large monorepo, or one with a big data file or test recording where the
 * rules look, is judged on its files rather than left unknown.
 */
const CLI_READ_LIMITS = {
  maxFileBytes: 8 * 1024 * 1024,
  maxTotalBytes: 256 * 1024 * 1024,
};

export interface RunCheckOptions {
  /** The directory as the user named it. */
  directory: string;
  /** The directory resolved to an absolute path. */
  absoluteDirectory: string;
  checklist: Checklist;
  minPhase?: string;
  /** The entity's `spec.type`, over what catalog-info.yaml says. */
  type?: string;
  /**
   * Whether to read the checkout's git history for the checks that need it
   * (branches, commits, tags, docs changes). Default true.
   */
  history?: boolean;
  now?: Date;
}

/** What the report says about the git history it read. */
function historyNote(history: GitHistory): CheckReport['history'] {
  return history.available
    ? {
        read: true,
        commits: history.commits.length,
        notSeen: history.notSeen,
      }
    : { read: false, reason: history.reason };
}

/**
 * Evaluates a local checkout with the engine of the backend: outcomes,
 * waivers the catalog-info.yaml declares, the phase and its blocking checks
 * are decided by `evaluateEntity`, and only presented here.
 */
export async function runCheck(options: RunCheckOptions): Promise<CheckReport> {
  const { checklist, absoluteDirectory } = options;
  const declared = await readCatalogInfo(absoluteDirectory);
  const entity = declared
    ? withType(declared, options.type)
    : assumedEntity(
        path.basename(absoluteDirectory),
        options.type ?? 'service',
      );
  const reader = new LocalDirectoryRepositoryReader({
    roots: [absoluteDirectory],
    limits: CLI_READ_LIMITS,
  });
  const read = await reader.read({
    location: absoluteDirectory,
    contentGlobs: contentGlobs(checklist),
  });
  if (read.status !== 'read') {
    throw new Error(
      `cannot read ${options.directory}: ${
        read.status === 'unavailable' ? read.reason : 'unchanged'
      }`,
    );
  }
  const now = options.now ?? new Date();
  // The same facts as the backend's git provider reads from a mirror; a
  // checkout without history (or --no-history) leaves those checks to
  // attestation, as in the portal without a code host module.
  const history =
    options.history === false
      ? undefined
      : await readGitHistory(absoluteDirectory);
  // No catalog here: checks that only the catalog can decide do not count
  // against the phase; the engine reports them as needing catalog data.
  const evaluation = evaluateEntity({
    checklist,
    input: {
      entity,
      entityAssumed: !declared,
      repository: {
        status: 'read',
        snapshot: read.snapshot,
        location: absoluteDirectory,
      },
      scm: history && scmFactsFromHistory(history, now),
    },
    now,
  });

  const report: CheckReport = {
    directory: options.directory || path.basename(absoluteDirectory),
    entityRef: declared ? stringifyEntityRef(entity) : undefined,
    assumedType: declared ? undefined : (entity.spec?.type as string),
    checklist,
    scorecard: evaluation,
    history: history && historyNote(history),
  };
  if (options.minPhase) {
    report.gate = {
      phaseId: options.minPhase,
      reached:
        evaluation.phases.find(p => p.phaseId === options.minPhase)?.reached ??
        false,
    };
  }
  return report;
}
