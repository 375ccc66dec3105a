import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect.ts';
import { addTimestamps, columnTypes, type Migration, tenantFk, tenantTable } from './helpers.ts';

/**
 * The catalog (categories, products, services, their barcodes) and inventory (进销存): stock per
 * store with its moving-average value, the append-only stock ledger, suppliers, purchase orders,
 * transfers between stores and stock-takes.
 */
export const catalogInventory: Migration = {
  async up(db: Kysely<unknown>, dialect: DialectName) {
    const t = columnTypes(dialect);

    await addTimestamps(
      tenantTable(db, dialect, 'categories')
        .addColumn('id', t.id, (col) => col.notNull())
        .addColumn('parent_id', t.id)
        .addColumn('name', 'text', (col) => col.notNull())
        .addColumn('sort', 'integer', (col) => col.notNull())
        .addColumn('points_per_yuan', 'integer'),
      dialect,
    )
      .addPrimaryKeyConstraint('categories_pk', ['tenant_id', 'id'])
      .addForeignKeyConstraint(...tenantFk('categories_parent_fk', ['parent_id'], 'categories'))
      .execute();

    await addTimestamps(
      tenantTable(db, dialect, 'products')
        .addColumn('id', t.id, (col) => col.notNull())
        .addColumn('kind', 'text', (col) => col.notNull())
        .addColumn('sku', t.searchText, (col) => col.notNull())
        .addColumn('name', 'text', (col) => col.notNull())
        .addColumn('name_initials', t.searchText, (col) => col.notNull())
        .addColumn('category_id', t.id)
        .addColumn('unit', 'text', (col) => col.notNull())
        .addColumn('price_cents', 'bigint', (col) => col.notNull())
        .addColumn('member_price_cents', 'bigint')
        .addColumn('cost_cents', 'bigint', (col) => col.notNull())
        .addColumn('track_stock', 'integer', (col) => col.notNull())
        .addColumn('level_discount', 'integer', (col) => col.notNull())
        .addColumn('duration_minutes', 'integer')
        .addColumn('card_product_id', t.id)
        .addColumn('low_stock_threshold', 'integer')
        .addColumn('status', 'text', (col) => col.notNull()),
      dialect,
    )
      .addPrimaryKeyConstraint('products_pk', ['tenant_id', 'id'])
      .addForeignKeyConstraint(...tenantFk('products_category_fk', ['category_id'], 'categories'))
      .addForeignKeyConstraint(...tenantFk('products_card_product_fk', ['card_product_id'], 'card_products'))
      .execute();
    await db.schema
      .createIndex('products_sku_uq')
      .on('products')
      .columns(['tenant_id', 'sku'])
      .unique()
      .execute();
    await db.schema
      .createIndex('products_initials_idx')
      .on('products')
      .columns(['tenant_id', 'name_initials'])
      .execute();

    await tenantTable(db, dialect, 'product_barcodes')
      .addColumn('barcode', t.searchText, (col) => col.notNull())
      .addColumn('product_id', t.id, (col) => col.notNull())
      .addPrimaryKeyConstraint('product_barcodes_pk', ['tenant_id', 'barcode'])
      .addForeignKeyConstraint(...tenantFk('product_barcodes_product_fk', ['product_id'], 'products'))
      .execute();
    await db.schema
      .createIndex('product_barcodes_product_idx')
      .on('product_barcodes')
      .columns(['tenant_id', 'product_id'])
      .execute();

    // value_cents is the stock's moving-average value: a sale takes value × qty / on_hand, so the
    // value never drifts from what came in minus what went out.
    await tenantTable(db, dialect, 'stock_levels')
      .addColumn('store_id', t.id, (col) => col.notNull())
      .addColumn('product_id', t.id, (col) => col.notNull())
      .addColumn('on_hand', 'integer', (col) => col.notNull())
      .addColumn('value_cents', 'bigint', (col) => col.notNull())
      .addColumn('updated_at', t.timestamp, (col) => col.notNull())
      .addPrimaryKeyConstraint('stock_levels_pk', ['tenant_id', 'store_id', 'product_id'])
      .addForeignKeyConstraint(...tenantFk('stock_levels_store_fk', ['store_id'], 'stores'))
      .addForeignKeyConstraint(...tenantFk('stock_levels_product_fk', ['product_id'], 'products'))
      .execute();

    await tenantTable(db, dialect, 'stock_ledger')
      .addColumn('id', t.id, (col) => col.notNull())
      .addColumn('store_id', t.id, (col) => col.notNull())
      .addColumn('product_id', t.id, (col) => col.notNull())
      .addColumn('at', t.timestamp, (col) => col.notNull())
      .addColumn('actor_user_id', t.id)
      .addColumn('kind', 'text', (col) => col.notNull())
      .addColumn('ref_type', 'text', (col) => col.notNull())
      .addColumn('ref_id', 'text', (col) => col.notNull())
      .addColumn('qty_delta', 'integer', (col) => col.notNull())
      .addColumn('value_delta_cents', 'bigint', (col) => col.notNull())
      .addColumn('on_hand_after', 'integer', (col) => col.notNull())
      .addColumn('value_after_cents', 'bigint', (col) => col.notNull())
      .addColumn('note', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('stock_ledger_pk', ['tenant_id', 'id'])
      .addForeignKeyConstraint(...tenantFk('stock_ledger_store_fk', ['store_id'], 'stores'))
      .addForeignKeyConstraint(...tenantFk('stock_ledger_product_fk', ['product_id'], 'products'))
      .execute();
    await db.schema
      .createIndex('stock_ledger_item_idx')
      .on('stock_ledger')
      .columns(['tenant_id', 'store_id', 'product_id', 'at'])
      .execute();
    await db.schema
      .createIndex('stock_ledger_ref_idx')
      .on('stock_ledger')
      .columns(['tenant_id', 'ref_type', 'ref_id'])
      .execute();

    await addTimestamps(
      tenantTable(db, dialect, 'suppliers')
        .addColumn('id', t.id, (col) => col.notNull())
        .addColumn('name', 'text', (col) => col.notNull())
        .addColumn('contact', 'text', (col) => col.notNull())
        .addColumn('phone', 'text', (col) => col.notNull())
        .addColumn('note', 'text', (col) => col.notNull())
        .addColumn('status', 'text', (col) => col.notNull()),
      dialect,
    )
      .addPrimaryKeyConstraint('suppliers_pk', ['tenant_id', 'id'])
      .execute();

    await addTimestamps(
      tenantTable(db, dialect, 'purchase_orders')
        .addColumn('id', t.id, (col) => col.notNull())
        .addColumn('store_id', t.id, (col) => col.notNull())
        .addColumn('supplier_id', t.id, (col) => col.notNull())
        .addColumn('status', 'text', (col) => col.notNull())
        .addColumn('note', 'text', (col) => col.notNull())
        .addColumn('created_by', t.id),
      dialect,
    )
      .addPrimaryKeyConstraint('purchase_orders_pk', ['tenant_id', 'id'])
      .addForeignKeyConstraint(...tenantFk('purchase_orders_store_fk', ['store_id'], 'stores'))
      .addForeignKeyConstraint(...tenantFk('purchase_orders_supplier_fk', ['supplier_id'], 'suppliers'))
      .execute();

    await tenantTable(db, dialect, 'purchase_order_lines')
      .addColumn('purchase_order_id', t.id, (col) => col.notNull())
      .addColumn('line_no', 'integer', (col) => col.notNull())
      .addColumn('product_id', t.id, (col) => col.notNull())
      .addColumn('qty_ordered', 'integer', (col) => col.notNull())
      .addColumn('qty_received', 'integer', (col) => col.notNull())
      .addColumn('unit_cost_cents', 'bigint', (col) => col.notNull())
      .addPrimaryKeyConstraint('purchase_order_lines_pk', ['tenant_id', 'purchase_order_id', 'line_no'])
      .addForeignKeyConstraint(
        ...tenantFk('purchase_order_lines_po_fk', ['purchase_order_id'], 'purchase_orders'),
      )
      .addForeignKeyConstraint(...tenantFk('purchase_order_lines_product_fk', ['product_id'], 'products'))
      .execute();

    await addTimestamps(
      tenantTable(db, dialect, 'stock_transfers')
        .addColumn('id', t.id, (col) => col.notNull())
        .addColumn('from_store_id', t.id, (col) => col.notNull())
        .addColumn('to_store_id', t.id, (col) => col.notNull())
        .addColumn('status', 'text', (col) => col.notNull())
        .addColumn('note', 'text', (col) => col.notNull())
        .addColumn('created_by', t.id)
        .addColumn('received_by', t.id)
        .addColumn('received_at', t.timestamp),
      dialect,
    )
      .addPrimaryKeyConstraint('stock_transfers_pk', ['tenant_id', 'id'])
      .addForeignKeyConstraint(...tenantFk('stock_transfers_from_fk', ['from_store_id'], 'stores'))
      .addForeignKeyConstraint(...tenantFk('stock_transfers_to_fk', ['to_store_id'], 'stores'))
      .execute();

    // value_cents: the cost the goods left the sending store with; the receiving store takes them
    // in at that value, so a transfer moves value without creating or losing any.
    await tenantTable(db, dialect, 'stock_transfer_lines')
      .addColumn('transfer_id', t.id, (col) => col.notNull())
      .addColumn('product_id', t.id, (col) => col.notNull())
      .addColumn('qty', 'integer', (col) => col.notNull())
      .addColumn('value_cents', 'bigint', (col) => col.notNull())
      .addPrimaryKeyConstraint('stock_transfer_lines_pk', ['tenant_id', 'transfer_id', 'product_id'])
      .addForeignKeyConstraint(
        ...tenantFk('stock_transfer_lines_transfer_fk', ['transfer_id'], 'stock_transfers'),
      )
      .addForeignKeyConstraint(...tenantFk('stock_transfer_lines_product_fk', ['product_id'], 'products'))
      .execute();

    await addTimestamps(
      tenantTable(db, dialect, 'stocktakes')
        .addColumn('id', t.id, (col) => col.notNull())
        .addColumn('store_id', t.id, (col) => col.notNull())
        .addColumn('status', 'text', (col) => col.notNull())
        .addColumn('note', 'text', (col) => col.notNull())
        .addColumn('created_by', t.id)
        .addColumn('posted_by', t.id)
        .addColumn('posted_at', t.timestamp),
      dialect,
    )
      .addPrimaryKeyConstraint('stocktakes_pk', ['tenant_id', 'id'])
      .addForeignKeyConstraint(...tenantFk('stocktakes_store_fk', ['store_id'], 'stores'))
      .execute();

    await tenantTable(db, dialect, 'stocktake_lines')
      .addColumn('stocktake_id', t.id, (col) => col.notNull())
      .addColumn('product_id', t.id, (col) => col.notNull())
      .addColumn('expected_qty', 'integer')
      .addColumn('counted_qty', 'integer', (col) => col.notNull())
      .addColumn('reason', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('stocktake_lines_pk', ['tenant_id', 'stocktake_id', 'product_id'])
      .addForeignKeyConstraint(...tenantFk('stocktake_lines_stocktake_fk', ['stocktake_id'], 'stocktakes'))
      .addForeignKeyConstraint(...tenantFk('stocktake_lines_product_fk', ['product_id'], 'products'))
      .execute();
  },
};
