import { forUpdate } from '../../db/dialect.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requirePermission } from '../auth/permissions.ts';
import { type CategoryView, loadCategory } from './categories.ts';

export interface CategoryInput {
  name?: string;
  parentId?: string | null;
  sort?: number;
  pointsPerYuan?: number | null;
}

/**
 * Refuses a parent that does not exist or that sits below the category itself (a cycle would make
 * the tree endless). The tenant's categories are locked first, so two moves cannot race into one.
 */
async function assertParent(tx: Ctx, id: string | null, parentId: string): Promise<void> {
  const all = await forUpdate(
    tx.db,
    tx.db.selectFrom('categories').select(['id', 'parent_id']).where('tenant_id', '=', tx.tenantId),
  ).execute();
  const parentOf = new Map(all.map((c) => [c.id, c.parent_id]));
  if (!parentOf.has(parentId)) {
    throw new AppError('CATEGORY_NOT_FOUND', 'No such parent category', {
      field: 'parentId',
      categoryId: parentId,
    });
  }
  for (let at: string | null = parentId, steps = 0; at; at = parentOf.get(at) ?? null, steps++) {
    if (at === id || steps > all.length) {
      throw new AppError('VALIDATION_FAILED', 'A category cannot move under itself or one of its own', {
        field: 'parentId',
      });
    }
  }
}

export async function createCategory(
  ctx: Ctx,
  input: CategoryInput & { name: string },
): Promise<CategoryView> {
  requirePermission(ctx.actor, 'catalog.manage');
  return inTransaction(ctx, async (tx) => {
    if (input.parentId) await assertParent(tx, null, input.parentId);
    const id = uuidv7(tx.now.getTime());
    const at = tx.now.toISOString();
    await tx.db
      .insertInto('categories')
      .values({
        tenant_id: tx.tenantId,
        id,
        parent_id: input.parentId ?? null,
        name: input.name,
        sort: input.sort ?? 0,
        points_per_yuan: input.pointsPerYuan ?? null,
        created_at: at,
        updated_at: at,
      })
      .execute();
    const category = await loadCategory(tx, id);
    await recordAudit(tx, { action: 'category.create', entity: 'category', entityId: id, after: category });
    return category;
  });
}

export async function updateCategory(ctx: Ctx, id: string, input: CategoryInput): Promise<CategoryView> {
  requirePermission(ctx.actor, 'catalog.manage');
  return inTransaction(ctx, async (tx) => {
    const before = await loadCategory(tx, id);
    if (input.parentId) await assertParent(tx, id, input.parentId);
    await tx.db
      .updateTable('categories')
      .set({
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.parentId !== undefined ? { parent_id: input.parentId } : {}),
        ...(input.sort !== undefined ? { sort: input.sort } : {}),
        ...(input.pointsPerYuan !== undefined ? { points_per_yuan: input.pointsPerYuan } : {}),
        updated_at: tx.now.toISOString(),
      })
      .where('tenant_id', '=', tx.tenantId)
      .where('id', '=', id)
      .execute();
    const after = await loadCategory(tx, id);
    await recordAudit(tx, { action: 'category.update', entity: 'category', entityId: id, before, after });
    return after;
  });
}
