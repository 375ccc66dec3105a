import { sql } from 'kysely';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { requirePermission, requireStore } from '../auth/permissions.ts';
import { assertActive, loadMember } from '../members/access.ts';
import { assertUsable, loadCard, recordSessions } from './cards.ts';

export interface ConsumeInput {
  cardId: string;
  itemCode: string;
  storeId: string;
  /** What the session was used for (an order line, an appointment): restore finds it by this. */
  refType: string;
  refId: string;
}

/**
 * Uses one session of an item (checkout and appointments call this). On a counted item it is a
 * guarded decrement — two tills can never take the last session twice; on a time card it is a
 * visit on the ledger with no count.
 */
export async function consumeSession(
  ctx: Ctx,
  input: ConsumeInput,
): Promise<{ sessionsLeft: number | null }> {
  requirePermission(ctx.actor, 'cards.consume');
  requireStore(ctx.actor, input.storeId);
  return inTransaction(ctx, async (tx) => {
    const card = await loadCard(tx, input.cardId, true);
    assertActive(await loadMember(tx, card.member_id));
    assertUsable(card, tx.now);
    const item = await tx.db
      .selectFrom('member_card_items')
      .selectAll()
      .where('tenant_id', '=', tx.tenantId)
      .where('member_card_id', '=', card.id)
      .where('item_code', '=', input.itemCode)
      .executeTakeFirst();
    if (!item)
      throw new AppError('CARD_ITEM_NOT_FOUND', 'This card does not include that item', {
        itemCode: input.itemCode,
      });
    let left: number | null = null;
    if (item.sessions_total !== null) {
      const after = await tx.db
        .updateTable('member_card_items')
        .set({ sessions_left: sql`sessions_left - 1` })
        .where('tenant_id', '=', tx.tenantId)
        .where('member_card_id', '=', card.id)
        .where('item_code', '=', item.item_code)
        .where('sessions_left', '>=', 1)
        .returning('sessions_left')
        .executeTakeFirst();
      if (!after)
        throw new AppError('NO_SESSIONS_LEFT', 'No sessions left for this item', {
          itemCode: item.item_code,
        });
      left = after.sessions_left;
    }
    await recordSessions(tx, {
      cardId: card.id,
      memberId: card.member_id,
      itemCode: item.item_code,
      storeId: input.storeId,
      kind: 'consume',
      refType: input.refType,
      refId: input.refId,
      delta: item.sessions_total === null ? 0 : -1,
      leftAfter: left,
    });
    return { sessionsLeft: left };
  });
}

/**
 * Gives back the sessions a reference used (a refunded order line, a cancelled appointment), or at
 * most `limit` of them (part of a line). Repeating it restores nothing more: it restores only what
 * was consumed and not yet restored.
 */
export async function restoreSessions(
  ctx: Ctx,
  ref: { refType: string; refId: string; storeId: string; limit?: number },
): Promise<{ restored: number }> {
  return inTransaction(ctx, async (tx) => {
    const entries = await tx.db
      .selectFrom('card_session_ledger')
      .select(['member_card_id', 'member_id', 'item_code', 'kind', 'delta'])
      .where('tenant_id', '=', tx.tenantId)
      .where('ref_type', '=', ref.refType)
      .where('ref_id', '=', ref.refId)
      .where('kind', 'in', ['consume', 'restore'])
      .execute();
    const owed = new Map<string, { cardId: string; memberId: string; itemCode: string; count: number }>();
    for (const e of entries) {
      const key = `${e.member_card_id}|${e.item_code}`;
      const o = owed.get(key) ?? {
        cardId: e.member_card_id,
        memberId: e.member_id,
        itemCode: e.item_code,
        count: 0,
      };
      o.count -= e.delta; // consume −1 adds one owed; restore +1 settles one
      owed.set(key, o);
    }
    let restored = 0;
    let allowed = ref.limit ?? Number.POSITIVE_INFINITY;
    for (const o of owed.values()) {
      o.count = Math.min(o.count, allowed);
      if (o.count <= 0) continue;
      allowed -= o.count;
      const card = await loadCard(tx, o.cardId, true);
      if (card.status === 'refunded') continue; // its unused sessions were paid out already
      const after = await tx.db
        .updateTable('member_card_items')
        .set({ sessions_left: sql`sessions_left + ${o.count}` })
        .where('tenant_id', '=', tx.tenantId)
        .where('member_card_id', '=', o.cardId)
        .where('item_code', '=', o.itemCode)
        .where(sql<boolean>`sessions_left + ${o.count} <= sessions_total - sessions_reserved`)
        .returning('sessions_left')
        .executeTakeFirst();
      if (!after)
        throw new AppError('VALIDATION_FAILED', 'Restoring would exceed the sessions the card was sold with');
      await recordSessions(tx, {
        cardId: o.cardId,
        memberId: o.memberId,
        itemCode: o.itemCode,
        storeId: ref.storeId,
        kind: 'restore',
        refType: ref.refType,
        refId: ref.refId,
        delta: o.count,
        leftAfter: after.sessions_left,
      });
      restored += o.count;
    }
    return { restored };
  });
}
