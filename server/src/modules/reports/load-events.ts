import type { Db } from '../../db/schema.ts';
import { localDayOf } from '../../shared/time.ts';
import type { EventStaff, OrderEvent } from './compute-facts.ts';

/**
 * Sales and refunds as fact events, read from the raw order tables (batch-shaped: a list of ids in,
 * one event per id out). The live writes read their one new order or refund here, inside its
 * transaction, after every figure (the goods' cost, known once stock moved) is final.
 */
export async function loadSaleEvents(
  db: Db,
  tenantId: string,
  orderIds: readonly string[],
  timeZone: string,
) {
  if (!orderIds.length) return [];
  const orders = await db
    .selectFrom('orders')
    .select(['id', 'store_id', 'member_id', 'total_cents', 'created_at'])
    .where('tenant_id', '=', tenantId)
    .where('id', 'in', orderIds)
    .execute();
  const lines = await db
    .selectFrom('order_lines')
    .select(['order_id', 'line_no', 'product_id', 'category_id', 'kind', 'qty', 'total_cents', 'cost_cents'])
    .where('tenant_id', '=', tenantId)
    .where('order_id', 'in', orderIds)
    .orderBy('order_id')
    .orderBy('line_no')
    .execute();
  const staff = await staffOf(db, tenantId, orderIds);
  const payments = await db
    .selectFrom('order_payments')
    .select(['order_id', 'method', 'amount_cents'])
    .where('tenant_id', '=', tenantId)
    .where('order_id', 'in', orderIds)
    .orderBy('seq')
    .execute();
  const linesOf = groupBy(lines, (l) => l.order_id);
  const paymentsOf = groupBy(payments, (p) => p.order_id);
  return orders.map(
    (o): OrderEvent => ({
      day: localDayOf(new Date(o.created_at), timeZone),
      storeId: o.store_id,
      memberId: o.member_id,
      amountCents: Number(o.total_cents),
      lines: (linesOf.get(o.id) ?? []).map((l) => ({
        lineNo: l.line_no,
        productId: l.product_id,
        categoryId: l.category_id,
        kind: l.kind,
        qty: l.qty,
        amountCents: Number(l.total_cents),
        costCents: Number(l.cost_cents),
      })),
      staff: staff.get(o.id) ?? [],
      payments: (paymentsOf.get(o.id) ?? []).map((p) => ({
        method: p.method,
        amountCents: Number(p.amount_cents),
      })),
    }),
  );
}

export async function loadRefundEvents(
  db: Db,
  tenantId: string,
  refundIds: readonly string[],
  timeZone: string,
) {
  if (!refundIds.length) return [];
  const refunds = await db
    .selectFrom('refunds as r')
    .innerJoin('orders as o', (j) =>
      j.onRef('o.tenant_id', '=', 'r.tenant_id').onRef('o.id', '=', 'r.order_id'),
    )
    .select(['r.id', 'r.order_id', 'r.store_id', 'r.amount_cents', 'r.created_at', 'o.member_id'])
    .where('r.tenant_id', '=', tenantId)
    .where('r.id', 'in', refundIds)
    .execute();
  const lines = await db
    .selectFrom('refund_lines as rl')
    .innerJoin('refunds as r', (j) =>
      j.onRef('r.tenant_id', '=', 'rl.tenant_id').onRef('r.id', '=', 'rl.refund_id'),
    )
    .innerJoin('order_lines as ol', (j) =>
      j
        .onRef('ol.tenant_id', '=', 'rl.tenant_id')
        .onRef('ol.order_id', '=', 'r.order_id')
        .onRef('ol.line_no', '=', 'rl.line_no'),
    )
    .select([
      'rl.refund_id',
      'rl.line_no',
      'rl.qty',
      'rl.amount_cents',
      'rl.cost_cents',
      'ol.product_id',
      'ol.category_id',
      'ol.kind',
    ])
    .where('rl.tenant_id', '=', tenantId)
    .where('rl.refund_id', 'in', refundIds)
    .execute();
  const staff = await staffOf(db, tenantId, [...new Set(refunds.map((r) => r.order_id))]);
  const payments = await db
    .selectFrom('refund_payments')
    .select(['refund_id', 'method', 'amount_cents'])
    .where('tenant_id', '=', tenantId)
    .where('refund_id', 'in', refundIds)
    .orderBy('seq')
    .execute();
  const linesOf = groupBy(lines, (l) => l.refund_id);
  const paymentsOf = groupBy(payments, (p) => p.refund_id);
  return refunds.map(
    (r): OrderEvent => ({
      day: localDayOf(new Date(r.created_at), timeZone),
      storeId: r.store_id,
      memberId: r.member_id,
      amountCents: Number(r.amount_cents),
      lines: (linesOf.get(r.id) ?? []).map((l) => ({
        lineNo: l.line_no,
        productId: l.product_id,
        categoryId: l.category_id,
        kind: l.kind,
        qty: l.qty,
        amountCents: Number(l.amount_cents),
        costCents: Number(l.cost_cents),
      })),
      staff: staff.get(r.order_id) ?? [],
      payments: (paymentsOf.get(r.id) ?? []).map((p) => ({
        method: p.method,
        amountCents: Number(p.amount_cents),
      })),
    }),
  );
}

async function staffOf(db: Db, tenantId: string, orderIds: readonly string[]) {
  const byOrder = new Map<string, EventStaff[]>();
  if (!orderIds.length) return byOrder;
  const rows = await db
    .selectFrom('order_line_staff')
    .select(['order_id', 'line_no', 'staff_user_id', 'share_percent'])
    .where('tenant_id', '=', tenantId)
    .where('order_id', 'in', orderIds)
    .execute();
  for (const r of rows) {
    const list = byOrder.get(r.order_id) ?? [];
    list.push({ lineNo: r.line_no, staffUserId: r.staff_user_id, sharePercent: r.share_percent });
    byOrder.set(r.order_id, list);
  }
  return byOrder;
}

function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = keyOf(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}
