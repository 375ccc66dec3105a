import type { Selectable } from 'kysely';
import type { OrdersTable, TenderMethod } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { isUuid, uuidv7 } from '../../shared/ids.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requirePermission, requireStore } from '../auth/permissions.ts';
import { issueCard } from '../cards/issue-card.ts';
import { consumeSession } from '../cards/use-card.ts';
import { recordSaleCommission } from '../commission/record-sale-commission.ts';
import { redeemCoupon } from '../coupons/redeem-coupon.ts';
import { issueGiftCard } from '../giftcards/issue-gift-card.ts';
import { type GiftCardPaid, spendGiftCard } from '../giftcards/spend-gift-card.ts';
import { moveStock } from '../inventory/stock.ts';
import { applyLevelUpgrade } from '../members/apply-level-upgrade.ts';
import { creditPoints } from '../points/earn-points.ts';
import { redeemPoints } from '../points/redeem-points.ts';
import { recordSaleFacts } from '../reports/record-facts.ts';
import { getTenantProfile } from '../tenancy/get-settings.ts';
import { payWithStoredValue } from '../wallet/pay-with-stored-value.ts';
import { type CartInput, loadAndPrice, pointsEarnedOn } from './cart.ts';
import { nextOrderNo } from './order-number.ts';
import { type OrderView, peopleOf, toOrderView } from './orders.ts';
import { openShiftFor } from './shifts.ts';
import { checkTenders } from './tenders.ts';

export interface TenderInput {
  method: TenderMethod;
  /** What this tender pays toward the order. */
  amountCents: number;
  /** Cash only: what the customer handed over (change = tendered − amount). */
  tenderedCents?: number;
  /** Bank card / WeChat / Alipay: the terminal's or wallet's transaction reference. */
  ref?: string;
  /** Gift card only: the code the scanner read. */
  giftCardCode?: string;
}

export interface CheckoutInput extends CartInput {
  /** A client-generated UUIDv7 lets an offline till name the order before the server has it. */
  orderId?: string;
  till: string;
  payments: TenderInput[];
  /** The total the till showed; a different server total is PRICE_CHANGED. */
  expectedTotalCents?: number;
  note?: string;
}

/**
 * Rings up a sale in one transaction: prices the cart with the engine, takes every tender (stored
 * value and points by their guarded deductions), uses card sessions, sells cards, moves stock,
 * earns points on what was paid with money, raises the member's level, and writes the order with
 * its lines, staff and payments. Any refusal leaves nothing behind.
 */
