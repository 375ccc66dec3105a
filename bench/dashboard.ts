import { loadConfig } from '../server/src/config.ts';
import { buildApp } from '../server/src/http/app.ts';
import { DEMO_PASSWORD, DEMO_TENANT, seedDemo } from '../server/src/ops/seed-demo.ts';
import { uuidv7 } from '../server/src/shared/ids.ts';
import { localDayOf } from '../server/src/shared/time.ts';
import type { BenchResult } from './run.ts';
import { benchDatabase, latencies, percentile } from './setup.ts';

type Handle = Awaited<ReturnType<typeof benchDatabase>>['handle'];
const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

/**
 * Generates BENCH_DAYS (1,095: three years) × BENCH_STORES (200) days of facts straight into the
 * fact tables: a store-day row each, BENCH_ITEMS (10) products and BENCH_BUYERS (10) members per
 * store-day, set-based in SQL (not measured). Products get names; stores are real store rows.
 */
async function generate(handle: Handle, tenantId: string, today: string) {
  const stores = env('BENCH_STORES', 200);
  const days = env('BENCH_DAYS', 1_095);
  const items = env('BENCH_ITEMS', 10);
  const buyers = env('BENCH_BUYERS', 10);
  const { db } = handle;
  const at = new Date().toISOString();
  await db
    .insertInto('stores')
    .values(
      Array.from({ length: stores }, (_, i) => ({
        tenant_id: tenantId,
        id: uuidv7(),
        code: `X${String(i).padStart(3, '0')}`,
        name: `门店 ${i}`,
        address: '',
        phone: '',
        ownership: 'direct' as const,
        status: 'active' as const,
        created_at: at,
        updated_at: at,
      })),
    )
    .execute();
  await db
    .insertInto('products')
    .values(
      Array.from({ length: 200 }, (_, i) => ({
        tenant_id: tenantId,
        id: uuidv7(),
        kind: 'goods' as const,
        sku: `P${String(i).padStart(3, '0')}`,
        name: `商品 ${i}`,
        name_initials: `sp${i}`,
        category_id: null,
        unit: '件',
        price_cents: 1000 + i * 10,
        member_price_cents: null,
        cost_cents: 500,
        track_stock: 0 as const,
        level_discount: 1 as const,
        duration_minutes: null,
        card_product_id: null,
        low_stock_threshold: null,
        status: 'active' as const,
        created_at: at,
        updated_at: at,
      })),
    )
    .execute();
  const pg = handle.raw.kind === 'postgres';
  // Set-based generators per dialect: day offsets, store index (from the code S000…), k-th item/buyer.
  const seq = (n: number, name: string) =>
    pg
      ? `generate_series(0, ${n - 1}) as ${name}(n)`
      : `(with recursive g(n) as (select 0 union all select n + 1 from g where n < ${n - 1}) select n from g) as ${name}`;
  const dayOf = (n: string) =>
    pg ? `to_char(date '${today}' - ${n}, 'YYYY-MM-DD')` : `date('${today}', '-' || ${n} || ' days')`;
  const storeIdx = pg ? `substr(s.code, 2)::int` : `cast(substr(s.code, 2) as integer)`;
  const sku = (e: string) => (pg ? `'P' || lpad((${e})::text, 3, '0')` : `printf('P%03d', ${e})`);
  const memberId = (e: string) =>
    pg
      ? `('00000000-0000-7000-8000-' || lpad((${e})::text, 12, '0'))::uuid`
      : `printf('00000000-0000-7000-8000-%012d', ${e})`;
  const stmts = [
    `insert into fact_store_days (tenant_id, day, store_id, order_count, quantity, sales_cents, cost_cents, refund_count,
       refund_quantity, refund_cents, refund_cost_cents, recharge_count, recharge_cents, recharge_bonus_cents,
       recharge_refund_count, recharge_refund_cents, new_members)
     select s.tenant_id, ${dayOf('d.n')}, s.id, 40 + (d.n + ${storeIdx}) % 20, 90, 400000 + ((d.n * 7 + ${storeIdx}) % 100) * 1000, 200000,
       1, 1, 3000, 1500, 3, 300000, 30000, 0, 0, (d.n + ${storeIdx}) % 4
     from ${seq(days, 'd')} cross join stores s
     where s.tenant_id = '${tenantId}' and s.code like 'X%'`,
    `insert into fact_product_days (tenant_id, day, store_id, product_id, category_key, kind, order_count, quantity, sales_cents,
       cost_cents, category_order_count, refund_quantity, refund_cents, refund_cost_cents)
     select s.tenant_id, ${dayOf('d.n')}, s.id, p.id, '', 'goods', 3, 4, 20000 + k.n * 100, 10000, 0, 0, 0, 0
     from ${seq(days, 'd')} cross join stores s cross join ${seq(items, 'k')}
     join products p on p.tenant_id = s.tenant_id and p.sku = ${sku(`(d.n * 7 + ${storeIdx} * 13 + k.n) % 200`)}
     where s.tenant_id = '${tenantId}' and s.code like 'X%'`,
    `insert into fact_member_days (tenant_id, day, store_id, member_id, order_count, sales_cents, refund_cents, recharge_cents)
     select s.tenant_id, ${dayOf('d.n')}, s.id, ${memberId(`${storeIdx} * 1000 + (d.n * ${buyers} + k.n) % 1000`)}, 1, 20000, 0, 0
     from ${seq(days, 'd')} cross join stores s cross join ${seq(buyers, 'k')}
     where s.tenant_id = '${tenantId}' and s.code like 'X%'`,
  ];
  const raw = handle.raw;
  for (const sql of stmts) {
    if (raw.kind === 'postgres') await raw.pool.query(sql);
    else raw.sqlite.exec(sql);
  }
  // Index-only scans need the visibility map a vacuum writes (autovacuum does it in production).
  if (raw.kind === 'postgres')
    await raw.pool.query('vacuum analyze fact_store_days, fact_product_days, fact_member_days');
  else raw.sqlite.exec('analyze');
  return { stores, days, items, buyers };
}

