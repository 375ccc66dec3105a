import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect.ts';
import { columnTypes, type Migration, tenantFk, tenantTable } from './helpers.ts';

/**
 * Which store holds each part of a member's stored value (the store it was recharged in), so the
 * cross-store settlement can say whose money a payment in another store spent. Append-only entries
 * written with each stored-value ledger row, and a per member × store balance that is their sum.
 */
export const settlement: Migration = {
  async up(db: Kysely<unknown>, dialect: DialectName) {
    const t = columnTypes(dialect);

    await tenantTable(db, dialect, 'stored_value_origin_entries')
      .addColumn('id', t.id, (col) => col.notNull())
      .addColumn('ledger_id', t.id, (col) => col.notNull())
      .addColumn('member_id', t.id, (col) => col.notNull())
      .addColumn('origin_store_id', t.id, (col) => col.notNull())
      .addColumn('store_id', t.id)
      .addColumn('at', t.timestamp, (col) => col.notNull())
      .addColumn('kind', 'text', (col) => col.notNull())
      .addColumn('ref_type', 'text', (col) => col.notNull())
      .addColumn('ref_id', 'text', (col) => col.notNull())
      .addColumn('principal_delta', 'bigint', (col) => col.notNull())
      .addColumn('bonus_delta', 'bigint', (col) => col.notNull())
      .addPrimaryKeyConstraint('stored_value_origin_entries_pk', ['tenant_id', 'id'])
      .addForeignKeyConstraint(
        ...tenantFk('stored_value_origin_entries_ledger_fk', ['ledger_id'], 'stored_value_ledger'),
      )
      .addForeignKeyConstraint(...tenantFk('stored_value_origin_entries_member_fk', ['member_id'], 'members'))
      .addForeignKeyConstraint(
        ...tenantFk('stored_value_origin_entries_origin_fk', ['origin_store_id'], 'stores'),
      )
      .addForeignKeyConstraint(...tenantFk('stored_value_origin_entries_store_fk', ['store_id'], 'stores'))
      .execute();
    // The settlement reads a period; a refund finds what its order's payment took by the order.
    await db.schema
      .createIndex('stored_value_origin_entries_at_idx')
      .on('stored_value_origin_entries')
      .columns(['tenant_id', 'at'])
      .execute();
    await db.schema
      .createIndex('stored_value_origin_entries_ref_idx')
      .on('stored_value_origin_entries')
      .columns(['tenant_id', 'ref_type', 'ref_id'])
      .execute();
    await db.schema
      .createIndex('stored_value_origin_entries_ledger_idx')
      .on('stored_value_origin_entries')
      .columns(['tenant_id', 'ledger_id'])
      .execute();

    await tenantTable(db, dialect, 'stored_value_origin_balances')
      .addColumn('member_id', t.id, (col) => col.notNull())
      .addColumn('origin_store_id', t.id, (col) => col.notNull())
      .addColumn('principal_cents', 'bigint', (col) => col.notNull())
      .addColumn('bonus_cents', 'bigint', (col) => col.notNull())
      .addColumn('updated_at', t.timestamp, (col) => col.notNull())
      .addPrimaryKeyConstraint('stored_value_origin_balances_pk', [
        'tenant_id',
        'member_id',
        'origin_store_id',
      ])
      .addForeignKeyConstraint(
        ...tenantFk('stored_value_origin_balances_member_fk', ['member_id'], 'members'),
      )
      .addForeignKeyConstraint(
        ...tenantFk('stored_value_origin_balances_origin_fk', ['origin_store_id'], 'stores'),
      )
      .execute();
  },
};
