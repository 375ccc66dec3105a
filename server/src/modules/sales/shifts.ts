import { type Selectable, sql } from 'kysely';
import { forUpdate } from '../../db/dialect.ts';
import type { ShiftsTable, TenderMethod } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { fen } from '../../shared/money.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { canActInStore, requirePermission, requireStore } from '../auth/permissions.ts';

export interface ShiftReport {
  id: string;
  storeId: string;
  till: string;
  status: 'open' | 'closed';
  openedBy: string;
  openedAt: string;
  floatCents: number;
  closedBy: string | null;
  closedAt: string | null;
  orderCount: number;
  refundCount: number;
  /** Per tender: taken by sales, given back by refunds, and the net the shift should hold. */
  tenders: { method: TenderMethod; salesCents: number; refundsCents: number; netCents: number }[];
  /** Float + cash sales − cash refunds: what the drawer should hold. */
  expectedCashCents: number;
  countedCashCents: number | null;
  differenceCents: number | null;
  note: string;
}

/** The open shift of a till, if any (checkout needs one to take cash). */
export async function openShiftFor(ctx: Ctx, storeId: string, till: string) {
  return ctx.db
    .selectFrom('shifts')
    .selectAll()
    .where('tenant_id', '=', ctx.tenantId)
    .where('store_id', '=', storeId)
    .where('till', '=', till)
    .where('status', '=', 'open')
    .executeTakeFirst();
}

/** Opens a till's shift with its cash float; a till has one open shift at a time. */
export async function openShift(
  ctx: Ctx,
  input: { storeId: string; till: string; floatCents: number },
): Promise<ShiftReport> {
  requirePermission(ctx.actor, 'pos.sell');
  requireStore(ctx.actor, input.storeId);
  const till = input.till.trim();
  if (!till) throw new AppError('VALIDATION_FAILED', 'Name the till', { field: 'till' });
  const float = fen(input.floatCents);
  if (float < 0) throw new AppError('INVALID_AMOUNT', 'The float is zero or more', { field: 'floatCents' });
  const opener = ctx.actor.userId;
  if (!opener) throw new AppError('FORBIDDEN', 'A shift is opened by a signed-in person');
  return inTransaction(ctx, async (tx) => {
    if (await openShiftFor(tx, input.storeId, till))
      throw new AppError('SHIFT_ALREADY_OPEN', 'This till already has an open shift', { till });
    const id = uuidv7(tx.now.getTime());
    await tx.db
      .insertInto('shifts')
      .values({
        tenant_id: tx.tenantId,
        id,
        store_id: input.storeId,
        till,
        status: 'open',
        opened_by: opener,
        opened_at: tx.now.toISOString(),
        float_cents: float,
        closed_by: null,
        closed_at: null,
        expected_cash_cents: null,
        counted_cash_cents: null,
        difference_cents: null,
        summary: null,
        note: '',
      })
      .execute();
    await recordAudit(tx, {
      action: 'sales.shift_opened',
      entity: 'shift',
      entityId: id,
      storeId: input.storeId,
      after: { till, floatCents: float },
    });
    return shiftReport(tx, id);
  });
}

/**
 * Closes a shift (交班): the cashier's count of the drawer against what the shift's sales and
 * refunds say it should hold; the difference is recorded, not corrected.
 */
export async function closeShift(
  ctx: Ctx,
  shiftId: string,
  input: { countedCashCents: number; note?: string },
): Promise<ShiftReport> {
  requirePermission(ctx.actor, 'pos.sell');
  const counted = fen(input.countedCashCents);
  if (counted < 0)
    throw new AppError('INVALID_AMOUNT', 'A count is zero or more', { field: 'countedCashCents' });
  return inTransaction(ctx, async (tx) => {
    const shift = await loadShift(tx, shiftId, true);
    if (shift.status !== 'open') throw new AppError('SHIFT_CLOSED', 'This shift is closed');
    const report = await shiftReport(tx, shiftId);
    const at = tx.now.toISOString();
    const closed = await tx.db
      .updateTable('shifts')
      .set({
        status: 'closed',
        closed_by: tx.actor.userId,
        closed_at: at,
        expected_cash_cents: report.expectedCashCents,
        counted_cash_cents: counted,
        difference_cents: counted - report.expectedCashCents,
        summary: JSON.stringify({
          tenders: report.tenders,
          orderCount: report.orderCount,
          refundCount: report.refundCount,
        }),
        note: input.note?.trim() ?? '',
      })
      .where('tenant_id', '=', tx.tenantId)
      .where('id', '=', shiftId)
      .where('status', '=', 'open')
      .executeTakeFirst();
    if (Number(closed.numUpdatedRows) !== 1) throw new AppError('SHIFT_CLOSED', 'This shift is closed');
    const after = await shiftReport(tx, shiftId);
    await recordAudit(tx, {
      action: 'sales.shift_closed',
      entity: 'shift',
      entityId: shiftId,
      storeId: shift.store_id,
      after: {
        expectedCashCents: after.expectedCashCents,
        countedCashCents: counted,
        differenceCents: after.differenceCents,
      },
    });
    return after;
  });
}

