import path from 'node:path';
import type { Checklist } from '@backstage-maturity/plugin-maturity-common';
import {
  contentGlobs,
  evaluateEntity,
  LocalDirectoryRepositoryReader,
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
  now?: Date;
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
    },
    now: options.now ?? new Date(),
  });

  const report: CheckReport = {
    directory: options.directory || path.basename(absoluteDirectory),
    entityRef: declared ? stringifyEntityRef(entity) : undefined,
    assumedType: declared ? undefined : (entity.spec?.type as string),
    checklist,
    scorecard: evaluation,
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
