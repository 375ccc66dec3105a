import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.ts';
import { TEST_DIALECT } from '../../../test/db.ts';
import { key, makeRichMember, makeShop } from '../../../test/sales-factory.ts';
import { localDay } from '../../db/dialect.ts';
import { runChecks } from '../../ops/check.ts';
import { factDifferences } from './rebuild-facts.ts';

let t: TestApp;
let shop: Awaited<ReturnType<typeof makeShop>>;
let cashierB: string;

beforeAll(async () => {
  // Sessions outlive the clock's jumps of several days.
  t = await makeTestApp(undefined, { sessionIdleMinutes: 60 * 24 * 365, sessionMaxDays: 365 });
  shop = await makeShop(t, 'facts');
  cashierB = await t.signIn('cashierb', 'facts');
});
afterAll(() => t.close());

const post = (url: string, body: unknown, cookie: string) =>
  t.request({
    method: 'POST',
    url: `/api/v1${url}`,
    cookie,
    body,
    headers: { 'idempotency-key': key('fp') },
  });

const Line = fc.record({
  product: fc.nat(2),
  qty: fc.integer({ min: 1, max: 3 }),
  staff: fc.nat(2),
  split: fc.integer({ min: 1, max: 99 }),
});
const Op = fc.oneof(
  fc.record({
    kind: fc.constant('sale' as const),
    storeB: fc.boolean(),
    member: fc.boolean(),
    lines: fc.array(Line, { minLength: 1, maxLength: 3 }),
    storedPercent: fc.integer({ min: 0, max: 100 }),
  }),
  fc.record({
    kind: fc.constant('refund' as const),
    pick: fc.nat(),
    line: fc.nat(2),
    qty: fc.integer({ min: 1, max: 3 }),
    whole: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('recharge' as const), amount: fc.integer({ min: 1, max: 50_000 }) }),
  fc.record({ kind: fc.constant('rechargeRefund' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('member' as const), storeB: fc.boolean() }),
  fc.record({ kind: fc.constant('later' as const), hours: fc.integer({ min: 1, max: 40 }) }),
);

describe(`daily facts on ${TEST_DIALECT}`, () => {
  it('property: after any sales, part and whole refunds, recharges, their refunds and registrations, the facts equal an aggregation of the raw rows', async () => {
    const products = [shop.shampoo, shop.conditioner, shop.haircut];
    const { staff, manager } = shop.chain.users;
    const orders: { id: string; lines: number }[] = [];
    const recharges: string[] = [];
    let phone = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(Op, { minLength: 1, maxLength: 8 }), async (ops) => {
        const m = await makeRichMember(t, shop);
        recharges.push(...(await listRecharges(m.id)));
        for (const op of ops) {
          if (op.kind === 'later') {
            t.clock.now = new Date(t.clock.now.getTime() + op.hours * 3_600_000);
          } else if (op.kind === 'sale') {
            // Store B holds no stock: it sells the service only.
            const lines = op.lines.map((l) => ({
              productId: products[op.storeB ? 2 : l.product]!.id,
              qty: l.qty,
              staff:
                l.staff === 0
                  ? undefined
                  : l.staff === 1
                    ? [{ userId: staff.id, sharePercent: 100 }]
                    : [
                        { userId: staff.id, sharePercent: l.split },
                        { userId: manager.id, sharePercent: 100 - l.split },
                      ],
            }));
            const withMember = op.member && !op.storeB;
            const body = {
              storeId: op.storeB ? shop.chain.storeB.id : shop.chain.storeA.id,
              ...(withMember ? { memberId: m.id } : {}),
              lines,
            };
            const quote = await post('/sales/quote', body, shop.cashier);
            if (quote.statusCode !== 200) continue;
            const total = quote.json().totalCents as number;
            const stored = withMember ? Math.floor((total * op.storedPercent) / 100) : 0;
            const payments = [
              ...(stored > 0 ? [{ method: 'stored_value', amountCents: stored }] : []),
              ...(total - stored > 0 ? [{ method: 'alipay', amountCents: total - stored, ref: 'A' }] : []),
            ];
            const sale = await post(
              '/orders',
              { ...body, till: op.storeB ? 'B1' : 'T1', payments },
              op.storeB ? cashierB : shop.cashier,
            );
            if (sale.statusCode === 201) orders.push({ id: sale.json().id, lines: lines.length });
            else expect(sale.json().error.code).toMatch(/STOCK|INSUFFICIENT/);
          } else if (op.kind === 'refund' && orders.length) {
            const o = orders[op.pick % orders.length]!;
            const res = await post(
              `/orders/${o.id}/refunds`,
              op.whole
                ? { till: 'T1', reason: 'prop' }
                : { till: 'T1', reason: 'prop', lines: [{ lineNo: (op.line % o.lines) + 1, qty: op.qty }] },
              shop.owner,
            );
            if (res.statusCode !== 201)
              expect(res.json().error.code).toMatch(/REFUND_EXCEEDS_SALE|NOTHING_TO_REFUND/);
          } else if (op.kind === 'recharge') {
            const res = await post(
              `/members/${m.id}/recharges`,
              { storeId: shop.chain.storeA.id, amountCents: op.amount, paymentMethod: 'wechat' },
              shop.cashier,
            );
            expect(res.statusCode, res.body).toBe(201);
            recharges.push(res.json().recharge.id);
          } else if (op.kind === 'rechargeRefund' && recharges.length) {
            const id = recharges[op.pick % recharges.length]!;
            const res = await post(
              `/recharges/${id}/refund`,
              { storeId: shop.chain.storeA.id, reason: 'prop' },
              shop.owner,
            );
            if (res.statusCode !== 200)
              expect(res.json().error.code).toMatch(/RECHARGE_ALREADY_REFUNDED|NOTHING_TO_REFUND/);
          } else if (op.kind === 'member') {
            const res = await post(
              '/members',
              {
                name: '会员',
                phone: `1370000${String(++phone).padStart(4, '0')}`,
                homeStoreId: op.storeB ? shop.chain.storeB.id : shop.chain.storeA.id,
              },
              shop.owner,
            );
            expect(res.statusCode, res.body).toBe(201);
          }
        }
        expect(await storeDays()).toEqual(await rawStoreDays());
        expect(await productDays()).toEqual(await rawProductDays());
        expect(await paymentDays()).toEqual(await rawPaymentDays());
        expect(await staffTotals()).toEqual(await rawStaffTotals());
        expect(await factDifferences(t.db.db, shop.chain.tenantId)).toEqual([]);
      }),
      { numRuns: TEST_DIALECT === 'postgres' ? 6 : 12 },
    );
    expect((await runChecks(t.db)).filter((r) => !r.ok)).toEqual([]);
  }, 240_000);
});

