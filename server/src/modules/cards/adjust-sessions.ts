import { sql } from 'kysely';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { loadCard, recordSessions } from './cards.ts';

/**
 * A manual correction of one item's sessions on a counted card (the adjustments module calls this
 * once allowed or approved): a guarded update that keeps sessions left between zero and what the
 * card was sold with, and a ledger row.
 */
export async function adjustSessions(
  ctx: Ctx,
  input: { cardId: string; itemCode: string; storeId: string; delta: number; refId: string; note: string },
): Promise<{ sessionsLeft: number }> {
  const card = await loadCard(ctx, input.cardId, true);
  if (card.status === 'refunded') throw new AppError('CARD_NOT_ACTIVE', 'This card was refunded');
  const after = await ctx.db
    .updateTable('member_card_items')
    .set({ sessions_left: sql`sessions_left + ${input.delta}` })
    .where('tenant_id', '=', ctx.tenantId)
    .where('member_card_id', '=', card.id)
    .where('item_code', '=', input.itemCode)
    .where('sessions_total', 'is not', null)
    .where(sql<boolean>`sessions_left + ${input.delta} between 0 and sessions_total - sessions_reserved`)
    .returning('sessions_left')
    .executeTakeFirst();
  if (!after || after.sessions_left === null) {
    throw new AppError('VALIDATION_FAILED', 'Sessions stay between zero and what the card was sold with', {
      field: 'sessionsDelta',
    });
  }
  await recordSessions(ctx, {
    cardId: card.id,
    memberId: card.member_id,
    itemCode: input.itemCode,
    storeId: input.storeId,
    kind: 'adjustment',
    refType: 'adjustment',
    refId: input.refId,
    delta: input.delta,
    leftAfter: after.sessions_left,
    note: input.note,
  });
  return { sessionsLeft: after.sessions_left };
}
