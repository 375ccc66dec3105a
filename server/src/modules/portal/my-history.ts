import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { listMemberCoupons } from '../coupons/member-coupons.ts';
import { getOrder, listOrders } from '../sales/orders.ts';
import { listRechargeHistory } from '../wallet/recharge-history.ts';

/** The member's coupons in three lists (usable now or soon, used, expired), with their codes. */
export async function listMyCoupons(ctx: Ctx, memberId: string) {
  const coupons = await listMemberCoupons(ctx, memberId);
  const view = (c: (typeof coupons)[number]) => ({
    id: c.id,
    code: c.code,
    name: c.name,
    kind: c.kind,
    value: c.value,
    maxOffCents: c.maxOffCents,
    thresholdCents: c.thresholdCents,
    state: c.state,
    validFrom: c.validFrom,
    expiresAt: c.expiresAt,
    redeemedAt: c.redeemedAt,
  });
  const pick = (states: readonly string[]) => coupons.filter((c) => states.includes(c.state)).map(view);
  return { usable: pick(['usable', 'not_yet_valid']), used: pick(['used']), expired: pick(['expired']) };
}

/** Own purchases, newest first (any store of the merchant). */
export async function listMyOrders(ctx: Ctx, memberId: string, page: { cursor?: string; limit?: number }) {
  const result = await listOrders(ctx, {
    memberId,
    cursor: page.cursor,
    limit: Math.min(page.limit ?? 20, 100),
  });
  return {
    items: result.items.map((o) => ({
      id: o.id,
      orderNo: o.orderNo,
      storeId: o.storeId,
      status: o.status,
      listCents: o.listCents,
      discountCents: o.discountCents,
      totalCents: o.totalCents,
      refundedCents: o.refundedCents,
      createdAt: o.createdAt,
    })),
    nextCursor: result.nextCursor,
  };
}

/** One own purchase as a receipt; another member's order answers as if it did not exist. */
export async function getMyOrder(ctx: Ctx, memberId: string, orderId: string) {
  const o = await getOrder(ctx, orderId);
  if (o.memberId !== memberId) throw new AppError('ORDER_NOT_FOUND', 'No such order', { orderId });
  // A receipt: what was bought and paid, not the till's internals (staff shares, payment refs).
  return {
    id: o.id,
    orderNo: o.orderNo,
    storeId: o.storeId,
    status: o.status,
    listCents: o.listCents,
    discountCents: o.discountCents,
    totalCents: o.totalCents,
    refundedCents: o.refundedCents,
    pointsRedeemed: o.pointsRedeemed,
    pointsEarned: o.pointsEarned,
    createdAt: o.createdAt,
    lines: o.lines.map((l) => ({
      lineNo: l.lineNo,
      name: l.name,
      qty: l.qty,
      unitPriceCents: l.unitPriceCents,
      listCents: l.listCents,
      discountCents: l.discountCents,
      totalCents: l.totalCents,
      refundedQty: l.refundedQty,
      refundedCents: l.refundedCents,
    })),
    payments: o.payments.map((p) => ({
      method: p.method,
      amountCents: p.amountCents,
      refundedCents: p.refundedCents,
    })),
  };
}

export async function listMyRecharges(ctx: Ctx, memberId: string, page: { cursor?: string; limit?: number }) {
  const result = await listRechargeHistory(ctx, memberId, page);
  return {
    items: result.items.map((r) => ({
      id: r.id,
      storeId: r.storeId,
      principalCents: r.principalCents,
      bonusCents: r.bonusCents,
      points: r.points,
      paymentMethod: r.paymentMethod,
      status: r.status,
      refundedPrincipalCents: r.refundedPrincipalCents,
      forfeitedBonusCents: r.forfeitedBonusCents,
      createdAt: r.createdAt,
      refundedAt: r.refundedAt,
    })),
    nextCursor: result.nextCursor,
  };
}
