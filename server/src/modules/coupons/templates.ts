import type { Selectable } from 'kysely';
import type { CouponKind, CouponScope, CouponTemplatesTable, CouponValidity } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requirePermission } from '../auth/permissions.ts';

export interface CouponTemplate {
  id: string;
  name: string;
  kind: CouponKind;
  /** fixed/threshold: fen off; percent: percent off. */
  value: number;
  maxOffCents: number | null;
  thresholdCents: number;
  scope: CouponScope;
  scopeIds: string[];
  storeIds: string[];
  validity: CouponValidity;
  validFrom: string | null;
  validUntil: string | null;
  validDays: number | null;
  perMemberLimit: number;
  totalStock: number | null;
  issuedCount: number;
  status: 'active' | 'archived';
  createdAt: string;
}

export type TemplateInput = Omit<CouponTemplate, 'id' | 'issuedCount' | 'status' | 'createdAt'>;

export function toTemplate(row: Selectable<CouponTemplatesTable>): CouponTemplate {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    value: row.value,
    maxOffCents: row.max_off_cents,
    thresholdCents: row.threshold_cents,
    scope: row.scope,
    scopeIds: JSON.parse(row.scope_ids) as string[],
    storeIds: JSON.parse(row.store_ids) as string[],
    validity: row.validity,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    validDays: row.valid_days,
    perMemberLimit: row.per_member_limit,
    totalStock: row.total_stock,
    issuedCount: row.issued_count,
    status: row.status,
    createdAt: row.created_at,
  };
}

export async function listCouponTemplates(
  ctx: Ctx,
  opts: { includeArchived?: boolean } = {},
): Promise<CouponTemplate[]> {
  let q = ctx.db.selectFrom('coupon_templates').selectAll().where('tenant_id', '=', ctx.tenantId);
  if (!opts.includeArchived) q = q.where('status', '=', 'active');
  return (await q.orderBy('created_at', 'desc').execute()).map(toTemplate);
}

