import type { Selectable } from 'kysely';
import type { RechargePlansTable } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { fen } from '../../shared/money.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requirePermission } from '../auth/permissions.ts';
import { loadCouponTemplate } from '../coupons/templates.ts';

export interface RechargePlan {
  id: string;
  name: string;
  payCents: number;
  bonusCents: number;
  /** Points credited with each recharge on this plan. */
  points: number;
  /** Coupons given with each recharge on this plan (`couponCount` of this template). */
  couponTemplateId: string | null;
  couponCount: number;
  status: 'active' | 'archived';
  sort: number;
}

function toPlan(row: Selectable<RechargePlansTable>): RechargePlan {
  return {
    id: row.id,
    name: row.name,
    payCents: row.pay_cents,
    bonusCents: row.bonus_cents,
    points: row.points,
    couponTemplateId: row.coupon_template_id,
    couponCount: row.coupon_template_id ? row.coupon_count : 0,
    status: row.status,
    sort: row.sort,
  };
}

export async function listRechargePlans(
  ctx: Ctx,
  opts: { includeArchived?: boolean } = {},
): Promise<RechargePlan[]> {
  let q = ctx.db.selectFrom('recharge_plans').selectAll().where('tenant_id', '=', ctx.tenantId);
  if (!opts.includeArchived) q = q.where('status', '=', 'active');
  return (await q.orderBy('sort').orderBy('pay_cents').execute()).map(toPlan);
}

export async function loadPlan(ctx: Ctx, planId: string): Promise<RechargePlan> {
  const row = await ctx.db
    .selectFrom('recharge_plans')
    .selectAll()
    .where('tenant_id', '=', ctx.tenantId)
    .where('id', '=', planId)
    .executeTakeFirst();
  if (!row) throw new AppError('PLAN_NOT_FOUND', 'No such recharge plan', { planId });
  return toPlan(row);
}

/** "Pay ¥1,000, get ¥100": the bonus is held apart from the principal the member paid. */
export async function createRechargePlan(
  ctx: Ctx,
  input: {
    name: string;
    payCents: number;
    bonusCents: number;
    points?: number;
    sort?: number;
    couponTemplateId?: string | null;
    couponCount?: number;
  },
): Promise<RechargePlan> {
  requirePermission(ctx.actor, 'wallet.plans.manage');
  if (fen(input.payCents) <= 0 || fen(input.bonusCents) < 0) {
    throw new AppError('INVALID_AMOUNT', 'A plan pays more than zero and gives a bonus of zero or more', {
      field: 'payCents',
    });
  }
  return inTransaction(ctx, async (tx) => {
    const coupon = await planCoupon(tx, input.couponTemplateId ?? null, input.couponCount);
    const id = uuidv7(tx.now.getTime());
    const at = tx.now.toISOString();
    await tx.db
      .insertInto('recharge_plans')
      .values({
        tenant_id: tx.tenantId,
        id,
        name: input.name,
        pay_cents: input.payCents,
        bonus_cents: input.bonusCents,
        points: input.points ?? 0,
        coupon_template_id: coupon.templateId,
        coupon_count: coupon.count,
        status: 'active',
        sort: input.sort ?? 0,
        created_at: at,
        updated_at: at,
      })
      .execute();
    const plan = await loadPlan(tx, id);
    await recordAudit(tx, {
      action: 'recharge_plan.create',
      entity: 'recharge_plan',
      entityId: id,
      after: plan,
    });
    return plan;
  });
}

/** Plans are archived, not deleted: past recharges point at them. */
export async function updateRechargePlan(
  ctx: Ctx,
  planId: string,
  patch: {
    name?: string;
    sort?: number;
    status?: 'active' | 'archived';
    couponTemplateId?: string | null;
    couponCount?: number;
  },
): Promise<RechargePlan> {
  requirePermission(ctx.actor, 'wallet.plans.manage');
  return inTransaction(ctx, async (tx) => {
    const before = await loadPlan(tx, planId);
    const { couponTemplateId, couponCount, ...rest } = patch;
    const coupon =
      couponTemplateId !== undefined || couponCount !== undefined
        ? await planCoupon(tx, couponTemplateId ?? before.couponTemplateId, couponCount ?? before.couponCount)
        : null;
    await tx.db
      .updateTable('recharge_plans')
      .set({
        ...rest,
        ...(coupon ? { coupon_template_id: coupon.templateId, coupon_count: coupon.count } : {}),
        updated_at: tx.now.toISOString(),
      })
      .where('tenant_id', '=', tx.tenantId)
      .where('id', '=', planId)
      .execute();
    const after = await loadPlan(tx, planId);
    await recordAudit(tx, {
      action: 'recharge_plan.update',
      entity: 'recharge_plan',
      entityId: planId,
      before,
      after,
    });
    return after;
  });
}

/** A plan's coupon gift: an existing template and at least one coupon, or none at all. */
async function planCoupon(
  ctx: Ctx,
  templateId: string | null,
  count: number | undefined,
): Promise<{ templateId: string | null; count: number }> {
  if (!templateId || count === 0) return { templateId: null, count: 0 };
  await loadCouponTemplate(ctx, templateId);
  return { templateId, count: count ?? 1 };
}
