import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requirePermission, requireStore } from '../auth/permissions.ts';
import { reverseValueCommission } from '../commission/reverse-value-commission.ts';
import { loadMember } from '../members/access.ts';
import {
  assertUsable,
  loadCard,
  loadCardItems,
  type MemberCard,
  recordSessions,
  toMemberCard,
} from './cards.ts';

async function view(ctx: Ctx, cardId: string): Promise<MemberCard> {
  return toMemberCard(await loadCard(ctx, cardId), await loadCardItems(ctx, [cardId]), ctx.now);
}

/** A member's cards with their items and sessions left, newest first. */
export async function listMemberCards(ctx: Ctx, memberId: string): Promise<MemberCard[]> {
  requirePermission(ctx.actor, 'members.read');
  await loadMember(ctx, memberId);
  const rows = await ctx.db
    .selectFrom('member_cards')
    .selectAll()
    .where('tenant_id', '=', ctx.tenantId)
    .where('member_id', '=', memberId)
    .orderBy('issued_at', 'desc')
    .execute();
  const items = await loadCardItems(
    ctx,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toMemberCard(r, items, ctx.now));
}

/**
 * Pauses a time card (illness, travel): while paused it cannot be used, and on resume its end date
 * moves out by the time it was paused. Counted cards are not paused: their sessions do not run out.
 */
export async function pauseCard(ctx: Ctx, cardId: string, pause: boolean): Promise<MemberCard> {
  requirePermission(ctx.actor, 'members.manage');
  return inTransaction(ctx, async (tx) => {
    const card = await loadCard(tx, cardId, true);
    await loadMember(tx, card.member_id);
    if (card.kind !== 'time') throw new AppError('VALIDATION_FAILED', 'Only time cards are paused');
    const at = tx.now.toISOString();
    if (pause) {
      assertUsable(card, tx.now);
      await tx.db
        .updateTable('member_cards')
        .set({ status: 'paused', paused_at: at })
        .where('tenant_id', '=', tx.tenantId)
        .where('id', '=', cardId)
        .execute();
    } else {
      if (card.status !== 'paused' || !card.paused_at)
        throw new AppError('CARD_NOT_ACTIVE', 'This card is not paused');
      const pausedMs = tx.now.getTime() - new Date(card.paused_at).getTime();
      const expiresAt = card.expires_at
        ? new Date(new Date(card.expires_at).getTime() + pausedMs).toISOString()
        : null;
      await tx.db
        .updateTable('member_cards')
        .set({ status: 'active', paused_at: null, expires_at: expiresAt })
        .where('tenant_id', '=', tx.tenantId)
        .where('id', '=', cardId)
        .execute();
    }
    const after = await view(tx, cardId);
    await recordAudit(tx, {
      action: pause ? 'card.pause' : 'card.resume',
      entity: 'member_card',
      entityId: cardId,
      storeId: card.store_id,
      before: { status: card.status, expiresAt: card.expires_at },
      after: { status: after.status, expiresAt: after.expiresAt },
    });
    return after;
  });
}

/**
 * Refunds what is left of a card, pro rata and rounded down: a counted card by unused sessions
 * over sessions sold, a time card by the time left over its whole validity. The unused sessions
 * leave the ledger; the card is closed. Once only.
 */
