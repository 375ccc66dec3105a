import { sql } from 'kysely';
import type { Ctx } from '../../shared/context.ts';
import { zoneOffsetMinutes } from '../../shared/time.ts';

/** The tenant's local calendar day of `at`, as YYYYMMDD. */
export function localDayKey(at: Date, timeZone: string): string {
  const local = new Date(at.getTime() + zoneOffsetMinutes(at, timeZone) * 60_000);
  return local.toISOString().slice(0, 10).replaceAll('-', '');
}

/**
 * The next order number of a till's day, e.g. S01-T1-20261124-0042: what a cashier reads out and
 * a receipt prints. One counter row per till and day, created or bumped by one upsert — per till,
 * so tills never wait on each other for a number (and an offline till can number its own sales).
 */
export async function nextOrderNo(
  ctx: Ctx,
  store: { id: string; code: string },
  till: string,
  timeZone: string,
) {
  const day = localDayKey(ctx.now, timeZone);
  const row = await ctx.db
    .insertInto('order_counters')
    .values({ tenant_id: ctx.tenantId, store_id: store.id, till, day, last_no: 1 })
    .onConflict((oc) =>
      oc
        .columns(['tenant_id', 'store_id', 'till', 'day'])
        .doUpdateSet({ last_no: sql`order_counters.last_no + 1` }),
    )
    .returning('last_no')
    .executeTakeFirstOrThrow();
  return `${store.code}-${till}-${day}-${String(row.last_no).padStart(4, '0')}`;
}