export async function loadCouponTemplate(ctx: Ctx, id: string): Promise<CouponTemplate> {
  const row = await ctx.db
    .selectFrom('coupon_templates')
    .selectAll()
    .where('tenant_id', '=', ctx.tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('COUPON_TEMPLATE_NOT_FOUND', 'No such coupon template', { templateId: id });
  return toTemplate(row);
}

/** The rules a template must satisfy whatever its kind; refused with the field at fault. */
function checkTerms(input: TemplateInput): void {
  const bad = (field: string, message: string) => {
    throw new AppError('VALIDATION_FAILED', message, { field });
  };
  if (input.kind === 'percent') {
    if (input.value < 1 || input.value > 99) bad('value', 'A percent coupon takes 1–99% off');
  } else if (input.value < 1) bad('value', 'A coupon takes at least 1 fen off');
  if (input.kind !== 'percent' && input.maxOffCents !== null)
    bad('maxOffCents', 'Only percent coupons have a cap');
  if (input.kind === 'threshold' && input.thresholdCents <= input.value)
    bad('thresholdCents', '满减: the threshold is above the amount off');
  if (input.scope !== 'all' && input.scopeIds.length === 0)
    bad('scopeIds', 'Name the products or categories');
  if (input.validity === 'fixed') {
    if (!input.validFrom || !input.validUntil || input.validUntil <= input.validFrom)
      bad('validUntil', 'A fixed window has a start before its end');
  } else if (!input.validDays || input.validDays < 1) bad('validDays', 'Valid for at least one day');
  if (input.totalStock !== null && input.totalStock < 1) bad('totalStock', 'Stock is at least 1');
}

async function checkRefs(ctx: Ctx, input: TemplateInput): Promise<void> {
  const exists = async (table: 'products' | 'categories' | 'stores', ids: string[], field: string) => {
    if (ids.length === 0) return;
    const idCol = table === 'stores' ? 'id' : 'id';
    const rows = await ctx.db
      .selectFrom(table)
      .select(idCol)
      .where('tenant_id', '=', ctx.tenantId)
      .where(idCol, 'in', ids)
      .execute();
    if (rows.length !== new Set(ids).size)
      throw new AppError('VALIDATION_FAILED', 'Some ids name nothing', { field });
  };
  if (input.scope === 'products') await exists('products', input.scopeIds, 'scopeIds');
  if (input.scope === 'categories') await exists('categories', input.scopeIds, 'scopeIds');
  await exists('stores', input.storeIds, 'storeIds');
}

function toRow(input: TemplateInput) {
  return {
    name: input.name,
    kind: input.kind,
    value: input.value,
    max_off_cents: input.kind === 'percent' ? input.maxOffCents : null,
    threshold_cents: input.thresholdCents,
    scope: input.scope,
    scope_ids: JSON.stringify(input.scope === 'all' ? [] : [...new Set(input.scopeIds)]),
    store_ids: JSON.stringify([...new Set(input.storeIds)]),
    validity: input.validity,
    valid_from: input.validity === 'fixed' ? input.validFrom : null,
    valid_until: input.validity === 'fixed' ? input.validUntil : null,
    valid_days: input.validity === 'days' ? input.validDays : null,
    per_member_limit: input.perMemberLimit,
    total_stock: input.totalStock,
  };
}

export async function createCouponTemplate(ctx: Ctx, input: TemplateInput): Promise<CouponTemplate> {
  requirePermission(ctx.actor, 'coupons.manage');
  checkTerms(input);
  return inTransaction(ctx, async (tx) => {
    await checkRefs(tx, input);
    const id = uuidv7(tx.now.getTime());
    const at = tx.now.toISOString();
    await tx.db
      .insertInto('coupon_templates')
      .values({
        tenant_id: tx.tenantId,
        id,
        ...toRow(input),
        issued_count: 0,
        status: 'active',
        created_at: at,
        updated_at: at,
      })
      .execute();
    const template = await loadCouponTemplate(tx, id);
    await recordAudit(tx, {
      action: 'coupon_template.create',
      entity: 'coupon_template',
      entityId: id,
      after: template,
    });
    return template;
  });
}

/**
 * Edits a template's terms or archives it. Coupons already issued keep the validity they were
 * given; the discount terms apply to every unused coupon from now on. Stock may not drop below what
 * was issued.
 */
export async function updateCouponTemplate(
  ctx: Ctx,
  id: string,
  patch: Partial<TemplateInput> & { status?: 'active' | 'archived' },
): Promise<CouponTemplate> {
  requirePermission(ctx.actor, 'coupons.manage');
  return inTransaction(ctx, async (tx) => {
    const before = await loadCouponTemplate(tx, id);
    const { status, ...terms } = patch;
    const next: TemplateInput = { ...before, ...terms };
    checkTerms(next);
    await checkRefs(tx, next);
    if (next.totalStock !== null && next.totalStock < before.issuedCount)
      throw new AppError('VALIDATION_FAILED', 'Stock is below what was already issued', {
        field: 'totalStock',
        issued: before.issuedCount,
      });
    // Guarded like issuing: a concurrent issue cannot slip past a lowered stock.
    const stock = next.totalStock;
    const done = await tx.db
      .updateTable('coupon_templates')
      .set({ ...toRow(next), status: status ?? before.status, updated_at: tx.now.toISOString() })
      .where('tenant_id', '=', tx.tenantId)
      .where('id', '=', id)
      .$if(stock !== null, (qb) => qb.where('issued_count', '<=', stock ?? 0))
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) !== 1)
      throw new AppError('VALIDATION_FAILED', 'Stock is below what was already issued', {
        field: 'totalStock',
      });
    const after = await loadCouponTemplate(tx, id);
    await recordAudit(tx, {
      action: 'coupon_template.update',
      entity: 'coupon_template',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