export async function checkout(ctx: Ctx, input: CheckoutInput): Promise<OrderView> {
  requirePermission(ctx.actor, 'pos.sell');
  requireStore(ctx.actor, input.storeId);
  const orderId = input.orderId ?? uuidv7(ctx.now.getTime());
  if (!isUuid(orderId))
    throw new AppError('VALIDATION_FAILED', 'The order id is a UUID', { field: 'orderId' });
  const till = input.till.trim();
  if (!till) throw new AppError('VALIDATION_FAILED', 'Name the till', { field: 'till' });

  return inTransaction(ctx, async (tx) => {
    const profile = await getTenantProfile(tx);
    const { settings } = profile;
    const store = await tx.db
      .selectFrom('stores')
      .select(['id', 'code'])
      .where('tenant_id', '=', tx.tenantId)
      .where('id', '=', input.storeId)
      .executeTakeFirst();
    if (!store) throw new AppError('STORE_NOT_FOUND', 'No such store', { storeId: input.storeId });
    const taken = await tx.db
      .selectFrom('orders')
      .select('id')
      .where('tenant_id', '=', tx.tenantId)
      .where('id', '=', orderId)
      .executeTakeFirst();
    if (taken) throw new AppError('ORDER_ID_TAKEN', 'An order with this id exists', { orderId });

    const { priced, products, member, level, coupon, giftCardCents } = await loadAndPrice(
      tx,
      input,
      settings,
      { lockMember: true },
    );
    if (input.expectedTotalCents !== undefined && input.expectedTotalCents !== priced.totalCents) {
      throw new AppError('PRICE_CHANGED', 'The total changed; refresh the till', {
        expectedTotalCents: input.expectedTotalCents,
        totalCents: priced.totalCents,
      });
    }
    const tenders = checkTenders(input.payments, priced.totalCents, Boolean(member), giftCardCents > 0);
    const shift = await openShiftFor(tx, input.storeId, till);
    if (!shift && tenders.some((t) => t.method === 'cash'))
      throw new AppError('SHIFT_REQUIRED', 'Open a shift on this till before taking cash', { till });

    // Deductions first: each is a guarded update that refuses rather than going below zero.
    if (priced.pointsRedeemed > 0 && member) {
      await redeemPoints(tx, {
        memberId: member.id,
        storeId: input.storeId,
        points: priced.pointsRedeemed,
        orderTotalCents: priced.totalCents + priced.pointsValueCents,
        refType: 'order',
        refId: orderId,
      });
    }
    const payments = [];
    const giftCardsPaid: (GiftCardPaid & { seq: number; amountCents: number })[] = [];
    for (const [i, t] of tenders.entries()) {
      let principal = 0;
      let bonus = 0;
      let ref = t.ref;
      if (t.method === 'gift_card') {
        const paid = await spendGiftCard(tx, {
          code: t.giftCardCode,
          amountCents: t.amountCents,
          storeId: input.storeId,
          orderId,
          seq: i + 1,
        });
        giftCardsPaid.push({ ...paid, seq: i + 1, amountCents: t.amountCents });
        ref = `••••${paid.last4}`;
      }
      if (t.method === 'stored_value' && member) {
        const paid = await payWithStoredValue(tx, {
          memberId: member.id,
          storeId: input.storeId,
          amountCents: t.amountCents,
          refType: 'order',
          refId: orderId,
        });
        principal = paid.principalCents;
        bonus = paid.bonusCents;
      }
      payments.push({ ...t, ref, seq: i + 1, principal, bonus });
    }

    const lineRows = [];
    for (const [i, line] of priced.lines.entries()) {
      const lineNo = i + 1;
      const product = products.get(line.productId);
      if (!product) throw new Error('priced line without its product');
      if (line.cardSession) {
        for (let n = 0; n < line.qty; n++) {
          await consumeSession(tx, {
            cardId: line.cardSession.cardId,
            itemCode: line.cardSession.itemCode,
            storeId: input.storeId,
            refType: 'order_line',
            refId: `${orderId}:${lineNo}`,
          });
        }
      }
      let issuedCardId: string | null = null;
      if (product.kind === 'card' && product.card_product_id && member) {
        const card = await issueCard(tx, {
          memberId: member.id,
          cardProductId: product.card_product_id,
          storeId: input.storeId,
          paymentMethod: 'other',
          paymentRef: `order:${orderId}`,
        });
        issuedCardId = card.id;
      }
      lineRows.push({ line, lineNo, product, cost: product.cost_cents * line.qty, issuedCardId });
    }

    // Points are earned on money actually paid: every tender except the bonus part of stored value,
    // spread over the lines so each earns at its category's rate.
    const moneyPaid = payments.reduce((s, p) => s + p.amountCents - p.bonus, 0);
    const pointsEarned = member ? await pointsEarnedOn(tx, priced, moneyPaid, settings, level) : 0;
    if (member && pointsEarned > 0) {
      await creditPoints(tx, {
        memberId: member.id,
        storeId: input.storeId,
        points: pointsEarned,
        refType: 'order',
        refId: orderId,
        profile,
      });
    }

    // Buying a gift card is not spending: the spend counts when the card pays for something.
    if (member) await countSpend(tx, member.id, priced.totalCents - giftCardCents);

    const orderNo = await nextOrderNo(tx, store, till, profile.timezone);
    const at = tx.now.toISOString();
    const change = tenders.reduce((s, t) => s + (t.tenderedCents - t.amountCents), 0);
    const orderRow: Selectable<OrdersTable> = {
      tenant_id: tx.tenantId,
      id: orderId,
      order_no: orderNo,
      store_id: input.storeId,
      till,
      shift_id: shift?.id ?? null,
      member_id: member?.id ?? null,
      cashier_user_id: tx.actor.userId,
      status: 'completed',
      list_cents: priced.listCents,
      discount_cents: priced.discountCents,
      total_cents: priced.totalCents,
      change_cents: change,
      refunded_cents: 0,
      points_redeemed: priced.pointsRedeemed,
      points_earned: pointsEarned,
      money_paid_cents: moneyPaid,
      pricing: JSON.stringify({
        orderAdjustments: priced.orderAdjustments,
        pointsValueCents: priced.pointsValueCents,
      }),
      note: input.note?.trim() ?? '',
      created_at: at,
    };
    await tx.db.insertInto('orders').values(orderRow).execute();
    // Single use: a guarded issued → redeemed update; the till that loses a race rolls back whole.
    if (coupon) {
      await redeemCoupon(tx, {
        couponId: coupon.coupon.id,
        orderId,
        storeId: input.storeId,
        discountCents: priced.orderAdjustments.find((a) => a.kind === 'coupon')?.amountCents ?? 0,
      });
    }
    const orderLines = lineRows.map(({ line, lineNo, cost, issuedCardId }) => ({
      tenant_id: tx.tenantId,
      order_id: orderId,
      line_no: lineNo,
      product_id: line.productId,
      sku: line.sku,
      name: line.name,
      kind: line.kind,
      category_id: line.categoryId,
      qty: line.qty,
      unit_price_cents: line.unitPriceCents,
      list_cents: line.listCents,
      discount_cents: line.discountCents,
      total_cents: line.totalCents,
      points_redeemed: line.pointsRedeemed,
      cost_cents: cost,
      member_card_id: line.cardSession?.cardId ?? null,
      card_item_code: line.cardSession?.itemCode ?? null,
      issued_card_id: issuedCardId,
      refunded_qty: 0,
      refunded_cents: 0,
      adjustments: JSON.stringify(line.adjustments),
    }));
    await tx.db.insertInto('order_lines').values(orderLines).execute();
    const staffRows = input.lines.flatMap((l, i) =>
      (l.staff ?? []).map((s) => ({
        tenant_id: tx.tenantId,
        order_id: orderId,
        line_no: i + 1,
        staff_user_id: s.userId,
        share_percent: s.sharePercent,
        requested: s.requested ? (1 as const) : (0 as const),
      })),
    );
    const staffNames = staffRows.length ? await insertStaff(tx, staffRows) : new Map<string, string>();
    // A gift card sold on the order becomes active with the sale, its face value on it.
    const giftCardsSold = [];
    for (const { line, lineNo, product } of lineRows) {
      if (product.kind !== 'gift_card') continue;
      const issued = await issueGiftCard(tx, {
        faceValueCents: line.totalCents,
        storeId: input.storeId,
        source: 'sale',
        soldOrderId: orderId,
        soldLineNo: lineNo,
        memberId: member?.id ?? null,
        refType: 'order_line',
        refId: `${orderId}:${lineNo}`,
      });
      giftCardsSold.push({ lineNo, ...issued });
    }
    const paymentRows = payments.map((p) => ({
      tenant_id: tx.tenantId,
      order_id: orderId,
      seq: p.seq,
      method: p.method,
      amount_cents: p.amountCents,
      tendered_cents: p.tenderedCents,
      principal_cents: p.principal,
      bonus_cents: p.bonus,
      ref: p.ref,
      refunded_cents: 0,
    }));
    if (paymentRows.length) await tx.db.insertInto('order_payments').values(paymentRows).execute();
    const order = toOrderView(orderRow, {
      lines: orderLines,
      payments: paymentRows,
      staff: staffRows.map((r) => ({ ...r, display_name: staffNames.get(r.staff_user_id) ?? '' })),
      refunds: [],
      people: await peopleOf(tx, orderRow, tx.actor.name),
      giftCards: [
        ...giftCardsSold.map((g) => ({
          giftCardId: g.card.id,
          last4: g.card.last4,
          role: 'sold' as const,
          lineNo: g.lineNo,
          seq: null,
          amountCents: g.card.faceValueCents,
          balanceCents: g.card.balanceCents,
          code: g.code,
        })),
        ...giftCardsPaid.map((g) => ({
          giftCardId: g.giftCardId,
          last4: g.last4,
          role: 'paid' as const,
          lineNo: null,
          seq: g.seq,
          amountCents: g.amountCents,
          balanceCents: g.balanceAfterCents,
          code: null,
        })),
      ],
    });
    await recordSaleCommission(tx, order);
    await recordAudit(tx, {
      action: 'sales.checkout',
      entity: 'order',
      entityId: orderId,
      storeId: input.storeId,
      after: {
        orderNo,
        totalCents: order.totalCents,
        memberId: member?.id ?? null,
        payments: order.payments,
      },
    });
    // Stock last: a store's popular items are rows every till locks, so they are held only for
    // the few statements between here and the commit. Each line's cost is what its goods left
    // stock with, known only now.
    for (const row of lineRows) {
      if (row.product.kind !== 'goods' || row.product.track_stock !== 1) continue;
      const moved = await moveStock(tx, {
        storeId: input.storeId,
        productId: row.product.id,
        kind: 'sale',
        refType: 'order',
        refId: orderId,
        qty: -row.line.qty,
        allowNegative: settings.allowNegativeStock,
      });
      const cost = -moved.valueDeltaCents;
      if (cost === row.cost) continue;
      await tx.db
        .updateTable('order_lines')
        .set({ cost_cents: cost })
        .where('tenant_id', '=', tx.tenantId)
        .where('order_id', '=', orderId)
        .where('line_no', '=', row.lineNo)
        .execute();
    }
    // The daily facts last: a store's day row is what every till of the store updates.
    await recordSaleFacts(tx, orderId);
    return order;
  });
}

