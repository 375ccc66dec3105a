import { loadConfig } from '../server/src/config.ts';
import { buildApp } from '../server/src/http/app.ts';
import { moveStock } from '../server/src/modules/inventory/stock.ts';
import { DEMO_PASSWORD, seedDemo } from '../server/src/ops/seed-demo.ts';
import { systemCtx } from '../server/src/shared/context.ts';
import { uuidv7 } from '../server/src/shared/ids.ts';
import type { BenchResult } from './run.ts';
import { benchDatabase, percentile } from './setup.ts';

const DURATION_MS = 5000;
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
/** Raw transactions prepared ahead: more than the raw driver can run in DURATION_MS here. */
const REPLAYS = 6000;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const ORDER_NO = /\b([A-Za-z0-9]+)-(\d{8})-(\d{4,})\b/g;

/** 16 workers for DURATION_MS each calling `fn`; transactions per second and latencies. */
async function drive(fn: (worker: number, i: number) => Promise<void>) {
  const times: number[] = [];
  const start = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async (_, worker) => {
      for (let i = 0; performance.now() - start < DURATION_MS; i++) {
        const t = performance.now();
        await fn(worker, i);
        times.push(performance.now() - t);
      }
    }),
  );
  const elapsed = performance.now() - start;
  times.sort((a, b) => a - b);
  return { perSecond: (times.length * 1000) / elapsed, p99: percentile(times, 99) };
}

/**
 * Checkout of a member order (two shelf items and a service, stored value + cash with change, stock,
 * points earned, every ledger, the audit row, the idempotency key) through HTTP at 16 concurrent,
 * against the raw driver replaying the very statements one checkout ran — captured from the query
 * log, with fresh ids — in one transaction each, at the same concurrency.
 */
