import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requirePermission } from '../auth/permissions.ts';
import {
  getPurchaseOrder,
  loadPurchaseOrderLines,
  loadPurchaseOrderRow,
  type PurchaseOrder,
} from './purchase-orders.ts';
import { moveStock } from './stock.ts';

export interface ReceiptLine {
  lineNo: number;
  productId: string;
  qty: number;
  valueCents: number;
}

export interface PurchaseReceipt {
  receiptId: string;
  lines: ReceiptLine[];
  purchaseOrder: PurchaseOrder;
}

/**
 * Takes goods of a purchase order into its store, all that is outstanding or the given lines in
 * part. Each line is a guarded increment (`qty_received + q <= qty_ordered`), so two people
 * receiving at once can never take in more than was ordered; the stock comes in at the order's
 * unit cost, which moves the store's moving average.
 */
export async function receivePurchaseOrder(
  ctx: Ctx,
  id: string,
  input: { lines?: { lineNo: number; qty: number }[]; note?: string },
): Promise<PurchaseReceipt> {
  requirePermission(ctx.actor, 'inventory.manage');
  const wanted = input.lines;
  if (wanted && new Set(wanted.map((l) => l.lineNo)).size !== wanted.length)
    throw new AppError('VALIDATION_FAILED', 'Name each line once', { field: 'lines' });
  if (wanted?.some((l) => !Number.isSafeInteger(l.qty) || l.qty <= 0))
    throw new AppError('VALIDATION_FAILED', 'Receive whole units, at least one', { field: 'lines.qty' });
  return inTransaction(ctx, async (tx) => {
    const po = await loadPurchaseOrderRow(tx, id, true);
    if (po.status !== 'open' && po.status !== 'partial')
      throw new AppError('PURCHASE_ORDER_CLOSED', 'This purchase order is closed', { status: po.status });
    const lines = await loadPurchaseOrderLines(tx, [id]);
    const byNo = new Map(lines.map((l) => [l.line_no, l]));
    const receipts = wanted
      ? wanted.map((w) => {
          const line = byNo.get(w.lineNo);
          if (!line)
            throw new AppError('VALIDATION_FAILED', 'No such line on this order', {
              field: 'lines.lineNo',
              lineNo: w.lineNo,
            });
          return { line, qty: w.qty };
        })
      : lines.map((line) => ({ line, qty: line.qty_ordered - line.qty_received })).filter((r) => r.qty > 0);
    if (!receipts.length)
      throw new AppError('PURCHASE_ORDER_CLOSED', 'Nothing is left to receive on this order');

    const receiptId = uuidv7(tx.now.getTime());
    const done: ReceiptLine[] = [];
    // Product order, so two receipts sharing products lock their stock rows in the same order.
    receipts.sort((a, b) =>
      a.line.product_id < b.line.product_id
        ? -1
        : a.line.product_id > b.line.product_id
          ? 1
          : a.line.line_no - b.line.line_no,
    );
    for (const { line, qty } of receipts) {
      const updated = await tx.db
        .updateTable('purchase_order_lines')
        .set((eb) => ({ qty_received: eb('qty_received', '+', qty) }))
        .where('tenant_id', '=', tx.tenantId)
        .where('purchase_order_id', '=', id)
        .where('line_no', '=', line.line_no)
        .where((eb) => eb(eb('qty_received', '+', qty), '<=', eb.ref('qty_ordered')))
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) {
        throw new AppError('RECEIVE_EXCEEDS_ORDER', 'That is more than is left to receive on this line', {
          lineNo: line.line_no,
          ordered: line.qty_ordered,
          received: line.qty_received,
          wanted: qty,
        });
      }
      const valueCents = qty * line.unit_cost_cents;
      await moveStock(tx, {
        storeId: po.store_id,
        productId: line.product_id,
        kind: 'purchase',
        refType: 'purchase_order',
        refId: id,
        qty,
        valueCents,
        note: input.note ? `receipt ${receiptId}: ${input.note}` : `receipt ${receiptId}`,
      });
      done.push({ lineNo: line.line_no, productId: line.product_id, qty, valueCents });
    }
    const after = await loadPurchaseOrderLines(tx, [id]);
    const status = after.every((l) => l.qty_received >= l.qty_ordered) ? 'received' : 'partial';
    await tx.db
      .updateTable('purchase_orders')
      .set({ status, updated_at: tx.now.toISOString() })
      .where('tenant_id', '=', tx.tenantId)
      .where('id', '=', id)
      .execute();
    done.sort((a, b) => a.lineNo - b.lineNo);
    await recordAudit(tx, {
      action: 'purchase_order.receive',
      entity: 'purchase_order',
      entityId: id,
      storeId: po.store_id,
      before: { status: po.status },
      after: { status, receiptId, lines: done },
    });
    return { receiptId, lines: done, purchaseOrder: await getPurchaseOrder(tx, id) };
  });
}
