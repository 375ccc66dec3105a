import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { DialectName } from './dialect.ts';
import type { DB, Db } from './schema.ts';

export interface DatabaseHandle {
  db: Db;
  dialect: DialectName;
  /** The driver underneath, for backups and benchmarks against the raw database. */
  raw: { kind: 'sqlite'; sqlite: SQLite.Database } | { kind: 'postgres'; pool: pg.Pool };
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres://… for PostgreSQL; otherwise a SQLite file path or ':memory:'. */
  url: string;
  /** SQLite `synchronous`: FULL so a committed sale survives a power cut. */
  sqliteSynchronous?: 'FULL' | 'NORMAL';
  poolSize?: number;
  /** Sees every statement with its parameters (benchmarks replay what a request ran). */
  onQuery?: (sql: string, parameters: readonly unknown[]) => void;
}

function queryLog(options: DatabaseOptions) {
  const onQuery = options.onQuery;
  if (!onQuery) return {};
  return {
    log: (event: { level: string; query: { sql: string; parameters: readonly unknown[] } }) => {
      if (event.level === 'query') onQuery(event.query.sql, event.query.parameters);
    },
  };
}

let pgTypesSet = false;

/** BIGINT comes back as a number (we keep every amount far below 2^53); timestamps as ISO strings. */
function setPgTypeParsers(): void {
  if (pgTypesSet) return;
  pgTypesSet = true;
  pg.types.setTypeParser(pg.types.builtins.INT8, (text) => {
    const value = Number(text);
    if (!Number.isSafeInteger(value)) throw new Error(`BIGINT beyond 2^53: ${text}`);
    return value;
  });
  pg.types.setTypeParser(pg.types.builtins.TIMESTAMPTZ, (text) => new Date(text).toISOString());
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

export function openDatabase(options: DatabaseOptions): DatabaseHandle {
  if (isPostgresUrl(options.url)) {
    setPgTypeParsers();
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
    // An idle connection dropped by the server (restart, failover) is replaced on next use; it
    // must not crash the process, which is what an unhandled pool error does.
    pool.on('error', (err) => process.emitWarning(`PostgreSQL connection lost: ${err.message}`));
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), ...queryLog(options) });
    return { db, dialect: 'postgres', raw: { kind: 'postgres', pool }, close: () => db.destroy() };
  }
  if (options.url !== ':memory:') mkdirSync(dirname(options.url), { recursive: true });
  const sqlite = new SQLite(options.url);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma(`synchronous = ${options.sqliteSynchronous ?? 'FULL'}`);
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<DB>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
    ...queryLog(options),
  });
  return { db, dialect: 'sqlite', raw: { kind: 'sqlite', sqlite }, close: () => db.destroy() };
}

/**
 * Kysely prepares every query anew; on SQLite preparing costs as much as running a small query.
 * The app issues a few hundred distinct statements, so prepared ones are kept and reused (the one
 * connection is used by one query at a time, so sharing a statement is safe).
 */
function withStatementCache(sqlite: SQLite.Database): SQLite.Database {
  const cache = new Map<string, SQLite.Statement>();
  return new Proxy(sqlite, {
    get(target, property, receiver) {
      if (property !== 'prepare') return Reflect.get(target, property, receiver);
      return (text: string) => {
        let statement = cache.get(text);
        if (!statement) {
          if (cache.size >= 1000) cache.delete(cache.keys().next().value as string);
          statement = target.prepare(text);
          cache.set(text, statement);
        }
        return statement;
      };
    },
  });
}
