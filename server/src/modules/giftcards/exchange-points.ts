import { sql } from 'kysely';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requirePermission, requireStore } from '../auth/permissions.ts';
import { issueCoupons } from '../coupons/issue-coupons.ts';
import type { Coupon } from '../coupons/member-coupons.ts';
import { moveStock } from '../inventory/stock.ts';
import { assertActive, loadMember } from '../members/access.ts';
import { spendPoints } from '../points/redeem-points.ts';
import { type ExchangeItem, loadExchangeItem, toExchangeItem } from './exchange-items.ts';
import { type IssuedGiftCard, issueGiftCard } from './issue-gift-card.ts';

export interface ExchangeInput {
  itemId: string;
  memberId: string;
  storeId: string;
  qty?: number;
}

export interface ExchangeResult {
  id: string;
  item: ExchangeItem;
  memberId: string;
  storeId: string;
  qty: number;
  points: number;
  pointsBalance: number;
  coupons: Coupon[];
  /** Gift cards given, each with its code (shown once). */
  giftCards: IssuedGiftCard[];
  productId: string | null;
  createdAt: string;
}

/**
 * A member exchanges points for a catalogue item (积分兑换), in one transaction: the catalogue's
 * stock first (a guarded `exchanged_count + qty <= stock`, so the last unit goes to one member), then
 * the points from the lots that lapse soonest (guarded, never below zero), then what the item
 * gives — coupons through the coupons module, a gift product out of the store's stock, or gift
 * cards. Any refusal (points short, stock out) leaves nothing behind.
 */
export async function exchangePoints(ctx: Ctx, input: ExchangeInput): Promise<ExchangeResult> {
  requirePermission(ctx.actor, 'points.exchange');
  requireStore(ctx.actor, input.storeId);
  const qty = input.qty ?? 1;
  if (!Number.isSafeInteger(qty) || qty < 1 || qty > 20)
    throw new AppError('VALIDATION_FAILED', 'Exchange 1–20 at a time', { field: 'qty' });
  return inTransaction(ctx, async (tx) => {
    const store = await tx.db
      .selectFrom('stores')
      .select('id')
      .where('tenant_id', '=', tx.tenantId)
      .where('id', '=', input.storeId)
      .executeTakeFirst();
    if (!store) throw new AppError('STORE_NOT_FOUND', 'No such store', { storeId: input.storeId });
    const member = await loadMember(tx, input.memberId);
    assertActive(member);
    const item = await loadExchangeItem(tx, input.itemId);
    if (item.status !== 'active')
      throw new AppError('EXCHANGE_ITEM_ARCHIVED', 'This item is no longer offered', { itemId: item.id });

    const taken = await tx.db
      .updateTable('exchange_items')
      .set({ exchanged_count: sql`exchanged_count + ${qty}`, updated_at: tx.now.toISOString() })
      .where('tenant_id', '=', tx.tenantId)
      .where('id', '=', item.id)
      .where('status', '=', 'active')
      .where((eb) =>
        eb.or([eb('stock', 'is', null), eb(sql`exchanged_count + ${qty}`, '<=', eb.ref('stock'))]),
      )
      .returning(['exchanged_count', 'stock'])
      .executeTakeFirst();
    if (!taken)
      throw new AppError('EXCHANGE_OUT_OF_STOCK', 'Not enough of this item left', {
        itemId: item.id,
        left: item.stock === null ? null : Math.max(0, item.stock - item.exchanged_count),
      });

    const id = uuidv7(tx.now.getTime());
    const points = item.points_cost * qty;
    const { balance } = await spendPoints(tx, {
      memberId: member.id,
      storeId: input.storeId,
      points,
      refType: 'points_exchange',
      refId: id,
      note: `${item.name} ×${qty}`,
    });

    let coupons: Coupon[] = [];
    const giftCards: IssuedGiftCard[] = [];
    if (item.kind === 'coupon' && item.coupon_template_id) {
      coupons = await issueCoupons(tx, {
        templateId: item.coupon_template_id,
        memberIds: Array.from({ length: qty }, () => member.id),
        source: 'points_exchange',
        sourceRef: id,
      });
    } else if (item.kind === 'gift_card' && item.gift_card_value_cents) {
      for (let n = 0; n < qty; n++) {
        giftCards.push(
          await issueGiftCard(tx, {
            faceValueCents: item.gift_card_value_cents,
            storeId: input.storeId,
            source: 'points_exchange',
            memberId: member.id,
            refType: 'points_exchange',
            refId: id,
            note: item.name,
          }),
        );
      }
    } else if (item.kind === 'product' && item.product_id) {
      const product = await tx.db
        .selectFrom('products')
        .select(['id', 'track_stock'])
        .where('tenant_id', '=', tx.tenantId)
        .where('id', '=', item.product_id)
        .executeTakeFirstOrThrow();
      // A gift handed over leaves the shelf like a sale; a short shelf refuses the exchange.
      if (product.track_stock === 1)
        await moveStock(tx, {
          storeId: input.storeId,
          productId: product.id,
          kind: 'adjustment',
          refType: 'points_exchange',
          refId: id,
          qty: -qty,
          allowNegative: false,
          note: `积分兑换 ${item.name}`,
        });
    }

    const at = tx.now.toISOString();
    await tx.db
      .insertInto('points_exchanges')
      .values({
        tenant_id: tx.tenantId,
        id,
        item_id: item.id,
        member_id: member.id,
        store_id: input.storeId,
        qty,
        points,
        kind: item.kind,
        coupon_ids: JSON.stringify(coupons.map((c) => c.id)),
        gift_card_ids: JSON.stringify(giftCards.map((g) => g.card.id)),
        product_id: item.kind === 'product' ? item.product_id : null,
        created_by: tx.actor.userId,
        created_at: at,
      })
      .execute();
    await recordAudit(tx, {
      action: 'points.exchange',
      entity: 'member',
      entityId: member.id,
      storeId: input.storeId,
      after: { exchangeId: id, itemId: item.id, name: item.name, qty, points },
    });
    return {
      id,
      item: toExchangeItem({ ...item, exchanged_count: taken.exchanged_count }),
      memberId: member.id,
      storeId: input.storeId,
      qty,
      points,
      pointsBalance: balance,
      coupons,
      giftCards,
      productId: item.kind === 'product' ? item.product_id : null,
      createdAt: at,
    };
  });
}

export interface ExchangeRecord {
  id: string;
  itemId: string;
  itemName: string;
  kind: ExchangeItem['kind'];
  qty: number;
  points: number;
  storeId: string;
  createdAt: string;
}

/** A member's exchanges, newest first (the member page's history). */
export async function listMemberExchanges(ctx: Ctx, memberId: string): Promise<ExchangeRecord[]> {
  requirePermission(ctx.actor, 'members.read');
  await loadMember(ctx, memberId);
  const rows = await ctx.db
    .selectFrom('points_exchanges as x')
    .innerJoin('exchange_items as i', (j) =>
      j.onRef('i.tenant_id', '=', 'x.tenant_id').onRef('i.id', '=', 'x.item_id'),
    )
    .select(['x.id', 'x.item_id', 'i.name', 'x.kind', 'x.qty', 'x.points', 'x.store_id', 'x.created_at'])
    .where('x.tenant_id', '=', ctx.tenantId)
    .where('x.member_id', '=', memberId)
    .orderBy('x.created_at', 'desc')
    .limit(200)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    itemId: r.item_id,
    itemName: r.name,
    kind: r.kind,
    qty: r.qty,
    points: r.points,
    storeId: r.store_id,
    createdAt: r.created_at,
  }));
}
