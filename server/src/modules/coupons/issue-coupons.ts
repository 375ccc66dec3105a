import { randomInt } from 'node:crypto';
import { sql } from 'kysely';
import { forUpdate } from '../../db/dialect.ts';
import type { CouponSource } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requirePermission } from '../auth/permissions.ts';
import { assertActive, loadMember } from '../members/access.ts';
import { type Coupon, couponsByIds } from './member-coupons.ts';
import { toTemplate } from './templates.ts';

const DAY_MS = 86_400_000;
/** No 0/O, 1/I/L: a code read aloud or typed from a phone screen cannot be misread. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const CODE_LENGTH = 10;

export function newCouponCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

export interface IssueCouponsInput {
  templateId: string;
  /** One coupon per entry (repeat an id to give a member several). */
  memberIds: string[];
  source: CouponSource;
  sourceRef: string;
  /**
   * `all` (default): refuse everything when stock or a member's limit would be passed.
   * `available`: issue what stock and the limits allow and skip the rest (a recharge still goes
   * through when its plan's coupons have run out).
   */
  mode?: 'all' | 'available';
}

/**
 * Issues coupons of one template. Runs in the caller's transaction (a recharge, a campaign), or
 * its own. The template row is locked first, so per-member counts read after it are not raced by
 * another issuer of the same template, and stock rises by a guarded update
 * (`issued_count + n <= total_stock`), so total stock is never exceeded.
 */
export async function issueCoupons(ctx: Ctx, input: IssueCouponsInput): Promise<Coupon[]> {
  if (input.memberIds.length === 0) return [];
  return inTransaction(ctx, async (tx) => {
    const row = await forUpdate(
      tx.db,
      tx.db
        .selectFrom('coupon_templates')
        .selectAll()
        .where('tenant_id', '=', tx.tenantId)
        .where('id', '=', input.templateId),
    ).executeTakeFirst();
    if (!row)
      throw new AppError('COUPON_TEMPLATE_NOT_FOUND', 'No such coupon template', {
        templateId: input.templateId,
      });
    const template = toTemplate(row);
    if (template.status !== 'active')
      throw new AppError('COUPON_TEMPLATE_ARCHIVED', 'This coupon template is archived', {
        templateId: template.id,
      });
    const at = tx.now;
    if (template.validity === 'fixed' && template.validUntil && template.validUntil <= at.toISOString())
      throw new AppError('COUPON_EXPIRED', 'This template’s validity window has ended', {
        templateId: template.id,
      });

    let wanted = input.memberIds;
    if (template.perMemberLimit > 0) {
      const held = await tx.db
        .selectFrom('coupons')
        .select(['member_id', sql<number>`count(*)`.as('n')])
        .where('tenant_id', '=', tx.tenantId)
        .where('template_id', '=', template.id)
        .where('member_id', 'in', [...new Set(wanted)])
        .groupBy('member_id')
        .execute();
      const count = new Map(held.map((h) => [h.member_id, Number(h.n)]));
      const kept: string[] = [];
      for (const id of wanted) {
        const n = count.get(id) ?? 0;
        if (n >= template.perMemberLimit) {
          if (input.mode === 'available') continue;
          throw new AppError('COUPON_LIMIT_REACHED', 'This member already holds the most allowed', {
            memberId: id,
            limit: template.perMemberLimit,
          });
        }
        count.set(id, n + 1);
        kept.push(id);
      }
      wanted = kept;
    }
    if (template.totalStock !== null && input.mode === 'available')
      wanted = wanted.slice(0, Math.max(0, template.totalStock - template.issuedCount));
    if (wanted.length === 0) return [];

    const n = wanted.length;
    const raised = await tx.db
      .updateTable('coupon_templates')
      .set({ issued_count: sql`issued_count + ${n}` })
      .where('tenant_id', '=', tx.tenantId)
      .where('id', '=', template.id)
      .where((eb) =>
        eb.or([eb('total_stock', 'is', null), eb(sql`issued_count + ${n}`, '<=', eb.ref('total_stock'))]),
      )
      .executeTakeFirst();
    if (Number(raised.numUpdatedRows) !== 1)
      throw new AppError('COUPON_STOCK_EXHAUSTED', 'Not enough coupons left', {
        templateId: template.id,
        left: Math.max(0, (template.totalStock ?? 0) - template.issuedCount),
      });

    const validFrom =
      template.validity === 'fixed' ? (template.validFrom ?? at.toISOString()) : at.toISOString();
    const expiresAt =
      template.validity === 'fixed'
        ? (template.validUntil ?? at.toISOString())
        : new Date(at.getTime() + (template.validDays ?? 1) * DAY_MS).toISOString();
    const ids: string[] = [];
    for (const memberId of wanted) {
      // A code collision (1 in 2^49 per pair) is retried with a fresh code rather than failing.
      for (let attempt = 0; ; attempt++) {
        const id = uuidv7(at.getTime());
        const inserted = await tx.db
          .insertInto('coupons')
          .values({
            tenant_id: tx.tenantId,
            id,
            template_id: template.id,
            member_id: memberId,
            code: newCouponCode(),
            status: 'issued',
            valid_from: validFrom,
            expires_at: expiresAt,
            source: input.source,
            source_ref: input.sourceRef,
            issued_by: tx.actor.userId,
            issued_at: at.toISOString(),
            redeemed_at: null,
            redeemed_order_id: null,
            redeemed_store_id: null,
            discount_cents: 0,
            restored_count: 0,
          })
          .onConflict((oc) => oc.columns(['tenant_id', 'code']).doNothing())
          .executeTakeFirst();
        if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) {
          ids.push(id);
          break;
        }
        if (attempt >= 5) throw new Error('could not draw a free coupon code');
      }
    }
    return couponsByIds(tx, ids);
  });
}

/** An admin gives a member coupons of a template by hand (audited). */
export async function issueToMember(
  ctx: Ctx,
  input: { memberId: string; templateId: string; count: number; note?: string },
): Promise<Coupon[]> {
  requirePermission(ctx.actor, 'coupons.manage');
  if (!Number.isInteger(input.count) || input.count < 1 || input.count > 50)
    throw new AppError('VALIDATION_FAILED', 'Issue 1–50 coupons at a time', { field: 'count' });
  return inTransaction(ctx, async (tx) => {
    const member = await loadMember(tx, input.memberId);
    assertActive(member);
    const coupons = await issueCoupons(tx, {
      templateId: input.templateId,
      memberIds: Array.from({ length: input.count }, () => member.id),
      source: 'manual',
      sourceRef: input.note?.trim() ?? '',
    });
    await recordAudit(tx, {
      action: 'coupons.issue',
      entity: 'member',
      entityId: member.id,
      after: { templateId: input.templateId, codes: coupons.map((c) => c.code), note: input.note ?? '' },
    });
    return coupons;
  });
}

/**
 * Voids the still-unused coupons a source gave (a refunded recharge's gift coupons). Used ones stay
 * used: the member already had their value, as with bonus already spent. Returns how many.
 */
export async function voidUnusedCoupons(
  ctx: Ctx,
  source: { source: CouponSource; sourceRef: string },
): Promise<number> {
  const done = await ctx.db
    .updateTable('coupons')
    .set({ status: 'void' })
    .where('tenant_id', '=', ctx.tenantId)
    .where('source', '=', source.source)
    .where('source_ref', '=', source.sourceRef)
    .where('status', '=', 'issued')
    .executeTakeFirst();
  return Number(done.numUpdatedRows);
}
