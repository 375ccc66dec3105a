import type { Selectable } from 'kysely';
import { forUpdate } from '../../db/dialect.ts';
import type { OrderLinesTable, OrderPaymentsTable, OrdersTable } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { decodeCursor, encodeCursor, type Page } from '../../shared/pagination.ts';
import { canActInStore, requirePermission } from '../auth/permissions.ts';
import { giftCardsOfOrder, type OrderGiftCard } from '../giftcards/queries.ts';
import { maskPhone } from '../members/identity.ts';
import type { LineAdjustment, OrderAdjustment } from '../pricing/price-cart.ts';

export interface OrderLineView {
  lineNo: number;
  productId: string;
  sku: string;
  name: string;
  kind: 'goods' | 'service' | 'card' | 'gift_card';
  qty: number;
  unitPriceCents: number;
  listCents: number;
  discountCents: number;
  totalCents: number;
  adjustments: LineAdjustment[];
  pointsRedeemed: number;
  memberCardId: string | null;
  issuedCardId: string | null;
  refundedQty: number;
  refundedCents: number;
  staff: { userId: string; name: string; sharePercent: number; requested: boolean }[];
}

export interface PaymentView {
  seq: number;
  method: OrderPaymentsTable['method'];
  amountCents: number;
  tenderedCents: number;
  principalCents: number;
  bonusCents: number;
  ref: string;
  refundedCents: number;
}

export interface OrderSummary {
  id: string;
  orderNo: string;
  storeId: string;
  till: string;
  memberId: string | null;
  memberName: string | null;
  cashierName: string | null;
  status: OrdersTable['status'];
  listCents: number;
  discountCents: number;
  totalCents: number;
  refundedCents: number;
  createdAt: string;
}

export interface OrderView extends OrderSummary {
  shiftId: string | null;
  memberPhone: string | null;
  changeCents: number;
  pointsRedeemed: number;
  pointsValueCents: number;
  pointsEarned: number;
  moneyPaidCents: number;
  note: string;
  orderAdjustments: OrderAdjustment[];
  lines: OrderLineView[];
  payments: PaymentView[];
  /** The member's balances now (on the receipt printed at the sale: the balance after it). */
  memberBalances: { principalCents: number; bonusCents: number; points: number } | null;
  refunds: { id: string; amountCents: number; reason: string; createdAt: string }[];
  /** Gift cards the order sold and the ones that paid it, with their balances now. */
  giftCards: OrderGiftCard[];
}

function toPayment(p: Selectable<OrderPaymentsTable>): PaymentView {
  return {
    seq: p.seq,
    method: p.method,
    amountCents: p.amount_cents,
    tenderedCents: p.tendered_cents,
    principalCents: p.principal_cents,
    bonusCents: p.bonus_cents,
    ref: p.ref,
    refundedCents: p.refunded_cents,
  };
}

function toLine(l: Selectable<OrderLinesTable>, staff: OrderLineView['staff']): OrderLineView {
  return {
    lineNo: l.line_no,
    productId: l.product_id,
    sku: l.sku,
    name: l.name,
    kind: l.kind,
    qty: l.qty,
    unitPriceCents: l.unit_price_cents,
    listCents: l.list_cents,
    discountCents: l.discount_cents,
    totalCents: l.total_cents,
    adjustments: JSON.parse(l.adjustments) as LineAdjustment[],
    pointsRedeemed: l.points_redeemed,
    memberCardId: l.member_card_id,
    issuedCardId: l.issued_card_id,
    refundedQty: l.refunded_qty,
    refundedCents: l.refunded_cents,
    staff,
  };
}

/** The order row, locked when a refund is about to change it; the actor must see its store. */
export async function loadOrder(ctx: Ctx, orderId: string, lock = false): Promise<Selectable<OrdersTable>> {
  const q = ctx.db
    .selectFrom('orders')
    .selectAll()
    .where('tenant_id', '=', ctx.tenantId)
    .where('id', '=', orderId);
  const row = await (lock ? forUpdate(ctx.db, q) : q).executeTakeFirst();
  if (!row || !canActInStore(ctx.actor, row.store_id))
    throw new AppError('ORDER_NOT_FOUND', 'No such order', { orderId });
  return row;
}

