import path from 'node:path';
import {
  contentGlobs,
  evaluateScorecard,
  isMet,
  NEEDS_CATALOG_DATA,
  summarizeScorecard,
  type Checklist,
  type CheckResult,
} from '@backstage-maturity/plugin-maturity-common';
import { LocalDirectoryRepositoryReader } from '@backstage-maturity/plugin-maturity-node';
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
 * Whether a result is an error only because no catalog was available. A
 * check whose evidence is missing from the repository but which might not
 * apply (its applicability needs the entity) is not one of them: it still
 * blocks, since nothing shows that it is met.
 */
function onlyNeedsCatalog(result: CheckResult): boolean {
  return (
    result.outcome === 'error' &&
    result.lookedFor.length === 0 &&
    (result.reason ?? '')
      .split('; ')
      .every(part => part.endsWith(NEEDS_CATALOG_DATA))
  );
}

/** Evaluates a local checkout with the same engine as the backend. */
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
  const scorecard = evaluateScorecard({
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

  // Without a catalog, checks that only the catalog can decide do not count
  // against the phase: they are reported as needing catalog data instead.
  const needsCatalog = scorecard.checks
    .filter(onlyNeedsCatalog)
    .map(r => r.checkId);
  const excluded = new Set(needsCatalog);
  const outcomeOf = new Map(scorecard.checks.map(r => [r.checkId, r.outcome]));
  const summary = summarizeScorecard(
    checklist,
    scorecard.checks,
    checkId => excluded.has(checkId) || isMet(outcomeOf.get(checkId)!),
  );

  const report: CheckReport = {
    directory: options.directory || path.basename(absoluteDirectory),
    entityRef: entity ? stringifyEntityRef(entity) : undefined,
    checklist,
    scorecard: { ...scorecard, ...summary },
    needsCatalog,
  };
  if (options.minPhase) {
    report.gate = {
      phaseId: options.minPhase,
      reached:
        summary.phases.find(p => p.phaseId === options.minPhase)?.reached ??
        false,
    };
  }
  return report;
}
