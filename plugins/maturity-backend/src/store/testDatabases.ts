// Imported by test files only, so a dev dependency is right here.
// eslint-disable-next-line @backstage/no-undeclared-imports
import { TestDatabases } from '@backstage/backend-test-utils';

const POSTGRES_ENV = 'BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING';

/**
 * The databases that store tests run on: SQLite always, PostgreSQL 15 when
 * `BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING` points to a server
 * (`scripts/test.sh` starts one). With `MATURITY_REQUIRE_POSTGRES=1`, a
 * missing server fails the test file instead of skipping PostgreSQL, so that
 * CI never passes on SQLite alone.
 *
 * Docker is not used: without a connection string PostgreSQL is skipped
 * (Backstage would otherwise try to start a container when `CI` is set).
 */
export function createTestDatabases(): TestDatabases {
  if (
    process.env.MATURITY_REQUIRE_POSTGRES === '1' &&
    !process.env[POSTGRES_ENV]
  ) {
    throw new Error(
      `MATURITY_REQUIRE_POSTGRES=1 but ${POSTGRES_ENV} is not set: start PostgreSQL (scripts/lib/postgres.sh) before running the store tests`,
    );
  }
  return TestDatabases.create({
    ids: ['SQLITE_3', 'POSTGRES_15'],
    disableDocker: true,
  });
}