export async function refundCard(
  ctx: Ctx,
  cardId: string,
  input: { storeId: string; reason: string },
): Promise<MemberCard & { refundCents: number }> {
  requirePermission(ctx.actor, 'cards.refund');
  requireStore(ctx.actor, input.storeId);
  return inTransaction(ctx, async (tx) => {
    const card = await loadCard(tx, cardId, true);
    await loadMember(tx, card.member_id);
    if (card.status === 'refunded') throw new AppError('CARD_NOT_ACTIVE', 'This card was already refunded');
    const items = await loadCardItems(tx, [cardId]);
    // A booked appointment holds a session: cancel it (or let it be used) before the card is closed.
    if (items.some((i) => i.sessions_reserved > 0))
      throw new AppError('CARD_HAS_RESERVATIONS', 'Sessions of this card are held by booked appointments');
    let refund: number;
    if (card.kind === 'counted') {
      const sold = items.reduce((s, i) => s + (i.sessions_total ?? 0), 0);
      const unused = items.reduce((s, i) => s + (i.sessions_left ?? 0), 0);
      refund = sold > 0 ? Math.floor((card.price_cents * unused) / sold) : 0;
      for (const i of items) {
        if (!i.sessions_left) continue;
        await tx.db
          .updateTable('member_card_items')
          .set({ sessions_left: 0 })
          .where('tenant_id', '=', tx.tenantId)
          .where('member_card_id', '=', cardId)
          .where('item_code', '=', i.item_code)
          .execute();
        await recordSessions(tx, {
          cardId,
          memberId: card.member_id,
          itemCode: i.item_code,
          storeId: input.storeId,
          kind: 'refund',
          refType: 'member_card',
          refId: cardId,
          delta: -i.sessions_left,
          leftAfter: 0,
          note: input.reason,
        });
      }
    } else {
      const start = new Date(card.issued_at).getTime();
      const end = card.expires_at ? new Date(card.expires_at).getTime() : start;
      const until =
        card.status === 'paused' && card.paused_at ? new Date(card.paused_at).getTime() : tx.now.getTime();
      const total = end - start;
      const left = Math.max(0, end - until);
      refund = total > 0 ? Math.floor((card.price_cents * Math.min(left, total)) / total) : 0;
    }
    const at = tx.now.toISOString();
    await tx.db
      .updateTable('member_cards')
      .set({ status: 'refunded', refunded_cents: refund, refunded_at: at })
      .where('tenant_id', '=', tx.tenantId)
      .where('id', '=', cardId)
      .execute();
    // Commission of a card sold over the counter goes back in the share of the price refunded.
    await reverseValueCommission(tx, {
      refType: 'member_card',
      refId: cardId,
      refundedCents: refund,
      wholeCents: card.price_cents,
    });
    const after = await view(tx, cardId);
    await recordAudit(tx, {
      action: 'card.refund',
      entity: 'member_card',
      entityId: cardId,
      storeId: input.storeId,
      after: { refundCents: refund, reason: input.reason },
    });
    return { ...after, refundCents: refund };
  });
}

/**
 * Takes back a card sold at the counter when its sale line is refunded: only a card never used
 * (every session still there, no visit on the ledger), so the whole price can go back. A used card
 * is refunded pro rata through refundCard instead.
 */
export async function cancelUnusedCard(
  ctx: Ctx,
  cardId: string,
  input: { storeId: string; refundCents: number; reason: string; refType: string; refId: string },
): Promise<void> {
  const card = await loadCard(ctx, cardId, true);
  const used = await ctx.db
    .selectFrom('card_session_ledger')
    .select('id')
    .where('tenant_id', '=', ctx.tenantId)
    .where('member_card_id', '=', cardId)
    .where('kind', '=', 'consume')
    .executeTakeFirst();
  if (card.status === 'refunded' || used)
    throw new AppError(
      'CARD_NOT_ACTIVE',
      'This card was used or refunded; refund it pro rata from the member’s cards',
      {
        cardId,
      },
    );
  for (const i of await loadCardItems(ctx, [cardId])) {
    if (!i.sessions_left) continue;
    await ctx.db
      .updateTable('member_card_items')
      .set({ sessions_left: 0 })
      .where('tenant_id', '=', ctx.tenantId)
      .where('member_card_id', '=', cardId)
      .where('item_code', '=', i.item_code)
      .where('sessions_left', '=', i.sessions_left)
      .execute();
    await recordSessions(ctx, {
      cardId,
      memberId: card.member_id,
      itemCode: i.item_code,
      storeId: input.storeId,
      kind: 'refund',
      refType: input.refType,
      refId: input.refId,
      delta: -i.sessions_left,
      leftAfter: 0,
      note: input.reason,
    });
  }
  await ctx.db
    .updateTable('member_cards')
    .set({ status: 'refunded', refunded_cents: input.refundCents, refunded_at: ctx.now.toISOString() })
    .where('tenant_id', '=', ctx.tenantId)
    .where('id', '=', cardId)
    .execute();
}
