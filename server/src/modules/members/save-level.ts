import type { Updateable } from 'kysely';
import type { LevelsTable } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requirePermission } from '../auth/permissions.ts';
import { type LevelView, loadLevel, MAX_LEVEL_THRESHOLD, toLevelView } from './levels.ts';
import { insertLevel, selectLevels, updateLevelRow } from './queries.ts';

export interface LevelInput {
  rank: number;
  name: string;
  /** In the unit of the tenant's level basis: fen of spend or recharge, or points earned. */
  threshold: number;
  /** 95 = 95折 (the member pays 95%); 100 = no discount. */
  discountPercent?: number;
  /** 150 = 1.5× points; 100 = the plain rate. */
  pointsMultiplierPercent?: number;
  benefits?: string;
}

function assertRange(value: number | undefined, field: string, min: number, max: number): void {
  if (value === undefined) return;
  if (!Number.isSafeInteger(value) || value < min || value > max)
    throw new AppError('VALIDATION_FAILED', `${field} is a whole number from ${min} to ${max}`, { field });
}

function assertNumbers(input: Partial<LevelInput>): void {
  assertRange(input.rank, 'rank', 1, 999);
  assertRange(input.threshold, 'threshold', 0, MAX_LEVEL_THRESHOLD);
  assertRange(input.discountPercent, 'discountPercent', 1, 100);
  assertRange(input.pointsMultiplierPercent, 'pointsMultiplierPercent', 100, 1000);
}

/**
 * Ranks are unique, and a higher rank needs a strictly higher threshold: otherwise a level could
 * never be reached (a member would always qualify for the higher one first).
 */
async function assertFits(ctx: Ctx, rank: number, threshold: number, selfId?: string): Promise<void> {
  const others = (await selectLevels(ctx.db, ctx.tenantId)).filter((l) => l.id !== selfId);
  const sameRank = others.find((l) => l.rank === rank);
  if (sameRank)
    throw new AppError('LEVEL_RANK_TAKEN', `Rank ${rank} is already used by ${sameRank.name}`, {
      field: 'rank',
      levelId: sameRank.id,
    });
  const clash = others.find(
    (l) => (l.rank < rank && l.threshold >= threshold) || (l.rank > rank && l.threshold <= threshold),
  );
  if (clash)
    throw new AppError(
      'LEVEL_THRESHOLD_ORDER',
      `A higher level needs a higher threshold (see ${clash.name})`,
      {
        field: 'threshold',
        levelId: clash.id,
      },
    );
}

export async function createLevel(ctx: Ctx, input: LevelInput): Promise<LevelView> {
  requirePermission(ctx.actor, 'levels.manage');
  assertNumbers(input);
  return inTransaction(ctx, async (tx) => {
    await assertFits(tx, input.rank, input.threshold);
    const id = uuidv7(tx.now.getTime());
    const at = tx.now.toISOString();
    await insertLevel(tx.db, {
      tenant_id: tx.tenantId,
      id,
      rank: input.rank,
      name: input.name.trim(),
      threshold: input.threshold,
      discount_percent: input.discountPercent ?? 100,
      points_multiplier_percent: input.pointsMultiplierPercent ?? 100,
      benefits: input.benefits ?? '',
      created_at: at,
      updated_at: at,
    });
    const level = toLevelView(await loadLevel(tx, id));
    await recordAudit(tx, { action: 'level.create', entity: 'level', entityId: id, after: level });
    return level;
  });
}

/** Members keep their level when its threshold changes; the next upgrade or review applies it. */
export async function updateLevel(ctx: Ctx, levelId: string, patch: Partial<LevelInput>): Promise<LevelView> {
  requirePermission(ctx.actor, 'levels.manage');
  assertNumbers(patch);
  return inTransaction(ctx, async (tx) => {
    const before = toLevelView(await loadLevel(tx, levelId, { lock: true }));
    await assertFits(tx, patch.rank ?? before.rank, patch.threshold ?? before.threshold, levelId);
    const set: Updateable<LevelsTable> = { updated_at: tx.now.toISOString() };
    if (patch.rank !== undefined) set.rank = patch.rank;
    if (patch.name !== undefined) set.name = patch.name.trim();
    if (patch.threshold !== undefined) set.threshold = patch.threshold;
    if (patch.discountPercent !== undefined) set.discount_percent = patch.discountPercent;
    if (patch.pointsMultiplierPercent !== undefined)
      set.points_multiplier_percent = patch.pointsMultiplierPercent;
    if (patch.benefits !== undefined) set.benefits = patch.benefits;
    await updateLevelRow(tx.db, tx.tenantId, levelId, set);
    const after = toLevelView(await loadLevel(tx, levelId));
    await recordAudit(tx, { action: 'level.update', entity: 'level', entityId: levelId, before, after });
    return after;
  });
}
