import type { DatabaseHandle } from '../../db/connection.ts';

/**
 * Runs a command-line bulk import with SQLite's `synchronous = NORMAL` on this process's own
 * connection, then checkpoints with a full sync. In WAL mode NORMAL never corrupts the file; a
 * power cut may only lose the last committed batches, and an import's batches are idempotent (a
 * re-run writes them again). It saves an fsync per 500-row batch. A running server has its own
 * connection and keeps `FULL` for its sales; PostgreSQL is left as it is.
 */
export async function withBulkSync<T>(handle: DatabaseHandle, fn: () => Promise<T>): Promise<T> {
  if (handle.raw.kind !== 'sqlite') return fn();
  const sqlite = handle.raw.sqlite;
  const before = Number(sqlite.pragma('synchronous', { simple: true }));
  sqlite.pragma('synchronous = NORMAL');
  try {
    return await fn();
  } finally {
    sqlite.pragma(`synchronous = ${before}`);
    sqlite.pragma('wal_checkpoint(FULL)');
  }
}
