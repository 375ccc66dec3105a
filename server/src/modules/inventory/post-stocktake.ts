import { forUpdate } from '../../db/dialect.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requirePermission } from '../auth/permissions.ts';
import { moveStock } from './stock.ts';
import { getStocktake, loadStocktakeRow, type Stocktake } from './stocktakes.ts';

/**
 * Posts a count sheet: for each counted product, what is on hand now becomes its expected quantity
 * and the difference moves through the stock ledger (kind 'stocktake', with the line's reason).
 * Products not on the sheet are left alone. A posted sheet never changes again.
 */
export async function postStocktake(ctx: Ctx, id: string): Promise<Stocktake> {
  requirePermission(ctx.actor, 'inventory.manage');
  return inTransaction(ctx, async (tx) => {
    const row = await loadStocktakeRow(tx, id, true);
    if (row.status !== 'open')
      throw new AppError('STOCKTAKE_CLOSED', 'This stock-take is closed', { status: row.status });
    const lines = await tx.db
      .selectFrom('stocktake_lines')
      .selectAll()
      .where('tenant_id', '=', tx.tenantId)
      .where('stocktake_id', '=', id)
      .orderBy('product_id')
      .execute();
    const differences: { productId: string; expected: number; counted: number; valueDeltaCents: number }[] =
      [];
    for (const line of lines) {
      // Take the stock row's lock first (a zero move cannot), then read what is on hand under it.
      await tx.db
        .insertInto('stock_levels')
        .values({
          tenant_id: tx.tenantId,
          store_id: row.store_id,
          product_id: line.product_id,
          on_hand: 0,
          value_cents: 0,
          updated_at: tx.now.toISOString(),
        })
        .onConflict((oc) => oc.columns(['tenant_id', 'store_id', 'product_id']).doNothing())
        .execute();
      const level = await forUpdate(
        tx.db,
        tx.db
          .selectFrom('stock_levels')
          .select('on_hand')
          .where('tenant_id', '=', tx.tenantId)
          .where('store_id', '=', row.store_id)
          .where('product_id', '=', line.product_id),
      ).executeTakeFirstOrThrow();
      const expected = level.on_hand;
      let valueDeltaCents = 0;
      if (line.counted_qty !== expected) {
        const moved = await moveStock(tx, {
          storeId: row.store_id,
          productId: line.product_id,
          kind: 'stocktake',
          refType: 'stocktake',
          refId: id,
          qty: line.counted_qty - expected,
          // A count is the truth: it may bring a negative shelf back up, and never goes below zero.
          allowNegative: true,
          note: line.reason,
        });
        valueDeltaCents = moved.valueDeltaCents;
      }
      await tx.db
        .updateTable('stocktake_lines')
        .set({ expected_qty: expected })
        .where('tenant_id', '=', tx.tenantId)
        .where('stocktake_id', '=', id)
        .where('product_id', '=', line.product_id)
        .execute();
      differences.push({ productId: line.product_id, expected, counted: line.counted_qty, valueDeltaCents });
    }
    const at = tx.now.toISOString();
    await tx.db
      .updateTable('stocktakes')
      .set({ status: 'posted', posted_by: tx.actor.userId, posted_at: at, updated_at: at })
      .where('tenant_id', '=', tx.tenantId)
      .where('id', '=', id)
      .execute();
    await recordAudit(tx, {
      action: 'stocktake.post',
      entity: 'stocktake',
      entityId: id,
      storeId: row.store_id,
      before: { status: row.status },
      after: { status: 'posted', differences: differences.filter((d) => d.expected !== d.counted) },
    });
    return getStocktake(tx, id);
  });
}

/** Closes an open sheet without moving stock. */
export async function cancelStocktake(ctx: Ctx, id: string): Promise<Stocktake> {
  requirePermission(ctx.actor, 'inventory.manage');
  return inTransaction(ctx, async (tx) => {
    const row = await loadStocktakeRow(tx, id, true);
    if (row.status !== 'open')
      throw new AppError('STOCKTAKE_CLOSED', 'This stock-take is closed', { status: row.status });
    await tx.db
      .updateTable('stocktakes')
      .set({ status: 'cancelled', updated_at: tx.now.toISOString() })
      .where('tenant_id', '=', tx.tenantId)
      .where('id', '=', id)
      .execute();
    await recordAudit(tx, {
      action: 'stocktake.cancel',
      entity: 'stocktake',
      entityId: id,
      storeId: row.store_id,
      before: { status: 'open' },
      after: { status: 'cancelled' },
    });
    return getStocktake(tx, id);
  });
}
