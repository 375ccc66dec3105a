import type { Ctx } from '../../shared/context.ts';
import { decodeCursor, encodeCursor, type Page } from '../../shared/pagination.ts';
import { requirePermission } from '../auth/permissions.ts';
import { loadMember } from '../members/access.ts';
import { getTenantProfile } from '../tenancy/get-settings.ts';
import { type Recharge, toRecharge } from './recharges.ts';
import { type Balances, readBalances } from './stored-value.ts';

export interface StoredValueEntry {
  id: string;
  at: string;
  storeId: string | null;
  kind: string;
  refType: string;
  refId: string;
  principalDelta: number;
  bonusDelta: number;
  principalAfter: number;
  bonusAfter: number;
  note: string;
}

export async function getStoredValue(
  ctx: Ctx,
  memberId: string,
): Promise<Balances & { totalCents: number; low: boolean }> {
  requirePermission(ctx.actor, 'members.read');
  await loadMember(ctx, memberId);
  const balances = await readBalances(ctx.db, ctx.tenantId, memberId);
  const { settings } = await getTenantProfile(ctx);
  const totalCents = balances.principalCents + balances.bonusCents;
  return { ...balances, totalCents, low: totalCents < settings.balanceLowThresholdCents };
}

/** The member's stored-value ledger, newest first. */
export async function listStoredValueEntries(
  ctx: Ctx,
  memberId: string,
  page: { cursor?: string; limit?: number },
): Promise<Page<StoredValueEntry>> {
  requirePermission(ctx.actor, 'members.read');
  await loadMember(ctx, memberId);
  const limit = Math.min(page.limit ?? 50, 200);
  let q = ctx.db
    .selectFrom('stored_value_ledger')
    .selectAll()
    .where('tenant_id', '=', ctx.tenantId)
    .where('member_id', '=', memberId);
  if (page.cursor) q = q.where('id', '<', decodeCursor<string>(page.cursor));
  const rows = await q
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute();
  const items = rows.slice(0, limit).map((r) => ({
    id: r.id,
    at: r.at,
    storeId: r.store_id,
    kind: r.kind,
    refType: r.ref_type,
    refId: r.ref_id,
    principalDelta: r.principal_delta,
    bonusDelta: r.bonus_delta,
    principalAfter: r.principal_after,
    bonusAfter: r.bonus_after,
    note: r.note,
  }));
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(last.id) : null };
}

export async function listRecharges(ctx: Ctx, memberId: string): Promise<Recharge[]> {
  requirePermission(ctx.actor, 'members.read');
  await loadMember(ctx, memberId);
  const rows = await ctx.db
    .selectFrom('recharges')
    .selectAll()
    .where('tenant_id', '=', ctx.tenantId)
    .where('member_id', '=', memberId)
    .orderBy('created_at', 'desc')
    .limit(200)
    .execute();
  return rows.map(toRecharge);
}
