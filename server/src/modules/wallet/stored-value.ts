import { sql } from 'kysely';
import { forUpdate } from '../../db/dialect.ts';
import type { Db, StoredValueEntryKind } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { allocate, type Fen, fen } from '../../shared/money.ts';
import { attributeMovement } from './origin-stores.ts';

export interface Balances {
  principalCents: number;
  bonusCents: number;
}

export interface Movement {
  memberId: string;
  storeId: string | null;
  kind: StoredValueEntryKind;
  refType: string;
  refId: string;
  principalDelta: number;
  bonusDelta: number;
  note?: string;
  /** A sale refund: the payment it gives back, so each origin store gets back what it gave. */
  reverses?: { refType: string; refId: string };
  /** A recharge refund: the recharge's store, whose part of the balance is taken first. */
  originStoreId?: string;
}

/** Current balances; on PostgreSQL the row is locked for the rest of the transaction. */
export async function readBalances(
  db: Db,
  tenantId: string,
  memberId: string,
  lock = false,
): Promise<Balances> {
  const q = db
    .selectFrom('stored_value_accounts')
    .select(['principal_cents', 'bonus_cents'])
    .where('tenant_id', '=', tenantId)
    .where('member_id', '=', memberId);
  const row = await (lock ? forUpdate(db, q) : q).executeTakeFirst();
  return { principalCents: row?.principal_cents ?? 0, bonusCents: row?.bonus_cents ?? 0 };
}

/**
 * The one way stored value changes: a guarded atomic update of the balance (neither part may go
 * below zero, whatever ran concurrently) and its ledger row with the balance after, in the
 * caller's transaction. Refuses with INSUFFICIENT_BALANCE and changes nothing otherwise.
 */
export async function moveStoredValue(ctx: Ctx, m: Movement): Promise<Balances> {
  const dp = fen(m.principalDelta);
  const db = fen(m.bonusDelta);
  const now = ctx.now.toISOString();
  await ctx.db
    .insertInto('stored_value_accounts')
    .values({
      tenant_id: ctx.tenantId,
      member_id: m.memberId,
      principal_cents: 0,
      bonus_cents: 0,
      updated_at: now,
    })
    .onConflict((oc) => oc.columns(['tenant_id', 'member_id']).doNothing())
    .execute();
  const after = await ctx.db
    .updateTable('stored_value_accounts')
    .set({
      principal_cents: sql`principal_cents + ${dp}`,
      bonus_cents: sql`bonus_cents + ${db}`,
      updated_at: now,
    })
    .where('tenant_id', '=', ctx.tenantId)
    .where('member_id', '=', m.memberId)
    .where(sql<boolean>`principal_cents + ${dp} >= 0 and bonus_cents + ${db} >= 0`)
    .returning(['principal_cents', 'bonus_cents'])
    .executeTakeFirst();
  if (!after) {
    const current = await readBalances(ctx.db, ctx.tenantId, m.memberId);
    throw new AppError('INSUFFICIENT_BALANCE', 'Not enough stored value', {
      ...current,
      memberId: m.memberId,
    });
  }
  const ledgerId = uuidv7(ctx.now.getTime());
  await ctx.db
    .insertInto('stored_value_ledger')
    .values({
      tenant_id: ctx.tenantId,
      id: ledgerId,
      member_id: m.memberId,
      store_id: m.storeId,
      at: now,
      actor_user_id: ctx.actor.userId,
      kind: m.kind,
      ref_type: m.refType,
      ref_id: m.refId,
      principal_delta: dp,
      bonus_delta: db,
      principal_after: after.principal_cents,
      bonus_after: after.bonus_cents,
      note: m.note ?? '',
    })
    .execute();
  // Which store's money moved, for the cross-store settlement; the account row is locked by now.
  await attributeMovement(ctx, m, ledgerId, {
    principalCents: after.principal_cents - dp,
    bonusCents: after.bonus_cents - db,
  });
  return { principalCents: after.principal_cents, bonusCents: after.bonus_cents };
}

export type DeductionOrder = 'proportional' | 'principal_first' | 'bonus_first';

/**
 * How a payment of `amount` splits into principal and bonus. Proportional keeps the member's
 * principal:bonus ratio (largest remainder, so the parts sum exactly and never exceed either
 * balance); the other orders drain one part before touching the other.
 */
export function splitDeduction(
  amount: Fen | number,
  balances: Balances,
  order: DeductionOrder,
): { principal: Fen; bonus: Fen } {
  const total = balances.principalCents + balances.bonusCents;
  if (amount > total) {
    throw new AppError('INSUFFICIENT_BALANCE', 'Not enough stored value', {
      ...balances,
      requestedCents: amount,
    });
  }
  switch (order) {
    case 'proportional': {
      const [principal = fen(0), bonus = fen(0)] = allocate(amount, [
        balances.principalCents,
        balances.bonusCents,
      ]);
      return { principal, bonus };
    }
    case 'principal_first': {
      const principal = fen(Math.min(amount, balances.principalCents));
      return { principal, bonus: fen(amount - principal) };
    }
    case 'bonus_first': {
      const bonus = fen(Math.min(amount, balances.bonusCents));
      return { principal: fen(amount - bonus), bonus };
    }
  }
}
