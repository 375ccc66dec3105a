import { sql } from 'kysely';
import type { TenderMethod } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { allocate, proportion } from '../../shared/money.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requirePermission, requireStore } from '../auth/permissions.ts';
import { cancelUnusedCard } from '../cards/manage-card.ts';
import { restoreSessions } from '../cards/use-card.ts';
import { reverseCommission } from '../commission/reverse-commission.ts';
import { restoreCouponOfOrder } from '../coupons/redeem-coupon.ts';
import { restoreGiftCardSpend } from '../giftcards/spend-gift-card.ts';
import { takeBackSoldGiftCard } from '../giftcards/void-gift-card.ts';
import { moveStock } from '../inventory/stock.ts';
import { clawBackPoints, restoreRedeemedPoints } from '../points/reverse-points.ts';
import { recordRefundFacts } from '../reports/record-facts.ts';
import { moveStoredValue } from '../wallet/stored-value.ts';
import { getOrder, loadOrder, type OrderView } from './orders.ts';
import { openShiftFor } from './shifts.ts';

export interface RefundInput {
  orderId: string;
  till: string;
  /** Lines and quantities to refund; omitted = everything not yet refunded. */
  lines?: { lineNo: number; qty: number }[];
  reason: string;
}

/**
 * The share of `whole` that belongs to the first `k` of `n` units, rounded down. A part refund takes
 * share(k + q) − share(k), so however a line is refunded in parts, the parts add up to the whole.
 */
const share = (whole: number, k: number, n: number) => (n === 0 ? 0 : proportion(whole, k, n));

/**
 * Refunds a whole order or chosen lines, reversing exactly what the sale did, in proportion for a
 * part: money back to the tenders it came from (stored value to principal and bonus as spent),
 * redeemed points returned, earned points clawed back, card sessions restored, an unused sold card
 * taken back, stock returned at the cost it left with. Refunding more than was sold is refused by
 * guarded updates; a retried request replays through its Idempotency-Key.
 */
