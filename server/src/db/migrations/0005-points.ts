import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect.ts';
import { columnTypes, type Migration, tenantTable } from './helpers.ts';

/** Points: an account per member, lots that expire oldest-first, and the ledger. */
export const points: Migration = {
  async up(db: Kysely<unknown>, dialect: DialectName) {
    const t = columnTypes(dialect);
    await tenantTable(db, dialect, 'points_accounts')
      .addColumn('member_id', t.id, (col) => col.notNull())
      .addColumn('balance', 'bigint', (col) => col.notNull())
      .addColumn('updated_at', t.timestamp, (col) => col.notNull())
      .addPrimaryKeyConstraint('points_accounts_pk', ['tenant_id', 'member_id'])
      .addForeignKeyConstraint('points_accounts_member_fk', ['tenant_id', 'member_id'], 'members', [
        'tenant_id',
        'id',
      ])
      .execute();

    await tenantTable(db, dialect, 'points_lots')
      .addColumn('id', t.id, (col) => col.notNull())
      .addColumn('member_id', t.id, (col) => col.notNull())
      .addColumn('earned_at', t.timestamp, (col) => col.notNull())
      .addColumn('expires_at', t.timestamp)
      .addColumn('original', 'bigint', (col) => col.notNull())
      .addColumn('remaining', 'bigint', (col) => col.notNull())
      .addColumn('ref_type', 'text', (col) => col.notNull())
      .addColumn('ref_id', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('points_lots_pk', ['tenant_id', 'id'])
      .addForeignKeyConstraint('points_lots_member_fk', ['tenant_id', 'member_id'], 'members', [
        'tenant_id',
        'id',
      ])
      .execute();
    await db.schema
      .createIndex('points_lots_member_idx')
      .on('points_lots')
      .columns(['tenant_id', 'member_id', 'expires_at'])
      .execute();
    await db.schema
      .createIndex('points_lots_expiry_idx')
      .on('points_lots')
      .columns(['tenant_id', 'expires_at'])
      .execute();

    await tenantTable(db, dialect, 'points_ledger')
      .addColumn('id', t.id, (col) => col.notNull())
      .addColumn('member_id', t.id, (col) => col.notNull())
      .addColumn('store_id', t.id)
      .addColumn('at', t.timestamp, (col) => col.notNull())
      .addColumn('actor_user_id', t.id)
      .addColumn('kind', 'text', (col) => col.notNull())
      .addColumn('ref_type', 'text', (col) => col.notNull())
      .addColumn('ref_id', 'text', (col) => col.notNull())
      .addColumn('delta', 'bigint', (col) => col.notNull())
      .addColumn('balance_after', 'bigint', (col) => col.notNull())
      .addColumn('note', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('points_ledger_pk', ['tenant_id', 'id'])
      .addForeignKeyConstraint('points_ledger_member_fk', ['tenant_id', 'member_id'], 'members', [
        'tenant_id',
        'id',
      ])
      .addForeignKeyConstraint('points_ledger_store_fk', ['tenant_id', 'store_id'], 'stores', [
        'tenant_id',
        'id',
      ])
      .execute();
    await db.schema
      .createIndex('points_ledger_member_idx')
      .on('points_ledger')
      .columns(['tenant_id', 'member_id', 'at'])
      .execute();
    await db.schema
      .createIndex('points_ledger_ref_idx')
      .on('points_ledger')
      .columns(['tenant_id', 'ref_type', 'ref_id'])
      .execute();

    // Which lots each ledger entry drew on, so a refund puts redeemed points back into the same
    // lots (with their own expiry) and a clawback takes from the lot the order created.
    await tenantTable(db, dialect, 'points_lot_entries')
      .addColumn('ledger_id', t.id, (col) => col.notNull())
      .addColumn('lot_id', t.id, (col) => col.notNull())
      .addColumn('delta', 'bigint', (col) => col.notNull())
      .addPrimaryKeyConstraint('points_lot_entries_pk', ['tenant_id', 'ledger_id', 'lot_id'])
      .addForeignKeyConstraint('points_lot_entries_ledger_fk', ['tenant_id', 'ledger_id'], 'points_ledger', [
        'tenant_id',
        'id',
      ])
      .addForeignKeyConstraint('points_lot_entries_lot_fk', ['tenant_id', 'lot_id'], 'points_lots', [
        'tenant_id',
        'id',
      ])
      .execute();
  },
};
