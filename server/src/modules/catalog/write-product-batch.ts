import type { Selectable, Updateable } from 'kysely';
import type { ProductsTable } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { isAppError } from '../../shared/errors.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { BatchOutcome } from '../imports/import-kind.ts';
import { type ProductFields, productRow } from './product-rules.ts';
import { barcodesOf } from './products.ts';
import { createCategory } from './save-category.ts';

/** A product row of an import file; null means the column was not given (an update keeps the value). */
export interface ProductImportRow {
  sku: string;
  name: string;
  kind: 'goods' | 'service' | null;
  categoryPath: string[] | null;
  unit: string | null;
  priceCents: number;
  memberPriceCents: number | null;
  costCents: number | null;
  barcodes: string[] | null;
  trackStock: boolean | null;
  levelDiscount: boolean | null;
  durationMinutes: number | null;
  lowStockThreshold: number | null;
  status: 'active' | 'archived' | null;
}

/** Finds a category by path, creating what is missing; null when a bare name is ambiguous. */
export type CategoryResolver = (tx: Ctx, path: readonly string[], dryRun: boolean) => Promise<string | null>;

/**
 * Loads the tenant's categories once per run. A bare name ("染发") is the one category of that
 * name wherever it sits (a root one wins over deeper ones); a path ("美发服务/染发") is walked from
 * the root. What is missing is created through `createCategory` (on a dry run only pretended).
 */
export async function categoryResolver(ctx: Ctx): Promise<CategoryResolver> {
  const nodes = (
    await ctx.db
      .selectFrom('categories')
      .select(['id', 'parent_id', 'name'])
      .where('tenant_id', '=', ctx.tenantId)
      .orderBy('sort')
      .orderBy('id')
      .execute()
  ).map((c) => ({ id: c.id, parentId: c.parent_id, name: c.name }));
  return async (tx, path, dryRun) => {
    if (path.length === 1) {
      const named = nodes.filter((n) => n.name === path[0]);
      const root = named.find((n) => n.parentId === null);
      if (root) return root.id;
      if (named.length === 1) return named[0]!.id;
      if (named.length > 1) return null;
    }
    let parentId: string | null = null;
    for (const name of path) {
      const found = nodes.find((n) => n.parentId === parentId && n.name === name);
      if (found) {
        parentId = found.id;
        continue;
      }
      const id: string = dryRun
        ? `dry-run:${parentId}/${name}`
        : (await createCategory(tx, { name, parentId })).id;
      nodes.push({ id, parentId, name });
      parentId = id;
    }
    return parentId;
  };
}

type Built = Awaited<ReturnType<typeof productRow>> & { status: 'active' | 'archived' };
const COMPARED = [
  'name',
  'name_initials',
  'category_id',
  'unit',
  'price_cents',
  'member_price_cents',
  'cost_cents',
  'track_stock',
  'level_discount',
  'duration_minutes',
  'low_stock_threshold',
  'status',
] as const;

/**
 * Creates new SKUs (multi-row inserts) and updates existing ones where a value differs; a row
 * equal to its product is unchanged, so a file imported twice changes nothing the second time.
 * Codes are checked for the whole batch in two queries; the unique keys back the check up.
 */
export async function writeProductBatch(
  tx: Ctx,
  rows: readonly ProductImportRow[],
  dryRun: boolean,
  resolveCategory: CategoryResolver,
): Promise<BatchOutcome> {
  const outcome: BatchOutcome = { created: 0, updated: 0, unchanged: 0, rejected: [] };
  if (rows.length === 0) return outcome;
  const codes = [...new Set(rows.flatMap((r) => [r.sku, ...(r.barcodes ?? [])]))];
  const bySku = new Map(
    (
      await tx.db
        .selectFrom('products')
        .selectAll()
        .where('tenant_id', '=', tx.tenantId)
        .where('sku', 'in', codes)
        .execute()
    ).map((p) => [p.sku, p]),
  );
  const barcodeOwner = new Map(
    (
      await tx.db
        .selectFrom('product_barcodes')
        .select(['barcode', 'product_id'])
        .where('tenant_id', '=', tx.tenantId)
        .where('barcode', 'in', codes)
        .execute()
    ).map((b) => [b.barcode, b.product_id]),
  );
  const currentBarcodes = await barcodesOf(
    tx.db,
    tx.tenantId,
    rows.flatMap((r) => bySku.get(r.sku)?.id ?? []),
  );
  const at = tx.now.toISOString();
  const inserts: (Built & { id: string })[] = [];
  const newBarcodes: { tenant_id: string; barcode: string; product_id: string }[] = [];

  for (const [index, row] of rows.entries()) {
    const existing = bySku.get(row.sku);
    const reason = checkRow(row, existing, bySku, barcodeOwner);
    if (reason) {
      outcome.rejected.push({ index, reason });
      continue;
    }
    const built = await build(tx, row, existing);
    if (typeof built === 'string') {
      outcome.rejected.push({ index, reason: built });
      continue;
    }
    if (row.categoryPath) {
      const categoryId = await resolveCategory(tx, row.categoryPath, dryRun);
      if (!categoryId) {
        outcome.rejected.push({ index, reason: 'CATEGORY_AMBIGUOUS' });
        continue;
      }
      built.category_id = categoryId;
    }
    if (!existing) {
      outcome.created++;
      const id = uuidv7(tx.now.getTime());
      inserts.push({ ...built, id });
      for (const barcode of row.barcodes ?? [])
        newBarcodes.push({ tenant_id: tx.tenantId, barcode, product_id: id });
      continue;
    }
    const changed = COMPARED.filter((c) => (existing[c] ?? null) !== (built[c] ?? null));
    const before = currentBarcodes.get(existing.id) ?? [];
    const barcodesChange =
      row.barcodes &&
      (row.barcodes.length !== before.length || row.barcodes.some((b) => !before.includes(b)));
    if (changed.length === 0 && !barcodesChange) {
      outcome.unchanged++;
      continue;
    }
    outcome.updated++;
    if (!dryRun) await update(tx, existing, built, changed, barcodesChange ? row.barcodes : null, before);
  }

  if (!dryRun) {
    for (let i = 0; i < inserts.length; i += 200) {
      await tx.db
        .insertInto('products')
        .values(
          inserts
            .slice(i, i + 200)
            .map((p) => ({ ...p, tenant_id: tx.tenantId, created_at: at, updated_at: at })),
        )
        .execute();
    }
    for (let i = 0; i < newBarcodes.length; i += 500) {
      await tx.db
        .insertInto('product_barcodes')
        .values(newBarcodes.slice(i, i + 500))
        .execute();
    }
  }
  return outcome;
}