async function listRecharges(memberId: string): Promise<string[]> {
  const res = await t.request({
    method: 'GET',
    url: `/api/v1/members/${memberId}/recharges`,
    cookie: shop.owner,
  });
  return (res.json() as { id: string }[]).map((r) => r.id);
}

// The independent side: plain SQL group-bys over the raw rows (Shanghai is UTC+8 all year).
const db = () => t.db.db;
const day = (col: string) => localDay(db(), sql.ref(col), 480);
const tenant = () => shop.chain.tenantId;
const nums = <T extends Record<string, unknown>>(rows: T[]) =>
  rows
    .map((r) =>
      Object.fromEntries(
        Object.entries(r).map(([k, v]) => [
          k,
          typeof v === 'string' && k !== 'day' && k !== 'k' ? Number(v) : v,
        ]),
      ),
    )
    .filter((r) => Object.entries(r).some(([k, v]) => k !== 'day' && k !== 'k' && v !== 0))
    .sort((a, b) => String(a.k).localeCompare(String(b.k)) || String(a.day).localeCompare(String(b.day)));

async function storeDays() {
  const rows = await db()
    .selectFrom('fact_store_days')
    .select([
      'day',
      'store_id as k',
      'order_count',
      'sales_cents',
      'quantity',
      'cost_cents',
      'refund_count',
      'refund_cents',
      'refund_quantity',
      'refund_cost_cents',
      'recharge_count',
      'recharge_cents',
      'recharge_refund_cents',
      'new_members',
    ])
    .where('tenant_id', '=', tenant())
    .execute();
  return nums(rows);
}

