import type { Selectable } from 'kysely';
import type { LevelsTable, MembersTable } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { TenantSettings } from '../tenancy/settings.ts';
import { insertLevelHistory, moveMemberLevel, selectLevel } from './queries.ts';

export type LevelBasis = TenantSettings['levelBasis'];

/** Why a member's level changed. Callers that raise a basis total (checkout, points) use theirs. */
export const LEVEL_CHANGE_REASONS = ['recharge', 'checkout', 'points', 'yearly_review'] as const;
export type LevelChangeReason = (typeof LEVEL_CHANGE_REASONS)[number];

/** A typo guard on thresholds (¥10 billion, or 10^12 points), far below 2^53. */
export const MAX_LEVEL_THRESHOLD = 1_000_000_000_000;

type Level = Selectable<LevelsTable>;

export interface LevelView {
  id: string;
  rank: number;
  name: string;
  threshold: number;
  discountPercent: number;
  pointsMultiplierPercent: number;
  benefits: string;
  createdAt: string;
  updatedAt: string;
}

export interface LevelMove {
  memberId: string;
  fromLevelId: string | null;
  toLevelId: string | null;
}

export function toLevelView(row: Level): LevelView {
  return {
    id: row.id,
    rank: row.rank,
    name: row.name,
    threshold: row.threshold,
    discountPercent: row.discount_percent,
    pointsMultiplierPercent: row.points_multiplier_percent,
    benefits: row.benefits,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A level of this tenant, or LEVEL_NOT_FOUND (the same answer as for another tenant's id). */
export async function loadLevel(ctx: Ctx, levelId: string, opts: { lock?: boolean } = {}): Promise<Level> {
  const row = await selectLevel(ctx.db, ctx.tenantId, levelId, opts);
  if (!row) throw new AppError('LEVEL_NOT_FOUND', 'No such level', { levelId });
  return row;
}

/** The member's running total in the basis unit: fen of spend or recharge, or points earned. */
export function basisTotal(
  member: Pick<
    Selectable<MembersTable>,
    'cumulative_spend_cents' | 'recharge_total_cents' | 'points_earned_total'
  >,
  basis: LevelBasis,
): number {
  switch (basis) {
    case 'spend':
      return member.cumulative_spend_cents;
    case 'recharge':
      return member.recharge_total_cents;
    case 'points':
      return member.points_earned_total;
  }
}

/** The highest-ranked level whose threshold `total` reaches, or null below every threshold. */
export function levelFor(levels: readonly Level[], total: number): Level | null {
  let hit: Level | null = null;
  for (const level of levels) if (level.threshold <= total && (!hit || level.rank > hit.rank)) hit = level;
  return hit;
}

/**
 * Moves a member between levels in ctx's transaction: a guarded update (only if they are still at
 * `from`), a history row and an audit entry. False when another writer moved them first.
 */
export async function changeMemberLevel(
  ctx: Ctx,
  change: {
    memberId: string;
    storeId: string | null;
    from: Level | null;
    to: Level | null;
    reason: LevelChangeReason;
    basis: LevelBasis;
    total: number;
  },
): Promise<boolean> {
  const at = ctx.now.toISOString();
  const from = change.from?.id ?? null;
  const to = change.to?.id ?? null;
  if (!(await moveMemberLevel(ctx.db, ctx.tenantId, change.memberId, { from, to, at }))) return false;
  await insertLevelHistory(ctx.db, {
    tenant_id: ctx.tenantId,
    id: uuidv7(ctx.now.getTime()),
    member_id: change.memberId,
    from_level_id: from,
    to_level_id: to,
    reason: change.reason,
    at,
    actor_user_id: ctx.actor.userId,
  });
  const rankOf = (level: Level | null) => level?.rank ?? Number.NEGATIVE_INFINITY;
  const up = rankOf(change.to) > rankOf(change.from);
  await recordAudit(ctx, {
    action: up ? 'member.level_up' : 'member.level_down',
    entity: 'member',
    entityId: change.memberId,
    storeId: change.storeId,
    before: { levelId: from, level: change.from?.name ?? null },
    after: {
      levelId: to,
      level: change.to?.name ?? null,
      reason: change.reason,
      basis: change.basis,
      total: change.total,
    },
  });
  return true;
}
