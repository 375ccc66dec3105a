import { sql } from 'kysely';
import type { Ctx } from '../../shared/context.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { assertActive, loadMember } from '../members/access.ts';
import { getTenantProfile } from '../tenancy/get-settings.ts';
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

/**
 * Credits points for a payment as a new lot (checkout calls this in its transaction). If a
 * clawback left the balance negative, the new points pay that debt first.
 */
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
    await expireMemberPoints(tx, member.id);
    await ensurePointsAccount(tx, member.id);
    if (points === 0) return { points: 0, balance: await readPointsBalance(tx, member.id) };
    const debt = Math.max(0, -(await readPointsBalance(tx, member.id, true)));
    const lotId = uuidv7(tx.now.getTime());
    const expires = expiryFor(tx.now, profile.settings, profile.timezone);
    await tx.db
      .insertInto('points_lots')
      .values({
        tenant_id: tx.tenantId,
        id: lotId,
        member_id: member.id,
        earned_at: tx.now.toISOString(),
        expires_at: expires?.toISOString() ?? null,
        original: points,
        remaining: 0,
        ref_type: input.refType,
        ref_id: input.refId,
      })
      .execute();
    const { balance } = await postPoints(tx, {
      memberId: member.id,
      storeId: input.storeId,
      kind: 'earn',
      refType: input.refType,
      refId: input.refId,
      delta: points,
      lots: [{ lotId, delta: points - Math.min(points, debt) }],
      floor: null,
    });
    await tx.db
      .updateTable('members')
      .set({ points_earned_total: sql`points_earned_total + ${points}`, updated_at: tx.now.toISOString() })
      .where('tenant_id', '=', tx.tenantId)
      .where('id', '=', member.id)
      .execute();
    return { points, balance };
  });
}
