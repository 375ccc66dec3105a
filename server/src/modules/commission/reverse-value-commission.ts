import type { Insertable } from 'kysely';
import type { CommissionLedgerTable } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { proportion } from '../../shared/money.ts';

/** What commission needs of a recharge refund or a card refund: how much of the whole is now back. */
export interface ValueRefundForCommission {
  refType: 'recharge' | 'member_card';
  refId: string;
  /** Refunded so far, this refund included (fen), out of `whole` — what the member paid. */
  refundedCents: number;
  wholeCents: number;
}

/**
 * Reverses a recharge's (or an over-the-counter card's) commission and volume in proportion to the
 * money refunded, inside the refund's transaction — like reverseCommission for sales: the target is
 * share(refunded / paid) of each entry, rounded down, less what earlier reversals took, so a whole
 * refund nets to exactly zero, a part refund never over-reverses, and running it again adds nothing.
 */
export async function reverseValueCommission(ctx: Ctx, refund: ValueRefundForCommission): Promise<void> {
  if (refund.wholeCents <= 0 || refund.refundedCents <= 0) return;
  const entries = await ctx.db
    .selectFrom('commission_ledger')
    .selectAll()
    .where('tenant_id', '=', ctx.tenantId)
    .where('ref_type', '=', refund.refType)
    .where('ref_id', '=', refund.refId)
    .where('kind', 'in', ['recharge', 'sale'])
    .orderBy('id')
    .execute();
  if (entries.length === 0) return;
  const taken = await ctx.db
    .selectFrom('commission_ledger')
    .select((eb) => [
      'reverses_id',
      eb.fn.sum<number>('amount_cents').as('amount'),
      eb.fn.sum<number>('base_cents').as('base'),
    ])
    .where('tenant_id', '=', ctx.tenantId)
    .where('kind', '=', 'refund')
    .where(
      'reverses_id',
      'in',
      entries.map((e) => e.id),
    )
    .groupBy('reverses_id')
    .execute();
  const takenBy = new Map(
    taken.map((t) => [t.reverses_id, { amount: Number(t.amount), base: Number(t.base) }]),
  );

  const part = Math.min(refund.refundedCents, refund.wholeCents);
  const whole = part === refund.wholeCents;
  const at = ctx.now.toISOString();
  const rows: Insertable<CommissionLedgerTable>[] = [];
  for (const entry of entries) {
    const before = takenBy.get(entry.id) ?? { amount: 0, base: 0 };
    // Reversal rows are negative: what is still to take back is the target less what was taken.
    const amount = proportion(Number(entry.amount_cents), part, refund.wholeCents) + before.amount;
    const base = proportion(Number(entry.base_cents), part, refund.wholeCents) + before.base;
    if (amount <= 0 && base <= 0) continue;
    rows.push({
      tenant_id: ctx.tenantId,
      id: uuidv7(ctx.now.getTime()),
      staff_user_id: entry.staff_user_id,
      store_id: entry.store_id,
      at,
      kind: 'refund',
      ref_type: refund.refType === 'recharge' ? 'recharge_refund' : 'card_refund',
      ref_id: refund.refId,
      order_id: null,
      line_no: null,
      order_no: entry.order_no,
      item_name: entry.item_name,
      kind_of_item: entry.kind_of_item,
      qty: whole ? -entry.qty : 0,
      share_percent: entry.share_percent,
      requested: entry.requested,
      base_cents: -Math.max(base, 0),
      amount_cents: -Math.max(amount, 0),
      rule_id: entry.rule_id,
      rate: entry.rate,
      basis: entry.basis,
      reverses_id: entry.id,
      note: '',
    });
  }
  if (rows.length) await ctx.db.insertInto('commission_ledger').values(rows).execute();
}
