import type { Selectable } from 'kysely';
import type { ExchangeItemKind, ExchangeItemsTable } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requirePermission } from '../auth/permissions.ts';

export interface ExchangeItem {
  id: string;
  name: string;
  kind: ExchangeItemKind;
  couponTemplateId: string | null;
  productId: string | null;
  giftCardValueCents: number | null;
  pointsCost: number;
  stock: number | null;
  exchangedCount: number;
  /** Units still to give (null = unlimited). */
  left: number | null;
  status: 'active' | 'archived';
  sort: number;
  createdAt: string;
  updatedAt: string;
}

export function toExchangeItem(r: Selectable<ExchangeItemsTable>): ExchangeItem {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    couponTemplateId: r.coupon_template_id,
    productId: r.product_id,
    giftCardValueCents: r.gift_card_value_cents,
    pointsCost: r.points_cost,
    stock: r.stock,
    exchangedCount: r.exchanged_count,
    left: r.stock === null ? null : Math.max(0, r.stock - r.exchanged_count),
    status: r.status,
    sort: r.sort,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export async function listExchangeItems(
  ctx: Ctx,
  opts: { includeArchived: boolean },
): Promise<ExchangeItem[]> {
  requirePermission(ctx.actor, 'members.read');
  let q = ctx.db.selectFrom('exchange_items').selectAll().where('tenant_id', '=', ctx.tenantId);
  if (!opts.includeArchived) q = q.where('status', '=', 'active');
  const rows = await q.orderBy('sort').orderBy('points_cost').orderBy('id').execute();
  return rows.map(toExchangeItem);
}

export async function loadExchangeItem(ctx: Ctx, id: string): Promise<Selectable<ExchangeItemsTable>> {
  const row = await ctx.db
    .selectFrom('exchange_items')
    .selectAll()
    .where('tenant_id', '=', ctx.tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('EXCHANGE_ITEM_NOT_FOUND', 'No such exchange item', { itemId: id });
  return row;
}

export interface CreateExchangeItemInput {
  name: string;
  kind: ExchangeItemKind;
  couponTemplateId?: string | null;
  productId?: string | null;
  giftCardValueCents?: number | null;
  pointsCost: number;
  stock?: number | null;
  sort?: number;
}

/** What an item gives is fixed at creation; it must name exactly the thing its kind gives. */
async function checkTarget(ctx: Ctx, input: CreateExchangeItemInput): Promise<void> {
  const need = (field: string, ok: boolean) => {
    if (!ok) throw new AppError('VALIDATION_FAILED', `A ${input.kind} item names ${field}`, { field });
  };
  need('couponTemplateId', (input.kind === 'coupon') === Boolean(input.couponTemplateId));
  need('productId', (input.kind === 'product') === Boolean(input.productId));
  need('giftCardValueCents', (input.kind === 'gift_card') === Boolean(input.giftCardValueCents));
  if (input.couponTemplateId) {
    const t = await ctx.db
      .selectFrom('coupon_templates')
      .select(['id', 'status'])
      .where('tenant_id', '=', ctx.tenantId)
      .where('id', '=', input.couponTemplateId)
      .executeTakeFirst();
    if (!t)
      throw new AppError('COUPON_TEMPLATE_NOT_FOUND', 'No such coupon template', {
        templateId: input.couponTemplateId,
      });
  }
  if (input.productId) {
    const p = await ctx.db
      .selectFrom('products')
      .select(['id', 'kind'])
      .where('tenant_id', '=', ctx.tenantId)
      .where('id', '=', input.productId)
      .executeTakeFirst();
    if (!p) throw new AppError('PRODUCT_NOT_FOUND', 'No such product', { productId: input.productId });
    if (p.kind !== 'goods')
      throw new AppError('VALIDATION_FAILED', 'A gift product is goods', { field: 'productId' });
  }
}

export async function createExchangeItem(ctx: Ctx, input: CreateExchangeItemInput): Promise<ExchangeItem> {
  requirePermission(ctx.actor, 'exchange.manage');
  return inTransaction(ctx, async (tx) => {
    await checkTarget(tx, input);
    const at = tx.now.toISOString();
    const row: Selectable<ExchangeItemsTable> = {
      tenant_id: tx.tenantId,
      id: uuidv7(tx.now.getTime()),
      name: input.name.trim(),
      kind: input.kind,
      coupon_template_id: input.couponTemplateId ?? null,
      product_id: input.productId ?? null,
      gift_card_value_cents: input.giftCardValueCents ?? null,
      points_cost: input.pointsCost,
      stock: input.stock ?? null,
      exchanged_count: 0,
      status: 'active',
      sort: input.sort ?? 0,
      created_at: at,
      updated_at: at,
    };
    await tx.db.insertInto('exchange_items').values(row).execute();
    await recordAudit(tx, {
      action: 'exchange.item.create',
      entity: 'exchange_item',
      entityId: row.id,
      after: toExchangeItem(row),
    });
    return toExchangeItem(row);
  });
}

export async function updateExchangeItem(
  ctx: Ctx,
  id: string,
  input: {
    name?: string;
    pointsCost?: number;
    stock?: number | null;
    sort?: number;
    status?: 'active' | 'archived';
  },
): Promise<ExchangeItem> {
  requirePermission(ctx.actor, 'exchange.manage');
  return inTransaction(ctx, async (tx) => {
    const before = await loadExchangeItem(tx, id);
    // Stock is the total to give, so it may not drop below what has been given already.
    if (input.stock != null && input.stock < before.exchanged_count)
      throw new AppError('VALIDATION_FAILED', 'Stock cannot be below what was already exchanged', {
        field: 'stock',
        exchangedCount: before.exchanged_count,
      });
    const after: Selectable<ExchangeItemsTable> = {
      ...before,
      name: input.name?.trim() ?? before.name,
      points_cost: input.pointsCost ?? before.points_cost,
      stock: input.stock === undefined ? before.stock : input.stock,
      sort: input.sort ?? before.sort,
      status: input.status ?? before.status,
      updated_at: tx.now.toISOString(),
    };
    let q = tx.db
      .updateTable('exchange_items')
      .set({
        name: after.name,
        points_cost: after.points_cost,
        stock: after.stock,
        sort: after.sort,
        status: after.status,
        updated_at: after.updated_at,
      })
      .where('tenant_id', '=', tx.tenantId)
      .where('id', '=', id);
    // Guarded against an exchange landing meanwhile.
    if (after.stock !== null) q = q.where('exchanged_count', '<=', after.stock);
    const done = await q.executeTakeFirst();
    if (Number(done.numUpdatedRows) !== 1)
      throw new AppError('VALIDATION_FAILED', 'Stock cannot be below what was already exchanged', {
        field: 'stock',
      });
    await recordAudit(tx, {
      action: 'exchange.item.update',
      entity: 'exchange_item',
      entityId: id,
      before: toExchangeItem(before),
      after: toExchangeItem(after),
    });
    return toExchangeItem(after);
  });
}
