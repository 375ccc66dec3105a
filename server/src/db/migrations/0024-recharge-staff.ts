import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../dialect.ts';
import { columnTypes, type Migration, tenantFk, tenantTable } from './helpers.ts';

/**
 * Who served a recharge or a card sold over the counter (outside checkout), with their share and
 * 点钟/轮钟 — the same shape as a sale line's staff — so recharge and card-sale rules earn commission.
 */
export const rechargeStaff: Migration = {
  async up(db: Kysely<unknown>, dialect: DialectName) {
    const t = columnTypes(dialect);

    await tenantTable(db, dialect, 'recharge_staff')
      .addColumn('recharge_id', t.id, (col) => col.notNull())
      .addColumn('staff_user_id', t.id, (col) => col.notNull())
      .addColumn('share_percent', 'integer', (col) => col.notNull())
      .addColumn('requested', 'integer', (col) => col.notNull())
      .addPrimaryKeyConstraint('recharge_staff_pk', ['tenant_id', 'recharge_id', 'staff_user_id'])
      .addForeignKeyConstraint(...tenantFk('recharge_staff_recharge_fk', ['recharge_id'], 'recharges'))
      .addForeignKeyConstraint(...tenantFk('recharge_staff_user_fk', ['staff_user_id'], 'users'))
      .execute();

    await tenantTable(db, dialect, 'member_card_staff')
      .addColumn('member_card_id', t.id, (col) => col.notNull())
      .addColumn('staff_user_id', t.id, (col) => col.notNull())
      .addColumn('share_percent', 'integer', (col) => col.notNull())
      .addColumn('requested', 'integer', (col) => col.notNull())
      .addPrimaryKeyConstraint('member_card_staff_pk', ['tenant_id', 'member_card_id', 'staff_user_id'])
      .addForeignKeyConstraint(...tenantFk('member_card_staff_card_fk', ['member_card_id'], 'member_cards'))
      .addForeignKeyConstraint(...tenantFk('member_card_staff_user_fk', ['staff_user_id'], 'users'))
      .execute();

    // A recharge or a card sold over the counter pays each person once, however often it is retried.
    await db.schema
      .createIndex('commission_ledger_value_uq')
      .on('commission_ledger')
      .columns(['tenant_id', 'ref_type', 'ref_id', 'staff_user_id'])
      .unique()
      .where(sql<boolean>`ref_type in ('recharge', 'member_card')`)
      .execute();
  },
};
