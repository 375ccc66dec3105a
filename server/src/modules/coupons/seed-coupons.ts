import type { Ctx } from '../../shared/context.ts';
import { createPromotion } from '../promotions/promotions.ts';
import { issueCoupons } from './issue-coupons.ts';
import { createCouponTemplate } from './templates.ts';

/**
 * Demo coupons and promotions: three templates, a few coupons in members' hands, a Wednesday
 * member day and an order 满减. Promotions start at `from` (the end of the demo's sales history) so
 * the seeded sales keep the prices they were rung up at.
 */
export async function seedCoupons(ctx: Ctx, from: Date): Promise<void> {
  const base = {
    maxOffCents: null,
    thresholdCents: 0,
    scope: 'all' as const,
    scopeIds: [],
    storeIds: [],
    validity: 'days' as const,
    validFrom: null,
    validUntil: null,
    validDays: 90,
    perMemberLimit: 0,
    totalStock: null,
  };
  const threshold = await createCouponTemplate(ctx, {
    ...base,
    name: '满100减20',
    kind: 'threshold',
    value: 2_000,
    thresholdCents: 10_000,
    perMemberLimit: 3,
    totalStock: 1_000,
  });
  const percent = await createCouponTemplate(ctx, {
    ...base,
    name: '9折券（最高减30元）',
    kind: 'percent',
    value: 10,
    maxOffCents: 3_000,
  });
  await createCouponTemplate(ctx, {
    ...base,
    name: '10元无门槛',
    kind: 'fixed',
    value: 1_000,
    validDays: 30,
  });
  const members = await ctx.db
    .selectFrom('members')
    .select('id')
    .where('tenant_id', '=', ctx.tenantId)
    .orderBy('id')
    .limit(10)
    .execute();
  const ids = members.map((m) => m.id);
  await issueCoupons(ctx, {
    templateId: threshold.id,
    memberIds: ids,
    source: 'campaign',
    sourceRef: 'demo',
  });
  await issueCoupons(ctx, {
    templateId: percent.id,
    memberIds: ids.slice(0, 5),
    source: 'manual',
    sourceRef: 'demo',
  });

  const startsAt = from.toISOString();
  await createPromotion(ctx, {
    name: '周三会员日 95折 双倍积分',
    kind: 'member_day',
    rules: { weekdays: [3], percentOff: 5, pointsMultiplierPercent: 200 },
    storeIds: [],
    startsAt,
    endsAt: null,
  });
  await createPromotion(ctx, {
    name: '满300减30 满500减60',
    kind: 'order_tiers',
    rules: {
      tiers: [
        { thresholdCents: 30_000, offCents: 3_000 },
        { thresholdCents: 50_000, offCents: 6_000 },
      ],
    },
    storeIds: [],
    startsAt,
    endsAt: null,
  });
}
