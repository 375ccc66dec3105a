import { sql } from 'kysely';
import type { TestDb } from './db.ts';

export interface TableShape {
  name: string;
  columns: string[];
  primaryKey: string[];
  foreignKeys: { columns: string[]; references: string; referencedColumns: string[] }[];
}

/** Reads tables, columns, primary and foreign keys from the live catalog of either database. */
export async function readCatalog(handle: TestDb): Promise<TableShape[]> {
  if (handle.dialect === 'sqlite') {
    const tables = await sql<{
      name: string;
    }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`.execute(
      handle.db,
    );
    const out: TableShape[] = [];
    for (const { name } of tables.rows) {
      const cols = await sql<{
        name: string;
        pk: number;
      }>`select name, pk from pragma_table_info(${name})`.execute(handle.db);
      const fks = await sql<{
        id: number;
        seq: number;
        table: string;
        from: string;
        to: string;
      }>`select * from pragma_foreign_key_list(${name})`.execute(handle.db);
      const byId = new Map<number, { columns: string[]; references: string; referencedColumns: string[] }>();
      for (const fk of [...fks.rows].sort((a, b) => a.id - b.id || a.seq - b.seq)) {
        const entry = byId.get(fk.id) ?? { columns: [], references: fk.table, referencedColumns: [] };
        entry.columns.push(fk.from);
        entry.referencedColumns.push(fk.to);
        byId.set(fk.id, entry);
      }
      out.push({
        name,
        columns: cols.rows.map((c) => c.name),
        primaryKey: cols.rows
          .filter((c) => c.pk > 0)
          .sort((a, b) => a.pk - b.pk)
          .map((c) => c.name),
        foreignKeys: [...byId.values()],
      });
    }
    return out;
  }
  const schema = handle.schema ?? 'public';
  const tables = await sql<{
    name: string;
  }>`select table_name as name from information_schema.tables where table_schema = ${schema} and table_type = 'BASE TABLE' order by table_name`.execute(
    handle.db,
  );
  const out: TableShape[] = [];
  for (const { name } of tables.rows) {
    const cols = await sql<{
      name: string;
    }>`select column_name as name from information_schema.columns where table_schema = ${schema} and table_name = ${name} order by ordinal_position`.execute(
      handle.db,
    );
    const cons = await sql<{
      contype: string;
      cols: string[];
      ref_table: string | null;
      ref_cols: string[] | null;
    }>`
      select c.contype,
             array(select a.attname from unnest(c.conkey) with ordinality k(n, i) join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.i)::text[] as cols,
             rt.relname as ref_table,
             case when c.confrelid = 0 then null else array(select a.attname from unnest(c.confkey) with ordinality k(n, i) join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n order by k.i)::text[] end as ref_cols
      from pg_constraint c
      join pg_class t on t.oid = c.conrelid
      join pg_namespace ns on ns.oid = t.relnamespace
      left join pg_class rt on rt.oid = c.confrelid
      where ns.nspname = ${schema} and t.relname = ${name} and c.contype in ('p', 'f')
      order by c.conname`.execute(handle.db);
    out.push({
      name,
      columns: cols.rows.map((c) => c.name),
      primaryKey: cons.rows.find((c) => c.contype === 'p')?.cols ?? [],
      foreignKeys: cons.rows
        .filter((c) => c.contype === 'f')
        .map((c) => ({
          columns: c.cols,
          references: c.ref_table ?? '',
          referencedColumns: c.ref_cols ?? [],
        })),
    });
  }
  return out;
}
