import type { Selectable } from 'kysely';
import type { CouponSource, CouponsTable, CouponTemplatesTable } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { loadMember } from '../members/access.ts';
import { type CouponTemplate, toTemplate } from './templates.ts';

/** What the member sees: usable now, used, expired (never used in time) or voided. */
export type CouponState = 'usable' | 'not_yet_valid' | 'used' | 'expired' | 'void';

export interface Coupon {
  id: string;
  code: string;
  memberId: string;
  templateId: string;
  name: string;
  kind: CouponTemplate['kind'];
  value: number;
  maxOffCents: number | null;
  thresholdCents: number;
  scope: CouponTemplate['scope'];
  scopeIds: string[];
  storeIds: string[];
  status: CouponsTable['status'];
  state: CouponState;
  validFrom: string;
  expiresAt: string;
  source: CouponSource;
  issuedAt: string;
  redeemedAt: string | null;
  redeemedOrderId: string | null;
  discountCents: number;
}

export function stateOf(
  row: Pick<CouponsTable, 'status' | 'valid_from' | 'expires_at'>,
  now: Date,
): CouponState {
  switch (row.status) {
    case 'redeemed':
      return 'used';
    case 'void':
      return 'void';
    case 'issued': {
      const at = now.toISOString();
      if (row.expires_at <= at) return 'expired';
      return row.valid_from > at ? 'not_yet_valid' : 'usable';
    }
  }
}

export function toCoupon(
  row: Selectable<CouponsTable>,
  template: Selectable<CouponTemplatesTable>,
  now: Date,
): Coupon {
  const t = toTemplate(template);
  return {
    id: row.id,
    code: row.code,
    memberId: row.member_id,
    templateId: row.template_id,
    name: t.name,
    kind: t.kind,
    value: t.value,
    maxOffCents: t.maxOffCents,
    thresholdCents: t.thresholdCents,
    scope: t.scope,
    scopeIds: t.scopeIds,
    storeIds: t.storeIds,
    status: row.status,
    state: stateOf(row, now),
    validFrom: row.valid_from,
    expiresAt: row.expires_at,
    source: row.source,
    issuedAt: row.issued_at,
    redeemedAt: row.redeemed_at,
    redeemedOrderId: row.redeemed_order_id,
    discountCents: row.discount_cents,
  };
}

async function withTemplates(ctx: Ctx, rows: Selectable<CouponsTable>[]): Promise<Coupon[]> {
  if (rows.length === 0) return [];
  const templates = await ctx.db
    .selectFrom('coupon_templates')
    .selectAll()
    .where('tenant_id', '=', ctx.tenantId)
    .where('id', 'in', [...new Set(rows.map((r) => r.template_id))])
    .execute();
  const byId = new Map(templates.map((t) => [t.id, t]));
  return rows.flatMap((r) => {
    const t = byId.get(r.template_id);
    return t ? [toCoupon(r, t, ctx.now)] : [];
  });
}

export async function couponsByIds(ctx: Ctx, ids: string[]): Promise<Coupon[]> {
  if (ids.length === 0) return [];
  const rows = await ctx.db
    .selectFrom('coupons')
    .selectAll()
    .where('tenant_id', '=', ctx.tenantId)
    .where('id', 'in', ids)
    .orderBy('id')
    .execute();
  return withTemplates(ctx, rows);
}

/**
 * A member's coupons for the 360 page and the till: usable ones first (soonest to expire first),
 * then the rest, newest first. `usableOnly` gives what the till can offer.
 */
export async function listMemberCoupons(
  ctx: Ctx,
  memberId: string,
  opts: { usableOnly?: boolean } = {},
): Promise<Coupon[]> {
  await loadMember(ctx, memberId);
  const at = ctx.now.toISOString();
  let q = ctx.db
    .selectFrom('coupons')
    .selectAll()
    .where('tenant_id', '=', ctx.tenantId)
    .where('member_id', '=', memberId);
  if (opts.usableOnly)
    q = q.where('status', '=', 'issued').where('expires_at', '>', at).where('valid_from', '<=', at);
  const rows = await q.orderBy('issued_at', 'desc').limit(500).execute();
  const coupons = await withTemplates(ctx, rows);
  const rank = (c: Coupon) => (c.state === 'usable' ? 0 : c.state === 'not_yet_valid' ? 1 : 2);
  return coupons.sort((a, b) =>
    rank(a) !== rank(b)
      ? rank(a) - rank(b)
      : rank(a) === 0
        ? a.expiresAt.localeCompare(b.expiresAt)
        : b.issuedAt.localeCompare(a.issuedAt),
  );
}
