import { forUpdate } from '../../db/dialect.ts';
import type { StockTransfersTable } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { decodeCursor, encodeCursor, type Page } from '../../shared/pagination.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { canActInStore, requirePermission, requireStore } from '../auth/permissions.ts';
import { loadStockProducts } from './products.ts';
import { moveStock } from './stock.ts';
import { productLabels, requireActiveStore, storeNames } from './stores.ts';

export type TransferStatus = StockTransfersTable['status'];

export interface Transfer {
  id: string;
  fromStoreId: string;
  fromStoreName: string;
  toStoreId: string;
  toStoreName: string;
  status: TransferStatus;
  note: string;
  createdBy: string | null;
  createdAt: string;
  receivedBy: string | null;
  receivedAt: string | null;
  valueCents: number;
  lines: {
    productId: string;
    sku: string;
    productName: string;
    unit: string;
    qty: number;
    valueCents: number;
  }[];
}

const byProduct = <T extends { productId: string }>(a: T, b: T) =>
  a.productId < b.productId ? -1 : a.productId > b.productId ? 1 : 0;

async function loadTransferRow(ctx: Ctx, id: string, lock = false) {
  const q = ctx.db
    .selectFrom('stock_transfers')
    .selectAll()
    .where('tenant_id', '=', ctx.tenantId)
    .where('id', '=', id);
  const row = await (lock ? forUpdate(ctx.db, q) : q).executeTakeFirst();
  if (!row) throw new AppError('TRANSFER_NOT_FOUND', 'No such transfer', { transferId: id });
  // Either end of a transfer may see it.
  if (!canActInStore(ctx.actor, row.from_store_id)) requireStore(ctx.actor, row.to_store_id);
  return row;
}

async function toViews(ctx: Ctx, rows: Awaited<ReturnType<typeof loadTransferRow>>[]): Promise<Transfer[]> {
  const lines = rows.length
    ? await ctx.db
        .selectFrom('stock_transfer_lines')
        .selectAll()
        .where('tenant_id', '=', ctx.tenantId)
        .where(
          'transfer_id',
          'in',
          rows.map((r) => r.id),
        )
        .orderBy('product_id')
        .execute()
    : [];
  const stores = await storeNames(
    ctx,
    rows.flatMap((r) => [r.from_store_id, r.to_store_id]),
  );
  const products = await productLabels(
    ctx,
    lines.map((l) => l.product_id),
  );
  return rows.map((r) => {
    const own = lines
      .filter((l) => l.transfer_id === r.id)
      .map((l) => {
        const p = products.get(l.product_id);
        return {
          productId: l.product_id,
          sku: p?.sku ?? '',
          productName: p?.name ?? '',
          unit: p?.unit ?? '',
          qty: l.qty,
          valueCents: l.value_cents,
        };
      });
    return {
      id: r.id,
      fromStoreId: r.from_store_id,
      fromStoreName: stores.get(r.from_store_id) ?? '',
      toStoreId: r.to_store_id,
      toStoreName: stores.get(r.to_store_id) ?? '',
      status: r.status,
      note: r.note,
      createdBy: r.created_by,
      createdAt: r.created_at,
      receivedBy: r.received_by,
      receivedAt: r.received_at,
      valueCents: own.reduce((s, l) => s + l.valueCents, 0),
      lines: own,
    };
  });
}

export async function getTransfer(ctx: Ctx, id: string): Promise<Transfer> {
  requirePermission(ctx.actor, 'inventory.read');
  const [view] = await toViews(ctx, [await loadTransferRow(ctx, id)]);
  return view!;
}

