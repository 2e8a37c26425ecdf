import path from 'node:path';
import type { Checklist } from '@backstage-maturity/plugin-maturity-common';
import {
  contentGlobs,
  evaluateEntity,
  LocalDirectoryRepositoryReader,
} from '@backstage-maturity/plugin-maturity-node';
import { stringifyEntityRef } from '@backstage/catalog-model';
import type { CheckReport } from './report';
import { readCatalogInfo } from './readCatalogInfo';

export interface RunCheckOptions {
  /** The directory as the user named it. */
  directory: string;
  /** The directory resolved to an absolute path. */
  absoluteDirectory: string;
  checklist: Checklist;
  minPhase?: string;
  now?: Date;
}

/**
 * Evaluates a local checkout with the engine of the backend: outcomes,
 * waivers the catalog-info.yaml declares, the phase and its blocking checks
 * are decided by `evaluateEntity`, and only presented here.
 */
export async function runCheck(options: RunCheckOptions): Promise<CheckReport> {
  const { checklist, absoluteDirectory } = options;
  const entity = await readCatalogInfo(absoluteDirectory);
  const reader = new LocalDirectoryRepositoryReader({
    roots: [absoluteDirectory],
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
    entityRef: entity ? stringifyEntityRef(entity) : undefined,
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