async function loadShift(ctx: Ctx, shiftId: string, lock = false): Promise<Selectable<ShiftsTable>> {
  const q = ctx.db
    .selectFrom('shifts')
    .selectAll()
    .where('tenant_id', '=', ctx.tenantId)
    .where('id', '=', shiftId);
  const row = await (lock ? forUpdate(ctx.db, q) : q).executeTakeFirst();
  if (!row || !canActInStore(ctx.actor, row.store_id))
    throw new AppError('SHIFT_NOT_FOUND', 'No such shift', { shiftId });
  return row;
}

/** A shift's figures, computed from its orders and refunds (closing freezes them on the row). */
export async function shiftReport(ctx: Ctx, shiftId: string): Promise<ShiftReport> {
  const s = await loadShift(ctx, shiftId);
  const sales = await ctx.db
    .selectFrom('order_payments as p')
    .innerJoin('orders as o', (j) =>
      j.onRef('o.tenant_id', '=', 'p.tenant_id').onRef('o.id', '=', 'p.order_id'),
    )
    .select(['p.method', sql<number>`sum(p.amount_cents)`.as('cents')])
    .where('p.tenant_id', '=', ctx.tenantId)
    .where('o.shift_id', '=', shiftId)
    .groupBy('p.method')
    .execute();
  const refunds = await ctx.db
    .selectFrom('refund_payments as p')
    .innerJoin('refunds as r', (j) =>
      j.onRef('r.tenant_id', '=', 'p.tenant_id').onRef('r.id', '=', 'p.refund_id'),
    )
    .select(['p.method', sql<number>`sum(p.amount_cents)`.as('cents')])
    .where('p.tenant_id', '=', ctx.tenantId)
    .where('r.shift_id', '=', shiftId)
    .groupBy('p.method')
    .execute();
  const counts = await ctx.db
    .selectFrom('orders')
    .select(sql<number>`count(*)`.as('n'))
    .where('tenant_id', '=', ctx.tenantId)
    .where('shift_id', '=', shiftId)
    .executeTakeFirstOrThrow();
  const refundCount = await ctx.db
    .selectFrom('refunds')
    .select(sql<number>`count(*)`.as('n'))
    .where('tenant_id', '=', ctx.tenantId)
    .where('shift_id', '=', shiftId)
    .executeTakeFirstOrThrow();
  const methods = [...new Set([...sales, ...refunds].map((r) => r.method))].sort();
  const tenders = methods.map((method) => {
    const salesCents = Number(sales.find((r) => r.method === method)?.cents ?? 0);
    const refundsCents = Number(refunds.find((r) => r.method === method)?.cents ?? 0);
    return { method, salesCents, refundsCents, netCents: salesCents - refundsCents };
  });
  const cash = tenders.find((t) => t.method === 'cash')?.netCents ?? 0;
  return {
    id: s.id,
    storeId: s.store_id,
    till: s.till,
    status: s.status,
    openedBy: s.opened_by,
    openedAt: s.opened_at,
    floatCents: s.float_cents,
    closedBy: s.closed_by,
    closedAt: s.closed_at,
    orderCount: Number(counts.n),
    refundCount: Number(refundCount.n),
    tenders,
    expectedCashCents: s.expected_cash_cents ?? s.float_cents + cash,
    countedCashCents: s.counted_cash_cents,
    differenceCents: s.difference_cents,
    note: s.note,
  };
}

/** The shifts of a store, newest first (the till asks for its current one by till name). */
export async function listShifts(
  ctx: Ctx,
  filter: { storeId: string; till?: string; status?: 'open' | 'closed' },
): Promise<ShiftReport[]> {
  requirePermission(ctx.actor, 'pos.sell');
  requireStore(ctx.actor, filter.storeId);
  let q = ctx.db
    .selectFrom('shifts')
    .select('id')
    .where('tenant_id', '=', ctx.tenantId)
    .where('store_id', '=', filter.storeId);
  if (filter.till) q = q.where('till', '=', filter.till);
  if (filter.status) q = q.where('status', '=', filter.status);
  const rows = await q.orderBy('opened_at', 'desc').limit(50).execute();
  return Promise.all(rows.map((r) => shiftReport(ctx, r.id)));
}
