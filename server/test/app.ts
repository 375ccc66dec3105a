import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { type Config, loadConfig } from '../src/config.ts';
import { buildApp } from '../src/http/app.ts';
import type { App } from '../src/http/types.ts';
import { makeTestDb, type TestDb } from './db.ts';
import { PASSWORD, T0 } from './factories.ts';

export interface TestApp {
  app: App;
  db: TestDb;
  clock: { now: Date };
  /** Signs in and returns the cookie header value to send. */
  signIn(username: string, tenant?: string, password?: string): Promise<string>;
  request(opts: {
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
    url: string;
    cookie?: string;
    body?: unknown;
    headers?: Record<string, string>;
  }): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/**
 * The whole HTTP app over a fresh test database, with a clock the test can move; `config` overrides
 * settings that would come from the environment (a webhook secret, the public URL).
 */
export async function makeTestApp(existing?: TestDb, overrides: Partial<Config> = {}): Promise<TestApp> {
  const db = existing ?? (await makeTestDb());
  const clock = { now: new Date(T0) };
  const config = { ...loadConfig({}), webDist: '/nonexistent', ...overrides };
  // TEST_LOG=1 shows the server's error log (a 500's cause) while a test runs.
  const logger = process.env.TEST_LOG ? { logger: { level: 'error' } } : {};
  const app = await buildApp({ handle: db, config, clock: () => new Date(clock.now), ...logger });
  await app.ready();
  const request: TestApp['request'] = async ({ method, url, cookie, body, headers }) =>
    app.inject({
      method,
      url,
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      payload: body === undefined ? undefined : JSON.stringify(body),
    });
  return {
    app,
    db,
    clock,
    request,
    async signIn(username, tenant, password = PASSWORD) {
      const res = await request({
        method: 'POST',
        url: '/api/v1/auth/login',
        body: { tenant, username, password },
      });
      if (res.statusCode !== 200)
        throw new Error(`sign-in of ${username} failed: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === 'md_sid');
      if (!cookie) throw new Error('no session cookie');
      return `md_sid=${cookie.value}`;
    },
    async close() {
      await app.close();
      if (!existing) await db.close();
    },
  };
}

async function tableNames(db: TestDb): Promise<string[]> {
  const q =
    db.dialect === 'sqlite'
      ? sql<{
          name: string;
        }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`
      : sql<{
          name: string;
        }>`select tablename as name from pg_tables where schemaname = current_schema() order by tablename`;
  return (await q.execute(db.db)).rows.map((r) => r.name);
}

/**
 * A digest of every row of every table: a 4xx must leave it unchanged. `exclude` names tables a
 * caller expects to move regardless (a session's last-seen time).
 */
export async function databaseDigest(db: TestDb, exclude: readonly string[] = []): Promise<string> {
  const tables = (await tableNames(db)).filter(
    (name) => !name.startsWith('kysely_') && !exclude.includes(name),
  );
  const parts: string[] = [];
  for (const t of tables) {
    const rows = await db.db
      .selectFrom(t as 'tenants')
      .selectAll()
      .execute();
    parts.push(`${t}:${JSON.stringify(rows.map((r) => JSON.stringify(r)).sort())}`);
  }
  return parts.join('\n');
}
