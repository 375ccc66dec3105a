import type { Selectable } from 'kysely';
import type { SegmentsTable } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { requirePermission } from '../auth/permissions.ts';
import { memberStoreScope } from '../members/access.ts';
import { getTenantProfile } from '../tenancy/get-settings.ts';
import { membersInSegment, type SegmentRules, SegmentRulesSchema } from './segment-rules.ts';

export interface SegmentView {
  id: string;
  name: string;
  rules: SegmentRules;
  createdAt: string;
  updatedAt: string;
}

function toView(row: Selectable<SegmentsTable>): SegmentView {
  return {
    id: row.id,
    name: row.name,
    rules: SegmentRulesSchema.parse(JSON.parse(row.rules)),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function loadSegment(ctx: Ctx, id: string): Promise<SegmentView> {
  const row = await ctx.db
    .selectFrom('segments')
    .selectAll()
    .where('tenant_id', '=', ctx.tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('SEGMENT_NOT_FOUND', 'No such segment', { segmentId: id });
  return toView(row);
}

export async function listSegments(ctx: Ctx): Promise<SegmentView[]> {
  requirePermission(ctx.actor, 'engagement.read');
  const rows = await ctx.db
    .selectFrom('segments')
    .selectAll()
    .where('tenant_id', '=', ctx.tenantId)
    .orderBy('name')
    .execute();
  return rows.map(toView);
}

export async function getSegment(ctx: Ctx, id: string): Promise<SegmentView> {
  requirePermission(ctx.actor, 'engagement.read');
  return loadSegment(ctx, id);
}

export async function saveSegment(
  ctx: Ctx,
  input: { name: string; rules: SegmentRules },
  id?: string,
): Promise<SegmentView> {
  requirePermission(ctx.actor, 'engagement.manage');
  const now = ctx.now.toISOString();
  const rules = JSON.stringify(SegmentRulesSchema.parse(input.rules));
  if (id) {
    const updated = await ctx.db
      .updateTable('segments')
      .set({ name: input.name, rules, updated_at: now })
      .where('tenant_id', '=', ctx.tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!updated.numUpdatedRows)
      throw new AppError('SEGMENT_NOT_FOUND', 'No such segment', { segmentId: id });
    return loadSegment(ctx, id);
  }
  const newId = uuidv7();
  await ctx.db
    .insertInto('segments')
    .values({ tenant_id: ctx.tenantId, id: newId, name: input.name, rules, created_at: now, updated_at: now })
    .execute();
  return loadSegment(ctx, newId);
}

export async function deleteSegment(ctx: Ctx, id: string): Promise<void> {
  requirePermission(ctx.actor, 'engagement.manage');
  await loadSegment(ctx, id);
  const used = await ctx.db
    .selectFrom('campaigns')
    .select('id')
    .where('tenant_id', '=', ctx.tenantId)
    .where('segment_id', '=', id)
    .executeTakeFirst();
  // A campaign's report keeps pointing at its segment, so a used segment stays.
  if (used) throw new AppError('SEGMENT_IN_USE', 'A campaign uses this segment', { campaignId: used.id });
  await ctx.db.deleteFrom('segments').where('tenant_id', '=', ctx.tenantId).where('id', '=', id).execute();
}

/** The segment's members the actor may see (a store-bound actor: their stores' members). */
export async function segmentQuery(ctx: Ctx, rules: SegmentRules) {
  const { timezone } = await getTenantProfile(ctx);
  let q = membersInSegment(ctx.db, ctx.tenantId, rules, { now: ctx.now, timeZone: timezone });
  const scope = await memberStoreScope(ctx);
  if (scope !== 'all') q = q.where('m.home_store_id', 'in', scope.length ? scope : ['-']);
  return q;
}

export async function countSegment(ctx: Ctx, rules: SegmentRules): Promise<number> {
  requirePermission(ctx.actor, 'engagement.read');
  const row = await (await segmentQuery(ctx, rules))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
