import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect.ts';
import { columnTypes, type Migration, tenantFk, tenantTable } from './helpers.ts';

/**
 * Sales history brought over from an old system (invoices and returns), kept apart from the live
 * order tables: it never moved money, points or stock here, has no till, shift or tender, and a
 * return need not name the sale it undoes. Members gain `member_ref`, the customer id of the old
 * system, which keys imported members (they may have no phone).
 */
export const analytics: Migration = {
  async up(db: Kysely<unknown>, dialect: DialectName) {
    const t = columnTypes(dialect);
    await db.schema.alterTable('members').addColumn('member_ref', t.searchText).execute();
    await db.schema
      .createIndex('members_ref_uq')
      .on('members')
      .columns(['tenant_id', 'member_ref'])
      .unique()
      .execute();

    await tenantTable(db, dialect, 'history_orders')
      .addColumn('id', t.id, (col) => col.notNull())
      .addColumn('invoice_no', 'text', (col) => col.notNull())
      .addColumn('kind', 'text', (col) => col.notNull())
      .addColumn('member_id', t.id)
      .addColumn('occurred_at', t.timestamp, (col) => col.notNull())
      .addColumn('country', 'text', (col) => col.notNull())
      .addColumn('import_job_id', t.id)
      .addColumn('created_at', t.timestamp, (col) => col.notNull())
      .addPrimaryKeyConstraint('history_orders_pk', ['tenant_id', 'id'])
      .addForeignKeyConstraint(...tenantFk('history_orders_member_fk', ['member_id'], 'members'))
      .addForeignKeyConstraint(...tenantFk('history_orders_job_fk', ['import_job_id'], 'import_jobs'))
      .execute();
    await db.schema
      .createIndex('history_orders_invoice_uq')
      .on('history_orders')
      .columns(['tenant_id', 'invoice_no'])
      .unique()
      .execute();
    await db.schema
      .createIndex('history_orders_member_idx')
      .on('history_orders')
      .columns(['tenant_id', 'member_id', 'occurred_at'])
      .execute();

    await tenantTable(db, dialect, 'history_order_lines')
      .addColumn('order_id', t.id, (col) => col.notNull())
      .addColumn('line_no', 'integer', (col) => col.notNull())
      .addColumn('product_id', t.id, (col) => col.notNull())
      .addColumn('qty', 'integer', (col) => col.notNull())
      .addColumn('unit_price_cents', 'bigint', (col) => col.notNull())
      .addColumn('total_cents', 'bigint', (col) => col.notNull())
      .addPrimaryKeyConstraint('history_order_lines_pk', ['tenant_id', 'order_id', 'line_no'])
      .addForeignKeyConstraint(...tenantFk('history_order_lines_order_fk', ['order_id'], 'history_orders'))
      .addForeignKeyConstraint(...tenantFk('history_order_lines_product_fk', ['product_id'], 'products'))
      .execute();
    // No index on product_id yet: half a million random inserts per import, and nothing reads by
    // product so far (products are archived, never deleted, so the foreign key needs none).
  },
};
