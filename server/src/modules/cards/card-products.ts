import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { fen } from '../../shared/money.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requirePermission } from '../auth/permissions.ts';

export interface CardProductInput {
  name: string;
  kind: 'counted' | 'time';
  priceCents: number;
  validity: 'days' | 'fixed';
  validDays?: number;
  validUntil?: string;
  items: { itemCode: string; itemName: string; sessions: number | null }[];
}

export interface CardProduct extends CardProductInput {
  id: string;
  status: 'active' | 'archived';
}

export async function listCardProducts(
  ctx: Ctx,
  includeArchived = false,
  id?: string,
): Promise<CardProduct[]> {
  let q = ctx.db.selectFrom('card_products').selectAll().where('tenant_id', '=', ctx.tenantId);
  if (!includeArchived) q = q.where('status', '=', 'active');
  if (id) q = q.where('id', '=', id);
  const rows = await q.orderBy('created_at').execute();
  const items = rows.length
    ? await ctx.db
        .selectFrom('card_product_items')
        .selectAll()
        .where('tenant_id', '=', ctx.tenantId)
        .where(
          'card_product_id',
          'in',
          rows.map((r) => r.id),
        )
        .orderBy('item_code')
        .execute()
    : [];
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind,
    priceCents: r.price_cents,
    validity: r.validity,
    validDays: r.valid_days ?? undefined,
    validUntil: r.valid_until ?? undefined,
    status: r.status,
    items: items
      .filter((i) => i.card_product_id === r.id)
      .map((i) => ({ itemCode: i.item_code, itemName: i.item_name, sessions: i.sessions })),
  }));
}

export async function loadCardProduct(ctx: Ctx, id: string): Promise<CardProduct> {
  const [product] = await listCardProducts(ctx, true, id);
  if (!product) throw new AppError('CARD_PRODUCT_NOT_FOUND', 'No such card product', { cardProductId: id });
  return product;
}

/**
 * A card product bundles services with session counts (计次卡: "10 washes + 2 waxes") or grants
 * unlimited use for a period (月卡/年卡: sessions null), valid N days from issue or until a date.
 */
export async function createCardProduct(ctx: Ctx, input: CardProductInput): Promise<CardProduct> {
  requirePermission(ctx.actor, 'cards.products.manage');
  fen(input.priceCents);
  if (input.validity === 'days' ? !input.validDays : !input.validUntil) {
    throw new AppError('VALIDATION_FAILED', 'Give the days of validity or the end date', {
      field: 'validity',
    });
  }
  for (const item of input.items) {
    if (input.kind === 'counted' ? !(item.sessions && item.sessions > 0) : item.sessions !== null) {
      throw new AppError(
        'VALIDATION_FAILED',
        'Counted cards give each item a number of sessions; time cards leave it empty',
        {
          field: 'items',
        },
      );
    }
  }
  return inTransaction(ctx, async (tx) => {
    const id = uuidv7(tx.now.getTime());
    const at = tx.now.toISOString();
    await tx.db
      .insertInto('card_products')
      .values({
        tenant_id: tx.tenantId,
        id,
        name: input.name,
        kind: input.kind,
        price_cents: input.priceCents,
        validity: input.validity,
        valid_days: input.validity === 'days' ? (input.validDays ?? null) : null,
        valid_until: input.validity === 'fixed' ? (input.validUntil ?? null) : null,
        status: 'active',
        created_at: at,
        updated_at: at,
      })
      .execute();
    await tx.db
      .insertInto('card_product_items')
      .values(
        input.items.map((i) => ({
          tenant_id: tx.tenantId,
          card_product_id: id,
          item_code: i.itemCode,
          item_name: i.itemName,
          sessions: i.sessions,
        })),
      )
      .execute();
    const product = await loadCardProduct(tx, id);
    await recordAudit(tx, {
      action: 'card_product.create',
      entity: 'card_product',
      entityId: id,
      after: product,
    });
    return product;
  });
}

export async function setCardProductStatus(
  ctx: Ctx,
  id: string,
  status: 'active' | 'archived',
): Promise<CardProduct> {
  requirePermission(ctx.actor, 'cards.products.manage');
  return inTransaction(ctx, async (tx) => {
    const before = await loadCardProduct(tx, id);
    await tx.db
      .updateTable('card_products')
      .set({ status, updated_at: tx.now.toISOString() })
      .where('tenant_id', '=', tx.tenantId)
      .where('id', '=', id)
      .execute();
    await recordAudit(tx, {
      action: 'card_product.status',
      entity: 'card_product',
      entityId: id,
      before: { status: before.status },
      after: { status },
    });
    return { ...before, status };
  });
}
