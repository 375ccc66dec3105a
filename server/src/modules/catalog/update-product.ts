import type { Ctx } from '../../shared/context.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requirePermission } from '../auth/permissions.ts';
import { assertCodesFree, cleanBarcodes, type ProductFields, productRow } from './product-rules.ts';
import { loadProduct, type ProductView } from './products.ts';

export type ProductPatch = Partial<ProductFields> & { status?: 'active' | 'archived' };

/**
 * Changes a product; fields left out keep their value, `barcodes` (when given) replaces the set.
 * The kind never changes: sold lines and stock already depend on it. Archiving hides a product
 * from the till but keeps it for history; nothing is ever deleted.
 */
export async function updateProduct(ctx: Ctx, id: string, patch: ProductPatch): Promise<ProductView> {
  requirePermission(ctx.actor, 'catalog.manage');
  return inTransaction(ctx, async (tx) => {
    const before = await loadProduct(tx, id);
    const merged: ProductFields = {
      sku: patch.sku ?? before.sku,
      name: patch.name ?? before.name,
      categoryId: patch.categoryId !== undefined ? patch.categoryId : before.categoryId,
      unit: patch.unit ?? before.unit,
      priceCents: patch.priceCents ?? before.priceCents,
      memberPriceCents:
        patch.memberPriceCents !== undefined ? patch.memberPriceCents : before.memberPriceCents,
      costCents: patch.costCents ?? before.costCents,
      trackStock: patch.trackStock ?? before.trackStock,
      levelDiscount: patch.levelDiscount ?? before.levelDiscount,
      durationMinutes: patch.durationMinutes !== undefined ? patch.durationMinutes : before.durationMinutes,
      cardProductId: patch.cardProductId !== undefined ? patch.cardProductId : before.cardProductId,
      lowStockThreshold:
        patch.lowStockThreshold !== undefined ? patch.lowStockThreshold : before.lowStockThreshold,
    };
    const row = await productRow(tx, before.kind, merged);
    const barcodes = patch.barcodes ? cleanBarcodes(patch.barcodes) : before.barcodes;
    await assertCodesFree(tx, row.sku, barcodes, id);
    await tx.db
      .updateTable('products')
      .set({ ...row, status: patch.status ?? before.status, updated_at: tx.now.toISOString() })
      .where('tenant_id', '=', tx.tenantId)
      .where('id', '=', id)
      .execute();
    if (patch.barcodes) {
      await tx.db
        .deleteFrom('product_barcodes')
        .where('tenant_id', '=', tx.tenantId)
        .where('product_id', '=', id)
        .execute();
      if (barcodes.length) {
        await tx.db
          .insertInto('product_barcodes')
          .values(barcodes.map((barcode) => ({ tenant_id: tx.tenantId, barcode, product_id: id })))
          .execute();
      }
    }
    const after = await loadProduct(tx, id);
    await recordAudit(tx, { action: 'product.update', entity: 'product', entityId: id, before, after });
    return after;
  });
}
