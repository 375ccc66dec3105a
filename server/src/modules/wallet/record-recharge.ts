import { sql } from 'kysely';
import type { PaymentMethod } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { fen } from '../../shared/money.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requirePermission, requireStore } from '../auth/permissions.ts';
import {
  checkServingStaff,
  recordRechargeCommission,
  type ServingStaff,
} from '../commission/record-value-commission.ts';
import { issueCoupons } from '../coupons/issue-coupons.ts';
import { assertActive, loadMember } from '../members/access.ts';
import { applyLevelUpgrade } from '../members/apply-level-upgrade.ts';
import { creditPoints } from '../points/earn-points.ts';
import { recordRechargeFacts } from '../reports/record-facts.ts';
import { loadPlan } from './recharge-plans.ts';
import { type Recharge, toRecharge } from './recharges.ts';
import { type Balances, moveStoredValue } from './stored-value.ts';

export interface RechargeInput {
  memberId: string;
  storeId: string;
  /** A plan's pay and bonus, or a custom amount (principal only) — one of the two. */
  planId?: string;
  amountCents?: number;
  paymentMethod: PaymentMethod;
  paymentRef?: string;
  /** Who served it (commission), shares adding up to 100; none earns nothing. */
  staff?: ServingStaff[];
}

/** Largest single recharge we accept (¥1,000,000): a typo guard, not a business limit. */
export const MAX_RECHARGE_CENTS = 100_000_000;

/** Money in: the member pays, principal (and the plan's bonus) are credited on the ledger. */
export async function recordRecharge(
  ctx: Ctx,
  input: RechargeInput,
): Promise<{ recharge: Recharge; balances: Balances }> {
  requirePermission(ctx.actor, 'wallet.recharge');
  requireStore(ctx.actor, input.storeId);
  if ((input.planId === undefined) === (input.amountCents === undefined)) {
    throw new AppError('VALIDATION_FAILED', 'Give either a plan or a custom amount', { field: 'planId' });
  }
  return inTransaction(ctx, async (tx) => {
    const member = await loadMember(tx, input.memberId, { lock: true });
    assertActive(member);
    let principal: number;
    let bonus = 0;
    let points = 0;
    let coupons: { templateId: string; count: number } | null = null;
    let planName = '';
    if (input.planId) {
      const plan = await loadPlan(tx, input.planId);
      if (plan.status !== 'active')
        throw new AppError('PLAN_NOT_FOUND', 'This plan is archived', { planId: plan.id });
      principal = plan.payCents;
      planName = plan.name;
      bonus = plan.bonusCents;
      points = plan.points;
      if (plan.couponTemplateId && plan.couponCount > 0)
        coupons = { templateId: plan.couponTemplateId, count: plan.couponCount };
    } else {
      principal = fen(input.amountCents ?? 0);
      if (principal <= 0 || principal > MAX_RECHARGE_CENTS) {
        throw new AppError('INVALID_AMOUNT', 'A recharge is more than ¥0 and at most ¥1,000,000', {
          field: 'amountCents',
        });
      }
    }
    const staff = input.staff ?? [];
    await checkServingStaff(tx, staff);
    const id = uuidv7(tx.now.getTime());
    await tx.db
      .insertInto('recharges')
      .values({
        tenant_id: tx.tenantId,
        id,
        member_id: member.id,
        store_id: input.storeId,
        plan_id: input.planId ?? null,
        principal_cents: principal,
        bonus_cents: bonus,
        points,
        payment_method: input.paymentMethod,
        payment_ref: input.paymentRef ?? '',
        status: 'completed',
        refunded_principal_cents: 0,
        forfeited_bonus_cents: 0,
        actor_user_id: tx.actor.userId,
        created_at: tx.now.toISOString(),
        refunded_at: null,
      })
      .execute();
    const balances = await moveStoredValue(tx, {
      memberId: member.id,
      storeId: input.storeId,
      kind: 'recharge',
      refType: 'recharge',
      refId: id,
      principalDelta: principal,
      bonusDelta: bonus,
    });
    await tx.db
      .updateTable('members')
      .set({
        recharge_total_cents: sql`recharge_total_cents + ${principal}`,
        updated_at: tx.now.toISOString(),
      })
      .where('tenant_id', '=', tx.tenantId)
      .where('id', '=', member.id)
      .execute();
    await applyLevelUpgrade(tx, member.id, 'recharge');
    // A plan's points come as their own lot, which the recharge's refund claws back in proportion.
    if (points > 0) {
      await creditPoints(tx, {
        memberId: member.id,
        storeId: input.storeId,
        points,
        refType: 'recharge',
        refId: id,
      });
    }
    // The plan's coupons, in this transaction: as many as stock and the per-member limit allow (a
    // recharge is not refused because the gift ran out).
    if (coupons) {
      await issueCoupons(tx, {
        templateId: coupons.templateId,
        memberIds: Array.from({ length: coupons.count }, () => member.id),
        source: 'recharge',
        sourceRef: id,
        mode: 'available',
      });
    }
    await recordRechargeFacts(tx, {
      storeId: input.storeId,
      memberId: member.id,
      principalCents: principal,
      bonusCents: bonus,
    });
    if (staff.length) {
      await tx.db
        .insertInto('recharge_staff')
        .values(
          staff.map((p) => ({
            tenant_id: tx.tenantId,
            recharge_id: id,
            staff_user_id: p.userId,
            share_percent: p.sharePercent,
            requested: p.requested ? (1 as const) : (0 as const),
          })),
        )
        .execute();
      // Commission on the principal paid; the plan's bonus is the merchant's gift and earns none.
      await recordRechargeCommission(tx, {
        id,
        storeId: input.storeId,
        principalCents: principal,
        itemName: planName,
        staff,
      });
    }
    const row = await tx.db
      .selectFrom('recharges')
      .selectAll()
      .where('tenant_id', '=', tx.tenantId)
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const recharge = toRecharge(row);
    await recordAudit(tx, {
      action: 'wallet.recharge',
      entity: 'recharge',
      entityId: id,
      storeId: input.storeId,
      after: staff.length ? { ...recharge, staff } : recharge,
    });
    return { recharge, balances };
  });
}
