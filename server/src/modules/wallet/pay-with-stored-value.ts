import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { fen } from '../../shared/money.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { assertActive, loadMember } from '../members/access.ts';
import { getTenantProfile } from '../tenancy/get-settings.ts';
import { type Balances, moveStoredValue, readBalances, splitDeduction } from './stored-value.ts';

export interface StoredValuePayment {
  memberId: string;
  storeId: string;
  amountCents: number;
  /** What is being paid for, e.g. ('order', orderId): the refund finds the payment by it. */
  refType: string;
  refId: string;
}

/**
 * Spends stored value for a payment (checkout calls this inside its own transaction). The split
 * into principal and bonus follows the tenant's deduction order; the debit itself is the guarded
 * update, so concurrent payments can never take the balance below zero.
 */
export async function payWithStoredValue(
  ctx: Ctx,
  p: StoredValuePayment,
): Promise<{ principalCents: number; bonusCents: number; balances: Balances }> {
  const amount = fen(p.amountCents);
  if (amount <= 0)
    throw new AppError('INVALID_AMOUNT', 'A payment is more than zero', { field: 'amountCents' });
  return inTransaction(ctx, async (tx) => {
    const member = await loadMember(tx, p.memberId);
    assertActive(member);
    const { settings } = await getTenantProfile(tx);
    if (!settings.crossStoreStoredValue && member.home_store_id && member.home_store_id !== p.storeId) {
      throw new AppError('CROSS_STORE_DENIED', 'Stored value is spent only in the member’s home store', {
        homeStoreId: member.home_store_id,
      });
    }
    const current = await readBalances(tx.db, tx.tenantId, p.memberId, true);
    const split = splitDeduction(amount, current, settings.storedValueDeductionOrder);
    const balances = await moveStoredValue(tx, {
      memberId: p.memberId,
      storeId: p.storeId,
      kind: 'spend',
      refType: p.refType,
      refId: p.refId,
      principalDelta: -split.principal,
      bonusDelta: -split.bonus,
    });
    return { principalCents: split.principal, bonusCents: split.bonus, balances };
  });
}
