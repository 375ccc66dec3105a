import type { SegmentRules } from '../server/src/modules/engagement/segment-rules.ts';
import { countSegment } from '../server/src/modules/engagement/segments.ts';
import { seedDemo } from '../server/src/ops/seed-demo.ts';
import { type Ctx, silentLog } from '../server/src/shared/context.ts';
import { uuidv7 } from '../server/src/shared/ids.ts';
import { fillMembers } from './member-search.ts';
import type { BenchResult } from './run.ts';
import { benchDatabase } from './setup.ts';

const DAY = 86_400_000;
type Handle = Awaited<ReturnType<typeof benchDatabase>>['handle'];

/**
 * Gives the generated members what a segment looks at: a level (round robin by tens), a cumulative spend
 * (spread 0–5,000 yuan), tags (1 in 10 `vip`, 1 in 7 `new`) and, for every other member, one order
 * some 0–364 days ago (the last visit). Raw driver, not measured.
 */
async function shapeMembers(handle: Handle, tenantId: string, count: number, now: Date) {
  const { db } = handle;
  // Four levels of the tenant's own (the demo seeds none).
  const stamp = now.toISOString();
  const levels = ['普通', '银卡', '金卡', '钻石'].map((name, rank) => ({
    tenant_id: tenantId,
    id: uuidv7(),
    rank,
    name,
    threshold: rank * 100_000,
    discount_percent: 100 - rank * 5,
    points_multiplier_percent: 100,
    benefits: '',
    created_at: stamp,
    updated_at: stamp,
  }));
  await db.insertInto('levels').values(levels).execute();
  const levelIds = levels.map((l) => l.id);
  const store = await db
    .selectFrom('stores')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .executeTakeFirstOrThrow();
  // The generated members carry qr tokens M + 20 digits (the demo's own members do not).
  const ids = (
    await db
      .selectFrom('members')
      .select(['id', 'qr_token'])
      .where('tenant_id', '=', tenantId)
      .orderBy('qr_token')
      .execute()
  )
    .filter((r) => /^M\d{20}$/.test(r.qr_token ?? ''))
    .map((r) => r.id);
  if (ids.length !== count) throw new Error(`expected ${count} generated members, found ${ids.length}`);
  const batch = 10_000;
  for (let start = 0; start < count; start += batch) {
    const slice = ids.slice(start, start + batch);
    const members = slice.map((id, k) => {
      const i = start + k;
      const tags = i % 10 === 0 ? '["vip"]' : i % 7 === 0 ? '["new"]' : '[]';
      return [id, levelIds[Math.floor(i / 10) % levelIds.length]!, (i * 7_919) % 500_000, tags] as const;
    });
    const orders = slice
      .map((id, k) => [id, start + k] as const)
      .filter(([, i]) => i % 2 === 0)
      .map(([id, i]) => {
        const at = new Date(now.getTime() - ((i * 13) % 365) * DAY - 3_600_000);
        return [uuidv7(at.getTime()), `B${i}`, id, at.toISOString()] as const;
      });
    const orderCols =
      'tenant_id, id, order_no, store_id, till, shift_id, member_id, cashier_user_id, status, list_cents, discount_cents, total_cents, change_cents, refunded_cents, points_redeemed, points_earned, money_paid_cents, pricing, note, created_at';
    if (handle.raw.kind === 'sqlite') {
      const sqlite = handle.raw.sqlite;
      const update = sqlite.prepare(
        'update members set level_id = ?, cumulative_spend_cents = ?, tags = ? where tenant_id = ? and id = ?',
      );
      const insert = sqlite.prepare(
        `insert into orders (${orderCols}) values (?, ?, ?, ?, 'T1', null, ?, null, 'completed', 10000, 0, 10000, 0, 0, 0, 0, 10000, '{}', '', ?)`,
      );
      sqlite.transaction(() => {
        for (const [id, level, spend, tags] of members) update.run(level, spend, tags, tenantId, id);
        for (const [id, no, member, at] of orders) insert.run(tenantId, id, no, store.id, member, at);
      })();
    } else {
      const pool = handle.raw.pool;
      const col = <T>(rows: readonly (readonly T[])[], k: number) => rows.map((r) => r[k]);
      await pool.query(
        `update members m set level_id = u.level::uuid, cumulative_spend_cents = u.spend, tags = u.tags
         from unnest($2::text[], $3::text[], $4::bigint[], $5::text[]) as u(id, level, spend, tags)
         where m.tenant_id = $1 and m.id = u.id::uuid`,
        [tenantId, col(members, 0), col(members, 1), col(members, 2), col(members, 3)],
      );
      await pool.query(
        `insert into orders (${orderCols})
         select $1, u.id::uuid, u.no, $2, 'T1', null, u.member::uuid, null, 'completed', 10000, 0, 10000, 0, 0, 0, 0, 10000, '{}', '', u.at::timestamptz
         from unnest($3::text[], $4::text[], $5::text[], $6::text[]) as u(id, no, member, at)`,
        [tenantId, store.id, col(orders, 0), col(orders, 1), col(orders, 2), col(orders, 3)],
      );
    }
  }
  if (handle.raw.kind === 'postgres') await handle.raw.pool.query('analyze members; analyze orders');
  else handle.raw.sqlite.exec('analyze');
  return { level: levelIds[1]! };
}

