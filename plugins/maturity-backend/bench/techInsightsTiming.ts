import { Worker } from 'node:worker_threads';
import { percentile } from './benchSupport';

/** One timed request; its answer is read to the last byte, not parsed. */
export interface TimedRequest {
  url: string;
  method?: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
}

export interface Figures {
  p50: number;
  p95: number;
  max: number;
}

/** p50, p95 (nearest rank) and max of the times, in ms. */
export function figures(times: number[]): Figures {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    max: sorted[sorted.length - 1],
  };
}

/**
 * The client, in a worker thread: the garbage of a large answer is then
 * collected in the worker's heap, not in that of our server, which shares
 * this process.
 */
const CLIENT_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { requests, rounds, warmUp, pauseMs } = workerData;
const pause = () => new Promise(resolve => setTimeout(resolve, pauseMs));
async function send({ url, method, headers, body }) {
  const res = await fetch(url, { method, headers, body });
  const text = await res.text();
  if (res.status !== 200) {
    throw new Error('HTTP ' + res.status + ' from ' + url + ': ' + text.slice(0, 300));
  }
}
async function run() {
  const times = requests.map(() => []);
  for (let round = 0; round < warmUp + rounds; round++) {
    for (let i = 0; i < requests.length; i++) {
      const start = performance.now();
      await send(requests[i]);
      if (round >= warmUp) times[i].push(performance.now() - start);
      await pause();
    }
  }
  return times;
}
run().then(
  times => parentPort.postMessage({ times }),
  error => parentPort.postMessage({ error: String(error) }),
);
`;

/**
 * Untimed pause after each request, so that no request is timed while the
 * server of the one before still works on (collects the garbage of a large
 * answer, say) on the same two cores.
 */
const PAUSE_MS = 250;

/**
 * Times each request `rounds` times after `warmUp` untimed rounds, one at a
 * time (a single client), the requests in turn within each round so that
 * both see the same state of the machine.
 */
export async function timeInTurn<K extends string>(
  requests: Record<K, TimedRequest>,
  rounds: number,
  warmUp: number,
): Promise<Record<K, number[]>> {
  const names = Object.keys(requests) as K[];
  const worker = new Worker(CLIENT_SOURCE, {
    eval: true,
    workerData: {
      requests: names.map(n => requests[n]),
      rounds,
      warmUp,
      pauseMs: PAUSE_MS,
    },
  });
  try {
    const result: { times?: number[][]; error?: string } = await new Promise(
      (resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      },
    );
    if (!result.times) throw new Error(result.error);
    const times = result.times;
    return Object.fromEntries(
      names.map((n, i) => [n, times[i]]),
    ) as unknown as Record<K, number[]>;
  } finally {
    await worker.terminate();
  }
}

/** The whole answer's text; fails on any status but 200. */
export async function fetchText(request: TimedRequest): Promise<string> {
  const { url, ...init } = request;
  const res = await fetch(url, init);
  const body = await res.text();
  if (res.status !== 200) {
    throw new Error(`HTTP ${res.status} from ${url}: ${body.slice(0, 300)}`);
  }
  return body;
}
