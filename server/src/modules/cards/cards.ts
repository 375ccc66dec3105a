import type { Selectable } from 'kysely';
import { forUpdate } from '../../db/dialect.ts';
import type { CardSessionEntryKind, MemberCardItemsTable, MemberCardsTable } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { uuidv7 } from '../../shared/ids.ts';

export interface MemberCard {
  id: string;
  memberId: string;
  cardProductId: string;
  name: string;
  kind: 'counted' | 'time';
  status: 'active' | 'paused' | 'refunded';
  storeId: string;
  priceCents: number;
  issuedAt: string;
  expiresAt: string | null;
  pausedAt: string | null;
  refundedCents: number;
  /** Derived at read time: past its date (an expired card stays 'active' in the row). */
  expired: boolean;
  items: {
    itemCode: string;
    itemName: string;
    sessionsTotal: number | null;
    sessionsLeft: number | null;
    sessionsReserved: number;
  }[];
}

export function toMemberCard(
  row: Selectable<MemberCardsTable>,
  items: Selectable<MemberCardItemsTable>[],
  now: Date,
): MemberCard {
  return {
    id: row.id,
    memberId: row.member_id,
    cardProductId: row.card_product_id,
    name: row.name,
    kind: row.kind,
    status: row.status,
    storeId: row.store_id,
    priceCents: row.price_cents,
    issuedAt: row.issued_at,
    expiresAt: row.expires_at,
    pausedAt: row.paused_at,
    refundedCents: row.refunded_cents,
    expired: row.expires_at !== null && row.expires_at <= now.toISOString() && row.status !== 'paused',
    items: items
      .filter((i) => i.member_card_id === row.id)
      .map((i) => ({
        itemCode: i.item_code,
        itemName: i.item_name,
        sessionsTotal: i.sessions_total,
        sessionsLeft: i.sessions_left,
        sessionsReserved: i.sessions_reserved,
      })),
  };
}

export async function loadCard(ctx: Ctx, cardId: string, lock = false) {
  const q = ctx.db
    .selectFrom('member_cards')
    .selectAll()
    .where('tenant_id', '=', ctx.tenantId)
    .where('id', '=', cardId);
  const row = await (lock ? forUpdate(ctx.db, q) : q).executeTakeFirst();
  if (!row) throw new AppError('CARD_NOT_FOUND', 'No such card', { cardId });
  return row;
}

export async function loadCardItems(ctx: Ctx, cardIds: readonly string[]) {
  if (cardIds.length === 0) return [];
  return ctx.db
    .selectFrom('member_card_items')
    .selectAll()
    .where('tenant_id', '=', ctx.tenantId)
    .where('member_card_id', 'in', cardIds)
    .orderBy('item_code')
    .execute();
}

/** Appends one row to the session ledger. */
export async function recordSessions(
  ctx: Ctx,
  e: {
    cardId: string;
    memberId: string;
    itemCode: string;
    storeId: string | null;
    kind: CardSessionEntryKind;
    refType: string;
    refId: string;
    delta: number;
    leftAfter: number | null;
    note?: string;
  },
): Promise<void> {
  await ctx.db
    .insertInto('card_session_ledger')
    .values({
      tenant_id: ctx.tenantId,
      id: uuidv7(ctx.now.getTime()),
      member_card_id: e.cardId,
      member_id: e.memberId,
      item_code: e.itemCode,
      store_id: e.storeId,
      at: ctx.now.toISOString(),
      actor_user_id: ctx.actor.userId,
      kind: e.kind,
      ref_type: e.refType,
      ref_id: e.refId,
      delta: e.delta,
      left_after: e.leftAfter,
      note: e.note ?? '',
    })
    .execute();
}

/** A card can be used: not refunded, not paused, not past its date. */
export function assertUsable(row: Selectable<MemberCardsTable>, now: Date): void {
  if (row.status === 'refunded') throw new AppError('CARD_NOT_ACTIVE', 'This card was refunded');
  if (row.status === 'paused') throw new AppError('CARD_PAUSED', 'This card is paused');
  if (row.expires_at !== null && row.expires_at <= now.toISOString()) {
    throw new AppError('CARD_EXPIRED', 'This card has expired', { expiresAt: row.expires_at });
  }
}
