import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type DatabaseHandle, type DatabaseOptions, openDatabase } from '../server/src/db/connection.ts';
import { migrateToLatest } from '../server/src/db/migrate.ts';

/** A fresh, migrated database of the dialect for one benchmark run; `drop` removes it. */
export async function benchDatabase(
  dialect: 'sqlite' | 'postgres',
  options: Pick<DatabaseOptions, 'onQuery' | 'poolSize'> = {},
): Promise<{ handle: DatabaseHandle; drop: () => Promise<void> }> {
  if (dialect === 'sqlite') {
    const handle = openDatabase({
      url: join(mkdtempSync(join(tmpdir(), 'md-bench-')), 'bench.db'),
      ...options,
    });
    await migrateToLatest(handle.db);
    return { handle, drop: () => handle.close() };
  }
  const base = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `memberdesk_bench_${process.pid}_${Date.now()}`;
  const admin = new pg.Client(base);
  await admin.connect();
  await admin.query(`create database ${name}`);
  const u = new URL(base);
  u.pathname = `/${name}`;
  const handle = openDatabase({ url: u.toString(), ...options });
  await migrateToLatest(handle.db);
  return {
    handle,
    drop: async () => {
      await handle.close();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
}

/** Runs `fn` `n` times after a warm-up and returns the latencies in milliseconds, sorted. */
export async function latencies(n: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < Math.min(200, n); i++) await fn(i);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(i);
    out.push(performance.now() - t);
  }
  return out.sort((a, b) => a - b);
}
