import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadConfig } from '../server/src/config.ts';
import { openDatabase } from '../server/src/db/connection.ts';
import { migrateToLatest } from '../server/src/db/migrate.ts';
import { buildApp } from '../server/src/http/app.ts';
import { hashToken } from '../server/src/modules/auth/sessions.ts';
import { DEMO_PASSWORD, seedDemo } from '../server/src/ops/seed-demo.ts';
import type { BenchResult } from './run.ts';

const DURATION_MS = 3000;

async function opsPerSecond(fn: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 200; i++) await fn(); // warm-up
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < DURATION_MS) {
    await fn();
    n++;
  }
  return (n * 1000) / (performance.now() - start);
}

/**
 * An authenticated `GET /api/v1/stores` through the whole HTTP stack (in-process inject: routing,
 * cookie, session lookup, permission check, query, serialisation) against the raw driver running
 * the same three statements: session with its user, the user's roles, the stores.
 */
export async function apiRead(dialect: 'sqlite' | 'postgres'): Promise<BenchResult> {
  let url: string;
  let dropDb: (() => Promise<void>) | null = null;
  if (dialect === 'postgres') {
    const base = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
    const name = `memberdesk_bench_${process.pid}`;
    const admin = new pg.Client(base);
    await admin.connect();
    await admin.query(`drop database if exists ${name}`);
    await admin.query(`create database ${name}`);
    const u = new URL(base);
    u.pathname = `/${name}`;
    url = u.toString();
    dropDb = async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    };
  } else {
    url = join(mkdtempSync(join(tmpdir(), 'md-bench-')), 'bench.db');
  }
  const handle = openDatabase({ url });
  await migrateToLatest(handle.db);
  const { tenantId } = await seedDemo(handle.db, new Date());
  const app = await buildApp({ handle, config: { ...loadConfig({}), webDist: '/nonexistent' } });
  await app.ready();
  const login = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: 'owner', password: DEMO_PASSWORD },
  });
  const cookie = login.cookies.find((c) => c.name === 'md_sid')!.value;
  const sessionId = hashToken(cookie.slice(cookie.indexOf('.') + 1));

  const product = await opsPerSecond(async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/api/v1/stores',
      headers: { cookie: `md_sid=${cookie}` },
    });
    if (res.statusCode !== 200) throw new Error(res.body);
  });

  const q = {
    session:
      'select s.id, s.user_id, s.created_at, s.last_seen_at, s.expires_at, u.username, u.display_name, u.status, u.all_stores from sessions s join users u on u.tenant_id = s.tenant_id and u.id = s.user_id where s.tenant_id = $1 and s.id = $2',
    roles:
      'select ur.user_id, r.id, r.code, r.name, r.permissions from user_roles ur join roles r on r.tenant_id = ur.tenant_id and r.id = ur.role_id where ur.tenant_id = $1 and ur.user_id in ($2) order by r.code',
    stores: 'select * from stores where tenant_id = $1 order by code',
  };
  let raw: number;
  if (handle.raw.kind === 'sqlite') {
    const s = handle.raw.sqlite;
    const toQ = (text: string) => s.prepare(text.replace(/\$\d/g, '?'));
    const [session, roles, stores] = [toQ(q.session), toQ(q.roles), toQ(q.stores)];
    raw = await opsPerSecond(async () => {
      const row = session.get(tenantId, sessionId) as { user_id: string };
      roles.all(tenantId, row.user_id);
      JSON.stringify(stores.all(tenantId));
    });
  } else {
    const pool = handle.raw.pool;
    raw = await opsPerSecond(async () => {
      const row = (await pool.query(q.session, [tenantId, sessionId])).rows[0] as { user_id: string };
      await pool.query(q.roles, [tenantId, row.user_id]);
      JSON.stringify((await pool.query(q.stores, [tenantId])).rows);
    });
  }
  await app.close();
  await handle.close();
  await dropDb?.();
  return {
    name: 'api-read',
    dialect,
    unit: 'req/s',
    product,
    raw,
    note: 'authenticated GET /api/v1/stores vs the same three statements on the raw driver',
  };
}
