import type { Selectable } from 'kysely';
import type { GiftCardLedgerTable, GiftCardsTable } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { decodeCursor, encodeCursor, type Page } from '../../shared/pagination.ts';
import { requirePermission } from '../auth/permissions.ts';
import { hashGiftCardCode, normalizeGiftCardCode } from './codes.ts';
import { giftCardById, unusableReason } from './ledger.ts';

export interface GiftCardView {
  id: string;
  last4: string;
  faceValueCents: number;
  balanceCents: number;
  status: GiftCardsTable['status'];
  expiresAt: string | null;
  storeId: string;
  source: GiftCardsTable['source'];
  soldOrderId: string | null;
  soldLineNo: number | null;
  memberId: string | null;
  issuedAt: string;
  voidedAt: string | null;
  voidReason: string;
  note: string;
}

export interface GiftCardEntryView {
  id: string;
  at: string;
  storeId: string | null;
  kind: GiftCardLedgerTable['kind'];
  refType: string;
  refId: string;
  deltaCents: number;
  balanceAfterCents: number;
  note: string;
  createdBy: string | null;
}

export function toGiftCardView(r: Selectable<GiftCardsTable>): GiftCardView {
  return {
    id: r.id,
    last4: r.last4,
    faceValueCents: r.face_value_cents,
    balanceCents: r.balance_cents,
    status: r.status,
    expiresAt: r.expires_at,
    storeId: r.store_id,
    source: r.source,
    soldOrderId: r.sold_order_id,
    soldLineNo: r.sold_line_no,
    memberId: r.member_id,
    issuedAt: r.issued_at,
    voidedAt: r.voided_at,
    voidReason: r.void_reason,
    note: r.note,
  };
}

function toEntry(r: Selectable<GiftCardLedgerTable>): GiftCardEntryView {
  return {
    id: r.id,
    at: r.at,
    storeId: r.store_id,
    kind: r.kind,
    refType: r.ref_type,
    refId: r.ref_id,
    deltaCents: r.delta_cents,
    balanceAfterCents: r.balance_after_cents,
    note: r.note,
    createdBy: r.created_by,
  };
}

export interface GiftCardListQuery {
  last4?: string;
  status?: GiftCardsTable['status'];
  storeId?: string;
  cursor?: string;
  limit?: number;
}

/** The back office list, newest first; `last4` finds a card by the digits printed at its end. */
export async function listGiftCards(ctx: Ctx, query: GiftCardListQuery): Promise<Page<GiftCardView>> {
  requirePermission(ctx.actor, 'giftcards.read');
  const limit = query.limit ?? 50;
  let q = ctx.db.selectFrom('gift_cards').selectAll().where('tenant_id', '=', ctx.tenantId);
  if (query.last4) q = q.where('last4', '=', query.last4);
  if (query.status) q = q.where('status', '=', query.status);
  if (query.storeId) q = q.where('store_id', '=', query.storeId);
  if (query.cursor) {
    const c = decodeCursor<{ at: string; id: string }>(query.cursor);
    if (typeof c?.at !== 'string' || typeof c.id !== 'string' || !/^[0-9a-f-]{36}$/.test(c.id))
      throw new AppError('VALIDATION_FAILED', 'Invalid cursor', { field: 'cursor' });
    q = q.where((eb) =>
      eb.or([eb('issued_at', '<', c.at), eb.and([eb('issued_at', '=', c.at), eb('id', '<', c.id)])]),
    );
  }
  const rows = await q
    .orderBy('issued_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toGiftCardView),
    nextCursor: rows.length > limit && last ? encodeCursor({ at: last.issued_at, id: last.id }) : null,
  };
}

export async function ledgerOf(ctx: Ctx, giftCardId: string): Promise<GiftCardEntryView[]> {
  const rows = await ctx.db
    .selectFrom('gift_card_ledger')
    .selectAll()
    .where('tenant_id', '=', ctx.tenantId)
    .where('gift_card_id', '=', giftCardId)
    .orderBy('at')
    .orderBy('id')
    .execute();
  return rows.map(toEntry);
}

export async function getGiftCard(
  ctx: Ctx,
  id: string,
): Promise<GiftCardView & { ledger: GiftCardEntryView[] }> {
  requirePermission(ctx.actor, 'giftcards.read');
  const card = await giftCardById(ctx, id);
  return { ...toGiftCardView(card), ledger: await ledgerOf(ctx, id) };
}

