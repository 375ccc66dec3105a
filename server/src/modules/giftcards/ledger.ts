import type { Selectable } from 'kysely';
import { sql } from 'kysely';
import type { GiftCardEntryKind, GiftCardsTable } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { uuidv7 } from '../../shared/ids.ts';

export type GiftCardRow = Selectable<GiftCardsTable>;

export interface GiftCardPosting {
  giftCardId: string;
  kind: GiftCardEntryKind;
  deltaCents: number;
  storeId: string | null;
  refType: string;
  refId: string;
  note?: string;
}

/**
 * The one way a card's balance changes: a guarded update that never takes it below zero, and its
 * ledger row with the balance after, in the caller's transaction. Returns the balance after, or
 * null when the guard refused (not enough left).
 */
export async function postGiftCard(ctx: Ctx, entry: GiftCardPosting): Promise<number | null> {
  const at = ctx.now.toISOString();
  const after = await ctx.db
    .updateTable('gift_cards')
    .set({ balance_cents: sql`balance_cents + ${entry.deltaCents}`, updated_at: at })
    .where('tenant_id', '=', ctx.tenantId)
    .where('id', '=', entry.giftCardId)
    .where(sql<boolean>`balance_cents + ${entry.deltaCents} >= 0`)
    .returning('balance_cents')
    .executeTakeFirst();
  if (!after) return null;
  await ctx.db
    .insertInto('gift_card_ledger')
    .values({
      tenant_id: ctx.tenantId,
      id: uuidv7(ctx.now.getTime()),
      gift_card_id: entry.giftCardId,
      at,
      store_id: entry.storeId,
      kind: entry.kind,
      ref_type: entry.refType,
      ref_id: entry.refId,
      delta_cents: entry.deltaCents,
      balance_after_cents: after.balance_cents,
      note: entry.note ?? '',
      created_by: ctx.actor.userId,
    })
    .execute();
  return after.balance_cents;
}

export async function giftCardById(ctx: Ctx, id: string): Promise<GiftCardRow> {
  const row = await ctx.db
    .selectFrom('gift_cards')
    .selectAll()
    .where('tenant_id', '=', ctx.tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('GIFT_CARD_NOT_FOUND', 'No such gift card', { giftCardId: id });
  return row;
}

/** Why a card cannot pay now, or null when it can (status, then expiry). */
export function unusableReason(card: GiftCardRow, now: Date): AppError | null {
  if (card.status !== 'active')
    return new AppError('GIFT_CARD_NOT_ACTIVE', 'This gift card is void', { giftCardId: card.id });
  if (card.expires_at && card.expires_at <= now.toISOString())
    return new AppError('GIFT_CARD_EXPIRED', 'This gift card has expired', {
      giftCardId: card.id,
      expiresAt: card.expires_at,
    });
  return null;
}
