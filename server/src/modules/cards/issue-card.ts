import type { PaymentMethod } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requirePermission, requireStore } from '../auth/permissions.ts';
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
    const card = toMemberCard(await loadCard(tx, id), await loadCardItems(tx, [id]), tx.now);
    await recordAudit(tx, {
      action: 'card.issue',
      entity: 'member_card',
      entityId: id,
      storeId: input.storeId,
      after: card,
    });
    return card;
  });
}
