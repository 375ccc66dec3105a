import type { Ctx } from '../../shared/context.ts';
import { decodeCursor, encodeCursor, type Page } from '../../shared/pagination.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { requirePermission } from '../auth/permissions.ts';
import { loadMember } from '../members/access.ts';
import { expireMemberPoints } from './expire-points.ts';
import { readPointsBalance } from './lots.ts';

export interface PointsSummary {
  balance: number;
  lots: { id: string; earnedAt: string; expiresAt: string | null; original: number; remaining: number }[];
  nextExpiry: { at: string; points: number } | null;
}

/** Balance, live lots and what lapses next — after lapsing anything already due. */
export async function getPoints(ctx: Ctx, memberId: string): Promise<PointsSummary> {
  requirePermission(ctx.actor, 'members.read');
  return inTransaction(ctx, async (tx) => {
    await loadMember(tx, memberId);
    await expireMemberPoints(tx, memberId);
    const lots = await tx.db
      .selectFrom('points_lots')
      .selectAll()
      .where('tenant_id', '=', tx.tenantId)
      .where('member_id', '=', memberId)
      .where('remaining', '>', 0)
      .orderBy('expires_at')
      .orderBy('earned_at')
      .execute();
    const dated = lots.filter((l) => l.expires_at !== null);
    const first = dated[0]?.expires_at ?? null;
    return {
      balance: await readPointsBalance(tx, memberId),
      lots: lots.map((l) => ({
        id: l.id,
        earnedAt: l.earned_at,
        expiresAt: l.expires_at,
        original: l.original,
        remaining: l.remaining,
      })),
      nextExpiry: first
        ? {
            at: first,
            points: dated.filter((l) => l.expires_at === first).reduce((s, l) => s + l.remaining, 0),
          }
        : null,
    };
  });
}

export interface PointsEntry {
  id: string;
  at: string;
  storeId: string | null;
  kind: string;
  refType: string;
  refId: string;
  delta: number;
  balanceAfter: number;
  note: string;
}

export async function listPointsEntries(
  ctx: Ctx,
  memberId: string,
  page: { cursor?: string; limit?: number },
): Promise<Page<PointsEntry>> {
  requirePermission(ctx.actor, 'members.read');
  await loadMember(ctx, memberId);
  const limit = Math.min(page.limit ?? 50, 200);
  let q = ctx.db
    .selectFrom('points_ledger')
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
    delta: r.delta,
    balanceAfter: r.balance_after,
    note: r.note,
  }));
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(last.id) : null };
}
