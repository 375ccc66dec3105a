import { sql } from 'kysely';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { assertUsable, loadCard, recordSessions } from './cards.ts';

export interface ReserveInput {
  cardId: string;
  /** The card must be this member's. */
  memberId: string;
  itemCode: string;
  storeId: string;
  /** What holds the session (an appointment): release and use find it by this. */
  refType: string;
  refId: string;
}

/**
 * Holds one session of a counted item for a booking: a guarded move from sessions left to
 * sessions reserved (`sessions_left >= 1`), with a ledger row, so no till can spend it meanwhile
 * and it is still there on arrival. A time card item only checks the card is usable. The caller
 * checks who may book (staff permission, or later the member themself).
 */
export async function reserveSession(
  ctx: Ctx,
  input: ReserveInput,
): Promise<{ sessionsLeft: number | null; sessionsReserved: number }> {
  return inTransaction(ctx, async (tx) => {
    const card = await loadCard(tx, input.cardId, true);
    if (card.member_id !== input.memberId)
      throw new AppError('CARD_NOT_FOUND', 'No such card for this member', { cardId: input.cardId });
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
    let reserved = 0;
    if (item.sessions_total !== null) {
      const after = await tx.db
        .updateTable('member_card_items')
        .set({
          sessions_left: sql`sessions_left - 1`,
          sessions_reserved: sql`sessions_reserved + 1`,
        })
        .where('tenant_id', '=', tx.tenantId)
        .where('member_card_id', '=', card.id)
        .where('item_code', '=', item.item_code)
        .where('sessions_left', '>=', 1)
        .returning(['sessions_left', 'sessions_reserved'])
        .executeTakeFirst();
      if (!after)
        throw new AppError('NO_SESSIONS_LEFT', 'No sessions left for this item', {
          itemCode: item.item_code,
        });
      left = after.sessions_left;
      reserved = after.sessions_reserved;
    }
    await recordSessions(tx, {
      cardId: card.id,
      memberId: card.member_id,
      itemCode: item.item_code,
      storeId: input.storeId,
      kind: 'reserve',
      refType: input.refType,
      refId: input.refId,
      delta: item.sessions_total === null ? 0 : -1,
      leftAfter: left,
    });
    return { sessionsLeft: left, sessionsReserved: reserved };
  });
}

/** The session a reference still holds (reserved and neither released nor used), if any. */
async function heldBy(ctx: Ctx, ref: { refType: string; refId: string }) {
  const rows = await ctx.db
    .selectFrom('card_session_ledger')
    .select(['member_card_id', 'member_id', 'item_code', 'kind'])
    .where('tenant_id', '=', ctx.tenantId)
    .where('ref_type', '=', ref.refType)
    .where('ref_id', '=', ref.refId)
    .where('kind', 'in', ['reserve', 'release', 'consume_reserved'])
    .execute();
  const open =
    rows.filter((r) => r.kind === 'reserve').length - rows.filter((r) => r.kind !== 'reserve').length;
  const first = rows.find((r) => r.kind === 'reserve');
  return open > 0 && first ? first : null;
}

async function settle(
  ctx: Ctx,
  ref: { refType: string; refId: string; storeId: string },
  kind: 'release' | 'consume_reserved',
): Promise<boolean> {
  return inTransaction(ctx, async (tx) => {
    const held = await heldBy(tx, ref);
    if (!held) return false;
    const card = await loadCard(tx, held.member_card_id, true);
    const item = await tx.db
      .selectFrom('member_card_items')
      .select(['sessions_total', 'sessions_left'])
      .where('tenant_id', '=', tx.tenantId)
      .where('member_card_id', '=', card.id)
      .where('item_code', '=', held.item_code)
      .executeTakeFirstOrThrow();
    let left = item.sessions_left;
    if (item.sessions_total !== null) {
      const after = await tx.db
        .updateTable('member_card_items')
        .set({
          sessions_reserved: sql`sessions_reserved - 1`,
          ...(kind === 'release' ? { sessions_left: sql`sessions_left + 1` } : {}),
        })
        .where('tenant_id', '=', tx.tenantId)
        .where('member_card_id', '=', card.id)
        .where('item_code', '=', held.item_code)
        .where('sessions_reserved', '>=', 1)
        .returning('sessions_left')
        .executeTakeFirst();
      if (!after) throw new AppError('VALIDATION_FAILED', 'This card holds no reserved session');
      left = after.sessions_left;
    }
    await recordSessions(tx, {
      cardId: card.id,
      memberId: held.member_id,
      itemCode: held.item_code,
      storeId: ref.storeId,
      kind,
      refType: ref.refType,
      refId: ref.refId,
      delta: kind === 'release' && item.sessions_total !== null ? 1 : 0,
      leftAfter: left,
    });
    return true;
  });
}

/** Gives a held session back to sessions left (a cancelled booking, a forgiven no-show). Once. */
export function releaseSession(ctx: Ctx, ref: { refType: string; refId: string; storeId: string }) {
  return settle(ctx, ref, 'release');
}

/**
 * Uses the held session (arrival, or a no-show the tenant forfeits). It was taken out of sessions
 * left when reserved, so the card's expiry or pause since then does not stop it. Once.
 */
export function consumeReservedSession(ctx: Ctx, ref: { refType: string; refId: string; storeId: string }) {
  return settle(ctx, ref, 'consume_reserved');
}
