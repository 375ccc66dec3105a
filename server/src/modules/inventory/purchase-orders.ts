import { forUpdate } from '../../db/dialect.ts';
import type { PurchaseOrderStatus } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { fen } from '../../shared/money.ts';
import { decodeCursor, encodeCursor, type Page } from '../../shared/pagination.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requirePermission, requireStore } from '../auth/permissions.ts';
import { loadStockProducts } from './products.ts';
import { readableStores } from './stock-levels.ts';
import { productLabels, requireActiveStore, storeNames } from './stores.ts';
import { loadSupplier } from './suppliers.ts';

export interface PurchaseOrderLine {
  lineNo: number;
  productId: string;
  sku: string;
  productName: string;
  unit: string;
  qtyOrdered: number;
  qtyReceived: number;
  unitCostCents: number;
}

export interface PurchaseOrder {
  id: string;
  storeId: string;
  storeName: string;
  supplierId: string;
  supplierName: string;
  status: PurchaseOrderStatus;
  note: string;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  totalCents: number;
  receivedCents: number;
  lines: PurchaseOrderLine[];
}

export interface CreatePurchaseOrderInput {
  storeId: string;
  supplierId: string;
  note?: string;
  lines: { productId: string; qty: number; unitCostCents: number }[];
}

/** The order header, row-locked on PostgreSQL when `lock` (receiving and cancelling serialise on it). */
export async function loadPurchaseOrderRow(ctx: Ctx, id: string, lock = false) {
  const q = ctx.db
    .selectFrom('purchase_orders')
    .selectAll()
    .where('tenant_id', '=', ctx.tenantId)
    .where('id', '=', id);
  const row = await (lock ? forUpdate(ctx.db, q) : q).executeTakeFirst();
  if (!row) throw new AppError('PURCHASE_ORDER_NOT_FOUND', 'No such purchase order', { purchaseOrderId: id });
  requireStore(ctx.actor, row.store_id);
  return row;
}

export async function loadPurchaseOrderLines(ctx: Ctx, ids: readonly string[]) {
  if (!ids.length) return [];
  return ctx.db
    .selectFrom('purchase_order_lines')
    .selectAll()
    .where('tenant_id', '=', ctx.tenantId)
    .where('purchase_order_id', 'in', ids)
    .orderBy('line_no')
    .execute();
}

async function toViews(
  ctx: Ctx,
  rows: Awaited<ReturnType<typeof loadPurchaseOrderRow>>[],
): Promise<PurchaseOrder[]> {
  const lines = await loadPurchaseOrderLines(
    ctx,
    rows.map((r) => r.id),
  );
  const stores = await storeNames(
    ctx,
    rows.map((r) => r.store_id),
  );
  const products = await productLabels(
    ctx,
    lines.map((l) => l.product_id),
  );
  const supplierRows = rows.length
    ? await ctx.db
        .selectFrom('suppliers')
        .select(['id', 'name'])
        .where('tenant_id', '=', ctx.tenantId)
        .where(
          'id',
          'in',
          rows.map((r) => r.supplier_id),
        )
        .execute()
    : [];
  const suppliers = new Map(supplierRows.map((s) => [s.id, s.name]));
  return rows.map((r) => {
    const own = lines
      .filter((l) => l.purchase_order_id === r.id)
      .map((l) => {
        const p = products.get(l.product_id);
        return {
          lineNo: l.line_no,
          productId: l.product_id,
          sku: p?.sku ?? '',
          productName: p?.name ?? '',
          unit: p?.unit ?? '',
          qtyOrdered: l.qty_ordered,
          qtyReceived: l.qty_received,
          unitCostCents: l.unit_cost_cents,
        };
      });
    return {
      id: r.id,
      storeId: r.store_id,
      storeName: stores.get(r.store_id) ?? '',
      supplierId: r.supplier_id,
      supplierName: suppliers.get(r.supplier_id) ?? '',
      status: r.status,
      note: r.note,
      createdBy: r.created_by,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      totalCents: own.reduce((s, l) => s + l.qtyOrdered * l.unitCostCents, 0),
      receivedCents: own.reduce((s, l) => s + l.qtyReceived * l.unitCostCents, 0),
      lines: own,
    };
  });
}

