import { sql } from 'kysely';
import type { CommissionBasis, CommissionEntryKind, Db } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { requireStore } from '../auth/permissions.ts';
import { getTenantProfile } from '../tenancy/get-settings.ts';
import { startOfLocalMonth } from './period.ts';
import { requireCommissionRead } from './rules.ts';

export interface PeriodQuery {
  from?: string;
  to?: string;
}

export interface StatementEntry {
  id: string;
  at: string;
  kind: CommissionEntryKind;
  storeId: string;
  orderId: string | null;
  orderNo: string;
  lineNo: number | null;
  refundId: string | null;
  itemName: string;
  qty: number;
  sharePercent: number;
  requested: boolean;
  basis: CommissionBasis | null;
  rate: number;
  baseCents: number;
  amountCents: number;
  ruleId: string | null;
}

export interface CommissionTotals {
  saleCents: number;
  refundCents: number;
  netCents: number;
  /** Commissionable volume: the staff's shares of paid amounts, refunds netted. */
  baseCents: number;
  lines: number;
}

export interface Statement {
  staff: { userId: string; name: string };
  from: string;
  to: string;
  totals: CommissionTotals;
  entries: StatementEntry[];
  /** More entries than one answer carries; the Excel export has them all. */
  truncated: boolean;
}

const MAX_ENTRIES = 2000;

/** [from, to): the given bounds, by default the current month in the tenant's zone. */
export async function resolvePeriod(ctx: Ctx, q: PeriodQuery): Promise<{ from: string; to: string }> {
  const { timezone } = await getTenantProfile(ctx);
  const from = q.from ? new Date(q.from).toISOString() : startOfLocalMonth(ctx.now, timezone).toISOString();
  const to = q.to ? new Date(q.to).toISOString() : startOfLocalMonth(ctx.now, timezone, 1).toISOString();
  if (from >= to) throw new AppError('VALIDATION_FAILED', 'The period ends after it starts', { field: 'to' });
  return { from, to };
}

/**
 * Whose statement, and which stores of it the actor sees: everyone reads their own in full; reading
 * someone else's takes commission.read and shows only the actor's stores.
 */
export async function statementAccess(ctx: Ctx, staffUserId: string | undefined) {
  const staffId = staffUserId ?? ctx.actor.userId;
  if (!staffId) throw new AppError('VALIDATION_FAILED', 'Name the staff member', { field: 'staffUserId' });
  const own = staffId === ctx.actor.userId;
  if (!own) requireCommissionRead(ctx);
  const user = await ctx.db
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('tenant_id', '=', ctx.tenantId)
    .where('id', '=', staffId)
    .executeTakeFirst();
  if (!user) throw new AppError('USER_NOT_FOUND', 'No such staff member', { staffUserId: staffId });
  const stores: readonly string[] | 'all' = own ? 'all' : ctx.actor.storeIds;
  return { staff: { userId: user.id, name: user.display_name }, stores };
}

export function ledgerOf(
  db: Db,
  tenantId: string,
  filter: { staffId?: string; stores: readonly string[] | 'all'; from: string; to: string },
) {
  let q = db
    .selectFrom('commission_ledger')
    .where('tenant_id', '=', tenantId)
    .where('at', '>=', filter.from)
    .where('at', '<', filter.to);
  if (filter.staffId) q = q.where('staff_user_id', '=', filter.staffId);
  if (filter.stores !== 'all') q = q.where('store_id', 'in', filter.stores.length ? filter.stores : ['-']);
  return q;
}

const totalColumns = [
  // Recharge commission is earned like a sale's; both are reversed as `refund` entries.
  sql<number>`coalesce(sum(case when kind in ('sale', 'recharge') then amount_cents else 0 end), 0)`.as(
    'sale',
  ),
  sql<number>`coalesce(sum(case when kind = 'refund' then amount_cents else 0 end), 0)`.as('refund'),
  sql<number>`coalesce(sum(amount_cents), 0)`.as('net'),
  sql<number>`coalesce(sum(base_cents), 0)`.as('base'),
  sql<number>`coalesce(sum(case when kind in ('sale', 'recharge') then 1 else 0 end), 0)`.as('lines'),
] as const;

