import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../dialect.ts';
import { columnTypes, type Migration, tenantFk, tenantTable } from './helpers.ts';

/**
 * The counter: orders with their lines, staff attribution and payments; refunds and what each gave
 * back; held orders (挂单); shifts (交班); per-till daily order numbers.
 */
export const orders: Migration = {
  async up(db: Kysely<unknown>, dialect: DialectName) {
    const t = columnTypes(dialect);

    await tenantTable(db, dialect, 'shifts')
      .addColumn('id', t.id, (col) => col.notNull())
      .addColumn('store_id', t.id, (col) => col.notNull())
      .addColumn('till', 'text', (col) => col.notNull())
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('opened_by', t.id, (col) => col.notNull())
      .addColumn('opened_at', t.timestamp, (col) => col.notNull())
      .addColumn('float_cents', 'bigint', (col) => col.notNull())
      .addColumn('closed_by', t.id)
      .addColumn('closed_at', t.timestamp)
      .addColumn('expected_cash_cents', 'bigint')
      .addColumn('counted_cash_cents', 'bigint')
      .addColumn('difference_cents', 'bigint')
      .addColumn('summary', 'text')
      .addColumn('note', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('shifts_pk', ['tenant_id', 'id'])
      .addForeignKeyConstraint(...tenantFk('shifts_store_fk', ['store_id'], 'stores'))
      .addForeignKeyConstraint(...tenantFk('shifts_opened_by_fk', ['opened_by'], 'users'))
      .execute();
    // One open shift per till: opening a second one while the first is open fails on this index.
    await db.schema
      .createIndex('shifts_open_till_uq')
      .on('shifts')
      .columns(['tenant_id', 'store_id', 'till'])
      .unique()
      .where(sql.ref('status'), '=', 'open')
      .execute();

    await tenantTable(db, dialect, 'order_counters')
      .addColumn('store_id', t.id, (col) => col.notNull())
      .addColumn('till', 'text', (col) => col.notNull())
      .addColumn('day', 'text', (col) => col.notNull())
      .addColumn('last_no', 'integer', (col) => col.notNull())
      .addPrimaryKeyConstraint('order_counters_pk', ['tenant_id', 'store_id', 'till', 'day'])
      .addForeignKeyConstraint(...tenantFk('order_counters_store_fk', ['store_id'], 'stores'))
      .execute();

    await tenantTable(db, dialect, 'orders')
      .addColumn('id', t.id, (col) => col.notNull())
      .addColumn('order_no', 'text', (col) => col.notNull())
      .addColumn('store_id', t.id, (col) => col.notNull())
      .addColumn('till', 'text', (col) => col.notNull())
      .addColumn('shift_id', t.id)
      .addColumn('member_id', t.id)
      .addColumn('cashier_user_id', t.id)
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('list_cents', 'bigint', (col) => col.notNull())
      .addColumn('discount_cents', 'bigint', (col) => col.notNull())
      .addColumn('total_cents', 'bigint', (col) => col.notNull())
      .addColumn('change_cents', 'bigint', (col) => col.notNull())
      .addColumn('refunded_cents', 'bigint', (col) => col.notNull())
      .addColumn('points_redeemed', 'integer', (col) => col.notNull())
      .addColumn('points_earned', 'integer', (col) => col.notNull())
      .addColumn('money_paid_cents', 'bigint', (col) => col.notNull())
      .addColumn('pricing', 'text', (col) => col.notNull())
      .addColumn('note', 'text', (col) => col.notNull())
      .addColumn('created_at', t.timestamp, (col) => col.notNull())
      .addPrimaryKeyConstraint('orders_pk', ['tenant_id', 'id'])
      .addForeignKeyConstraint(...tenantFk('orders_store_fk', ['store_id'], 'stores'))
      .addForeignKeyConstraint(...tenantFk('orders_shift_fk', ['shift_id'], 'shifts'))
      .addForeignKeyConstraint(...tenantFk('orders_member_fk', ['member_id'], 'members'))
      .addForeignKeyConstraint(...tenantFk('orders_cashier_fk', ['cashier_user_id'], 'users'))
      .execute();
    await db.schema
      .createIndex('orders_store_time_idx')
      .on('orders')
      .columns(['tenant_id', 'store_id', 'created_at'])
      .execute();
    await db.schema
      .createIndex('orders_member_idx')
      .on('orders')
      .columns(['tenant_id', 'member_id', 'created_at'])
      .execute();
    await db.schema
      .createIndex('orders_no_uq')
      .on('orders')
      .columns(['tenant_id', 'order_no'])
      .unique()
      .execute();

    // Each line keeps what it was sold for and its share of every order-level figure, so a refund
    // of a line (or part of it) reverses exactly that share.
    await tenantTable(db, dialect, 'order_lines')
      .addColumn('order_id', t.id, (col) => col.notNull())
      .addColumn('line_no', 'integer', (col) => col.notNull())
      .addColumn('product_id', t.id, (col) => col.notNull())
      .addColumn('sku', 'text', (col) => col.notNull())
      .addColumn('name', 'text', (col) => col.notNull())
      .addColumn('kind', 'text', (col) => col.notNull())
      .addColumn('category_id', t.id)
      .addColumn('qty', 'integer', (col) => col.notNull())
      .addColumn('unit_price_cents', 'bigint', (col) => col.notNull())
      .addColumn('list_cents', 'bigint', (col) => col.notNull())
      .addColumn('discount_cents', 'bigint', (col) => col.notNull())
      .addColumn('total_cents', 'bigint', (col) => col.notNull())
      .addColumn('points_redeemed', 'integer', (col) => col.notNull())
      .addColumn('cost_cents', 'bigint', (col) => col.notNull())
      .addColumn('member_card_id', t.id)
      .addColumn('card_item_code', 'text')
      .addColumn('issued_card_id', t.id)
      .addColumn('refunded_qty', 'integer', (col) => col.notNull())
      .addColumn('refunded_cents', 'bigint', (col) => col.notNull())
      .addColumn('adjustments', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('order_lines_pk', ['tenant_id', 'order_id', 'line_no'])
      .addForeignKeyConstraint(...tenantFk('order_lines_order_fk', ['order_id'], 'orders'))
      .addForeignKeyConstraint(...tenantFk('order_lines_product_fk', ['product_id'], 'products'))
      .addForeignKeyConstraint(...tenantFk('order_lines_card_fk', ['member_card_id'], 'member_cards'))
      .execute();
    await db.schema
      .createIndex('order_lines_product_idx')
      .on('order_lines')
      .columns(['tenant_id', 'product_id'])
      .execute();

    await tenantTable(db, dialect, 'order_line_staff')
      .addColumn('order_id', t.id, (col) => col.notNull())
      .addColumn('line_no', 'integer', (col) => col.notNull())
      .addColumn('staff_user_id', t.id, (col) => col.notNull())
      .addColumn('share_percent', 'integer', (col) => col.notNull())
      .addColumn('requested', 'integer', (col) => col.notNull())
      .addPrimaryKeyConstraint('order_line_staff_pk', ['tenant_id', 'order_id', 'line_no', 'staff_user_id'])
      .addForeignKeyConstraint(
        'order_line_staff_line_fk',
        ['tenant_id', 'order_id', 'line_no'],
        'order_lines',
        ['tenant_id', 'order_id', 'line_no'],
      )
      .addForeignKeyConstraint(...tenantFk('order_line_staff_user_fk', ['staff_user_id'], 'users'))
      .execute();

    await tenantTable(db, dialect, 'order_payments')
      .addColumn('order_id', t.id, (col) => col.notNull())
      .addColumn('seq', 'integer', (col) => col.notNull())
      .addColumn('method', 'text', (col) => col.notNull())
      .addColumn('amount_cents', 'bigint', (col) => col.notNull())
      .addColumn('tendered_cents', 'bigint', (col) => col.notNull())
      .addColumn('principal_cents', 'bigint', (col) => col.notNull())
      .addColumn('bonus_cents', 'bigint', (col) => col.notNull())
      .addColumn('ref', 'text', (col) => col.notNull())
      .addColumn('refunded_cents', 'bigint', (col) => col.notNull())
      .addPrimaryKeyConstraint('order_payments_pk', ['tenant_id', 'order_id', 'seq'])
      .addForeignKeyConstraint(...tenantFk('order_payments_order_fk', ['order_id'], 'orders'))
      .execute();

    await tenantTable(db, dialect, 'refunds')
      .addColumn('id', t.id, (col) => col.notNull())
      .addColumn('order_id', t.id, (col) => col.notNull())
      .addColumn('store_id', t.id, (col) => col.notNull())
      .addColumn('till', 'text', (col) => col.notNull())
      .addColumn('shift_id', t.id)
      .addColumn('amount_cents', 'bigint', (col) => col.notNull())
      .addColumn('points_restored', 'integer', (col) => col.notNull())
      .addColumn('points_clawed_back', 'integer', (col) => col.notNull())
      .addColumn('reason', 'text', (col) => col.notNull())
      .addColumn('created_by', t.id)
      .addColumn('created_at', t.timestamp, (col) => col.notNull())
      .addPrimaryKeyConstraint('refunds_pk', ['tenant_id', 'id'])
      .addForeignKeyConstraint(...tenantFk('refunds_order_fk', ['order_id'], 'orders'))
      .addForeignKeyConstraint(...tenantFk('refunds_store_fk', ['store_id'], 'stores'))
      .addForeignKeyConstraint(...tenantFk('refunds_shift_fk', ['shift_id'], 'shifts'))
      .execute();
    await db.schema
      .createIndex('refunds_order_idx')
      .on('refunds')
      .columns(['tenant_id', 'order_id'])
      .execute();

    await tenantTable(db, dialect, 'refund_lines')
      .addColumn('refund_id', t.id, (col) => col.notNull())
      .addColumn('line_no', 'integer', (col) => col.notNull())
      .addColumn('qty', 'integer', (col) => col.notNull())
      .addColumn('amount_cents', 'bigint', (col) => col.notNull())
      .addColumn('points_restored', 'integer', (col) => col.notNull())
      .addColumn('cost_cents', 'bigint', (col) => col.notNull())
      .addPrimaryKeyConstraint('refund_lines_pk', ['tenant_id', 'refund_id', 'line_no'])
      .addForeignKeyConstraint(...tenantFk('refund_lines_refund_fk', ['refund_id'], 'refunds'))
      .execute();

    await tenantTable(db, dialect, 'refund_payments')
      .addColumn('refund_id', t.id, (col) => col.notNull())
      .addColumn('seq', 'integer', (col) => col.notNull())
      .addColumn('method', 'text', (col) => col.notNull())
      .addColumn('amount_cents', 'bigint', (col) => col.notNull())
      .addColumn('principal_cents', 'bigint', (col) => col.notNull())
      .addColumn('bonus_cents', 'bigint', (col) => col.notNull())
      .addPrimaryKeyConstraint('refund_payments_pk', ['tenant_id', 'refund_id', 'seq'])
      .addForeignKeyConstraint(...tenantFk('refund_payments_refund_fk', ['refund_id'], 'refunds'))
      .execute();

    await tenantTable(db, dialect, 'held_orders')
      .addColumn('id', t.id, (col) => col.notNull())
      .addColumn('store_id', t.id, (col) => col.notNull())
      .addColumn('label', 'text', (col) => col.notNull())
      .addColumn('member_id', t.id)
      .addColumn('cart', 'text', (col) => col.notNull())
      .addColumn('held_by', t.id)
      .addColumn('held_at', t.timestamp, (col) => col.notNull())
      .addPrimaryKeyConstraint('held_orders_pk', ['tenant_id', 'id'])
      .addForeignKeyConstraint(...tenantFk('held_orders_store_fk', ['store_id'], 'stores'))
      .execute();
  },
};
