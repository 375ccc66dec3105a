import type { Db } from '../../db/schema.ts';

/**
 * Read-only looks at the sales tables: a visit is an order, and the people credited on its
 * lines are who served. Feedback never writes an order.
 */
export function findOrder(db: Db, tenantId: string, orderId: string) {
  return db
    .selectFrom('orders')
    .select([
      'id',
      'order_no',
      'store_id',
      'member_id',
      'cashier_user_id',
      'status',
      'total_cents',
      'created_at',
    ])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', orderId)
    .executeTakeFirst();
}

/**
 * Who served each order: the person credited with the largest part of its paid amount (share of
 * each line's total), earliest line first on a tie; the cashier when nobody was credited.
 */
export async function mainStaffOf(
  db: Db,
  tenantId: string,
  orders: readonly { id: string; cashier_user_id: string | null }[],
): Promise<Map<string, string | null>> {
  const result = new Map<string, string | null>(orders.map((o) => [o.id, o.cashier_user_id]));
  if (orders.length === 0) return result;
  const rows = await db
    .selectFrom('order_line_staff as s')
    .innerJoin('order_lines as l', (j) =>
      j
        .onRef('l.tenant_id', '=', 's.tenant_id')
        .onRef('l.order_id', '=', 's.order_id')
        .onRef('l.line_no', '=', 's.line_no'),
    )
    .select(['s.order_id', 's.line_no', 's.staff_user_id', 's.share_percent', 'l.total_cents'])
    .where('s.tenant_id', '=', tenantId)
    .where(
      's.order_id',
      'in',
      orders.map((o) => o.id),
    )
    .orderBy('s.order_id')
    .orderBy('s.line_no')
    .execute();
  const weight = new Map<string, Map<string, { w: number; first: number }>>();
  for (const r of rows) {
    const perOrder = weight.get(r.order_id) ?? new Map<string, { w: number; first: number }>();
    weight.set(r.order_id, perOrder);
    const cur = perOrder.get(r.staff_user_id) ?? { w: 0, first: r.line_no };
    // share × line total: integer, compared only, never stored.
    cur.w += r.share_percent * Math.max(Number(r.total_cents), 1);
    perOrder.set(r.staff_user_id, cur);
  }
  for (const [orderId, perOrder] of weight) {
    let best: { id: string; w: number; first: number } | null = null;
    for (const [id, v] of perOrder) {
      if (!best || v.w > best.w || (v.w === best.w && v.first < best.first)) best = { id, ...v };
    }
    if (best) result.set(orderId, best.id);
  }
  return result;
}

/** Everyone credited on an order, plus its cashier: whom a rating may name. */
export async function peopleOnOrder(db: Db, tenantId: string, orderId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('order_line_staff')
    .select('staff_user_id')
    .where('tenant_id', '=', tenantId)
    .where('order_id', '=', orderId)
    .execute();
  return new Set(rows.map((r) => r.staff_user_id));
}

export async function userName(db: Db, tenantId: string, userId: string): Promise<string | null> {
  const row = await db
    .selectFrom('users')
    .select('display_name')
    .where('tenant_id', '=', tenantId)
    .where('id', '=', userId)
    .executeTakeFirst();
  return row?.display_name ?? null;
}
