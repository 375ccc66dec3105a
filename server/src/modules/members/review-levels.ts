import type { Ctx } from '../../shared/context.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { requirePermission } from '../auth/permissions.ts';
import { getTenantProfile } from '../tenancy/get-settings.ts';
import { changeMemberLevel, type LevelBasis, levelFor } from './levels.ts';
import { selectLevels, selectMemberLevelBasisPage, sumRechargedBetween } from './queries.ts';

export interface LevelReview {
  enabled: boolean;
  reviewed: number;
  upgraded: number;
  downgraded: number;
}

/** Members per transaction: a big tenant's review never holds the (SQLite) writer for long. */
const PAGE = 500;

type BasisRow = Awaited<ReturnType<typeof selectMemberLevelBasisPage>>[number];

/** The basis over the trailing 12 months, in the same unit as the level thresholds. */
function trailingTotal(basis: LevelBasis, member: BasisRow, recharged: Map<string, number>): number {
  switch (basis) {
    case 'recharge':
      return recharged.get(member.id) ?? 0;
    // No spend or points ledger exists yet, so these fall back to the lifetime totals (which
    // never fall): switch to the trailing year's sales and points when those ledgers land.
    case 'spend':
      return member.cumulative_spend_cents;
    case 'points':
      return member.points_earned_total;
  }
}

/**
 * The yearly review, when the tenant turned it on: every member's level becomes what their basis
 * over the 12 months before `ctx.now` reaches — down as well as up — with a history row
 * ('yearly_review'). A member moved meanwhile by someone else is left alone.
 */
export async function reviewLevels(ctx: Ctx): Promise<LevelReview> {
  requirePermission(ctx.actor, 'levels.manage');
  const { settings } = await getTenantProfile(ctx);
  const result: LevelReview = {
    enabled: settings.levelDowngradeReview,
    reviewed: 0,
    upgraded: 0,
    downgraded: 0,
  };
  if (!settings.levelDowngradeReview) return result;
  const levels = await selectLevels(ctx.db, ctx.tenantId);
  if (levels.length === 0) return result;
  const yearAgo = new Date(ctx.now);
  yearAgo.setUTCFullYear(yearAgo.getUTCFullYear() - 1);
  const window = { from: yearAgo.toISOString(), to: ctx.now.toISOString() };
  const basis = settings.levelBasis;

  let after: string | null = null;
  for (;;) {
    const page = await selectMemberLevelBasisPage(ctx.db, ctx.tenantId, after, PAGE);
    if (page.length === 0) break;
    after = page[page.length - 1]!.id;
    await inTransaction(ctx, async (tx) => {
      const ids = page.map((m) => m.id);
      const recharged =
        basis === 'recharge' ? await sumRechargedBetween(tx.db, tx.tenantId, ids, window) : new Map();
      for (const member of page) {
        result.reviewed++;
        const total = trailingTotal(basis, member, recharged);
        const target = levelFor(levels, total);
        if ((target?.id ?? null) === member.level_id) continue;
        const current = levels.find((l) => l.id === member.level_id) ?? null;
        const moved = await changeMemberLevel(tx, {
          memberId: member.id,
          storeId: member.home_store_id,
          from: current,
          to: target,
          reason: 'yearly_review',
          basis,
          total,
        });
        if (!moved) continue;
        if ((target?.rank ?? 0) > (current?.rank ?? 0)) result.upgraded++;
        else result.downgraded++;
      }
    });
    if (page.length < PAGE) break;
  }
  return result;
}