async function rawStoreDays() {
  const merged = new Map<string, Record<string, unknown>>();
  const put = (rows: Record<string, unknown>[]) => {
    for (const r of rows) {
      const id = `${r.day}|${r.k}`;
      merged.set(id, { ...(merged.get(id) ?? {}), ...r });
    }
  };
  put(
    (
      await sql<
        Record<string, unknown>
      >`select ${day('o.created_at')} as day, o.store_id as k, count(*) as order_count, sum(o.total_cents) as sales_cents,
      sum((select sum(l.qty) from order_lines l where l.tenant_id = o.tenant_id and l.order_id = o.id)) as quantity,
      sum((select sum(l.cost_cents) from order_lines l where l.tenant_id = o.tenant_id and l.order_id = o.id)) as cost_cents
      from orders o where o.tenant_id = ${tenant()} group by 1, 2`.execute(db())
    ).rows,
  );
  put(
    (
      await sql<
        Record<string, unknown>
      >`select ${day('r.created_at')} as day, r.store_id as k, count(*) as refund_count, sum(r.amount_cents) as refund_cents,
      sum((select sum(l.qty) from refund_lines l where l.tenant_id = r.tenant_id and l.refund_id = r.id)) as refund_quantity,
      sum((select sum(l.cost_cents) from refund_lines l where l.tenant_id = r.tenant_id and l.refund_id = r.id)) as refund_cost_cents
      from refunds r where r.tenant_id = ${tenant()} group by 1, 2`.execute(db())
    ).rows,
  );
  put(
    (
      await sql<
        Record<string, unknown>
      >`select ${day('created_at')} as day, store_id as k, count(*) as recharge_count, sum(principal_cents) as recharge_cents
      from recharges where tenant_id = ${tenant()} group by 1, 2`.execute(db())
    ).rows,
  );
  put(
    (
      await sql<
        Record<string, unknown>
      >`select ${day('refunded_at')} as day, store_id as k, sum(refunded_principal_cents) as recharge_refund_cents
      from recharges where tenant_id = ${tenant()} and status = 'refunded' group by 1, 2`.execute(db())
    ).rows,
  );
  put(
    (
      await sql<
        Record<string, unknown>
      >`select ${day('created_at')} as day, coalesce(home_store_id || '', '') as k, count(*) as new_members
      from members where tenant_id = ${tenant()} and member_ref is null group by 1, 2`.execute(db())
    ).rows,
  );
  const cols = [
    'order_count',
    'sales_cents',
    'quantity',
    'cost_cents',
    'refund_count',
    'refund_cents',
    'refund_quantity',
    'refund_cost_cents',
    'recharge_count',
    'recharge_cents',
    'recharge_refund_cents',
    'new_members',
  ];
  return nums(
    [...merged.values()].map((r) => ({
      day: r.day,
      k: String(r.k),
      ...Object.fromEntries(cols.map((c) => [c, Number(r[c] ?? 0)])),
    })),
  );
}

async function productDays() {
  const rows = await db()
    .selectFrom('fact_product_days')
    .select([
      'day',
      sql<string>`store_id || '/' || product_id || '/' || category_key || '/' || kind`.as('k'),
      'order_count',
      'quantity',
      'sales_cents',
      'cost_cents',
      'refund_quantity',
      'refund_cents',
      'refund_cost_cents',
    ])
    .where('tenant_id', '=', tenant())
    .execute();
  return nums(rows);
}

async function rawProductDays() {
  const merged = new Map<string, Record<string, unknown>>();
  const put = (rows: Record<string, unknown>[]) => {
    for (const r of rows) {
      const id = `${r.day}|${r.k}`;
      merged.set(id, { ...(merged.get(id) ?? {}), ...r });
    }
  };
  const k = sql`o.store_id || '/' || l.product_id || '/' || coalesce(l.category_id || '', '') || '/' || l.kind`;
  put(
    (
      await sql<
        Record<string, unknown>
      >`select ${day('o.created_at')} as day, ${k} as k, count(distinct o.id) as order_count, sum(l.qty) as quantity,
      sum(l.total_cents) as sales_cents, sum(l.cost_cents) as cost_cents
      from order_lines l join orders o on o.tenant_id = l.tenant_id and o.id = l.order_id
      where l.tenant_id = ${tenant()} group by 1, 2`.execute(db())
    ).rows,
  );
  put(
    (
      await sql<
        Record<string, unknown>
      >`select ${day('r.created_at')} as day, ${k} as k, sum(rl.qty) as refund_quantity,
      sum(rl.amount_cents) as refund_cents, sum(rl.cost_cents) as refund_cost_cents
      from refund_lines rl join refunds r on r.tenant_id = rl.tenant_id and r.id = rl.refund_id
      join orders o on o.tenant_id = r.tenant_id and o.id = r.order_id
      join order_lines l on l.tenant_id = rl.tenant_id and l.order_id = r.order_id and l.line_no = rl.line_no
      where rl.tenant_id = ${tenant()} group by 1, 2`.execute(db())
    ).rows,
  );
  const cols = [
    'order_count',
    'quantity',
    'sales_cents',
    'cost_cents',
    'refund_quantity',
    'refund_cents',
    'refund_cost_cents',
  ];
  return nums(
    [...merged.values()].map((r) => ({
      day: r.day,
      k: String(r.k),
      ...Object.fromEntries(cols.map((c) => [c, Number(r[c] ?? 0)])),
    })),
  );
}