export async function getOrder(ctx: Ctx, orderId: string): Promise<OrderView> {
  const o = await loadOrder(ctx, orderId);
  const [lines, payments, staff, refunds, people, giftCards] = await Promise.all([
    ctx.db
      .selectFrom('order_lines')
      .selectAll()
      .where('tenant_id', '=', ctx.tenantId)
      .where('order_id', '=', o.id)
      .orderBy('line_no')
      .execute(),
    ctx.db
      .selectFrom('order_payments')
      .selectAll()
      .where('tenant_id', '=', ctx.tenantId)
      .where('order_id', '=', o.id)
      .orderBy('seq')
      .execute(),
    ctx.db
      .selectFrom('order_line_staff')
      .innerJoin('users', (j) =>
        j
          .onRef('users.tenant_id', '=', 'order_line_staff.tenant_id')
          .onRef('users.id', '=', 'order_line_staff.staff_user_id'),
      )
      .select([
        'order_line_staff.line_no',
        'order_line_staff.staff_user_id',
        'order_line_staff.share_percent',
        'order_line_staff.requested',
        'users.display_name',
      ])
      .where('order_line_staff.tenant_id', '=', ctx.tenantId)
      .where('order_line_staff.order_id', '=', o.id)
      .execute(),
    ctx.db
      .selectFrom('refunds')
      .select(['id', 'amount_cents', 'reason', 'created_at'])
      .where('tenant_id', '=', ctx.tenantId)
      .where('order_id', '=', o.id)
      .orderBy('created_at')
      .execute(),
    peopleOf(ctx, o),
    giftCardsOf(ctx, o.id),
  ]);
  return toOrderView(o, { lines, payments, staff, refunds, people, giftCards });
}

async function giftCardsOf(ctx: Ctx, orderId: string): Promise<OrderGiftCard[]> {
  const seqs = await ctx.db
    .selectFrom('order_payments')
    .select('seq')
    .where('tenant_id', '=', ctx.tenantId)
    .where('order_id', '=', orderId)
    .where('method', '=', 'gift_card')
    .execute();
  return giftCardsOfOrder(
    ctx,
    orderId,
    seqs.map((p) => p.seq),
  );
}

export interface OrderParts {
  lines: Selectable<OrderLinesTable>[];
  payments: Selectable<OrderPaymentsTable>[];
  staff: {
    line_no: number;
    staff_user_id: string;
    share_percent: number;
    requested: 0 | 1;
    display_name: string;
  }[];
  refunds: { id: string; amount_cents: number; reason: string; created_at: string }[];
  people: Awaited<ReturnType<typeof peopleOf>>;
  giftCards: OrderGiftCard[];
}

/** The order as the API shows it, from its rows (checkout passes the rows it just wrote). */
export function toOrderView(o: Selectable<OrdersTable>, parts: OrderParts): OrderView {
  const { lines, payments, staff, refunds, people, giftCards } = parts;
  const pricing = JSON.parse(o.pricing) as { orderAdjustments: OrderAdjustment[]; pointsValueCents: number };
  return {
    ...toSummary(o, people.memberName, people.cashierName),
    shiftId: o.shift_id,
    memberPhone: people.memberPhone,
    changeCents: o.change_cents,
    pointsRedeemed: o.points_redeemed,
    pointsValueCents: pricing.pointsValueCents,
    pointsEarned: o.points_earned,
    moneyPaidCents: o.money_paid_cents,
    note: o.note,
    orderAdjustments: pricing.orderAdjustments,
    lines: lines.map((l) =>
      toLine(
        l,
        staff
          .filter((s) => s.line_no === l.line_no)
          .map((s) => ({
            userId: s.staff_user_id,
            name: s.display_name,
            sharePercent: s.share_percent,
            requested: s.requested === 1,
          })),
      ),
    ),
    payments: payments.map(toPayment),
    memberBalances: people.balances,
    refunds: refunds.map((r) => ({
      id: r.id,
      amountCents: r.amount_cents,
      reason: r.reason,
      createdAt: r.created_at,
    })),
    giftCards,
  };
}

