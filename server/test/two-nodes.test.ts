import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestDb, TEST_DIALECT, type TestDb } from './db.ts';
import { makeChain, PASSWORD } from './factories.ts';

/**
 * Two real app processes on one PostgreSQL database: a session, a login throttle and an
 * idempotency key honoured by both, because none of them lives in process memory. (The SQLite
 * edition is one process by design, so this runs on PostgreSQL only.)
 */
const root = join(import.meta.dirname, '../..');
let db: TestDb;
const nodes: { proc: ChildProcess; url: string }[] = [];

function startNode(name: string, url: string): Promise<{ proc: ChildProcess; url: string }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'server/src/cli.ts', 'start'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: url,
      PORT: '0',
      HOST: '127.0.0.1',
      MEMBERDESK_DEMO: '0',
      LOG_LEVEL: 'warn',
      MEMBERDESK_NODE_NAME: name,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${name} did not start: ${out}`)), 30_000);
    proc.stdout!.on('data', (chunk) => {
      out += chunk;
      const match = /Admin:\s+(http:\/\/localhost:\d+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({ proc, url: match[1]! });
      }
    });
    proc.stderr!.on('data', (chunk) => {
      out += chunk;
    });
    proc.on('exit', (code) => reject(new Error(`${name} exited ${code}: ${out}`)));
  });
}

async function call(
  node: number,
  method: string,
  path: string,
  opts: { cookie?: string; body?: unknown; key?: string } = {},
) {
  const res = await fetch(`${nodes[node]!.url}${path}`, {
    method,
    headers: {
      ...(opts.cookie ? { cookie: opts.cookie } : {}),
      ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(opts.key ? { 'idempotency-key': opts.key } : {}),
    },
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  });
  const text = await res.text();
  return {
    status: res.status,
    body: text ? JSON.parse(text) : null,
    setCookie: res.headers.get('set-cookie'),
  };
}

describe.runIf(TEST_DIALECT === 'postgres')('two app nodes on one PostgreSQL database', () => {
  beforeAll(async () => {
    db = await makeTestDb();
    await makeChain(db.db, 'duo');
    nodes.push(...(await Promise.all([startNode('node-a', db.url), startNode('node-b', db.url)])));
  }, 60_000);
  afterAll(async () => {
    for (const n of nodes) n.proc.kill('SIGTERM');
    await Promise.all(
      nodes.map((n) => new Promise((r) => (n.proc.exitCode !== null ? r(null) : n.proc.once('exit', r)))),
    );
    await db?.close();
  });

  it('a session opened on one node works on the other, and logout on either ends it', async () => {
    const login = await call(0, 'POST', '/api/v1/auth/login', {
      body: { username: 'owner', password: PASSWORD },
    });
    expect(login.status).toBe(200);
    const cookie = login.setCookie!.split(';')[0]!;
    expect((await call(1, 'GET', '/api/v1/auth/me', { cookie })).body.user.username).toBe('owner');
    expect((await call(1, 'POST', '/api/v1/auth/logout', { cookie })).status).toBe(200);
    expect((await call(0, 'GET', '/api/v1/auth/me', { cookie })).status).toBe(401);
  });

  it('counts failed sign-ins across nodes and locks on both', async () => {
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await call(i % 2, 'POST', '/api/v1/auth/login', {
        body: { username: 'cashier', password: `wrong-${i}xx1` },
      });
      codes.push(res.body.error.code);
    }
    expect(codes).toEqual(Array(5).fill('INVALID_CREDENTIALS'));
    for (const node of [0, 1]) {
      const res = await call(node, 'POST', '/api/v1/auth/login', {
        body: { username: 'cashier', password: PASSWORD },
      });
      expect(res.status).toBe(429);
      expect(res.body.error.code).toBe('LOGIN_LOCKED');
    }
  });

  it('replays an idempotent request on the other node and runs a cross-node race once', async () => {
    const login = await call(0, 'POST', '/api/v1/auth/login', {
      body: { username: 'owner', password: PASSWORD },
    });
    const cookie = login.setCookie!.split(';')[0]!;
    const first = await call(0, 'POST', '/api/v1/stores', {
      cookie,
      key: 'two-node-key-1',
      body: { code: 'N1', name: 'Node store' },
    });
    expect(first.status).toBe(201);
    const replay = await call(1, 'POST', '/api/v1/stores', {
      cookie,
      key: 'two-node-key-1',
      body: { code: 'N1', name: 'Node store' },
    });
    expect(replay.status).toBe(201);
    expect(replay.body.id).toBe(first.body.id);

    const race = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        call(i % 2, 'POST', '/api/v1/stores', {
          cookie,
          key: 'two-node-key-2',
          body: { code: 'N2', name: 'Race' },
        }),
      ),
    );
    expect(race.every((r) => r.status === 201)).toBe(true);
    expect(new Set(race.map((r) => r.body.id)).size).toBe(1);
    const rows = await db.db.selectFrom('stores').select('id').where('code', 'in', ['N1', 'N2']).execute();
    expect(rows).toHaveLength(2);
  });

  it('20 deductions racing from both nodes for one balance: only the ones that fit go through', async () => {
    const login = await call(0, 'POST', '/api/v1/auth/login', {
      body: { username: 'owner', password: PASSWORD },
    });
    const cookie = login.setCookie!.split(';')[0]!;
    const store = (await call(0, 'GET', '/api/v1/stores', { cookie })).body[0].id as string;
    const member = await call(0, 'POST', '/api/v1/members', {
      cookie,
      body: { name: '并发', phone: '13700001234' },
    });
    const recharge = await call(1, 'POST', `/api/v1/members/${member.body.id}/recharges`, {
      cookie,
      key: 'two-node-recharge',
      body: { storeId: store, amountCents: 10_000, paymentMethod: 'cash' },
    });
    expect(recharge.status).toBe(201);
    // A negative adjustment is a deduction through the same guarded update as a payment.
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        call(i % 2, 'POST', `/api/v1/members/${member.body.id}/adjustments`, {
          cookie,
          key: `two-node-deduct-${i}`,
          body: { storeId: store, principalDeltaCents: -1_500, bonusDeltaCents: 0, reason: 'race' },
        }),
      ),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(6);
    expect(
      results.filter((r) => r.status === 409).every((r) => r.body.error.code === 'INSUFFICIENT_BALANCE'),
    ).toBe(true);
    expect(results.filter((r) => r.status === 409)).toHaveLength(14);
    const balance = await call(1, 'GET', `/api/v1/members/${member.body.id}/stored-value`, { cookie });
    expect(balance.body).toMatchObject({ principalCents: 1_000, bonusCents: 0 });
  });

  it('checkouts racing from both nodes for the last units of stock and the last card sessions', async () => {
    const login = await call(0, 'POST', '/api/v1/auth/login', {
      body: { username: 'owner', password: PASSWORD },
    });
    const cookie = login.setCookie!.split(';')[0]!;
    const store = (await call(0, 'GET', '/api/v1/stores', { cookie })).body[0].id as string;
    const goods = await call(0, 'POST', '/api/v1/products', {
      cookie,
      body: {
        kind: 'goods',
        sku: 'RACE-G',
        name: '限量礼盒',
        priceCents: 1_000,
        costCents: 400,
        trackStock: true,
      },
    });
    const service = await call(1, 'POST', '/api/v1/products', {
      cookie,
      body: { kind: 'service', sku: 'RACE-S', name: '精洗', priceCents: 5_000 },
    });
    expect([goods.status, service.status]).toEqual([201, 201]);
    const stocked = await call(1, 'POST', '/api/v1/inventory/adjustments', {
      cookie,
      key: 'two-node-stock',
      body: { storeId: store, productId: goods.body.id, qtyDelta: 4, unitCostCents: 400, reason: '到货' },
    });
    expect(stocked.status).toBe(201);
    const cardProduct = await call(0, 'POST', '/api/v1/card-products', {
      cookie,
      body: {
        name: '精洗3次卡',
        kind: 'counted',
        priceCents: 12_000,
        validity: 'days',
        validDays: 30,
        items: [{ itemCode: 'RACE-S', itemName: '精洗', sessions: 3 }],
      },
    });
    const member = await call(0, 'POST', '/api/v1/members', {
      cookie,
      body: { name: '抢购', phone: '13700005678' },
    });
    const card = await call(1, 'POST', `/api/v1/members/${member.body.id}/cards`, {
      cookie,
      key: 'two-node-card',
      body: { cardProductId: cardProduct.body.id, storeId: store, paymentMethod: 'wechat' },
    });
    expect(card.status).toBe(201);
    const sell = (i: number, line: Record<string, unknown>, payments: unknown[]) =>
      call(i % 2, 'POST', '/api/v1/orders', {
        cookie,
        key: `two-node-sale-${JSON.stringify(line).length}-${i}`,
        body: { storeId: store, till: `N${i % 2}`, memberId: member.body.id, lines: [line], payments },
      });
    const stockRace = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        sell(i, { productId: goods.body.id, qty: 1 }, [
          { method: 'wechat', amountCents: 1_000, ref: `w${i}` },
        ]),
      ),
    );
    expect(stockRace.filter((r) => r.status === 201)).toHaveLength(4);
    expect(stockRace.filter((r) => r.status !== 201).every((r) => r.body.error.code === 'OUT_OF_STOCK')).toBe(
      true,
    );
    const sessionRace = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        sell(i + 100, { productId: service.body.id, qty: 1, cardId: card.body.id }, []),
      ),
    );
    expect(sessionRace.filter((r) => r.status === 201)).toHaveLength(3);
    expect(
      sessionRace.filter((r) => r.status !== 201).every((r) => r.body.error.code === 'NO_SESSIONS_LEFT'),
    ).toBe(true);
    const level = await db.db
      .selectFrom('stock_levels')
      .select(['on_hand', 'value_cents'])
      .where('product_id', '=', goods.body.id)
      .executeTakeFirstOrThrow();
    expect(level).toEqual({ on_hand: 0, value_cents: 0 });
    const orders = await db.db
      .selectFrom('orders')
      .select('id')
      .where('member_id', '=', member.body.id)
      .execute();
    expect(orders).toHaveLength(7);
  });
});
