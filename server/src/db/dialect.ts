import {
  type Expression,
  type Kysely,
  PostgresAdapter,
  type RawBuilder,
  type SelectQueryBuilder,
  sql,
} from 'kysely';
import { jsonArrayFrom as pgJsonArrayFrom } from 'kysely/helpers/postgres';
import { jsonArrayFrom as sqliteJsonArrayFrom } from 'kysely/helpers/sqlite';

/**
 * The few places where SQL differs between SQLite and PostgreSQL. Modules use these helpers and
 * write everything else once. (Upserts need no helper: `onConflict` is the same on both.)
 */
export type DialectName = 'sqlite' | 'postgres';

export function dialectOf(db: Kysely<any>): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/**
 * Row lock for read-then-write inside a transaction. SQLite has one writer at a time and the app
 * holds its single connection for the whole transaction, so the lock is implicit there. With a
 * join, name the table to lock (`of`) so the joined rows stay free for other transactions.
 */
export function forUpdate<QB extends SelectQueryBuilder<any, any, any>>(
  db: Kysely<any>,
  qb: QB,
  of?: string,
): QB {
  if (dialectOf(db) !== 'postgres') return qb;
  return (of ? qb.forUpdate(of as never) : qb.forUpdate()) as QB;
}

/**
 * The local calendar day (YYYY-MM-DD) of a timestamp column, for a fixed UTC offset in minutes
 * (Asia/Shanghai = 480). Reports group by this.
 */
export function localDay(
  db: Kysely<any>,
  column: Expression<string>,
  offsetMinutes: number,
): RawBuilder<string> {
  if (!Number.isInteger(offsetMinutes)) throw new Error('offset must be whole minutes');
  if (dialectOf(db) === 'postgres') {
    return sql<string>`to_char(${column} + make_interval(mins => ${sql.lit(offsetMinutes)}), 'YYYY-MM-DD')`;
  }
  return sql<string>`date(${column}, ${sql.lit(`${offsetMinutes >= 0 ? '+' : ''}${offsetMinutes} minutes`)})`;
}

/** Case-insensitive substring match. */
export function containsInsensitive(
  db: Kysely<any>,
  column: Expression<string>,
  needle: string,
): RawBuilder<boolean> {
  const pattern = `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return dialectOf(db) === 'postgres'
    ? sql<boolean>`${column} ilike ${pattern}`
    : sql<boolean>`${column} like ${pattern} escape '\\'`;
}

/**
 * `column` starts with `prefix`, written as a range so a B-tree index serves it on both dialects
 * (LIKE 'x%' cannot use a PostgreSQL index under a non-C locale). The column must compare in
 * code-point order: `columnTypes().searchText` in migrations.
 */
export function prefixRange(column: string, prefix: string): RawBuilder<boolean> {
  const chars = [...prefix];
  const last = chars.pop()?.codePointAt(0) ?? 0;
  const upper = chars.join('') + String.fromCodePoint(last + 1);
  const col = sql.ref(column);
  return sql<boolean>`(${col} >= ${prefix} and ${col} < ${upper})`;
}

/**
 * Refreshes the planner's statistics after a bulk load (PostgreSQL only; SQLite plans without
 * them). Without it, foreign-key checks planned while a table was nearly empty keep scanning it
 * as it grows, and a large import slows quadratically.
 */
export async function refreshStatistics(db: Kysely<any>, tables: readonly string[]): Promise<void> {
  if (dialectOf(db) !== 'postgres') return;
  await sql.raw(`analyze ${tables.map((t) => `"${t.replace(/"/g, '')}"`).join(', ')}`).execute(db);
}

/**
 * A correlated subquery's rows as one JSON-array column, so a parent row and its children come
 * back in one round trip. Read the column with `parseJsonRows` (SQLite returns the JSON as text).
 */
export function jsonRows<O>(db: Kysely<any>, subquery: SelectQueryBuilder<any, any, O>): RawBuilder<O[]> {
  const rows = dialectOf(db) === 'postgres' ? pgJsonArrayFrom(subquery) : sqliteJsonArrayFrom(subquery);
  // Kysely types JSON values as dehydrated (dates become strings); ours are text and numbers already.
  return rows as unknown as RawBuilder<O[]>;
}

export function parseJsonRows<O>(value: O[] | string): O[] {
  return typeof value === 'string' ? (JSON.parse(value) as O[]) : value;
}
