import type { Db } from '../src/db/schema.ts';
import { uuidv7 } from '../src/shared/ids.ts';

/** Test-only rows the engagement tests need without ringing up real sales. */
let orderSeq = 0;

export async function insertOrder(
  db: Db,
  tenantId: string,
  storeId: string,
  memberId: string,
  at: Date,
  opts: { totalCents?: number; status?: 'completed' | 'refunded' } = {},
) {
  const total = opts.totalCents ?? 10_000;
  await db
    .insertInto('orders')
    .values({
      tenant_id: tenantId,
      id: uuidv7(at.getTime()),
      order_no: `T${++orderSeq}-${Date.now()}`,
      store_id: storeId,
      till: 'T1',
      shift_id: null,
      member_id: memberId,
      cashier_user_id: null,
      status: opts.status ?? 'completed',
      list_cents: total,
      discount_cents: 0,
      total_cents: total,
      change_cents: 0,
      refunded_cents: opts.status === 'refunded' ? total : 0,
      points_redeemed: 0,
      points_earned: 0,
      money_paid_cents: total,
      pricing: '{}',
      note: '',
      created_at: at.toISOString(),
    })
    .execute();
}

export async function insertLevel(db: Db, tenantId: string, rank: number, name: string) {
  const id = uuidv7();
  const now = new Date().toISOString();
  await db
    .insertInto('levels')
    .values({
      tenant_id: tenantId,
      id,
      rank,
      name,
      threshold: rank * 100_000,
      discount_percent: 100,
      points_multiplier_percent: 100,
      benefits: '',
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}
