import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../dialect.ts';
import { columnTypes, type Migration, tenantFk, tenantTable } from './helpers.ts';

/** Coupon templates, issued coupons, promotions; recharge plans may give coupons. */
export const couponsPromotions: Migration = {
  async up(db: Kysely<unknown>, dialect: DialectName) {
    const t = columnTypes(dialect);

    await tenantTable(db, dialect, 'coupon_templates')
      .addColumn('id', t.id, (col) => col.notNull())
      .addColumn('name', 'text', (col) => col.notNull())
      .addColumn('kind', 'text', (col) => col.notNull())
      .addColumn('value', 'bigint', (col) => col.notNull())
      .addColumn('max_off_cents', 'bigint')
      .addColumn('threshold_cents', 'bigint', (col) => col.notNull())
      .addColumn('scope', 'text', (col) => col.notNull())
      .addColumn('scope_ids', 'text', (col) => col.notNull())
      .addColumn('store_ids', 'text', (col) => col.notNull())
      .addColumn('validity', 'text', (col) => col.notNull())
      .addColumn('valid_from', t.timestamp)
      .addColumn('valid_until', t.timestamp)
      .addColumn('valid_days', 'integer')
      .addColumn('per_member_limit', 'integer', (col) => col.notNull())
      .addColumn('total_stock', 'bigint')
      .addColumn('issued_count', 'bigint', (col) => col.notNull())
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('created_at', t.timestamp, (col) => col.notNull())
      .addColumn('updated_at', t.timestamp, (col) => col.notNull())
      .addPrimaryKeyConstraint('coupon_templates_pk', ['tenant_id', 'id'])
      .execute();

    await tenantTable(db, dialect, 'coupons')
      .addColumn('id', t.id, (col) => col.notNull())
      .addColumn('template_id', t.id, (col) => col.notNull())
      .addColumn('member_id', t.id, (col) => col.notNull())
      .addColumn('code', 'text', (col) => col.notNull())
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('valid_from', t.timestamp, (col) => col.notNull())
      .addColumn('expires_at', t.timestamp, (col) => col.notNull())
      .addColumn('source', 'text', (col) => col.notNull())
      .addColumn('source_ref', 'text', (col) => col.notNull())
      .addColumn('issued_by', t.id)
      .addColumn('issued_at', t.timestamp, (col) => col.notNull())
      .addColumn('redeemed_at', t.timestamp)
      .addColumn('redeemed_order_id', t.id)
      .addColumn('redeemed_store_id', t.id)
      .addColumn('discount_cents', 'bigint', (col) => col.notNull())
      .addColumn('restored_count', 'integer', (col) => col.notNull())
      .addPrimaryKeyConstraint('coupons_pk', ['tenant_id', 'id'])
      .addForeignKeyConstraint(...tenantFk('coupons_template_fk', ['template_id'], 'coupon_templates'))
      .addForeignKeyConstraint(...tenantFk('coupons_member_fk', ['member_id'], 'members'))
      .addForeignKeyConstraint(...tenantFk('coupons_order_fk', ['redeemed_order_id'], 'orders'))
      .addForeignKeyConstraint(...tenantFk('coupons_store_fk', ['redeemed_store_id'], 'stores'))
      .execute();
    // The code is what the member shows and the scanner reads: one coupon per code in a tenant.
    await db.schema
      .createIndex('coupons_code_uq')
      .on('coupons')
      .columns(['tenant_id', 'code'])
      .unique()
      .execute();
    await db.schema
      .createIndex('coupons_member_idx')
      .on('coupons')
      .columns(['tenant_id', 'member_id', 'status', 'expires_at'])
      .execute();
    await db.schema
      .createIndex('coupons_template_member_idx')
      .on('coupons')
      .columns(['tenant_id', 'template_id', 'member_id'])
      .execute();
    await db.schema
      .createIndex('coupons_order_idx')
      .on('coupons')
      .columns(['tenant_id', 'redeemed_order_id'])
      .where(sql.ref('redeemed_order_id'), 'is not', null)
      .execute();

    await tenantTable(db, dialect, 'promotions')
      .addColumn('id', t.id, (col) => col.notNull())
      .addColumn('name', 'text', (col) => col.notNull())
      .addColumn('kind', 'text', (col) => col.notNull())
      .addColumn('rules', 'text', (col) => col.notNull())
      .addColumn('store_ids', 'text', (col) => col.notNull())
      .addColumn('starts_at', t.timestamp, (col) => col.notNull())
      .addColumn('ends_at', t.timestamp)
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('created_at', t.timestamp, (col) => col.notNull())
      .addColumn('updated_at', t.timestamp, (col) => col.notNull())
      .addPrimaryKeyConstraint('promotions_pk', ['tenant_id', 'id'])
      .execute();
    await db.schema
      .createIndex('promotions_active_idx')
      .on('promotions')
      .columns(['tenant_id', 'status', 'starts_at'])
      .execute();

    await db.schema.alterTable('recharge_plans').addColumn('coupon_template_id', t.id).execute();
    await db.schema
      .alterTable('recharge_plans')
      .addColumn('coupon_count', 'integer', (col) => col.notNull().defaultTo(0))
      .execute();
  },
};
