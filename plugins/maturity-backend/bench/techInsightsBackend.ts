import { spawn } from 'node:child_process';
import { once } from 'node:events';
import net, { type AddressInfo } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { techInsightsConfig } from './techInsightsChecks';
import { WORKSPACE } from './techInsightsWorkspace';

/** The static token that the benchmark's client presents. */
const TOKEN = 'maturity-bench-client-token';

export interface TechInsightsBackend {
  /** The plugin's base URL. */
  url: string;
  /** Headers of an authenticated JSON request. */
  headers: Record<string, string>;
  /** Resolves once the latest facts of `entityRef` are stored for all ids. */
  waitForFacts(entityRef: string, ids: string[]): Promise<void>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  await new Promise(resolve => server.close(resolve));
  return port;
}

/** Calls `probe` every 250 ms until it holds, or fails after `seconds`. */
async function until(
  what: string,
  seconds: number,
  probe: () => Promise<boolean>,
  alive: () => boolean,
) {
  const deadline = Date.now() + seconds * 1000;
  while (!(await probe().catch(() => false))) {
    if (!alive()) throw new Error(`Tech Insights exited before ${what}`);
    if (Date.now() > deadline) {
      throw new Error(`Tech Insights: no ${what} after ${seconds} s`);
    }
    await sleep(250);
  }
}

/**
 * Starts the backend of the bench workspace in a process of its own, with
 * the catalog at `catalogUrl` and the database configuration given, and
 * resolves once it answers.
 */
export async function startTechInsights(options: {
  catalogUrl: string;
  database: Record<string, unknown>;
}): Promise<TechInsightsBackend> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const config = {
    backend: {
      baseUrl,
      listen: { host: '127.0.0.1', port },
      database: options.database,
      auth: {
        externalAccess: [
          { type: 'static', options: { token: TOKEN, subject: 'bench' } },
        ],
      },
    },
    discovery: {
      endpoints: [{ target: options.catalogUrl, plugins: ['catalog'] }],
    },
    techInsights: techInsightsConfig(),
  };
  const child = spawn(process.execPath, [path.join(WORKSPACE, 'server.js')], {
    cwd: WORKSPACE,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      LOG_LEVEL: process.env.BENCH_TI_LOG_LEVEL ?? 'warn',
      TECH_INSIGHTS_BENCH_CONFIG: JSON.stringify(config),
    },
  });
  const exited = once(child, 'exit');
  const alive = () => child.exitCode === null && child.signalCode === null;
  const url = `${baseUrl}/api/tech-insights`;
  const headers = {
    authorization: `Bearer ${TOKEN}`,
    'content-type': 'application/json',
  };
  const ok = async (route: string) =>
    (await fetch(`${url}${route}`, { headers })).ok;
  const stop = async () => {
    if (!alive()) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await until('answer', 120, () => ok('/checks'), alive);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url,
    headers,
    async waitForFacts(entityRef, ids) {
      const query = new URLSearchParams({ entity: entityRef });
      for (const id of ids) query.append('ids', id);
      await until(
        `facts of ${entityRef}`,
        600,
        async () => {
          const res = await fetch(`${url}/facts/latest?${query}`, { headers });
          const facts = (await res.json()) as Record<string, unknown>;
          return ids.every(id => id in facts);
        },
        alive,
      );
    },
    stop,
  };
}