function toTotals(r: { sale: number; refund: number; net: number; base: number; lines: number } | undefined) {
  return {
    saleCents: Number(r?.sale ?? 0),
    refundCents: Number(r?.refund ?? 0),
    netCents: Number(r?.net ?? 0),
    baseCents: Number(r?.base ?? 0),
    lines: Number(r?.lines ?? 0),
  };
}

/** A person's commission over a period: every entry, oldest first, and the totals. */
export async function getStatement(
  ctx: Ctx,
  query: PeriodQuery & { staffUserId?: string },
): Promise<Statement> {
  const { staff, stores } = await statementAccess(ctx, query.staffUserId);
  const period = await resolvePeriod(ctx, query);
  const filter = { staffId: staff.userId, stores, ...period };
  const totals = await ledgerOf(ctx.db, ctx.tenantId, filter).select(totalColumns).executeTakeFirst();
  const rows = await ledgerOf(ctx.db, ctx.tenantId, filter)
    .selectAll()
    .orderBy('at')
    .orderBy('id')
    .limit(MAX_ENTRIES + 1)
    .execute();
  return {
    staff,
    ...period,
    totals: toTotals(totals),
    entries: rows.slice(0, MAX_ENTRIES).map(toEntry),
    truncated: rows.length > MAX_ENTRIES,
  };
}

export function toEntry(r: {
  id: string;
  at: string;
  kind: CommissionEntryKind;
  store_id: string;
  order_id: string | null;
  order_no: string;
  line_no: number | null;
  ref_type: string;
  ref_id: string;
  item_name: string;
  qty: number;
  share_percent: number;
  requested: number;
  basis: CommissionBasis | null;
  rate: number;
  base_cents: number;
  amount_cents: number;
  rule_id: string | null;
}): StatementEntry {
  return {
    id: r.id,
    at: r.at,
    kind: r.kind,
    storeId: r.store_id,
    orderId: r.order_id,
    orderNo: r.order_no,
    lineNo: r.line_no,
    refundId: r.ref_type === 'refund' ? r.ref_id : null,
    itemName: r.item_name,
    qty: r.qty,
    sharePercent: r.share_percent,
    requested: r.requested === 1,
    basis: r.basis,
    rate: Number(r.rate),
    baseCents: Number(r.base_cents),
    amountCents: Number(r.amount_cents),
    ruleId: r.rule_id,
  };
}

export interface Summary {
  storeId: string | null;
  from: string;
  to: string;
  rows: (CommissionTotals & { staffUserId: string; name: string })[];
  totals: CommissionTotals;
}

/** Per-person totals of a store (or every store the actor works in) over a period, for managers. */
export async function getSummary(ctx: Ctx, query: PeriodQuery & { storeId?: string }): Promise<Summary> {
  requireCommissionRead(ctx);
  if (query.storeId) requireStore(ctx.actor, query.storeId);
  const period = await resolvePeriod(ctx, query);
  const stores = query.storeId ? [query.storeId] : ctx.actor.storeIds;
  const filter = { stores, ...period };
  const rows = await ledgerOf(ctx.db, ctx.tenantId, filter)
    .select(['staff_user_id', ...totalColumns])
    .groupBy('staff_user_id')
    .execute();
  const names = new Map<string, string>();
  if (rows.length) {
    const users = await ctx.db
      .selectFrom('users')
      .select(['id', 'display_name'])
      .where('tenant_id', '=', ctx.tenantId)
      .where(
        'id',
        'in',
        rows.map((r) => r.staff_user_id),
      )
      .execute();
    for (const u of users) names.set(u.id, u.display_name);
  }
  const totals = await ledgerOf(ctx.db, ctx.tenantId, filter).select(totalColumns).executeTakeFirst();
  return {
    storeId: query.storeId ?? null,
    ...period,
    rows: rows
      .map((r) => ({ staffUserId: r.staff_user_id, name: names.get(r.staff_user_id) ?? '', ...toTotals(r) }))
      .sort((a, b) => b.netCents - a.netCents || a.name.localeCompare(b.name)),
    totals: toTotals(totals),
  };
}
