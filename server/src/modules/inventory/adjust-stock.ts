import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { fen } from '../../shared/money.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requirePermission } from '../auth/permissions.ts';
import { loadStockProducts } from './products.ts';
import { moveStock, type StockAfter } from './stock.ts';
import { requireActiveStore } from './stores.ts';

export interface StockAdjustmentInput {
  storeId: string;
  productId: string;
  /** Units in (found, returned to shelf) or out (damaged, lost). */
  qtyDelta: number;
  reason: string;
  /** Unit cost of units coming in; omitted, they come in at the current average. */
  unitCostCents?: number;
}

/**
 * A manual correction of one product's stock in one store, with a reason, audited. Units out leave
 * at the moving average; stock goes below zero only if the tenant allows negative stock.
 */
export async function adjustStock(
  ctx: Ctx,
  input: StockAdjustmentInput,
): Promise<StockAfter & { adjustmentId: string }> {
  requirePermission(ctx.actor, 'inventory.adjust');
  if (!Number.isSafeInteger(input.qtyDelta) || input.qtyDelta === 0)
    throw new AppError('VALIDATION_FAILED', 'Adjust by a whole number of units, not zero', {
      field: 'qtyDelta',
    });
  if (input.unitCostCents !== undefined) {
    fen(input.unitCostCents);
    if (input.qtyDelta < 0)
      throw new AppError('VALIDATION_FAILED', 'A unit cost is given only for units coming in', {
        field: 'unitCostCents',
      });
  }
  return inTransaction(ctx, async (tx) => {
    await requireActiveStore(tx, input.storeId);
    await loadStockProducts(tx, [input.productId], { allowArchived: true });
    const adjustmentId = uuidv7(tx.now.getTime());
    const after = await moveStock(tx, {
      storeId: input.storeId,
      productId: input.productId,
      kind: 'adjustment',
      refType: 'stock_adjustment',
      refId: adjustmentId,
      qty: input.qtyDelta,
      ...(input.unitCostCents !== undefined ? { valueCents: input.unitCostCents * input.qtyDelta } : {}),
      note: input.reason,
    });
    await recordAudit(tx, {
      action: 'stock.adjust',
      entity: 'stock_level',
      entityId: input.productId,
      storeId: input.storeId,
      before: { onHand: after.onHand - input.qtyDelta, valueCents: after.valueCents - after.valueDeltaCents },
      after: { onHand: after.onHand, valueCents: after.valueCents, reason: input.reason, adjustmentId },
    });
    return { ...after, adjustmentId };
  });
}
