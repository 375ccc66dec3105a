import { sql } from 'kysely';
import { forUpdate } from '../../db/dialect.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requirePermission, requireStore } from '../auth/permissions.ts';
import { reverseValueCommission } from '../commission/reverse-value-commission.ts';
import { voidUnusedCoupons } from '../coupons/issue-coupons.ts';
import { loadMember } from '../members/access.ts';
import { clawBackPoints } from '../points/reverse-points.ts';
import { recordRechargeRefundFacts } from '../reports/record-facts.ts';
import { type Recharge, toRecharge } from './recharges.ts';
import { type Balances, moveStoredValue, readBalances } from './stored-value.ts';

/**
 * Money back for a recharge: the member gets the principal they have not spent (at most what this
 * recharge added), and the bonus that came with that principal is forfeited in the same
 * proportion, rounded up so no bonus outlives the money that earned it. Once only.
 */
export async function refundRecharge(
  ctx: Ctx,
  rechargeId: string,
  input: { storeId: string; reason: string },
): Promise<{
  recharge: Recharge;
  balances: Balances;
  refundedPrincipalCents: number;
  forfeitedBonusCents: number;
}> {
  requirePermission(ctx.actor, 'wallet.refund');
  requireStore(ctx.actor, input.storeId);
  return inTransaction(ctx, async (tx) => {
    const q = tx.db
      .selectFrom('recharges')
      .selectAll()
      .where('tenant_id', '=', tx.tenantId)
      .where('id', '=', rechargeId);
    const row = await forUpdate(tx.db, q).executeTakeFirst();
    if (!row) throw new AppError('RECHARGE_NOT_FOUND', 'No such recharge', { rechargeId });
    await loadMember(tx, row.member_id); // store scope of the member applies to their recharges
    if (row.status === 'refunded')
      throw new AppError('RECHARGE_ALREADY_REFUNDED', 'This recharge was already refunded');
    const current = await readBalances(tx.db, tx.tenantId, row.member_id, true);
    const principal = Math.min(row.principal_cents, current.principalCents);
    if (principal <= 0)
      throw new AppError('NOTHING_TO_REFUND', 'The principal of this recharge has been spent');
    const bonusShare =
      row.principal_cents > 0 ? Math.ceil((row.bonus_cents * principal) / row.principal_cents) : 0;
    const bonus = Math.min(bonusShare, current.bonusCents);
    const balances = await moveStoredValue(tx, {
      memberId: row.member_id,
      storeId: input.storeId,
      kind: 'recharge_refund',
      refType: 'recharge',
      refId: row.id,
      originStoreId: row.store_id,
      principalDelta: -principal,
      bonusDelta: -bonus,
      note: input.reason,
    });
    if (row.points > 0) {
      await clawBackPoints(tx, {
        refType: 'recharge',
        refId: row.id,
        storeId: input.storeId,
        part: principal,
        whole: row.principal_cents,
      });
    }
    // The staff's commission on this recharge goes back in the share of the principal returned.
    await reverseValueCommission(tx, {
      refType: 'recharge',
      refId: row.id,
      refundedCents: principal,
      wholeCents: row.principal_cents,
    });
    // The plan's gift coupons go with the refund, like the bonus; ones already used stay used.
    await voidUnusedCoupons(tx, { source: 'recharge', sourceRef: row.id });
    const at = tx.now.toISOString();
    await tx.db
      .updateTable('recharges')
      .set({
        status: 'refunded',
        refunded_principal_cents: principal,
        forfeited_bonus_cents: bonus,
        refunded_at: at,
      })
      .where('tenant_id', '=', tx.tenantId)
      .where('id', '=', row.id)
      .execute();
    await tx.db
      .updateTable('members')
      .set({ recharge_total_cents: sql`recharge_total_cents - ${principal}`, updated_at: at })
      .where('tenant_id', '=', tx.tenantId)
      .where('id', '=', row.member_id)
      .execute();
    await recordRechargeRefundFacts(tx, { storeId: row.store_id, principalCents: principal });
    const after = toRecharge({
      ...row,
      status: 'refunded',
      refunded_principal_cents: principal,
      forfeited_bonus_cents: bonus,
      refunded_at: at,
    });
    await recordAudit(tx, {
      action: 'wallet.recharge_refund',
      entity: 'recharge',
      entityId: row.id,
      storeId: input.storeId,
      before: toRecharge(row),
      after: { ...after, reason: input.reason },
    });
    return { recharge: after, balances, refundedPrincipalCents: principal, forfeitedBonusCents: bonus };
  });
}