/** The reasons a row cannot apply that need the catalog: codes of another product, kind rules. */
function checkRow(
  row: ProductImportRow,
  existing: Selectable<ProductsTable> | undefined,
  bySku: Map<string, Selectable<ProductsTable>>,
  barcodeOwner: Map<string, string>,
): string | null {
  const self = existing?.id;
  const skuOwner = barcodeOwner.get(row.sku);
  if (skuOwner && skuOwner !== self) return 'SKU_TAKEN';
  for (const code of row.barcodes ?? []) {
    const owner = bySku.get(code)?.id ?? barcodeOwner.get(code);
    if (owner && owner !== self) return 'BARCODE_TAKEN';
  }
  // Card items sell a card product and take its rules: they are set up in the back office.
  if (existing?.kind === 'card') return 'INVALID_KIND';
  if (existing && row.kind && row.kind !== existing.kind) return 'KIND_CHANGED';
  const kind = existing?.kind ?? row.kind ?? 'goods';
  if (kind === 'service' && (row.trackStock || row.lowStockThreshold !== null)) return 'NOT_FOR_KIND';
  if (kind === 'goods' && row.durationMinutes !== null) return 'NOT_FOR_KIND';
  return null;
}

/** The product's row with the file's values over the existing ones, through the catalog's rules. */
async function build(
  tx: Ctx,
  row: ProductImportRow,
  existing: Selectable<ProductsTable> | undefined,
): Promise<Built | string> {
  const kind = existing?.kind ?? row.kind ?? 'goods';
  const fields: ProductFields = {
    sku: row.sku,
    name: row.name,
    // Set after the rules: a category the import creates does not exist yet on a dry run.
    categoryId: null,
    unit: row.unit ?? existing?.unit,
    priceCents: row.priceCents,
    memberPriceCents: row.memberPriceCents ?? existing?.member_price_cents ?? null,
    costCents: row.costCents ?? existing?.cost_cents ?? 0,
    trackStock: row.trackStock ?? (existing ? existing.track_stock === 1 : undefined),
    levelDiscount: row.levelDiscount ?? (existing ? existing.level_discount === 1 : undefined),
    durationMinutes: row.durationMinutes ?? existing?.duration_minutes ?? null,
    lowStockThreshold: row.lowStockThreshold ?? existing?.low_stock_threshold ?? null,
  };
  try {
    const built = await productRow(tx, kind, fields);
    return {
      ...built,
      category_id: existing?.category_id ?? null,
      status: row.status ?? existing?.status ?? 'active',
    };
  } catch (err) {
    if (!isAppError(err)) throw err;
    // Only a kept member price above a lower new price gets here; the rest was checked before.
    return (err.details as { field?: string } | undefined)?.field === 'memberPriceCents'
      ? 'MEMBER_PRICE_ABOVE_PRICE'
      : 'INVALID_VALUE';
  }
}

async function update(
  tx: Ctx,
  existing: Selectable<ProductsTable>,
  built: Built,
  changed: readonly (typeof COMPARED)[number][],
  barcodes: string[] | null,
  barcodesBefore: string[],
): Promise<void> {
  const set = Object.fromEntries(changed.map((c) => [c, built[c]])) as Updateable<ProductsTable>;
  await tx.db
    .updateTable('products')
    .set({ ...set, updated_at: tx.now.toISOString() })
    .where('tenant_id', '=', tx.tenantId)
    .where('id', '=', existing.id)
    .execute();
  if (barcodes) {
    await tx.db
      .deleteFrom('product_barcodes')
      .where('tenant_id', '=', tx.tenantId)
      .where('product_id', '=', existing.id)
      .execute();
    if (barcodes.length) {
      await tx.db
        .insertInto('product_barcodes')
        .values(barcodes.map((barcode) => ({ tenant_id: tx.tenantId, barcode, product_id: existing.id })))
        .execute();
    }
  }
  await recordAudit(tx, {
    action: 'product.update',
    entity: 'product',
    entityId: existing.id,
    before: {
      ...Object.fromEntries(changed.map((c) => [c, existing[c]])),
      ...(barcodes ? { barcodes: barcodesBefore } : {}),
    },
    after: { ...set, ...(barcodes ? { barcodes } : {}), source: 'import' },
  });
}
