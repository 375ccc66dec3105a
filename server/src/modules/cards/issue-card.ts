import type { PaymentMethod } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requirePermission, requireStore } from '../auth/permissions.ts';
import {
  checkServingStaff,
  recordCardSaleCommission,
  type ServingStaff,
} from '../commission/record-value-commission.ts';
import { assertActive, loadMember } from '../members/access.ts';
import { loadCardProduct } from './card-products.ts';
import { loadCard, loadCardItems, type MemberCard, recordSessions, toMemberCard } from './cards.ts';

export interface IssueCardInput {
  memberId: string;
  cardProductId: string;
  storeId: string;
  paymentMethod: PaymentMethod;
  paymentRef?: string;
  /** Opening sessions from a legacy system: item code → sessions left (import only). */
  openingSessions?: Record<string, number>;
  expiresAt?: string;
  /** Who sold it (commission), shares adding up to 100; none earns nothing. */
  staff?: ServingStaff[];
}

/**
 * Sells a card to a member (checkout will call this for a card product line; until then it is
 * issued directly with its payment recorded). Each item's sessions start on the ledger.
 */
export async function issueCard(ctx: Ctx, input: IssueCardInput): Promise<MemberCard> {
  requirePermission(ctx.actor, 'cards.issue');
  requireStore(ctx.actor, input.storeId);
  return inTransaction(ctx, async (tx) => {
    const member = await loadMember(tx, input.memberId, { lock: true });
    assertActive(member);
    const product = await loadCardProduct(tx, input.cardProductId);
    if (product.status !== 'active')
      throw new AppError('CARD_PRODUCT_NOT_FOUND', 'This card product is archived');
    const staff = input.staff ?? [];
    await checkServingStaff(tx, staff);
    const id = uuidv7(tx.now.getTime());
    const expiresAt =
      input.expiresAt ??
      (product.validity === 'days'
        ? new Date(tx.now.getTime() + (product.validDays ?? 0) * 86_400_000).toISOString()
        : (product.validUntil ?? null));
    await tx.db
      .insertInto('member_cards')
      .values({
        tenant_id: tx.tenantId,
        id,
        member_id: member.id,
        card_product_id: product.id,
        name: product.name,
        kind: product.kind,
        status: 'active',
        store_id: input.storeId,
        price_cents: product.priceCents,
        payment_method: input.paymentMethod,
        payment_ref: input.paymentRef ?? '',
        issued_at: tx.now.toISOString(),
        expires_at: expiresAt,
        paused_at: null,
        refunded_cents: 0,
        refunded_at: null,
      })
      .execute();
    for (const item of product.items) {
      const sessions =
        item.sessions === null ? null : (input.openingSessions?.[item.itemCode] ?? item.sessions);
      await tx.db
        .insertInto('member_card_items')
        .values({
          tenant_id: tx.tenantId,
          member_card_id: id,
          item_code: item.itemCode,
          item_name: item.itemName,
          sessions_total: sessions,
          sessions_left: sessions,
        })
        .execute();
      if (sessions !== null) {
        await recordSessions(tx, {
          cardId: id,
          memberId: member.id,
          itemCode: item.itemCode,
          storeId: input.storeId,
          kind: input.openingSessions ? 'opening' : 'issue',
          refType: 'member_card',
          refId: id,
          delta: sessions,
          leftAfter: sessions,
        });
      }
    }
    if (staff.length) {
      await tx.db
        .insertInto('member_card_staff')
        .values(
          staff.map((p) => ({
            tenant_id: tx.tenantId,
            member_card_id: id,
            staff_user_id: p.userId,
            share_percent: p.sharePercent,
            requested: p.requested ? (1 as const) : (0 as const),
          })),
        )
        .execute();
      await recordCardSaleCommission(tx, {
        cardId: id,
        cardProductId: product.id,
        storeId: input.storeId,
        priceCents: product.priceCents,
        name: product.name,
        staff,
      });
    }
    const card = toMemberCard(await loadCard(tx, id), await loadCardItems(tx, [id]), tx.now);
    await recordAudit(tx, {
      action: 'card.issue',
      entity: 'member_card',
      entityId: id,
      storeId: input.storeId,
      after: staff.length ? { ...card, staff } : card,
    });
    return card;
  });
}
