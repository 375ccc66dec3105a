import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requirePermission } from '../auth/permissions.ts';
import { loadCategory } from './categories.ts';

/** Only an empty category goes: no products and no sub-categories (move or archive them first). */
export async function deleteCategory(ctx: Ctx, id: string): Promise<void> {
  requirePermission(ctx.actor, 'catalog.manage');
  await inTransaction(ctx, async (tx) => {
    const before = await loadCategory(tx, id);
    const child = await tx.db
      .selectFrom('categories')
      .select('id')
      .where('tenant_id', '=', tx.tenantId)
      .where('parent_id', '=', id)
      .executeTakeFirst();
    if (before.productCount > 0 || child) {
      throw new AppError('CATEGORY_IN_USE', 'This category still has products or sub-categories', {
        categoryId: id,
        productCount: before.productCount,
        hasChildren: !!child,
      });
    }
    await tx.db.deleteFrom('categories').where('tenant_id', '=', tx.tenantId).where('id', '=', id).execute();
    await recordAudit(tx, { action: 'category.delete', entity: 'category', entityId: id, before });
  });
}
