import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type DatabaseHandle, openDatabase } from '../src/db/connection.ts';
import type { DialectName } from '../src/db/dialect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';

/** Which database this run of the suite is on; scripts/test.mjs runs the suite once for each. */
export const TEST_DIALECT: DialectName = process.env.MD_TEST_DB === 'postgres' ? 'postgres' : 'sqlite';

export function testPgUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('MD_TEST_DB=postgres needs TEST_DATABASE_URL (scripts/test.mjs sets it)');
  return url;
}

export interface TestDb extends DatabaseHandle {
  /** Connection string of this database (PostgreSQL: with the test schema on the search path). */
  url: string;
  schema: string | null;
}

/**
 * A migrated, empty database of the run's dialect: in-memory SQLite, or a fresh PostgreSQL schema
 * that is dropped on close. Each test file gets its own, so files run in parallel safely.
 */
export async function makeTestDb(opts: { migrate?: boolean } = {}): Promise<TestDb> {
  let handle: DatabaseHandle;
  let url = ':memory:';
  let schema: string | null = null;
  if (TEST_DIALECT === 'postgres') {
    schema = `t_${process.pid}_${randomBytes(4).toString('hex')}`;
    await withAdmin((c) => c.query(`create schema ${schema}`));
    const u = new URL(testPgUrl());
    u.searchParams.set('options', `-c search_path=${schema}`);
    url = u.toString();
    handle = openDatabase({ url, poolSize: 6 });
  } else {
    handle = openDatabase({ url });
  }
  if (opts.migrate !== false) await migrateToLatest(handle.db);
  const close = async () => {
    await handle.close();
    if (schema) await withAdmin((c) => c.query(`drop schema ${schema} cascade`));
  };
  return { ...handle, url, schema, close };
}

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testPgUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
