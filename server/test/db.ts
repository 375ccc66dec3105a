import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type DatabaseHandle, openDatabase } from '../src/db/connection.ts';
import type { DialectName } from '../src/db/dialect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { type QueryViolation, queryAuditPlugin } from './query-audit.ts';

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
  // From here on every statement the product runs on a tenant table is audited (test/setup.ts).
  const tables = new Set(await tableNames(handle));
  const executor = handle.db.getExecutor();
  const audit = queryAuditPlugin((node, id) => executor.compileQuery(node, id).sql, tables, queryViolations);
  handle = { ...handle, db: handle.db.withPlugin(audit) };
  const close = async () => {
    await handle.close();
    if (schema) await withAdmin((c) => c.query(`drop schema ${schema} cascade`));
  };
  return { ...handle, url, schema, close };
}

/** Product statements that touched a tenant table without naming tenant_id (test/setup.ts fails the file). */
export const queryViolations: QueryViolation[] = [];

async function tableNames(handle: DatabaseHandle): Promise<string[]> {
  if (handle.raw.kind === 'sqlite')
    return handle.raw.sqlite
      .prepare("select name from sqlite_master where type = 'table'")
      .pluck()
      .all() as string[];
  const res = await handle.raw.pool.query<{ table_name: string }>(
    'select table_name from information_schema.tables where table_schema = current_schema()',
  );
  return res.rows.map((r) => r.table_name);
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