async function paymentDays() {
  const rows = await db()
    .selectFrom('fact_payment_days')
    .select([
      'day',
      sql<string>`store_id || '/' || method`.as('k'),
      'order_count',
      'payment_count',
      'paid_cents',
      'refund_count',
      'refund_cents',
    ])
    .where('tenant_id', '=', tenant())
    .execute();
  return nums(rows);
}

async function rawPaymentDays() {
  const merged = new Map<string, Record<string, unknown>>();
  const put = (rows: Record<string, unknown>[]) => {
    for (const r of rows) {
      const id = `${r.day}|${r.k}`;
      merged.set(id, { ...(merged.get(id) ?? {}), ...r });
    }
  };
  put(
    (
      await sql<
        Record<string, unknown>
      >`select ${day('o.created_at')} as day, o.store_id || '/' || p.method as k, count(distinct o.id) as order_count,
      count(*) as payment_count, sum(p.amount_cents) as paid_cents
      from order_payments p join orders o on o.tenant_id = p.tenant_id and o.id = p.order_id
      where p.tenant_id = ${tenant()} group by 1, 2`.execute(db())
    ).rows,
  );
  put(
    (
      await sql<
        Record<string, unknown>
      >`select ${day('r.created_at')} as day, r.store_id || '/' || p.method as k, count(*) as refund_count, sum(p.amount_cents) as refund_cents
      from refund_payments p join refunds r on r.tenant_id = p.tenant_id and r.id = p.refund_id
      where p.tenant_id = ${tenant()} group by 1, 2`.execute(db())
    ).rows,
  );
  const cols = ['order_count', 'payment_count', 'paid_cents', 'refund_count', 'refund_cents'];
  return nums(
    [...merged.values()].map((r) => ({
      day: r.day,
      k: String(r.k),
      ...Object.fromEntries(cols.map((c) => [c, Number(r[c] ?? 0)])),
    })),
  );
}

/** Staff rows split lines by share: per store and day they add up to the lines, and unserved lines sit under ''. */
async function staffTotals() {
  const rows = await sql<
    Record<string, unknown>
  >`select day, store_id || '/' || case when staff_key = '' then 'none' else 'staff' end as k,
    sum(quantity) as quantity, sum(sales_cents) as sales_cents, sum(cost_cents) as cost_cents, sum(refund_cents) as refund_cents, sum(refund_quantity) as refund_quantity
    from fact_staff_days where tenant_id = ${tenant()} group by 1, 2`.execute(db());
  return nums(rows.rows);
}

async function rawStaffTotals() {
  const served = sql`exists (select 1 from order_line_staff s where s.tenant_id = l.tenant_id and s.order_id = l.order_id and s.line_no = l.line_no)`;
  const merged = new Map<string, Record<string, unknown>>();
  const put = (rows: Record<string, unknown>[]) => {
    for (const r of rows) {
      const id = `${r.day}|${r.k}`;
      merged.set(id, { ...(merged.get(id) ?? {}), ...r });
    }
  };
  put(
    (
      await sql<
        Record<string, unknown>
      >`select ${day('o.created_at')} as day, o.store_id || '/' || case when ${served} then 'staff' else 'none' end as k,
      sum(l.qty) as quantity, sum(l.total_cents) as sales_cents, sum(l.cost_cents) as cost_cents
      from order_lines l join orders o on o.tenant_id = l.tenant_id and o.id = l.order_id
      where l.tenant_id = ${tenant()} group by 1, 2`.execute(db())
    ).rows,
  );
  put(
    (
      await sql<
        Record<string, unknown>
      >`select ${day('r.created_at')} as day, r.store_id || '/' || case when ${served} then 'staff' else 'none' end as k,
      sum(rl.amount_cents) as refund_cents, sum(rl.qty) as refund_quantity
      from refund_lines rl join refunds r on r.tenant_id = rl.tenant_id and r.id = rl.refund_id
      join order_lines l on l.tenant_id = rl.tenant_id and l.order_id = r.order_id and l.line_no = rl.line_no
      where rl.tenant_id = ${tenant()} group by 1, 2`.execute(db())
    ).rows,
  );
  const cols = ['quantity', 'sales_cents', 'cost_cents', 'refund_cents', 'refund_quantity'];
  return nums(
    [...merged.values()].map((r) => ({
      day: r.day,
      k: String(r.k),
      ...Object.fromEntries(cols.map((c) => [c, Number(r[c] ?? 0)])),
    })),
  );
}