export async function refundOrder(ctx: Ctx, input: RefundInput): Promise<OrderView> {
  requirePermission(ctx.actor, 'pos.refund');
  const reason = input.reason.trim();
  if (!reason) throw new AppError('VALIDATION_FAILED', 'Say why', { field: 'reason' });
  const till = input.till.trim();
  if (!till) throw new AppError('VALIDATION_FAILED', 'Name the till', { field: 'till' });

  return inTransaction(ctx, async (tx) => {
    const order = await loadOrder(tx, input.orderId, true);
    requireStore(tx.actor, order.store_id);
    const lines = await tx.db
      .selectFrom('order_lines')
      .selectAll()
      .where('tenant_id', '=', tx.tenantId)
      .where('order_id', '=', order.id)
      .orderBy('line_no')
      .execute();
    const wanted =
      input.lines ??
      lines
        .filter((l) => l.refunded_qty < l.qty)
        .map((l) => ({ lineNo: l.line_no, qty: l.qty - l.refunded_qty }));
    if (wanted.length === 0) throw new AppError('NOTHING_TO_REFUND', 'This order is fully refunded');
    const seen = new Set<number>();
    const refundId = uuidv7(tx.now.getTime());

    const refundLines: {
      line: (typeof lines)[number];
      qty: number;
      amount: number;
      points: number;
      cost: number;
    }[] = [];
    for (const w of wanted) {
      const line = lines.find((l) => l.line_no === w.lineNo);
      if (!line || seen.has(w.lineNo))
        throw new AppError('VALIDATION_FAILED', 'Name each line of the order once', {
          field: 'lines',
          lineNo: w.lineNo,
        });
      seen.add(w.lineNo);
      if (!Number.isSafeInteger(w.qty) || w.qty < 1)
        throw new AppError('VALIDATION_FAILED', 'Refund a whole quantity of at least 1', {
          field: 'lines',
          lineNo: w.lineNo,
        });
      const before = line.refunded_qty;
      const after = before + w.qty;
      if (after > line.qty) {
        throw new AppError('REFUND_EXCEEDS_SALE', 'That is more than was sold and not yet refunded', {
          lineNo: line.line_no,
          refundableQty: line.qty - before,
        });
      }
      const amount = share(line.total_cents, after, line.qty) - share(line.total_cents, before, line.qty);
      const points =
        share(line.points_redeemed, after, line.qty) - share(line.points_redeemed, before, line.qty);
      const cost = share(line.cost_cents, after, line.qty) - share(line.cost_cents, before, line.qty);
      const claimed = await tx.db
        .updateTable('order_lines')
        .set({ refunded_qty: sql`refunded_qty + ${w.qty}`, refunded_cents: sql`refunded_cents + ${amount}` })
        .where('tenant_id', '=', tx.tenantId)
        .where('order_id', '=', order.id)
        .where('line_no', '=', line.line_no)
        .where(sql<boolean>`refunded_qty + ${w.qty} <= qty`)
        .executeTakeFirst();
      if (Number(claimed.numUpdatedRows) !== 1)
        throw new AppError('REFUND_EXCEEDS_SALE', 'That is more than was sold and not yet refunded', {
          lineNo: line.line_no,
        });
      refundLines.push({ line, qty: w.qty, amount, points, cost });
    }

    const amount = refundLines.reduce((s, r) => s + r.amount, 0);
    const refundedBefore = order.refunded_cents;
    const refundedAfter = refundedBefore + amount;
    const payments = await tx.db
      .selectFrom('order_payments')
      .selectAll()
      .where('tenant_id', '=', tx.tenantId)
      .where('order_id', '=', order.id)
      .orderBy('seq')
      .execute();
    const backs = tenderRefunds(payments, amount, refundedAfter);
    const shift = await openShiftFor(tx, order.store_id, till);
    if (!shift && backs.some((b) => b.method === 'cash' && b.amount > 0))
      throw new AppError('SHIFT_REQUIRED', 'Open a shift on this till to pay cash back', { till });

    for (const b of backs) {
      if (b.amount === 0) continue;
      await tx.db
        .updateTable('order_payments')
        .set({ refunded_cents: sql`refunded_cents + ${b.amount}` })
        .where('tenant_id', '=', tx.tenantId)
        .where('order_id', '=', order.id)
        .where('seq', '=', b.seq)
        .where(sql<boolean>`refunded_cents + ${b.amount} <= amount_cents`)
        .execute();
      if (b.method === 'stored_value' && order.member_id) {
        await moveStoredValue(tx, {
          memberId: order.member_id,
          storeId: order.store_id,
          kind: 'spend_reversal',
          refType: 'refund',
          refId: refundId,
          reverses: { refType: 'order', refId: order.id },
          principalDelta: b.principal,
          bonusDelta: b.bonus,
          note: reason,
        });
      }
      if (b.method === 'gift_card') {
        await restoreGiftCardSpend(tx, {
          orderId: order.id,
          seq: b.seq,
          amountCents: b.amount,
          storeId: order.store_id,
          refundId,
          note: reason,
        });
      }
    }

    // Points: the redeemed ones go back line by line; the earned ones leave in proportion to money.
    const pointsBack = refundLines.reduce((s, r) => s + r.points, 0);
    let pointsRestored = 0;
    if (pointsBack > 0 && order.points_redeemed > 0) {
      const r = await restoreRedeemedPoints(tx, {
        refType: 'order',
        refId: order.id,
        storeId: order.store_id,
        part: pointsBack,
        whole: order.points_redeemed,
      });
      pointsRestored = r.restored;
    }
    // Points were earned on the order less its gift cards, so only that part's refund claws back.
    const isGift = (l: { kind: string }) => l.kind === 'gift_card';
    const giftTotal = lines.filter(isGift).reduce((s, l) => s + l.total_cents, 0);
    const giftBefore = lines.filter(isGift).reduce((s, l) => s + l.refunded_cents, 0);
    const giftNow = refundLines.filter((r) => isGift(r.line)).reduce((s, r) => s + r.amount, 0);
    const earningTotal = order.total_cents - giftTotal;
    const earningBefore = refundedBefore - giftBefore;
    const earningAfter = earningBefore + amount - giftNow;
    let pointsClawedBack = 0;
    if (order.points_earned > 0 && earningTotal > 0) {
      const target =
        share(order.points_earned, earningAfter, earningTotal) -
        share(order.points_earned, earningBefore, earningTotal);
      if (target > 0) {
        const r = await clawBackPoints(tx, {
          refType: 'order',
          refId: order.id,
          storeId: order.store_id,
          part: target,
          whole: order.points_earned,
        });
        pointsClawedBack = r.clawedBack;
      }
    }

    for (const r of refundLines) {
      const ref = `${order.id}:${r.line.line_no}`;
      if (r.line.member_card_id) {
        await restoreSessions(tx, {
          refType: 'order_line',
          refId: ref,
          storeId: order.store_id,
          limit: r.qty,
        });
      }
      if (r.line.issued_card_id) {
        await cancelUnusedCard(tx, r.line.issued_card_id, {
          storeId: order.store_id,
          refundCents: r.amount,
          reason,
          refType: 'refund',
          refId: refundId,
        });
      }
      if (r.line.kind === 'gift_card') {
        await takeBackSoldGiftCard(tx, {
          orderId: order.id,
          lineNo: r.line.line_no,
          storeId: order.store_id,
          refundId,
          reason,
        });
      }
      if (r.line.kind === 'goods' && (await tracksStock(tx, r.line.product_id))) {
        await moveStock(tx, {
          storeId: order.store_id,
          productId: r.line.product_id,
          kind: 'refund',
          refType: 'refund',
          refId: refundId,
          qty: r.qty,
          valueCents: r.cost,
        });
      }
    }

    const fullyRefunded = lines.every(
      (l) => l.refunded_qty + (refundLines.find((r) => r.line === l)?.qty ?? 0) === l.qty,
    );
    await tx.db
      .updateTable('orders')
      .set({ refunded_cents: refundedAfter, status: fullyRefunded ? 'refunded' : 'partially_refunded' })
      .where('tenant_id', '=', tx.tenantId)
      .where('id', '=', order.id)
      .where('refunded_cents', '=', refundedBefore)
      .execute();
    // The coupon comes back only with the whole order, and only while it is still valid.
    if (fullyRefunded) await restoreCouponOfOrder(tx, order.id);
    const spendBack = amount - giftNow;
    if (order.member_id && spendBack > 0) {
      await tx.db
        .updateTable('members')
        .set({
          cumulative_spend_cents: sql`case when cumulative_spend_cents > ${spendBack} then cumulative_spend_cents - ${spendBack} else 0 end`,
          updated_at: tx.now.toISOString(),
        })
        .where('tenant_id', '=', tx.tenantId)
        .where('id', '=', order.member_id)
        .execute();
    }
    await tx.db
      .insertInto('refunds')
      .values({
        tenant_id: tx.tenantId,
        id: refundId,
        order_id: order.id,
        store_id: order.store_id,
        till,
        shift_id: shift?.id ?? null,
        amount_cents: amount,
        points_restored: pointsRestored,
        points_clawed_back: pointsClawedBack,
        reason,
        created_by: tx.actor.userId,
        created_at: tx.now.toISOString(),
      })
      .execute();
    await tx.db
      .insertInto('refund_lines')
      .values(
        refundLines.map((r) => ({
          tenant_id: tx.tenantId,
          refund_id: refundId,
          line_no: r.line.line_no,
          qty: r.qty,
          amount_cents: r.amount,
          points_restored: r.points,
          cost_cents: r.cost,
        })),
      )
      .execute();
    const paid = backs.filter((b) => b.amount > 0);
    if (paid.length) {
      await tx.db
        .insertInto('refund_payments')
        .values(
          paid.map((b) => ({
            tenant_id: tx.tenantId,
            refund_id: refundId,
            seq: b.seq,
            method: b.method,
            amount_cents: b.amount,
            principal_cents: b.principal,
            bonus_cents: b.bonus,
          })),
        )
        .execute();
    }
    await reverseCommission(tx, {
      id: refundId,
      orderId: order.id,
      lines: refundLines.map((r) => ({
        lineNo: r.line.line_no,
        soldQty: r.line.qty,
        refundedBefore: r.line.refunded_qty,
        qty: r.qty,
      })),
    });
    await recordAudit(tx, {
      action: 'sales.refund',
      entity: 'order',
      entityId: order.id,
      storeId: order.store_id,
      after: {
        refundId,
        amountCents: amount,
        lines: refundLines.map((r) => ({ lineNo: r.line.line_no, qty: r.qty })),
        reason,
      },
    });
    await recordRefundFacts(tx, refundId);
    return getOrder(tx, order.id);
  });
}

