import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect.ts';
import { columnTypes, type Migration, tenantFk, tenantTable } from './helpers.ts';

/** Gift cards with their own ledger; the points-exchange catalogue and its exchanges. */
export const giftCards: Migration = {
  async up(db: Kysely<unknown>, dialect: DialectName) {
    const t = columnTypes(dialect);

    await tenantTable(db, dialect, 'gift_cards')
      .addColumn('id', t.id, (col) => col.notNull())
      .addColumn('code_hash', 'text', (col) => col.notNull())
      .addColumn('last4', 'text', (col) => col.notNull())
      .addColumn('face_value_cents', 'bigint', (col) => col.notNull())
      .addColumn('balance_cents', 'bigint', (col) => col.notNull())
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('expires_at', t.timestamp)
      .addColumn('store_id', t.id, (col) => col.notNull())
      .addColumn('source', 'text', (col) => col.notNull())
      .addColumn('sold_order_id', t.id)
      .addColumn('sold_line_no', 'integer')
      .addColumn('member_id', t.id)
      .addColumn('issued_by', t.id)
      .addColumn('issued_at', t.timestamp, (col) => col.notNull())
      .addColumn('voided_at', t.timestamp)
      .addColumn('void_reason', 'text', (col) => col.notNull())
      .addColumn('note', 'text', (col) => col.notNull())
      .addColumn('updated_at', t.timestamp, (col) => col.notNull())
      .addPrimaryKeyConstraint('gift_cards_pk', ['tenant_id', 'id'])
      .addForeignKeyConstraint(...tenantFk('gift_cards_store_fk', ['store_id'], 'stores'))
      .addForeignKeyConstraint(...tenantFk('gift_cards_order_fk', ['sold_order_id'], 'orders'))
      .addForeignKeyConstraint(...tenantFk('gift_cards_member_fk', ['member_id'], 'members'))
      .execute();
    // Only a hash of the code is kept; the scanner's code is found by its hash.
    await db.schema
      .createIndex('gift_cards_code_uq')
      .on('gift_cards')
      .columns(['tenant_id', 'code_hash'])
      .unique()
      .execute();
    await db.schema
      .createIndex('gift_cards_last4_idx')
      .on('gift_cards')
      .columns(['tenant_id', 'last4'])
      .execute();
    await db.schema
      .createIndex('gift_cards_order_idx')
      .on('gift_cards')
      .columns(['tenant_id', 'sold_order_id'])
      .execute();

    await tenantTable(db, dialect, 'gift_card_ledger')
      .addColumn('id', t.id, (col) => col.notNull())
      .addColumn('gift_card_id', t.id, (col) => col.notNull())
      .addColumn('at', t.timestamp, (col) => col.notNull())
      .addColumn('store_id', t.id)
      .addColumn('kind', 'text', (col) => col.notNull())
      .addColumn('ref_type', 'text', (col) => col.notNull())
      .addColumn('ref_id', 'text', (col) => col.notNull())
      .addColumn('delta_cents', 'bigint', (col) => col.notNull())
      .addColumn('balance_after_cents', 'bigint', (col) => col.notNull())
      .addColumn('note', 'text', (col) => col.notNull())
      .addColumn('created_by', t.id)
      .addPrimaryKeyConstraint('gift_card_ledger_pk', ['tenant_id', 'id'])
      .addForeignKeyConstraint(...tenantFk('gift_card_ledger_card_fk', ['gift_card_id'], 'gift_cards'))
      .addForeignKeyConstraint(...tenantFk('gift_card_ledger_store_fk', ['store_id'], 'stores'))
      .execute();
    await db.schema
      .createIndex('gift_card_ledger_card_idx')
      .on('gift_card_ledger')
      .columns(['tenant_id', 'gift_card_id', 'at'])
      .execute();
    await db.schema
      .createIndex('gift_card_ledger_ref_idx')
      .on('gift_card_ledger')
      .columns(['tenant_id', 'ref_type', 'ref_id'])
      .execute();

    await tenantTable(db, dialect, 'exchange_items')
      .addColumn('id', t.id, (col) => col.notNull())
      .addColumn('name', 'text', (col) => col.notNull())
      .addColumn('kind', 'text', (col) => col.notNull())
      .addColumn('coupon_template_id', t.id)
      .addColumn('product_id', t.id)
      .addColumn('gift_card_value_cents', 'bigint')
      .addColumn('points_cost', 'bigint', (col) => col.notNull())
      .addColumn('stock', 'bigint')
      .addColumn('exchanged_count', 'bigint', (col) => col.notNull())
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('sort', 'integer', (col) => col.notNull())
      .addColumn('created_at', t.timestamp, (col) => col.notNull())
      .addColumn('updated_at', t.timestamp, (col) => col.notNull())
      .addPrimaryKeyConstraint('exchange_items_pk', ['tenant_id', 'id'])
      .addForeignKeyConstraint(
        ...tenantFk('exchange_items_template_fk', ['coupon_template_id'], 'coupon_templates'),
      )
      .addForeignKeyConstraint(...tenantFk('exchange_items_product_fk', ['product_id'], 'products'))
      .execute();

    await tenantTable(db, dialect, 'points_exchanges')
      .addColumn('id', t.id, (col) => col.notNull())
      .addColumn('item_id', t.id, (col) => col.notNull())
      .addColumn('member_id', t.id, (col) => col.notNull())
      .addColumn('store_id', t.id, (col) => col.notNull())
      .addColumn('qty', 'integer', (col) => col.notNull())
      .addColumn('points', 'bigint', (col) => col.notNull())
      .addColumn('kind', 'text', (col) => col.notNull())
      .addColumn('coupon_ids', 'text', (col) => col.notNull())
      .addColumn('gift_card_ids', 'text', (col) => col.notNull())
      .addColumn('product_id', t.id)
      .addColumn('created_by', t.id)
      .addColumn('created_at', t.timestamp, (col) => col.notNull())
      .addPrimaryKeyConstraint('points_exchanges_pk', ['tenant_id', 'id'])
      .addForeignKeyConstraint(...tenantFk('points_exchanges_item_fk', ['item_id'], 'exchange_items'))
      .addForeignKeyConstraint(...tenantFk('points_exchanges_member_fk', ['member_id'], 'members'))
      .addForeignKeyConstraint(...tenantFk('points_exchanges_store_fk', ['store_id'], 'stores'))
      .execute();
    await db.schema
      .createIndex('points_exchanges_member_idx')
      .on('points_exchanges')
      .columns(['tenant_id', 'member_id', 'created_at'])
      .execute();
  },
};
