import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import knexFactory, { type Knex } from 'knex';

/** A database of its own for one benchmark run. */
export interface BenchDatabase {
  /** `SQLite file` or `PostgreSQL`, for the printed figures. */
  label: string;
  knex: Knex;
  /** Bytes the database takes on disk. */
  size(): Promise<number>;
  /** Closes and removes it. */
  drop(): Promise<void>;
}

/** The PostgreSQL server of the tests, when its connection string is set. */
export const POSTGRES_CONNECTION =
  process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING;

/** A SQLite file in a temporary folder. */
export function openSqlite(): BenchDatabase {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'maturity-bench-db-'));
  const file = path.join(dir, 'maturity.sqlite');
  const knex = knexFactory({
    client: 'better-sqlite3',
    connection: { filename: file },
    useNullAsDefault: true,
  });
  return {
    label: 'SQLite file',
    knex,
    size: async () => fs.statSync(file).size,
    async drop() {
      await knex.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A new database on the PostgreSQL server at `connection`. */
export async function openPostgres(connection: string): Promise<BenchDatabase> {
  const admin = knexFactory({ client: 'pg', connection });
  const name = `maturity_bench_${Date.now()}`;
  await admin.raw('CREATE DATABASE ??', [name]);
  const knex = knexFactory({
    client: 'pg',
    connection: `${connection}/${name}`,
  });
  return {
    label: 'PostgreSQL',
    knex,
    async size() {
      const { rows } = await knex.raw(
        'SELECT pg_database_size(current_database()) AS size',
      );
      return Number(rows[0].size);
    },
    async drop() {
      await knex.destroy();
      await admin.raw('DROP DATABASE ??', [name]);
      await admin.destroy();
    },
  };
}

/** PostgreSQL when the tests' server is set, else a SQLite file. */
export function openBenchDatabase(): Promise<BenchDatabase> | BenchDatabase {
  return POSTGRES_CONNECTION ? openPostgres(POSTGRES_CONNECTION) : openSqlite();
}