/** The card a scanned code names, or GIFT_CARD_NOT_FOUND (a wrong check digit included). */
export async function cardByCode(ctx: Ctx, code: string) {
  const digits = normalizeGiftCardCode(code);
  const row = digits
    ? await ctx.db
        .selectFrom('gift_cards')
        .selectAll()
        .where('tenant_id', '=', ctx.tenantId)
        .where('code_hash', '=', hashGiftCardCode(ctx.tenantId, digits))
        .executeTakeFirst()
    : undefined;
  if (!row) throw new AppError('GIFT_CARD_NOT_FOUND', 'No gift card has this code');
  return row;
}

/** The till scans a card to show its balance before taking it as a tender. */
export async function checkGiftCard(
  ctx: Ctx,
  code: string,
): Promise<GiftCardView & { usable: boolean; unusableCode: string | null }> {
  requirePermission(ctx.actor, 'pos.sell');
  const row = await cardByCode(ctx, code);
  const why = unusableReason(row, ctx.now);
  return { ...toGiftCardView(row), usable: why === null, unusableCode: why?.code ?? null };
}

/** A gift card on an order: sold on a line, or paying a tender; the balance is the card's now. */
export interface OrderGiftCard {
  giftCardId: string;
  last4: string;
  role: 'sold' | 'paid';
  lineNo: number | null;
  seq: number | null;
  amountCents: number;
  balanceCents: number;
  /** The full code, only in the sale's own response (the receipt printed then). */
  code: string | null;
}

export async function giftCardsOfOrder(
  ctx: Ctx,
  orderId: string,
  giftCardSeqs: readonly number[],
): Promise<OrderGiftCard[]> {
  const sold = await ctx.db
    .selectFrom('gift_cards')
    .select(['id', 'last4', 'sold_line_no', 'face_value_cents', 'balance_cents'])
    .where('tenant_id', '=', ctx.tenantId)
    .where('sold_order_id', '=', orderId)
    .orderBy('sold_line_no')
    .execute();
  const paid = giftCardSeqs.length
    ? await ctx.db
        .selectFrom('gift_card_ledger as l')
        .innerJoin('gift_cards as g', (j) =>
          j.onRef('g.tenant_id', '=', 'l.tenant_id').onRef('g.id', '=', 'l.gift_card_id'),
        )
        .select(['g.id', 'g.last4', 'g.balance_cents', 'l.ref_id', 'l.delta_cents'])
        .where('l.tenant_id', '=', ctx.tenantId)
        .where('l.ref_type', '=', 'order_payment')
        .where('l.kind', '=', 'spend')
        .where(
          'l.ref_id',
          'in',
          giftCardSeqs.map((seq) => `${orderId}:${seq}`),
        )
        .execute()
    : [];
  return [
    ...sold.map((g) => ({
      giftCardId: g.id,
      last4: g.last4,
      role: 'sold' as const,
      lineNo: g.sold_line_no,
      seq: null,
      amountCents: g.face_value_cents,
      balanceCents: g.balance_cents,
      code: null,
    })),
    ...paid
      .map((g) => ({
        giftCardId: g.id,
        last4: g.last4,
        role: 'paid' as const,
        lineNo: null,
        seq: Number(g.ref_id.slice(orderId.length + 1)),
        amountCents: -g.delta_cents,
        balanceCents: g.balance_cents,
        code: null,
      }))
      .sort((a, b) => a.seq - b.seq),
  ];
}

/**
 * What the merchant owes card holders: the balance of every active card, in all and per issuing
 * store — a liability like stored value (cards are accepted in every store).
 */
export async function giftCardLiability(ctx: Ctx): Promise<{
  activeCount: number;
  outstandingCents: number;
  byStore: { storeId: string; activeCount: number; outstandingCents: number }[];
}> {
  requirePermission(ctx.actor, 'giftcards.read');
  const rows = await ctx.db
    .selectFrom('gift_cards')
    .select((eb) => [
      'store_id',
      eb.fn.countAll<number>().as('n'),
      eb.fn.sum<number>('balance_cents').as('cents'),
    ])
    .where('tenant_id', '=', ctx.tenantId)
    .where('status', '=', 'active')
    .groupBy('store_id')
    .execute();
  const byStore = rows.map((r) => ({
    storeId: r.store_id,
    activeCount: Number(r.n),
    outstandingCents: Number(r.cents ?? 0),
  }));
  return {
    activeCount: byStore.reduce((s, r) => s + r.activeCount, 0),
    outstandingCents: byStore.reduce((s, r) => s + r.outstandingCents, 0),
    byStore,
  };
}
