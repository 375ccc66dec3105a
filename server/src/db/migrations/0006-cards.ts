import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect.ts';
import { addTimestamps, columnTypes, type Migration, tenantTable } from './helpers.ts';

/** Counted cards (计次卡) and time cards (月卡/年卡): products, issued cards, their session ledger. */
export const cards: Migration = {
  async up(db: Kysely<unknown>, dialect: DialectName) {
    const t = columnTypes(dialect);
    await addTimestamps(
      tenantTable(db, dialect, 'card_products')
        .addColumn('id', t.id, (col) => col.notNull())
        .addColumn('name', 'text', (col) => col.notNull())
        .addColumn('kind', 'text', (col) => col.notNull())
        .addColumn('price_cents', 'bigint', (col) => col.notNull())
        .addColumn('validity', 'text', (col) => col.notNull())
        .addColumn('valid_days', 'integer')
        .addColumn('valid_until', t.timestamp)
        .addColumn('status', 'text', (col) => col.notNull()),
      dialect,
    )
      .addPrimaryKeyConstraint('card_products_pk', ['tenant_id', 'id'])
      .execute();

    await tenantTable(db, dialect, 'card_product_items')
      .addColumn('card_product_id', t.id, (col) => col.notNull())
      .addColumn('item_code', 'text', (col) => col.notNull())
      .addColumn('item_name', 'text', (col) => col.notNull())
      .addColumn('sessions', 'integer')
      .addPrimaryKeyConstraint('card_product_items_pk', ['tenant_id', 'card_product_id', 'item_code'])
      .addForeignKeyConstraint(
        'card_product_items_product_fk',
        ['tenant_id', 'card_product_id'],
        'card_products',
        ['tenant_id', 'id'],
      )
      .execute();

    await tenantTable(db, dialect, 'member_cards')
      .addColumn('id', t.id, (col) => col.notNull())
      .addColumn('member_id', t.id, (col) => col.notNull())
      .addColumn('card_product_id', t.id, (col) => col.notNull())
      .addColumn('name', 'text', (col) => col.notNull())
      .addColumn('kind', 'text', (col) => col.notNull())
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('store_id', t.id, (col) => col.notNull())
      .addColumn('price_cents', 'bigint', (col) => col.notNull())
      .addColumn('payment_method', 'text', (col) => col.notNull())
      .addColumn('payment_ref', 'text', (col) => col.notNull())
      .addColumn('issued_at', t.timestamp, (col) => col.notNull())
      .addColumn('expires_at', t.timestamp)
      .addColumn('paused_at', t.timestamp)
      .addColumn('refunded_cents', 'bigint', (col) => col.notNull())
      .addColumn('refunded_at', t.timestamp)
      .addPrimaryKeyConstraint('member_cards_pk', ['tenant_id', 'id'])
      .addForeignKeyConstraint('member_cards_member_fk', ['tenant_id', 'member_id'], 'members', [
        'tenant_id',
        'id',
      ])
      .addForeignKeyConstraint('member_cards_product_fk', ['tenant_id', 'card_product_id'], 'card_products', [
        'tenant_id',
        'id',
      ])
      .addForeignKeyConstraint('member_cards_store_fk', ['tenant_id', 'store_id'], 'stores', [
        'tenant_id',
        'id',
      ])
      .execute();
    await db.schema
      .createIndex('member_cards_member_idx')
      .on('member_cards')
      .columns(['tenant_id', 'member_id'])
      .execute();

    await tenantTable(db, dialect, 'member_card_items')
      .addColumn('member_card_id', t.id, (col) => col.notNull())
      .addColumn('item_code', 'text', (col) => col.notNull())
      .addColumn('item_name', 'text', (col) => col.notNull())
      .addColumn('sessions_total', 'integer')
      .addColumn('sessions_left', 'integer')
      .addPrimaryKeyConstraint('member_card_items_pk', ['tenant_id', 'member_card_id', 'item_code'])
      .addForeignKeyConstraint('member_card_items_card_fk', ['tenant_id', 'member_card_id'], 'member_cards', [
        'tenant_id',
        'id',
      ])
      .execute();

    await tenantTable(db, dialect, 'card_session_ledger')
      .addColumn('id', t.id, (col) => col.notNull())
      .addColumn('member_card_id', t.id, (col) => col.notNull())
      .addColumn('member_id', t.id, (col) => col.notNull())
      .addColumn('item_code', 'text', (col) => col.notNull())
      .addColumn('store_id', t.id)
      .addColumn('at', t.timestamp, (col) => col.notNull())
      .addColumn('actor_user_id', t.id)
      .addColumn('kind', 'text', (col) => col.notNull())
      .addColumn('ref_type', 'text', (col) => col.notNull())
      .addColumn('ref_id', 'text', (col) => col.notNull())
      .addColumn('delta', 'integer', (col) => col.notNull())
      .addColumn('left_after', 'integer')
      .addColumn('note', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('card_session_ledger_pk', ['tenant_id', 'id'])
      .addForeignKeyConstraint(
        'card_session_ledger_card_fk',
        ['tenant_id', 'member_card_id'],
        'member_cards',
        ['tenant_id', 'id'],
      )
      .addForeignKeyConstraint('card_session_ledger_member_fk', ['tenant_id', 'member_id'], 'members', [
        'tenant_id',
        'id',
      ])
      .addForeignKeyConstraint('card_session_ledger_store_fk', ['tenant_id', 'store_id'], 'stores', [
        'tenant_id',
        'id',
      ])
      .execute();
    await db.schema
      .createIndex('card_session_ledger_card_idx')
      .on('card_session_ledger')
      .columns(['tenant_id', 'member_card_id', 'at'])
      .execute();
    await db.schema
      .createIndex('card_session_ledger_ref_idx')
      .on('card_session_ledger')
      .columns(['tenant_id', 'ref_type', 'ref_id'])
      .execute();
  },
};
