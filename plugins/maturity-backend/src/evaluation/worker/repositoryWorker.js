// @ts-check
/*
 * The entry of the worker threads that read mirrored repositories and
 * evaluate them (see RepositoryWorkerPool.ts). Plain JavaScript, so that it
 * runs as it is from the published package (next to dist/) and from the
 * sources in development, where the engine package is TypeScript: then the
 * transpiler hook of @backstage/cli-node is registered first, unless the
 * thread inherited it from the process's --require.
 */
'use strict';

const enginePath = require.resolve('@backstage-maturity/plugin-maturity-node');
if (/\.[cm]?tsx?$/.test(enginePath) && !require.extensions['.ts']) {
  // Named by a variable: a development dependency, never bundled.
  const transpiler = '@backstage/cli-node/config/nodeTransform.cjs';
  require(transpiler);
}

const {
  LocalDirectoryRepositoryReader,
  evaluateEntity,
} = require('@backstage-maturity/plugin-maturity-node');

/** Readers by their settings: one per distinct configuration. */
const readers = new Map();

/** @param {{ roots: string[], limits?: object, timeoutMs?: number }} settings */
function readerFor(settings) {
  const key = JSON.stringify(settings);
  let reader = readers.get(key);
  if (!reader) {
    reader = new LocalDirectoryRepositoryReader(settings);
    readers.set(key, reader);
  }
  return reader;
}

/** Checklists by the id the pool gave them, sent once per thread. */
const checklists = new Map();

/**
 * One task: read the repository at `directory` (or take the `snapshot` a URL
 * reader read in the main thread), then, with `evaluation`,
 * evaluate the entity with the snapshot and answer the scorecard alone (the
 * snapshot never leaves the thread); without, answer the read.
 */
/**
 * @param {{
 *   reader: { roots: string[], limits?: object, timeoutMs?: number },
 *   directory?: string,
 *   snapshot?: object,
 *   location: string,
 *   contentGlobs: string[],
 *   evaluation?: any,
 * }} task
 */
module.exports = async function runRepositoryTask(task) {
  const evaluation = task.evaluation;
  if (evaluation?.checklist) {
    // A few at most: a new one comes only with a changed configuration.
    if (checklists.size >= 4) checklists.clear();
    checklists.set(evaluation.checklistId, evaluation.checklist);
  }
  const known = evaluation && checklists.get(evaluation.checklistId);
  if (evaluation && !known) {
    // Asked before reading, so that the pool's retry reads only once.
    return { missingChecklist: true };
  }
  const read = task.snapshot
    ? { status: 'read', snapshot: task.snapshot }
    : await readerFor(task.reader).read({
        location: task.directory,
        contentGlobs: task.contentGlobs,
      });
  if (!evaluation || read.status !== 'read') {
    return { read };
  }
  const { input, waivers, now, previous } = evaluation;
  const scorecard = evaluateEntity({
    checklist: known,
    input: {
      ...input,
      repository: {
        status: 'read',
        snapshot: read.snapshot,
        location: task.location,
      },
    },
    waivers,
    now,
    previous,
  });
  return { scorecard };
};