export async function checkout(dialect: 'sqlite' | 'postgres'): Promise<BenchResult[]> {
  let captured: [string, unknown[]][] | null = null;
  const { handle, drop } = await benchDatabase(dialect, {
    poolSize: CONCURRENCY + 2,
    onQuery: (text, params) => captured?.push([text, [...params]]),
  });
  const { tenantId } = await seedDemo(handle.db, new Date());
  const app = await buildApp({ handle, config: { ...loadConfig({}), webDist: '/nonexistent' } });
  await app.ready();
  const login = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: 'owner', password: DEMO_PASSWORD },
  });
  const cookie = `md_sid=${login.cookies.find((c) => c.name === 'md_sid')!.value}`;
  const call = async (method: 'GET' | 'POST', url: string, body?: unknown, key?: string) => {
    const res = await app.inject({
      method,
      url,
      headers: {
        cookie,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(key ? { 'idempotency-key': key } : {}),
      },
      payload: body === undefined ? undefined : JSON.stringify(body),
    });
    if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.body}`);
    return res.json();
  };

  const store = await handle.db
    .selectFrom('stores')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .orderBy('code')
    .executeTakeFirstOrThrow();
  const goods = await handle.db
    .selectFrom('products')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('kind', '=', 'goods')
    .where('track_stock', '=', 1)
    .orderBy('sku')
    .limit(2)
    .execute();
  const service = await handle.db
    .selectFrom('products')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('kind', '=', 'service')
    .orderBy('sku')
    .executeTakeFirstOrThrow();
  await handle.db.transaction().execute(async (trx) => {
    const ctx = { ...systemCtx(handle.db, tenantId, new Date(), 'bench'), db: trx };
    for (const g of goods) {
      await moveStock(ctx, {
        storeId: store.id,
        productId: g.id,
        kind: 'purchase',
        refType: 'bench',
        refId: 'stock',
        qty: 1_000_000,
        valueCents: 1_000_000 * 1_000,
      });
    }
  });
  const members = await handle.db
    .selectFrom('members')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('status', '=', 'active')
    .orderBy('id')
    .execute();
  const lines = [
    { productId: goods[0]!.id, qty: 2 },
    { productId: goods[1]!.id, qty: 1 },
    { productId: service.id, qty: 1 },
  ];
  const bodies = new Map<string, unknown>();
  for (const m of members) {
    await call(
      'POST',
      `/api/v1/members/${m.id}/recharges`,
      { storeId: store.id, amountCents: 100_000_000, paymentMethod: 'cash' },
      `bench-rc-${uuidv7()}`,
    );
    const quote = await call('POST', '/api/v1/sales/quote', { storeId: store.id, memberId: m.id, lines });
    const total = quote.totalCents as number;
    bodies.set(m.id, {
      memberId: m.id,
      lines,
      expectedTotalCents: total,
      payments: [
        { method: 'stored_value', amountCents: total - 1_000 },
        { method: 'cash', amountCents: 1_000, tenderedCents: 2_000 },
      ],
    });
  }
  for (let w = 0; w < CONCURRENCY; w++) {
    await call('POST', '/api/v1/shifts', { storeId: store.id, till: `T${w + 1}`, floatCents: 10_000 });
  }
  // Each worker serves its own members, as tills serve different people.
  const memberOf = (worker: number, i: number) => members[(worker + i * CONCURRENCY) % members.length]!.id;
  const sell = (worker: number, memberId: string) =>
    call(
      'POST',
      '/api/v1/orders',
      { storeId: store.id, till: `T${worker + 1}`, orderId: uuidv7(), ...(bodies.get(memberId) as object) },
      `bench-${uuidv7()}`,
    );

  await new Promise((r) => setTimeout(r, 5));
  const captureStart = Date.now();
  const sample = members[0]!.id;
  captured = [];
  await sell(0, sample);
  const statements = captured as [string, unknown[]][];
  captured = null;

  for (let i = 0; i < 50; i++) await sell(i % CONCURRENCY, memberOf(i % CONCURRENCY, i));
  const product = await drive(async (worker, i) => {
    await sell(worker, memberOf(worker, i));
  });

  // The raw replay: the same statements, each run with ids generated during the sample request
  // replaced by fresh ones, the sample member by this iteration's member, a unique order number.
  const isFresh = (id: string) => Number.parseInt(id.slice(0, 8) + id.slice(9, 13), 16) >= captureStart;
  const body = statements.filter(
    ([text]) => !/^(begin|commit|rollback|savepoint|release)/i.test(text.trim()),
  );
  let serial = 0;
  const rewrite = (memberId: string) => {
    const fresh = new Map<string, string>();
    const n = ++serial;
    const swap = (value: unknown): unknown => {
      if (typeof value !== 'string') return value;
      return value
        .replace(UUID, (id) => {
          if (id === sample) return memberId;
          if (!isFresh(id)) return id;
          let next = fresh.get(id);
          if (!next) {
            next = uuidv7();
            fresh.set(id, next);
          }
          return next;
        })
        .replace(ORDER_NO, (_, code, day) => `${code}-${day}-R${n}`);
    };
    return body.map(([text, params]) => [text, params.map(swap)] as const);
  };
  // Rewriting costs CPU of its own: prepare the replays before the clock starts.
  const prepared: ReturnType<typeof rewrite>[][] = Array.from({ length: CONCURRENCY }, () => []);
  const perWorker = Math.ceil(REPLAYS / CONCURRENCY);
  for (let w = 0; w < CONCURRENCY; w++)
    for (let i = 0; i < perWorker; i++) prepared[w]!.push(rewrite(memberOf(w, i)));
  const replay = (worker: number, i: number) => {
    const set = prepared[worker]![i];
    if (!set) throw new Error('raw replay ran out of prepared transactions; raise REPLAYS');
    return set;
  };
  let raw: { perSecond: number; p99: number };
  if (handle.raw.kind === 'sqlite') {
    const s = handle.raw.sqlite;
    const statementsByText = new Map(body.map(([text]) => [text, s.prepare(text)]));
    const run = s.transaction((set: ReturnType<typeof rewrite>) => {
      for (const [text, params] of set) {
        const st = statementsByText.get(text)!;
        if (st.reader) st.all(...params);
        else st.run(...params);
      }
    });
    raw = await drive(async (worker, i) => run(replay(worker, i)));
  } else {
    const pool = handle.raw.pool;
    raw = await drive(async (worker, i) => {
      const client = await pool.connect();
      try {
        await client.query('begin');
        for (const [text, params] of replay(worker, i)) await client.query(text, [...params]);
        await client.query('commit');
      } catch (err) {
        await client.query('rollback');
        throw err;
      } finally {
        client.release();
      }
    });
  }
  await app.close();
  await drop();
  const note = `HTTP checkout (3 lines, stored value + cash, stock, points, ledgers) at ${CONCURRENCY} concurrent vs the same ${body.length} statements replayed raw`;
  return [
    { name: 'checkout', dialect, unit: 'tx/s', product: product.perSecond, raw: raw.perSecond, note },
    {
      name: 'checkout p99',
      dialect,
      unit: 'ms',
      product: product.p99,
      raw: raw.p99,
      note: 'latency at the 99th percentile (lower is better; goal < 25 ms)',
    },
  ];
}
