import type { Selectable } from 'kysely';
import type { PromotionKind, PromotionsTable } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { zoneOffsetMinutes } from '../../shared/time.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requirePermission } from '../auth/permissions.ts';
import { getTenantProfile } from '../tenancy/get-settings.ts';
import { type BuiltPromotions, buildPromotions, type PromotionRules } from './rules.ts';

export type Promotion = PromotionRules & {
  id: string;
  name: string;
  storeIds: string[];
  startsAt: string;
  endsAt: string | null;
  status: 'active' | 'archived';
  createdAt: string;
};

export type PromotionInput = PromotionRules & {
  name: string;
  storeIds: string[];
  startsAt: string;
  endsAt: string | null;
};

function toPromotion(row: Selectable<PromotionsTable>): Promotion {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    rules: JSON.parse(row.rules),
    storeIds: JSON.parse(row.store_ids) as string[],
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    status: row.status,
    createdAt: row.created_at,
  } as Promotion;
}

export async function listPromotions(
  ctx: Ctx,
  opts: { includeArchived?: boolean } = {},
): Promise<Promotion[]> {
  let q = ctx.db.selectFrom('promotions').selectAll().where('tenant_id', '=', ctx.tenantId);
  if (!opts.includeArchived) q = q.where('status', '=', 'active');
  return (await q.orderBy('starts_at', 'desc').execute()).map(toPromotion);
}

export async function loadPromotion(ctx: Ctx, id: string): Promise<Promotion> {
  const row = await ctx.db
    .selectFrom('promotions')
    .selectAll()
    .where('tenant_id', '=', ctx.tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('PROMOTION_NOT_FOUND', 'No such promotion', { promotionId: id });
  return toPromotion(row);
}

function checkInput(input: PromotionInput): void {
  const bad = (field: string, message: string) => {
    throw new AppError('VALIDATION_FAILED', message, { field });
  };
  if (input.endsAt !== null && input.endsAt <= input.startsAt)
    bad('endsAt', 'A promotion ends after it starts');
  switch (input.kind) {
    case 'member_day':
      if (input.rules.percentOff === 0 && input.rules.pointsMultiplierPercent === 100)
        bad('rules', 'A member day gives a discount or extra points');
      break;
    case 'order_tiers': {
      const thresholds = input.rules.tiers.map((t) => t.thresholdCents);
      if (new Set(thresholds).size !== thresholds.length)
        bad('rules.tiers', 'Each tier has its own threshold');
      if (input.rules.tiers.some((t) => t.offCents >= t.thresholdCents))
        bad('rules.tiers', 'A tier takes off less than its threshold');
      break;
    }
    case 'special_price':
    case 'buy_x_get_y':
      break;
  }
}

async function checkRefs(ctx: Ctx, input: PromotionInput): Promise<void> {
  const productIds =
    input.kind === 'special_price'
      ? input.rules.items.map((i) => i.productId)
      : input.kind === 'buy_x_get_y'
        ? input.rules.productIds
        : [];
  for (const [table, ids, field] of [
    ['products', productIds, 'rules'],
    ['stores', input.storeIds, 'storeIds'],
  ] as const) {
    const unique = [...new Set(ids)];
    if (unique.length === 0) continue;
    const rows = await ctx.db
      .selectFrom(table)
      .select('id')
      .where('tenant_id', '=', ctx.tenantId)
      .where('id', 'in', unique)
      .execute();
    if (rows.length !== unique.length)
      throw new AppError('VALIDATION_FAILED', 'Some ids name nothing', { field });
  }
}

export async function createPromotion(ctx: Ctx, input: PromotionInput): Promise<Promotion> {
  requirePermission(ctx.actor, 'promotions.manage');
  checkInput(input);
  return inTransaction(ctx, async (tx) => {
    await checkRefs(tx, input);
    const id = uuidv7(tx.now.getTime());
    const at = tx.now.toISOString();
    await tx.db
      .insertInto('promotions')
      .values({
        tenant_id: tx.tenantId,
        id,
        name: input.name,
        kind: input.kind,
        rules: JSON.stringify(input.rules),
        store_ids: JSON.stringify([...new Set(input.storeIds)]),
        starts_at: input.startsAt,
        ends_at: input.endsAt,
        status: 'active',
        created_at: at,
        updated_at: at,
      })
      .execute();
    const promotion = await loadPromotion(tx, id);
    await recordAudit(tx, {
      action: 'promotion.create',
      entity: 'promotion',
      entityId: id,
      after: promotion,
    });
    return promotion;
  });
}

/** Replaces a promotion's terms (its kind stays), or archives / reactivates it. */
export async function updatePromotion(
  ctx: Ctx,
  id: string,
  patch: { input?: PromotionInput; status?: 'active' | 'archived' },
): Promise<Promotion> {
  requirePermission(ctx.actor, 'promotions.manage');
  return inTransaction(ctx, async (tx) => {
    const before = await loadPromotion(tx, id);
    const input = patch.input;
    if (input) {
      if (input.kind !== before.kind)
        throw new AppError('VALIDATION_FAILED', 'A promotion keeps its kind', { field: 'kind' });
      checkInput(input);
      await checkRefs(tx, input);
    }
    await tx.db
      .updateTable('promotions')
      .set({
        ...(input
          ? {
              name: input.name,
              rules: JSON.stringify(input.rules),
              store_ids: JSON.stringify([...new Set(input.storeIds)]),
              starts_at: input.startsAt,
              ends_at: input.endsAt,
            }
          : {}),
        ...(patch.status ? { status: patch.status } : {}),
        updated_at: tx.now.toISOString(),
      })
      .where('tenant_id', '=', tx.tenantId)
      .where('id', '=', id)
      .execute();
    const after = await loadPromotion(tx, id);
    await recordAudit(tx, { action: 'promotion.update', entity: 'promotion', entityId: id, before, after });
    return after;
  });
}

/**
 * Today's promotions for a cart at a store, built into the engine's objects: active, in their date
 * window, for this store; member days on the tenant's local weekday.
 */
export async function promotionsForCart(
  ctx: Ctx,
  input: { storeId: string; isMember: boolean },
): Promise<BuiltPromotions> {
  const at = ctx.now.toISOString();
  const rows = await ctx.db
    .selectFrom('promotions')
    .selectAll()
    .where('tenant_id', '=', ctx.tenantId)
    .where('status', '=', 'active')
    .where('starts_at', '<=', at)
    .where((eb) => eb.or([eb('ends_at', 'is', null), eb('ends_at', '>', at)]))
    .orderBy('id')
    .execute();
  const active = rows
    .map(toPromotion)
    .filter((p) => p.storeIds.length === 0 || p.storeIds.includes(input.storeId))
    .map((p) => ({ name: p.name, promo: { kind: p.kind, rules: p.rules } as PromotionRules }));
  if (active.length === 0) return { itemPromotions: [], orderPromotions: [], pointsMultiplierPercent: 100 };
  const { timezone } = await getTenantProfile(ctx);
  const local = new Date(ctx.now.getTime() + zoneOffsetMinutes(ctx.now, timezone) * 60_000);
  return buildPromotions(active, { isMember: input.isMember, weekday: local.getUTCDay() });
}

export type { PromotionKind };