/** Who the order names: member (masked phone, balances now) and cashier. */
export async function peopleOf(
  ctx: Ctx,
  o: Pick<Selectable<OrdersTable>, 'cashier_user_id' | 'member_id'>,
  cashierName?: string,
) {
  const cashier =
    cashierName !== undefined
      ? { display_name: cashierName }
      : o.cashier_user_id
        ? await ctx.db
            .selectFrom('users')
            .select('display_name')
            .where('tenant_id', '=', ctx.tenantId)
            .where('id', '=', o.cashier_user_id)
            .executeTakeFirst()
        : undefined;
  if (!o.member_id)
    return {
      memberName: null,
      memberPhone: null,
      cashierName: cashier?.display_name ?? null,
      balances: null,
    };
  const member = await ctx.db
    .selectFrom('members')
    .leftJoin('stored_value_accounts as sv', (j) =>
      j.onRef('sv.tenant_id', '=', 'members.tenant_id').onRef('sv.member_id', '=', 'members.id'),
    )
    .leftJoin('points_accounts as pa', (j) =>
      j.onRef('pa.tenant_id', '=', 'members.tenant_id').onRef('pa.member_id', '=', 'members.id'),
    )
    .select(['members.name', 'members.phone', 'sv.principal_cents', 'sv.bonus_cents', 'pa.balance'])
    .where('members.tenant_id', '=', ctx.tenantId)
    .where('members.id', '=', o.member_id)
    .executeTakeFirstOrThrow();
  return {
    memberName: member.name,
    memberPhone: maskPhone(member.phone),
    cashierName: cashier?.display_name ?? null,
    balances: {
      principalCents: member.principal_cents ?? 0,
      bonusCents: member.bonus_cents ?? 0,
      points: member.balance ?? 0,
    },
  };
}

function toSummary(
  o: Selectable<OrdersTable>,
  memberName: string | null,
  cashierName: string | null,
): OrderSummary {
  return {
    id: o.id,
    orderNo: o.order_no,
    storeId: o.store_id,
    till: o.till,
    memberId: o.member_id,
    memberName,
    cashierName,
    status: o.status,
    listCents: o.list_cents,
    discountCents: o.discount_cents,
    totalCents: o.total_cents,
    refundedCents: o.refunded_cents,
    createdAt: o.created_at,
  };
}

export interface OrderFilter {
  storeId?: string;
  memberId?: string;
  from?: string;
  to?: string;
  q?: string;
  cursor?: string;
  limit?: number;
}

/** Sales list, newest first, bounded by the actor's stores; cursor over (created_at, id). */
export async function listOrders(ctx: Ctx, f: OrderFilter): Promise<Page<OrderSummary>> {
  requirePermission(ctx.actor, 'orders.read');
  const limit = Math.min(f.limit ?? 50, 200);
  let q = ctx.db
    .selectFrom('orders')
    .leftJoin('members', (j) =>
      j.onRef('members.tenant_id', '=', 'orders.tenant_id').onRef('members.id', '=', 'orders.member_id'),
    )
    .leftJoin('users', (j) =>
      j.onRef('users.tenant_id', '=', 'orders.tenant_id').onRef('users.id', '=', 'orders.cashier_user_id'),
    )
    .selectAll('orders')
    .select(['members.name as member_name', 'users.display_name as cashier_name'])
    .where('orders.tenant_id', '=', ctx.tenantId);
  if (ctx.actor.storeIds !== 'all') {
    if (ctx.actor.storeIds.length === 0) return { items: [], nextCursor: null };
    q = q.where('orders.store_id', 'in', ctx.actor.storeIds);
  }
  if (f.storeId) q = q.where('orders.store_id', '=', f.storeId);
  if (f.memberId) q = q.where('orders.member_id', '=', f.memberId);
  if (f.from) q = q.where('orders.created_at', '>=', f.from);
  if (f.to) q = q.where('orders.created_at', '<', f.to);
  if (f.q?.trim()) q = q.where('orders.order_no', '=', f.q.trim());
  if (f.cursor) {
    const [at, id] = decodeCursor<[string, string]>(f.cursor);
    q = q.where((eb) =>
      eb.or([
        eb('orders.created_at', '<', at),
        eb.and([eb('orders.created_at', '=', at), eb('orders.id', '<', id)]),
      ]),
    );
  }
  const rows = await q
    .orderBy('orders.created_at', 'desc')
    .orderBy('orders.id', 'desc')
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => toSummary(r, r.member_name, r.cashier_name)),
    nextCursor: rows.length > limit && last ? encodeCursor([last.created_at, last.id]) : null,
  };
}
