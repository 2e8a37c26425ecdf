import { resolvePackagePath } from '@backstage/backend-plugin-api';
import type {
  CatalogContext,
  Checklist,
  CheckOutcome,
  EvidenceFacts,
  RepositorySnapshot,
  ScmFacts,
  Waiver,
} from '@backstage-maturity/plugin-maturity-common';
import type {
  EntityEvaluation,
  RepositoryReadLimits,
  RepositoryReadResult,
} from '@backstage-maturity/plugin-maturity-node';
import { stringifyEntityRef, type Entity } from '@backstage/catalog-model';
import Piscina from 'piscina';

/** How mirrored repositories are read in worker threads. */
export interface RepositoryWorkerSettings {
  /** Worker threads; 0 reads and evaluates in the main thread. */
  threads: number;
  /** The mirror folders (the local reader's roots). */
  roots: string[];
  limits?: Partial<RepositoryReadLimits>;
  timeoutMs?: number;
}

/** What the worker needs, besides the snapshot it reads, to evaluate. */
export interface WorkerEvaluation {
  checklist: Checklist;
  input: {
    entity: Entity;
    catalog?: CatalogContext;
    scm?: ScmFacts;
    facts?: EvidenceFacts;
  };
  waivers: Waiver[];
  now: Date;
  previous?: Record<string, CheckOutcome>;
}

/** What a thread answers: the read, or the scorecard it evaluated. */
export type WorkerAnswer =
  | { read: RepositoryReadResult }
  | { scorecard: EntityEvaluation };

interface WorkerTask {
  reader: Omit<RepositoryWorkerSettings, 'threads'>;
  /** The mirror folder to read, or the snapshot a URL reader read. */
  directory?: string;
  snapshot?: RepositorySnapshot;
  location: string;
  contentGlobs: string[];
  evaluation?: Omit<WorkerEvaluation, 'checklist'> & {
    checklistId: number;
    checklist?: Checklist;
  };
}

type RawAnswer = WorkerAnswer | { missingChecklist: true };

/** The worker's entry, next to dist/ when published, beside this file in the sources. */
function workerFile(): string {
  return resolvePackagePath(
    '@backstage-maturity/plugin-maturity-backend',
    'src/evaluation/worker/repositoryWorker.js',
  );
}

/**
 * The old generation of a thread's heap. Bounded, V8 collects a thread's
 * garbage well before it would with the process's limit; one repository
 * read at the file and byte caps (100,000 files, 32 MiB of text) and its
 * evaluation fit several times over. A thread that runs out ends, and its
 * entity gets errors with the reason (see `runDeferred`).
 */
const WORKER_OLD_GENERATION_MB = 256;

/** Ids of checklists, so that each is sent once per thread. */
const checklistIds = new WeakMap<Checklist, number>();
let lastChecklistId = 0;

function idOf(checklist: Checklist): number {
  let id = checklistIds.get(checklist);
  if (id === undefined) {
    id = ++lastChecklistId;
    checklistIds.set(checklist, id);
  }
  return id;
}

/**
 * The part of the `dependsOn` graph reachable from the entity: all that
 * the engine's cycle check walks, and a few edges where the whole graph
 * would be copied to the thread for every entity.
 */
export function reachableGraph(
  start: string,
  edges: Record<string, string[]>,
): Record<string, string[]> {
  const graph: Record<string, string[]> = {};
  const queue = [start];
  for (let next = 0; next < queue.length; next++) {
    const node = queue[next];
    const targets = edges[node];
    if (!targets || node in graph) continue;
    graph[node] = targets;
    queue.push(...targets);
  }
  return graph;
}

/**
 * Worker threads (piscina) that read mirrored repositories and evaluate
 * them, and evaluate the snapshots that URL readers read, so that walking a
 * large tree and running the rules over it never holds up the API on the
 * main thread's event loop. A thread runs one task
 * at a time and keeps no snapshot after it: the memory of reads is that of
 * `threads` repositories. Threads start on first use and end when idle.
 */
export class RepositoryWorkerPool {
  readonly #pool: Piscina<WorkerTask, RawAnswer>;
  readonly #reader: WorkerTask['reader'];

  constructor(
    settings: RepositoryWorkerSettings,
    options: { filename?: string } = {},
  ) {
    const { threads, ...reader } = settings;
    this.#reader = reader;
    this.#pool = new Piscina<WorkerTask, RawAnswer>({
      filename: options.filename ?? workerFile(),
      minThreads: 0,
      maxThreads: Math.max(1, threads),
      idleTimeout: 30_000,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB },
    });
  }

  /**
   * Reads the repository in `directory` in a thread (or takes the
   * `snapshot` read elsewhere) and, with `evaluation`, evaluates it there.
   * Rejects when the thread fails (it is replaced).
   */
  async run(request: {
    directory?: string;
    snapshot?: RepositorySnapshot;
    location: string;
    contentGlobs: string[];
    evaluation?: WorkerEvaluation;
  }): Promise<WorkerAnswer> {
    const { evaluation, ...rest } = request;
    const task: WorkerTask = { ...rest, reader: this.#reader };
    if (evaluation) {
      const { checklist, input, ...others } = evaluation;
      const { catalog } = input;
      task.evaluation = {
        ...others,
        input: {
          ...input,
          catalog: catalog && {
            ...catalog,
            componentDependsOn: reachableGraph(
              stringifyEntityRef(input.entity),
              catalog.componentDependsOn,
            ),
          },
        },
        checklistId: idOf(checklist),
      };
    }
    let answer = await this.#pool.run(task);
    if ('missingChecklist' in answer && task.evaluation) {
      task.evaluation.checklist = evaluation!.checklist;
      answer = await this.#pool.run(task);
    }
    if ('missingChecklist' in answer) {
      throw new Error('the worker thread did not take the checklist');
    }
    return answer;
  }

  /** Bytes of heap each running thread uses (for diagnosis). */
  async heapUsed(): Promise<number[]> {
    const stats = await Promise.all(
      this.#pool.threads.map(thread => thread.getHeapStatistics()),
    );
    return stats.map(s => s.used_heap_size);
  }

  /** Ends the threads; tasks under way are rejected. */
  async close(): Promise<void> {
    await this.#pool.destroy();
  }
}
