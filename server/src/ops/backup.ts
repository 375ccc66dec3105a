import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import SQLite from 'better-sqlite3';
import type { DatabaseHandle } from '../db/connection.ts';

const PREFIX = 'memberdesk-';

function stamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\..+$/, '').replace('T', '-');
}

/**
 * A consistent copy of the live SQLite database through SQLite's online backup API: sales can go
 * on while it runs. PostgreSQL is backed up with pg_dump (custom format) when it is installed.
 */
export async function backupDatabase(
  handle: DatabaseHandle,
  args: { dir: string; now: Date; keep: number; databaseUrl: string },
): Promise<{ file: string; bytes: number; removed: string[] }> {
  mkdirSync(args.dir, { recursive: true });
  let file: string;
  if (handle.raw.kind === 'sqlite') {
    file = join(args.dir, `${PREFIX}${stamp(args.now)}.db`);
    await handle.raw.sqlite.backup(file);
  } else {
    file = join(args.dir, `${PREFIX}${stamp(args.now)}.pgdump`);
    const result = spawnSync('pg_dump', ['--format=custom', `--file=${file}`, args.databaseUrl], {
      encoding: 'utf8',
    });
    if (result.error || result.status !== 0) {
      throw new Error(`pg_dump failed: ${result.error?.message ?? result.stderr}`);
    }
  }
  return { file, bytes: statSync(file).size, removed: pruneBackups(args.dir, args.keep) };
}

/** Keeps the newest `keep` backups (names sort by time) and removes the rest. */
export function pruneBackups(dir: string, keep: number): string[] {
  if (!existsSync(dir) || keep <= 0) return [];
  const files = readdirSync(dir)
    .filter((f) => f.startsWith(PREFIX) && (f.endsWith('.db') || f.endsWith('.pgdump')))
    .sort()
    .reverse();
  const removed = files.slice(keep);
  for (const f of removed) rmSync(join(dir, f));
  return removed;
}

/**
 * Replaces the SQLite database with a backup after checking the backup's integrity. Run it with the
 * server stopped; the current file is kept beside it as *.before-restore.
 */
export function restoreSqlite(backupFile: string, databaseFile: string): { previous: string | null } {
  if (!existsSync(backupFile)) throw new Error(`No such backup: ${backupFile}`);
  const check = new SQLite(backupFile, { readonly: true });
  try {
    const result = check.pragma('integrity_check', { simple: true });
    if (result !== 'ok')
      throw new Error(`Backup ${basename(backupFile)} failed its integrity check: ${String(result)}`);
    check.prepare('select count(*) from kysely_migration').get();
  } finally {
    check.close();
  }
  let previous: string | null = null;
  if (existsSync(databaseFile)) {
    previous = `${databaseFile}.before-restore`;
    copyFileSync(databaseFile, previous);
  }
  for (const suffix of ['-wal', '-shm']) rmSync(`${databaseFile}${suffix}`, { force: true });
  mkdirSync(join(databaseFile, '..'), { recursive: true });
  copyFileSync(backupFile, databaseFile);
  return { previous };
}

export function pgRestoreCommand(backupFile: string, databaseUrl: string): string[] {
  return ['pg_restore', '--clean', '--if-exists', '--no-owner', `--dbname=${databaseUrl}`, backupFile];
}