/** The dashboard's statements written by hand: what the database alone needs for the same answer. */
function rawStatements(pg: boolean) {
  const p = (n: number) => (pg ? `$${n}` : '?');
  const range = `tenant_id = ${p(1)} and day >= ${p(2)} and day <= ${p(3)}`;
  return {
    totals: `select sum(sales_cents) s, sum(order_count) o, sum(refund_cents) r, sum(recharge_cents) rc, sum(recharge_count) rn,
      sum(recharge_refund_cents) rr, sum(new_members) nm from fact_store_days where ${range}`,
    active: `select count(*) n from (select distinct member_id from fact_member_days where ${range} and order_count > 0) m`,
    trend: `select day, sum(sales_cents), sum(refund_cents), sum(recharge_cents), sum(order_count) from fact_store_days where ${range} group by day`,
    top: `select product_id, sum(quantity) q, sum(sales_cents) s from fact_product_days where ${range}
      group by product_id order by s desc, product_id limit 10`,
    stores: `select store_id, sum(sales_cents), sum(order_count), sum(recharge_cents) from fact_store_days where ${range} group by store_id`,
    storeList: `select id, code, name from stores where tenant_id = ${p(1)} and status = 'active' order by code`,
  };
}

/**
 * GET /api/v1/reports/dashboard?period=… for the owner (every store) through the whole HTTP stack
 * (in-process inject), against the raw driver running the same statements by hand; p50 and p99 of
 * BENCH_RUNS (default 50) after a warm-up. Goal: under 200 ms from the facts.
 */
export async function dashboard(dialect: 'sqlite' | 'postgres'): Promise<BenchResult[]> {
  const runs = env('BENCH_RUNS', 50);
  const { handle, drop } = await benchDatabase(dialect);
  try {
    const now = new Date();
    const { tenantId } = await seedDemo(handle.db, now);
    const today = localDayOf(now, 'Asia/Shanghai');
    const t0 = performance.now();
    const size = await generate(handle, tenantId, today);
    const counts = await Promise.all(
      (['fact_store_days', 'fact_product_days', 'fact_member_days'] as const).map((t) =>
        handle.db
          .selectFrom(t)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow(),
      ),
    );
    console.error(
      `  [${dialect}] ${size.days} days × ${size.stores} stores: ${counts.map((c) => Number(c.n)).join(' / ')} store / product / member fact rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    const app = await buildApp({ handle, config: { ...loadConfig({}), webDist: '/nonexistent' } });
    await app.ready();
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { tenant: DEMO_TENANT, username: 'owner', password: DEMO_PASSWORD },
    });
    const cookie = login.cookies.find((c) => c.name === 'md_sid');
    if (!cookie) throw new Error(`login failed: ${login.body}`);
    const s = rawStatements(handle.raw.kind === 'postgres');
    const out: BenchResult[] = [];
    for (const period of ['today', 'month'] as const) {
      const res = await app.inject({
        method: 'GET',
        url: `/api/v1/reports/dashboard?period=${period}`,
        headers: { cookie: `md_sid=${cookie.value}` },
      });
      if (res.statusCode !== 200) throw new Error(`dashboard: ${res.statusCode} ${res.body}`);
      const body = res.json();
      const ranges: [string, string][] = [
        [body.from, body.to],
        [body.previousFrom, body.previousTo],
      ];
      const trendFrom = body.trend[0].day as string;
      const raw = async () => {
        const q = async (sql: string, params: unknown[]) =>
          handle.raw.kind === 'sqlite'
            ? handle.raw.sqlite.prepare(sql).all(...params)
            : (await handle.raw.pool.query(sql, params)).rows;
        for (const [from, to] of ranges) {
          await q(s.totals, [tenantId, from, to]);
          await q(s.active, [tenantId, from, to]);
        }
        await q(s.trend, [tenantId, trendFrom, body.to]);
        const top = (await q(s.top, [tenantId, body.from, body.to])) as { product_id: string }[];
        if (top.length) {
          const ids = top.map((r) => r.product_id);
          const marks = ids.map((_, i) => (handle.raw.kind === 'postgres' ? `$${i + 2}` : '?')).join(', ');
          await q(
            `select id, name from products where tenant_id = ${handle.raw.kind === 'postgres' ? '$1' : '?'} and id in (${marks})`,
            [tenantId, ...ids],
          );
        }
        await q(s.stores, [tenantId, body.from, body.to]);
        await q(s.storeList, [tenantId]);
      };
      const product = await latencies(runs, () =>
        app.inject({
          method: 'GET',
          url: `/api/v1/reports/dashboard?period=${period}`,
          headers: { cookie: `md_sid=${cookie.value}` },
        }),
      );
      const direct = await latencies(runs, raw);
      out.push({
        name: `dashboard ${period}`,
        dialect,
        unit: 'ms',
        product: percentile(product, 50),
        raw: percentile(direct, 50),
        note: `p99 ${percentile(product, 99).toFixed(1)} ms (raw ${percentile(direct, 99).toFixed(1)} ms); ${size.days} days × ${size.stores} stores, all stores; goal < 200 ms`,
      });
    }
    await app.close();
    return out;
  } finally {
    await drop();
  }
}