export async function getPurchaseOrder(ctx: Ctx, id: string): Promise<PurchaseOrder> {
  requirePermission(ctx.actor, 'inventory.read');
  const [view] = await toViews(ctx, [await loadPurchaseOrderRow(ctx, id)]);
  return view!;
}

/** Purchase orders the actor's stores placed, newest first. */
export async function listPurchaseOrders(
  ctx: Ctx,
  filter: { storeId?: string; status?: PurchaseOrderStatus; cursor?: string; limit?: number },
): Promise<Page<PurchaseOrder>> {
  requirePermission(ctx.actor, 'inventory.read');
  const stores = readableStores(ctx, filter.storeId);
  const limit = Math.min(filter.limit ?? 50, 200);
  let q = ctx.db.selectFrom('purchase_orders').selectAll().where('tenant_id', '=', ctx.tenantId);
  if (stores !== 'all') q = q.where('store_id', 'in', stores.length ? stores : ['-']);
  if (filter.status) q = q.where('status', '=', filter.status);
  if (filter.cursor) q = q.where('id', '<', decodeCursor<string>(filter.cursor));
  const rows = await q
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute();
  const items = await toViews(ctx, rows.slice(0, limit));
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(last.id) : null };
}

/** An order to a supplier for one store: lines of product, quantity and unit cost. Moves no stock. */
export async function createPurchaseOrder(ctx: Ctx, input: CreatePurchaseOrderInput): Promise<PurchaseOrder> {
  requirePermission(ctx.actor, 'inventory.manage');
  requireStore(ctx.actor, input.storeId);
  for (const line of input.lines) {
    fen(line.unitCostCents);
    if (!Number.isSafeInteger(line.qty) || line.qty <= 0)
      throw new AppError('VALIDATION_FAILED', 'Order whole units, at least one', { field: 'lines.qty' });
  }
  return inTransaction(ctx, async (tx) => {
    await requireActiveStore(tx, input.storeId);
    const supplier = await loadSupplier(tx, input.supplierId);
    if (supplier.status !== 'active')
      throw new AppError('SUPPLIER_NOT_FOUND', 'This supplier is archived', { supplierId: supplier.id });
    await loadStockProducts(
      tx,
      input.lines.map((l) => l.productId),
    );
    const id = uuidv7(tx.now.getTime());
    const at = tx.now.toISOString();
    await tx.db
      .insertInto('purchase_orders')
      .values({
        tenant_id: tx.tenantId,
        id,
        store_id: input.storeId,
        supplier_id: input.supplierId,
        status: 'open',
        note: input.note ?? '',
        created_by: tx.actor.userId,
        created_at: at,
        updated_at: at,
      })
      .execute();
    await tx.db
      .insertInto('purchase_order_lines')
      .values(
        input.lines.map((l, i) => ({
          tenant_id: tx.tenantId,
          purchase_order_id: id,
          line_no: i + 1,
          product_id: l.productId,
          qty_ordered: l.qty,
          qty_received: 0,
          unit_cost_cents: l.unitCostCents,
        })),
      )
      .execute();
    const view = await getPurchaseOrder(tx, id);
    await recordAudit(tx, {
      action: 'purchase_order.create',
      entity: 'purchase_order',
      entityId: id,
      storeId: input.storeId,
      after: { supplierId: input.supplierId, totalCents: view.totalCents, lines: input.lines },
    });
    return view;
  });
}

/** Cancels what is still to come; what was received stays received. */
export async function cancelPurchaseOrder(ctx: Ctx, id: string, reason: string): Promise<PurchaseOrder> {
  requirePermission(ctx.actor, 'inventory.manage');
  return inTransaction(ctx, async (tx) => {
    const row = await loadPurchaseOrderRow(tx, id, true);
    if (row.status !== 'open' && row.status !== 'partial')
      throw new AppError('PURCHASE_ORDER_CLOSED', 'This purchase order is closed', { status: row.status });
    await tx.db
      .updateTable('purchase_orders')
      .set({ status: 'cancelled', updated_at: tx.now.toISOString() })
      .where('tenant_id', '=', tx.tenantId)
      .where('id', '=', id)
      .execute();
    await recordAudit(tx, {
      action: 'purchase_order.cancel',
      entity: 'purchase_order',
      entityId: id,
      storeId: row.store_id,
      before: { status: row.status },
      after: { status: 'cancelled', reason },
    });
    return getPurchaseOrder(tx, id);
  });
}
