/*
 * The concurrent API clients of the benchmark and the latency they see.
 *
 * wrk (Debian package `wrk`), a load generator written in C, runs in a
 * process of its own when it is installed: on a two-core machine its small
 * share of the CPU leaves the figures to the server. Without it the clients
 * are Node's HTTP client in a worker thread, whose own work per request is
 * of the order of the server's and adds to every figure; the benchmark says
 * which one measured.
 */
import { execFile, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import { percentile } from './benchSupport';

export interface Load {
  url: string;
  /** The `authorization` header of every request. */
  token: string;
  /** Request paths, taken in turn. */
  paths: readonly string[];
  clients: number;
  /** How long the clients send requests, each as soon as the last was answered. */
  seconds: number;
}

export interface Latency {
  p50: number;
  p95: number;
  requests: number;
  /** Time the server's event loop was busy per request, in ms. */
  busyMs: number;
}

/** What the clients saw: latency percentiles in ms, and the request count. */
type ClientFigures = Omit<Latency, 'busyMs'>;

type Client = (load: Load) => Promise<ClientFigures>;

const execFileAsync = promisify(execFile);

/** wrk's script: the paths in turn, and the figures as JSON when done. */
function wrkScript(paths: readonly string[]): string {
  return `
local paths = { ${paths.map(p => JSON.stringify(p)).join(', ')} }
local next = 0
request = function()
  next = next % #paths + 1
  return wrk.format("GET", paths[next])
end
done = function(summary, latency)
  local e = summary.errors
  io.write(string.format(
    '\\n{"requests":%d,"p50":%f,"p95":%f,"badStatus":%d,"socketErrors":%d}\\n',
    summary.requests, latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, e.status,
    e.connect + e.read + e.write + e.timeout))
end
`;
}

const wrkClients: Client = async load => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'maturity-wrk-'));
  const script = path.join(dir, 'load.lua');
  fs.writeFileSync(script, wrkScript(load.paths));
  try {
    // Asynchronous: the server answers from this process's event loop.
    const { stdout } = await execFileAsync('wrk', [
      '--threads=1',
      `--connections=${load.clients}`,
      `--duration=${load.seconds}s`,
      `--header=authorization: ${load.token}`,
      `--script=${script}`,
      load.url,
    ]);
    const { badStatus, socketErrors, ...figures } = JSON.parse(
      stdout.trim().split('\n').pop()!,
    ) as ClientFigures & { badStatus: number; socketErrors: number };
    if (badStatus > 0 || socketErrors > 0) {
      throw new Error(
        `${badStatus} error responses and ${socketErrors} socket errors, requests such as ${load.paths[0]}`,
      );
    }
    return figures;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};

/**
 * Node clients in a worker thread: sharing the server's event loop, they
 * would add their own work to every response time.
 */
const NODE_CLIENTS_SOURCE = `
const http = require('node:http');
const { parentPort, workerData } = require('node:worker_threads');
const { url, token, paths, clients, seconds } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
const end = Date.now() + seconds * 1000;
const times = [];
let next = 0;
async function client() {
  while (Date.now() < end) {
    const path = paths[next++ % paths.length];
    const start = process.hrtime.bigint();
    await new Promise((resolve, reject) => {
      http
        .get(url + path, { agent, headers: { authorization: token } }, res => {
          res.resume();
          res.on('end', () =>
            res.statusCode === 200
              ? resolve()
              : reject(new Error('HTTP ' + res.statusCode + ' for ' + path)),
          );
        })
        .on('error', reject);
    });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
}
Promise.all(Array.from({ length: clients }, client)).then(
  () => { agent.destroy(); parentPort.postMessage({ times }); },
  error => parentPort.postMessage({ error: String(error) }),
);
`;

const nodeClients: Client = async load => {
  const worker = new Worker(NODE_CLIENTS_SOURCE, {
    eval: true,
    workerData: {
      url: load.url,
      token: load.token,
      paths: load.paths,
      clients: load.clients,
      seconds: load.seconds,
    },
  });
  try {
    const result: { times?: number[]; error?: string } = await new Promise(
      (resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      },
    );
    if (!result.times) {
      throw new Error(result.error);
    }
    const times = result.times.sort((a, b) => a - b);
    return {
      p50: percentile(times, 0.5),
      p95: percentile(times, 0.95),
      requests: times.length,
    };
  } finally {
    await worker.terminate();
  }
};

export interface LoadGenerator {
  /** What sends the requests, for the report. */
  name: string;
  measure(load: Load): Promise<Latency>;
}

/** The load generator of this machine: wrk when installed, else Node's. */
export function loadGenerator(): LoadGenerator {
  const wrk = spawnSync('wrk', ['--version'], { encoding: 'utf8' });
  if (wrk.error) {
    return {
      name: 'Node HTTP clients in a worker thread',
      measure: load => measure(nodeClients, load),
    };
  }
  const version = wrk.stdout.split(' Copyright')[0].trim();
  return {
    name: `${version} in a process of its own`,
    measure: load => measure(wrkClients, load),
  };
}

/**
 * Runs the load and returns what the clients saw, with the time the
 * server's event loop (this process's) was busy per request: one event loop
 * serves the clients in turn, so a request waits for about that many times
 * as long.
 */
async function measure(client: Client, load: Load): Promise<Latency> {
  const before = performance.eventLoopUtilization();
  const figures = await client(load);
  const { active } = performance.eventLoopUtilization(before);
  return { ...figures, busyMs: active / figures.requests };
}
