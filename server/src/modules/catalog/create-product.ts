import type { ProductKind } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requirePermission } from '../auth/permissions.ts';
import { assertCodesFree, cleanBarcodes, type ProductFields, productRow } from './product-rules.ts';
import { loadProduct, type ProductView } from './products.ts';

export async function createProduct(
  ctx: Ctx,
  input: ProductFields & { kind: ProductKind },
): Promise<ProductView> {
  requirePermission(ctx.actor, 'catalog.manage');
  return inTransaction(ctx, async (tx) => {
    const row = await productRow(tx, input.kind, input);
    const barcodes = cleanBarcodes(input.barcodes);
    await assertCodesFree(tx, row.sku, barcodes);
    const id = uuidv7(tx.now.getTime());
    const at = tx.now.toISOString();
    await tx.db
      .insertInto('products')
      .values({ ...row, tenant_id: tx.tenantId, id, status: 'active', created_at: at, updated_at: at })
      .execute();
    if (barcodes.length) {
      await tx.db
        .insertInto('product_barcodes')
        .values(barcodes.map((barcode) => ({ tenant_id: tx.tenantId, barcode, product_id: id })))
        .execute();
    }
    const product = await loadProduct(tx, id);
    await recordAudit(tx, { action: 'product.create', entity: 'product', entityId: id, after: product });
    return product;
  });
}
