import { sql } from 'kysely';
import type { Ctx } from '../../shared/context.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { assertActive, loadMember } from '../members/access.ts';
import { getTenantProfile, type TenantProfile } from '../tenancy/get-settings.ts';
import { expireMemberPoints } from './expire-points.ts';
import { ensurePointsAccount, postPoints, readPointsBalance } from './lots.ts';
import { expiryFor, pointsForPayment } from './rules.ts';

export interface EarnInput {
  memberId: string;
  storeId: string;
  /** The net amount the member actually paid with money (not stored-value bonus, not points). */
  paidCents: number;
  refType: string;
  refId: string;
}

/** Credits points for a payment (checkout calls this in its transaction). */
export async function earnPoints(ctx: Ctx, input: EarnInput): Promise<{ points: number; balance: number }> {
  return inTransaction(ctx, async (tx) => {
    const member = await loadMember(tx, input.memberId, { lock: true });
    assertActive(member);
    const profile = await getTenantProfile(tx);
    const level = member.level_id
      ? await tx.db
          .selectFrom('levels')
          .select('points_multiplier_percent')
          .where('tenant_id', '=', tx.tenantId)
          .where('id', '=', member.level_id)
          .executeTakeFirst()
      : undefined;
    const points = pointsForPayment(
      input.paidCents,
      profile.settings.pointsPerYuan,
      level?.points_multiplier_percent ?? 100,
    );
    const { balance } = await creditPoints(tx, {
      memberId: member.id,
      storeId: input.storeId,
      points,
      refType: input.refType,
      refId: input.refId,
      profile,
    });
    return { points, balance };
  });
}

/**
 * Adds points as a new lot with the tenant's expiry: what a payment earned, or what a recharge
 * plan gives. If a clawback left the balance negative, the new points pay that debt first.
 */
export async function creditPoints(
  ctx: Ctx,
  input: {
    memberId: string;
    storeId: string;
    points: number;
    refType: string;
    refId: string;
    profile?: TenantProfile;
  },
): Promise<{ balance: number }> {
  await expireMemberPoints(ctx, input.memberId);
  await ensurePointsAccount(ctx, input.memberId);
  if (input.points <= 0) return { balance: await readPointsBalance(ctx, input.memberId) };
  const profile = input.profile ?? (await getTenantProfile(ctx));
  const debt = Math.max(0, -(await readPointsBalance(ctx, input.memberId, true)));
  const lotId = uuidv7(ctx.now.getTime());
  await ctx.db
    .insertInto('points_lots')
    .values({
      tenant_id: ctx.tenantId,
      id: lotId,
      member_id: input.memberId,
      earned_at: ctx.now.toISOString(),
      expires_at: expiryFor(ctx.now, profile.settings, profile.timezone)?.toISOString() ?? null,
      original: input.points,
      remaining: 0,
      ref_type: input.refType,
      ref_id: input.refId,
    })
    .execute();
  const { balance } = await postPoints(ctx, {
    memberId: input.memberId,
    storeId: input.storeId,
    kind: 'earn',
    refType: input.refType,
    refId: input.refId,
    delta: input.points,
    lots: [{ lotId, delta: input.points - Math.min(input.points, debt) }],
    floor: null,
  });
  await ctx.db
    .updateTable('members')
    .set({
      points_earned_total: sql`points_earned_total + ${input.points}`,
      updated_at: ctx.now.toISOString(),
    })
    .where('tenant_id', '=', ctx.tenantId)
    .where('id', '=', input.memberId)
    .execute();
  return { balance };
}
