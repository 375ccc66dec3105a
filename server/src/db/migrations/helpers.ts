import { type ColumnDefinitionBuilder, type CreateTableBuilder, type Kysely, sql } from 'kysely';
import type { DialectName } from '../dialect.ts';

/**
 * Column types that differ by dialect. Everything else in a migration is written once. Ids are
 * uuid on PostgreSQL (16 bytes) and text on SQLite; timestamps are timestamptz or ISO text.
 */
export function columnTypes(dialect: DialectName) {
  const pg = dialect === 'postgres';
  return {
    id: pg ? ('uuid' as const) : ('text' as const),
    timestamp: pg ? ('timestamptz' as const) : ('text' as const),
    /**
     * Text compared in code-point order whatever the database locale (SQLite's default): search
     * keys whose prefix ranges and equality must both use one plain index.
     */
    searchText: pg ? sql`text collate "C"` : ('text' as const),
    blob: pg ? ('bytea' as const) : ('blob' as const),
  };
}

type Builder = CreateTableBuilder<string, string>;
type Col = (col: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;
const notNull: Col = (col) => col.notNull();

/** Starts a tenant table: tenant_id first, referencing tenants. */
export function tenantTable(db: Kysely<unknown>, dialect: DialectName, name: string): Builder {
  const t = columnTypes(dialect);
  return db.schema
    .createTable(name)
    .addColumn('tenant_id', t.id, (col) => col.notNull().references('tenants.tenant_id'));
}

export function addTimestamps(table: Builder, dialect: DialectName): Builder {
  const t = columnTypes(dialect);
  return table.addColumn('created_at', t.timestamp, notNull).addColumn('updated_at', t.timestamp, notNull);
}

export interface Migration {
  up(db: Kysely<unknown>, dialect: DialectName): Promise<void>;
}

/**
 * The arguments of a tenant foreign key (`table.addForeignKeyConstraint(...tenantFk(…))`): it
 * leads with tenant_id so a row can only ever point at a row of its own tenant.
 */
export function tenantFk(
  name: string,
  columns: string[],
  table: string,
  refColumns = ['id'],
): [string, string[], string, string[]] {
  return [name, ['tenant_id', ...columns], table, ['tenant_id', ...refColumns]];
}
