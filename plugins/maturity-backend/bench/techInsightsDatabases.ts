import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import knexFactory, { type Knex } from 'knex';
import {
  openPostgres,
  openSqlite,
  POSTGRES_CONNECTION,
  type BenchDatabase,
} from './benchDatabase';

/** One database for each product, on the same server kind. */
export interface BenchDatabases {
  label: string;
  /** Ours, opened here. */
  maturity: Knex;
  /** Tech Insights' `backend.database` configuration. */
  techInsights: Record<string, unknown>;
  /** Closes ours and removes both. */
  remove(): Promise<void>;
}

/** SQLite files in temporary folders, one each. */
function sqlite(): BenchDatabases {
  const ours: BenchDatabase = openSqlite();
  const theirs = fs.mkdtempSync(path.join(os.tmpdir(), 'maturity-ti-bench-'));
  return {
    label: 'SQLite files',
    maturity: ours.knex,
    techInsights: {
      client: 'better-sqlite3',
      connection: { directory: theirs },
    },
    async remove() {
      await ours.drop();
      fs.rmSync(theirs, { recursive: true, force: true });
    },
  };
}

/**
 * Two databases of the PostgreSQL server: ours created here, Tech
 * Insights' by its backend (the prefix and its plugin id).
 */
async function postgres(connection: string): Promise<BenchDatabases> {
  const ours = await openPostgres(connection);
  const prefix = `ti_bench_${Date.now()}_`;
  return {
    label: 'PostgreSQL',
    maturity: ours.knex,
    techInsights: { client: 'pg', connection, prefix },
    async remove() {
      await ours.drop();
      const admin = knexFactory({ client: 'pg', connection });
      await admin.raw('DROP DATABASE IF EXISTS ?? WITH (FORCE)', [
        `${prefix}tech-insights`,
      ]);
      await admin.destroy();
    },
  };
}

/** PostgreSQL when the tests' server is set, else SQLite. */
export function createDatabases(): Promise<BenchDatabases> | BenchDatabases {
  return POSTGRES_CONNECTION ? postgres(POSTGRES_CONNECTION) : sqlite();
}