/** The same count written by hand, per dialect: what the database alone needs. */
function rawCount(dialect: 'sqlite' | 'postgres'): string {
  const p = (n: number) => (dialect === 'sqlite' ? '?' : `$${n}`);
  const tag =
    dialect === 'sqlite'
      ? `exists (select 1 from json_each(m.tags) where value in (${p(5)}))`
      : `jsonb_exists_any(m.tags::jsonb, array[${p(5)}]::text[])`;
  return `select count(*) as n from members m
    where m.tenant_id = ${p(1)} and m.status <> 'erased' and m.level_id in (${p(2)})
      and m.cumulative_spend_cents >= ${p(3)} and m.cumulative_spend_cents <= ${p(4)} and ${tag}
      and exists (select 1 from orders o where o.tenant_id = m.tenant_id and o.member_id = m.id
                  and o.status <> 'refunded' and o.created_at >= ${p(6)})`;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/**
 * Counting a segment (level, spend range, a tag, visited in the last 90 days) over BENCH_MEMBERS
 * members (default 1,000,000), through the product's `countSegment` use case and as the hand
 * written SQL on the raw driver; median of BENCH_RUNS (default 5) after one warm-up each.
 */
export async function segment(dialect: 'sqlite' | 'postgres'): Promise<BenchResult[]> {
  const count = Number(process.env.BENCH_MEMBERS ?? 1_000_000);
  const runs = Number(process.env.BENCH_RUNS ?? 5);
  const { handle, drop } = await benchDatabase(dialect);
  try {
    const now = new Date();
    const { tenantId } = await seedDemo(handle.db, now);
    const t0 = performance.now();
    await fillMembers(handle, tenantId, count);
    const { level } = await shapeMembers(handle, tenantId, count, now);
    console.error(
      `  [${dialect}] ${count} members, ${Math.ceil(count / 2)} orders in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    const rules: SegmentRules = {
      levelIds: [level],
      spendMinCents: 50_000,
      spendMaxCents: 400_000,
      tagsAny: ['vip'],
      lastVisitWithinDays: 90,
    };
    const ctx: Ctx = {
      db: handle.db,
      tenantId,
      actor: {
        kind: 'user',
        userId: null,
        name: 'bench',
        permissions: new Set(['engagement.read']),
        storeIds: 'all',
      },
      now,
      log: silentLog,
      requestId: 'bench',
      ip: '',
    };
    const since = new Date(now.getTime() - 90 * DAY).toISOString();
    const params = [tenantId, level, 50_000, 400_000, 'vip', since];
    const sql = rawCount(dialect);
    const raw = async () => {
      if (handle.raw.kind === 'sqlite')
        return Number((handle.raw.sqlite.prepare(sql).get(...params) as { n: number }).n);
      return Number((await handle.raw.pool.query(sql, params)).rows[0].n);
    };
    const time = async (fn: () => Promise<number>) => {
      const first = await fn();
      const ms: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        if ((await fn()) !== first) throw new Error('count changed between runs');
        ms.push(performance.now() - t);
      }
      return { n: first, ms: median(ms) };
    };
    const product = await time(() => countSegment(ctx, rules));
    const direct = await time(raw);
    if (product.n !== direct.n) throw new Error(`product counted ${product.n}, raw ${direct.n}`);
    return [
      {
        name: 'segment count',
        dialect,
        unit: 'ms',
        product: product.ms,
        raw: direct.ms,
        note: `${product.n} of ${count} members (level, spend range, tag, visit within 90 days); median of ${runs}`,
      },
    ];
  } finally {
    await drop();
  }
}