async function tracksStock(ctx: Ctx, productId: string): Promise<boolean> {
  const p = await ctx.db
    .selectFrom('products')
    .select('track_stock')
    .where('tenant_id', '=', ctx.tenantId)
    .where('id', '=', productId)
    .executeTakeFirst();
  return p?.track_stock === 1;
}

interface PaymentRow {
  seq: number;
  method: TenderMethod;
  amount_cents: number;
  principal_cents: number;
  refunded_cents: number;
}

/**
 * Splits a refund over the order's tenders in proportion to what each paid: the running target
 * for each tender is its largest-remainder share of everything refunded so far, so after a full
 * refund every tender has exactly its amount back. Stored value splits into principal and bonus
 * the same way.
 */
export function tenderRefunds(payments: readonly PaymentRow[], amount: number, refundedAfter: number) {
  const targets = allocate(
    refundedAfter,
    payments.map((p) => p.amount_cents),
  );
  const out = payments.map((p, i) => {
    const room = p.amount_cents - p.refunded_cents;
    const want = (targets[i] ?? 0) - p.refunded_cents;
    return { p, amount: Math.max(0, Math.min(want, room)) };
  });
  let left = amount - out.reduce((s, o) => s + o.amount, 0);
  for (const o of out) {
    if (left <= 0) break;
    const extra = Math.min(left, o.p.amount_cents - o.p.refunded_cents - o.amount);
    o.amount += extra;
    left -= extra;
  }
  if (left !== 0) throw new AppError('REFUND_EXCEEDS_SALE', 'The refund is more than was paid');
  return out.map(({ p, amount: back }) => {
    if (p.method !== 'stored_value')
      return { seq: p.seq, method: p.method, amount: back, principal: 0, bonus: 0 };
    const principal =
      share(p.principal_cents, p.refunded_cents + back, p.amount_cents) -
      share(p.principal_cents, p.refunded_cents, p.amount_cents);
    return { seq: p.seq, method: p.method, amount: back, principal, bonus: back - principal };
  });
}
