import { sql } from 'kysely';
import type { Ctx } from '../../shared/context.ts';
import { localDayOf } from '../../shared/time.ts';
import { getTenantProfile } from '../tenancy/get-settings.ts';
import {
  addNewMember,
  addRecharge,
  addRechargeRefund,
  addRefund,
  addSale,
  FACT_COUNTERS,
  FACT_KEYS,
  FACT_TABLES,
  type Facts,
  newFacts,
} from './compute-facts.ts';
import { loadRefundEvents, loadSaleEvents } from './load-events.ts';

/*
 * The live writes: each runs inside the transaction of the use case that owns the event, so the
 * facts commit or roll back with it. That use case is what keeps an event from counting twice: an
 * Idempotency-Key replay returns the stored answer without running it, the order id is taken once
 * (ORDER_ID_TAKEN), a refund claims its quantities with a guarded update and a recharge refund its
 * status, all in the same transaction as these upserts.
 */

async function today(ctx: Ctx): Promise<string> {
  const { timezone } = await getTenantProfile(ctx);
  return localDayOf(ctx.now, timezone);
}

/** A new order's facts; call last in checkout, once the goods' cost is known. */
export async function recordSaleFacts(ctx: Ctx, orderId: string): Promise<void> {
  const { timezone } = await getTenantProfile(ctx);
  const facts = newFacts();
  for (const e of await loadSaleEvents(ctx.db, ctx.tenantId, [orderId], timezone)) addSale(facts, e);
  await upsertFacts(ctx, facts);
}

export async function recordRefundFacts(ctx: Ctx, refundId: string): Promise<void> {
  const { timezone } = await getTenantProfile(ctx);
  const facts = newFacts();
  for (const e of await loadRefundEvents(ctx.db, ctx.tenantId, [refundId], timezone)) addRefund(facts, e);
  await upsertFacts(ctx, facts);
}

export async function recordRechargeFacts(
  ctx: Ctx,
  e: { storeId: string; memberId: string; principalCents: number; bonusCents: number },
): Promise<void> {
  const facts = newFacts();
  addRecharge(facts, { ...e, day: await today(ctx) });
  await upsertFacts(ctx, facts);
}

/** `storeId`: the recharge's own store, where its money came in. */
export async function recordRechargeRefundFacts(
  ctx: Ctx,
  e: { storeId: string; principalCents: number },
): Promise<void> {
  const facts = newFacts();
  addRechargeRefund(facts, { ...e, day: await today(ctx) });
  await upsertFacts(ctx, facts);
}

/** Members registered now, one entry per member: their home store, or null. */
export async function recordNewMembers(ctx: Ctx, homeStoreIds: readonly (string | null)[]): Promise<void> {
  if (!homeStoreIds.length) return;
  const facts = newFacts();
  const day = await today(ctx);
  for (const homeStoreId of homeStoreIds) addNewMember(facts, { day, homeStoreId });
  await upsertFacts(ctx, facts);
}

/**
 * Adds `facts` to the tables: `insert … on conflict (key) do update set c = c + excluded.c`, which
 * both dialects run. Rows go in key order, tables in a fixed order, so two tills writing the same
 * store's day wait on each other instead of deadlocking.
 */
export async function upsertFacts(ctx: Ctx, facts: Facts): Promise<void> {
  for (const table of FACT_TABLES) {
    const rows = [...facts.get(table)!.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    if (!rows.length) continue;
    const counters = FACT_COUNTERS[table].filter((c) => rows.some(([, r]) => c in r.counts));
    const values = rows.map(([, r]) => ({
      tenant_id: ctx.tenantId,
      ...r.key,
      ...Object.fromEntries(counters.map((c) => [c, r.counts[c] ?? 0])),
    }));
    await ctx.db
      .insertInto(table)
      .values(values as never)
      .onConflict((oc) =>
        oc
          .columns(['tenant_id', ...FACT_KEYS[table]] as never)
          .doUpdateSet(
            Object.fromEntries(
              counters.map((c) => [c, sql`${sql.ref(`${table}.${c}`)} + ${sql.ref(`excluded.${c}`)}`]),
            ) as never,
          ),
      )
      .execute();
  }
}