type StaffRow = {
  tenant_id: string;
  order_id: string;
  line_no: number;
  staff_user_id: string;
  share_percent: number;
  requested: 0 | 1;
};

/** Who served each line (for commission): people of this tenant, shares of a line adding to 100. */
async function insertStaff(ctx: Ctx, rows: StaffRow[]): Promise<Map<string, string>> {
  const byLine = new Map<number, number>();
  for (const r of rows) {
    if (!Number.isInteger(r.share_percent) || r.share_percent < 1 || r.share_percent > 100)
      throw new AppError('VALIDATION_FAILED', 'A staff share is 1–100 percent', {
        field: `lines[${r.line_no - 1}].staff`,
      });
    byLine.set(r.line_no, (byLine.get(r.line_no) ?? 0) + r.share_percent);
  }
  for (const [lineNo, sum] of byLine) {
    if (sum !== 100)
      throw new AppError('VALIDATION_FAILED', 'Staff shares of a line add up to 100', {
        field: `lines[${lineNo - 1}].staff`,
      });
  }
  const ids = [...new Set(rows.map((r) => r.staff_user_id))];
  const found = await ctx.db
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('tenant_id', '=', ctx.tenantId)
    .where('id', 'in', ids)
    .execute();
  if (found.length !== ids.length) throw new AppError('USER_NOT_FOUND', 'No such staff member');
  await ctx.db.insertInto('order_line_staff').values(rows).execute();
  return new Map(found.map((u) => [u.id, u.display_name]));
}

/** The member's cumulative spend grows by what the order cost; a level crossed rises at once. */
async function countSpend(ctx: Ctx, memberId: string, totalCents: number): Promise<void> {
  if (totalCents <= 0) return;
  await ctx.db
    .updateTable('members')
    .set((eb) => ({
      cumulative_spend_cents: eb('cumulative_spend_cents', '+', totalCents),
      updated_at: ctx.now.toISOString(),
    }))
    .where('tenant_id', '=', ctx.tenantId)
    .where('id', '=', memberId)
    .execute();
  await applyLevelUpgrade(ctx, memberId, 'checkout');
}
