import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { NON_TENANT_TABLES } from '../src/db/table-kinds.ts';
import { readCatalog, type TableShape } from './catalog.ts';
import { makeTestDb, TEST_DIALECT, type TestDb } from './db.ts';

let db: TestDb;
let catalog: TableShape[];

beforeAll(async () => {
  db = await makeTestDb();
  catalog = await readCatalog(db);
});
afterAll(() => db.close());

describe(`schema shape on ${TEST_DIALECT}`, () => {
  it('has the foundation tables', () => {
    const names = catalog.map((t) => t.name);
    for (const t of [
      'tenants',
      'stores',
      'users',
      'roles',
      'sessions',
      'idempotency_keys',
      'audit_log',
      'rate_limits',
    ]) {
      expect(names).toContain(t);
    }
  });

  it('every table is either tenant data with tenant-leading keys or a declared reference/system table', () => {
    const problems: string[] = [];
    for (const table of catalog) {
      if (NON_TENANT_TABLES[table.name]) continue;
      if (!table.columns.includes('tenant_id')) problems.push(`${table.name}: no tenant_id`);
      if (table.primaryKey[0] !== 'tenant_id')
        problems.push(`${table.name}: primary key (${table.primaryKey}) does not lead with tenant_id`);
      for (const fk of table.foreignKeys) {
        if (fk.columns[0] !== 'tenant_id' || fk.referencedColumns[0] !== 'tenant_id') {
          problems.push(
            `${table.name}: foreign key (${fk.columns}) → ${fk.references} does not lead with tenant_id`,
          );
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('declares no reference/system table that does not exist', () => {
    const names = new Set(catalog.map((t) => t.name));
    expect(Object.keys(NON_TENANT_TABLES).filter((t) => !names.has(t))).toEqual([]);
  });

  it('migrating again changes nothing', async () => {
    expect(await migrateToLatest(db.db)).toEqual([]);
    expect(await readCatalog(db)).toEqual(catalog);
  });

  it.runIf(TEST_DIALECT === 'postgres')('is the same tables, columns and keys as on SQLite', async () => {
    const sqlite = openDatabase({ url: ':memory:' });
    await migrateToLatest(sqlite.db);
    const other = await readCatalog({ ...sqlite, url: ':memory:', schema: null });
    await sqlite.close();
    const shape = (ts: TableShape[]) =>
      ts.map((t) => ({
        ...t,
        foreignKeys: [...t.foreignKeys].sort((a, b) => a.columns.join().localeCompare(b.columns.join())),
      }));
    expect(shape(catalog)).toEqual(shape(other));
  });
});