/** Transfers from or to the actor's stores (or the one asked for), newest first. */
export async function listTransfers(
  ctx: Ctx,
  filter: { storeId?: string; status?: TransferStatus; cursor?: string; limit?: number },
): Promise<Page<Transfer>> {
  requirePermission(ctx.actor, 'inventory.read');
  if (filter.storeId) requireStore(ctx.actor, filter.storeId);
  const stores = filter.storeId ? [filter.storeId] : ctx.actor.storeIds;
  const limit = Math.min(filter.limit ?? 50, 200);
  let q = ctx.db.selectFrom('stock_transfers').selectAll().where('tenant_id', '=', ctx.tenantId);
  if (stores !== 'all') {
    const ids = stores.length ? stores : ['-'];
    q = q.where((eb) => eb.or([eb('from_store_id', 'in', ids), eb('to_store_id', 'in', ids)]));
  }
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

/**
 * Sends goods from one store to another: they leave the sender at its moving average, and each
 * line keeps the value it left with, so the receiver takes them in at exactly that value and no
 * value is made or lost on the way. The transfer is in transit until received or cancelled.
 */
export async function sendTransfer(
  ctx: Ctx,
  input: {
    fromStoreId: string;
    toStoreId: string;
    note?: string;
    lines: { productId: string; qty: number }[];
  },
): Promise<Transfer> {
  requirePermission(ctx.actor, 'inventory.manage');
  requireStore(ctx.actor, input.fromStoreId);
  if (input.fromStoreId === input.toStoreId)
    throw new AppError('VALIDATION_FAILED', 'Send to another store', { field: 'toStoreId' });
  if (new Set(input.lines.map((l) => l.productId)).size !== input.lines.length)
    throw new AppError('VALIDATION_FAILED', 'Name each product once', { field: 'lines' });
  if (input.lines.some((l) => !Number.isSafeInteger(l.qty) || l.qty <= 0))
    throw new AppError('VALIDATION_FAILED', 'Send whole units, at least one', { field: 'lines.qty' });
  return inTransaction(ctx, async (tx) => {
    await requireActiveStore(tx, input.fromStoreId);
    const target = await tx.db
      .selectFrom('stores')
      .select('id')
      .where('tenant_id', '=', tx.tenantId)
      .where('id', '=', input.toStoreId)
      .executeTakeFirst();
    if (!target) throw new AppError('STORE_NOT_FOUND', 'No such store', { storeId: input.toStoreId });
    await loadStockProducts(
      tx,
      input.lines.map((l) => l.productId),
    );
    const id = uuidv7(tx.now.getTime());
    const at = tx.now.toISOString();
    await tx.db
      .insertInto('stock_transfers')
      .values({
        tenant_id: tx.tenantId,
        id,
        from_store_id: input.fromStoreId,
        to_store_id: input.toStoreId,
        status: 'in_transit',
        note: input.note ?? '',
        created_by: tx.actor.userId,
        received_by: null,
        received_at: null,
        created_at: at,
        updated_at: at,
      })
      .execute();
    for (const line of [...input.lines].sort(byProduct)) {
      const moved = await moveStock(tx, {
        storeId: input.fromStoreId,
        productId: line.productId,
        kind: 'transfer_out',
        refType: 'stock_transfer',
        refId: id,
        qty: -line.qty,
        note: input.note,
      });
      await tx.db
        .insertInto('stock_transfer_lines')
        .values({
          tenant_id: tx.tenantId,
          transfer_id: id,
          product_id: line.productId,
          qty: line.qty,
          value_cents: -moved.valueDeltaCents,
        })
        .execute();
    }
    const view = await getTransfer(tx, id);
    await recordAudit(tx, {
      action: 'transfer.send',
      entity: 'stock_transfer',
      entityId: id,
      storeId: input.fromStoreId,
      after: { toStoreId: input.toStoreId, valueCents: view.valueCents, lines: view.lines },
    });
    return view;
  });
}

/**
 * Ends a transfer in transit: received into the receiving store (its user receives), or cancelled
 * back into the sender (its user cancels). Either way each line comes in at the value it left with.
 */
export async function closeTransfer(
  ctx: Ctx,
  id: string,
  outcome: 'received' | 'cancelled',
): Promise<Transfer> {
  requirePermission(ctx.actor, 'inventory.manage');
  return inTransaction(ctx, async (tx) => {
    const row = await loadTransferRow(tx, id, true);
    const storeId = outcome === 'received' ? row.to_store_id : row.from_store_id;
    requireStore(tx.actor, storeId);
    if (row.status !== 'in_transit')
      throw new AppError('TRANSFER_CLOSED', 'This transfer is no longer in transit', { status: row.status });
    const lines = await tx.db
      .selectFrom('stock_transfer_lines')
      .selectAll()
      .where('tenant_id', '=', tx.tenantId)
      .where('transfer_id', '=', id)
      .orderBy('product_id')
      .execute();
    for (const line of lines) {
      await moveStock(tx, {
        storeId,
        productId: line.product_id,
        kind: 'transfer_in',
        refType: 'stock_transfer',
        refId: id,
        qty: line.qty,
        valueCents: line.value_cents,
        note: outcome === 'cancelled' ? 'transfer cancelled' : row.note,
      });
    }
    const at = tx.now.toISOString();
    await tx.db
      .updateTable('stock_transfers')
      .set({
        status: outcome,
        updated_at: at,
        ...(outcome === 'received' ? { received_by: tx.actor.userId, received_at: at } : {}),
      })
      .where('tenant_id', '=', tx.tenantId)
      .where('id', '=', id)
      .where('status', '=', 'in_transit')
      .execute();
    await recordAudit(tx, {
      action: outcome === 'received' ? 'transfer.receive' : 'transfer.cancel',
      entity: 'stock_transfer',
      entityId: id,
      storeId,
      before: { status: row.status },
      after: { status: outcome },
    });
    return getTransfer(tx, id);
  });
}
