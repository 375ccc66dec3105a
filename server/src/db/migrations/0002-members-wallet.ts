import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect.ts';
import { addTimestamps, columnTypes, type Migration, tenantTable } from './helpers.ts';

/** Members, levels, and stored value (accounts, ledger, recharge plans, recharges). */
export const membersWallet: Migration = {
  async up(db: Kysely<unknown>, dialect: DialectName) {
    const t = columnTypes(dialect);

    await addTimestamps(
      tenantTable(db, dialect, 'levels')
        .addColumn('id', t.id, (col) => col.notNull())
        .addColumn('rank', 'integer', (col) => col.notNull())
        .addColumn('name', 'text', (col) => col.notNull())
        .addColumn('threshold', 'bigint', (col) => col.notNull())
        .addColumn('discount_percent', 'integer', (col) => col.notNull())
        .addColumn('points_multiplier_percent', 'integer', (col) => col.notNull())
        .addColumn('benefits', 'text', (col) => col.notNull()),
      dialect,
    )
      .addPrimaryKeyConstraint('levels_pk', ['tenant_id', 'id'])
      .addUniqueConstraint('levels_rank_uq', ['tenant_id', 'rank'])
      .execute();

    await addTimestamps(
      tenantTable(db, dialect, 'members')
        .addColumn('id', t.id, (col) => col.notNull())
        .addColumn('name', t.searchText, (col) => col.notNull())
        .addColumn('name_pinyin', t.searchText, (col) => col.notNull())
        .addColumn('name_initials', t.searchText, (col) => col.notNull())
        .addColumn('phone', t.searchText)
        .addColumn('phone_last4', 'text')
        .addColumn('card_no', 'text')
        .addColumn('qr_token', 'text', (col) => col.notNull())
        .addColumn('gender', 'text', (col) => col.notNull())
        .addColumn('birthday', 'text')
        .addColumn('birthday_calendar', 'text', (col) => col.notNull())
        .addColumn('email', 'text')
        .addColumn('home_store_id', t.id)
        .addColumn('referrer_id', t.id)
        .addColumn('level_id', t.id)
        .addColumn('tags', 'text', (col) => col.notNull())
        .addColumn('custom_fields', 'text', (col) => col.notNull())
        .addColumn('notes', 'text', (col) => col.notNull())
        .addColumn('sms_consent', 'integer', (col) => col.notNull())
        .addColumn('email_consent', 'integer', (col) => col.notNull())
        .addColumn('status', 'text', (col) => col.notNull())
        .addColumn('cumulative_spend_cents', 'bigint', (col) => col.notNull())
        .addColumn('recharge_total_cents', 'bigint', (col) => col.notNull())
        .addColumn('points_earned_total', 'bigint', (col) => col.notNull()),
      dialect,
    )
      .addPrimaryKeyConstraint('members_pk', ['tenant_id', 'id'])
      .addForeignKeyConstraint('members_home_store_fk', ['tenant_id', 'home_store_id'], 'stores', [
        'tenant_id',
        'id',
      ])
      .addForeignKeyConstraint('members_referrer_fk', ['tenant_id', 'referrer_id'], 'members', [
        'tenant_id',
        'id',
      ])
      .addForeignKeyConstraint('members_level_fk', ['tenant_id', 'level_id'], 'levels', ['tenant_id', 'id'])
      .execute();
    // Unique where present (erased members have no phone or card; NULLs never collide).
    await db.schema
      .createIndex('members_phone_uq')
      .on('members')
      .columns(['tenant_id', 'phone'])
      .unique()
      .execute();
    await db.schema
      .createIndex('members_card_uq')
      .on('members')
      .columns(['tenant_id', 'card_no'])
      .unique()
      .execute();
    await db.schema
      .createIndex('members_qr_uq')
      .on('members')
      .columns(['tenant_id', 'qr_token'])
      .unique()
      .execute();
    // The counter's search box: last 4 digits, pinyin initials, full pinyin, name prefix.
    await db.schema
      .createIndex('members_last4_idx')
      .on('members')
      .columns(['tenant_id', 'phone_last4'])
      .execute();
    await db.schema
      .createIndex('members_initials_idx')
      .on('members')
      .columns(['tenant_id', 'name_initials'])
      .execute();
    await db.schema
      .createIndex('members_pinyin_idx')
      .on('members')
      .columns(['tenant_id', 'name_pinyin'])
      .execute();
    await db.schema.createIndex('members_name_idx').on('members').columns(['tenant_id', 'name']).execute();

    await tenantTable(db, dialect, 'member_level_history')
      .addColumn('id', t.id, (col) => col.notNull())
      .addColumn('member_id', t.id, (col) => col.notNull())
      .addColumn('from_level_id', t.id)
      .addColumn('to_level_id', t.id)
      .addColumn('reason', 'text', (col) => col.notNull())
      .addColumn('at', t.timestamp, (col) => col.notNull())
      .addColumn('actor_user_id', t.id)
      .addPrimaryKeyConstraint('member_level_history_pk', ['tenant_id', 'id'])
      .addForeignKeyConstraint('member_level_history_member_fk', ['tenant_id', 'member_id'], 'members', [
        'tenant_id',
        'id',
      ])
      .execute();

    // The balance columns are a cache of the ledger's sums, kept in the same transaction.
    await tenantTable(db, dialect, 'stored_value_accounts')
      .addColumn('member_id', t.id, (col) => col.notNull())
      .addColumn('principal_cents', 'bigint', (col) => col.notNull())
      .addColumn('bonus_cents', 'bigint', (col) => col.notNull())
      .addColumn('updated_at', t.timestamp, (col) => col.notNull())
      .addPrimaryKeyConstraint('stored_value_accounts_pk', ['tenant_id', 'member_id'])
      .addForeignKeyConstraint('stored_value_accounts_member_fk', ['tenant_id', 'member_id'], 'members', [
        'tenant_id',
        'id',
      ])
      .execute();

    await tenantTable(db, dialect, 'stored_value_ledger')
      .addColumn('id', t.id, (col) => col.notNull())
      .addColumn('member_id', t.id, (col) => col.notNull())
      .addColumn('store_id', t.id)
      .addColumn('at', t.timestamp, (col) => col.notNull())
      .addColumn('actor_user_id', t.id)
      .addColumn('kind', 'text', (col) => col.notNull())
      .addColumn('ref_type', 'text', (col) => col.notNull())
      .addColumn('ref_id', 'text', (col) => col.notNull())
      .addColumn('principal_delta', 'bigint', (col) => col.notNull())
      .addColumn('bonus_delta', 'bigint', (col) => col.notNull())
      .addColumn('principal_after', 'bigint', (col) => col.notNull())
      .addColumn('bonus_after', 'bigint', (col) => col.notNull())
      .addColumn('note', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('stored_value_ledger_pk', ['tenant_id', 'id'])
      .addForeignKeyConstraint('stored_value_ledger_member_fk', ['tenant_id', 'member_id'], 'members', [
        'tenant_id',
        'id',
      ])
      .addForeignKeyConstraint('stored_value_ledger_store_fk', ['tenant_id', 'store_id'], 'stores', [
        'tenant_id',
        'id',
      ])
      .execute();
    await db.schema
      .createIndex('stored_value_ledger_member_idx')
      .on('stored_value_ledger')
      .columns(['tenant_id', 'member_id', 'at'])
      .execute();
    await db.schema
      .createIndex('stored_value_ledger_ref_idx')
      .on('stored_value_ledger')
      .columns(['tenant_id', 'ref_type', 'ref_id'])
      .execute();

    await addTimestamps(
      tenantTable(db, dialect, 'recharge_plans')
        .addColumn('id', t.id, (col) => col.notNull())
        .addColumn('name', 'text', (col) => col.notNull())
        .addColumn('pay_cents', 'bigint', (col) => col.notNull())
        .addColumn('bonus_cents', 'bigint', (col) => col.notNull())
        .addColumn('points', 'bigint', (col) => col.notNull())
        .addColumn('status', 'text', (col) => col.notNull())
        .addColumn('sort', 'integer', (col) => col.notNull()),
      dialect,
    )
      .addPrimaryKeyConstraint('recharge_plans_pk', ['tenant_id', 'id'])
      .execute();

    await tenantTable(db, dialect, 'recharges')
      .addColumn('id', t.id, (col) => col.notNull())
      .addColumn('member_id', t.id, (col) => col.notNull())
      .addColumn('store_id', t.id, (col) => col.notNull())
      .addColumn('plan_id', t.id)
      .addColumn('principal_cents', 'bigint', (col) => col.notNull())
      .addColumn('bonus_cents', 'bigint', (col) => col.notNull())
      .addColumn('points', 'bigint', (col) => col.notNull())
      .addColumn('payment_method', 'text', (col) => col.notNull())
      .addColumn('payment_ref', 'text', (col) => col.notNull())
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('refunded_principal_cents', 'bigint', (col) => col.notNull())
      .addColumn('forfeited_bonus_cents', 'bigint', (col) => col.notNull())
      .addColumn('actor_user_id', t.id)
      .addColumn('created_at', t.timestamp, (col) => col.notNull())
      .addColumn('refunded_at', t.timestamp)
      .addPrimaryKeyConstraint('recharges_pk', ['tenant_id', 'id'])
      .addForeignKeyConstraint('recharges_member_fk', ['tenant_id', 'member_id'], 'members', [
        'tenant_id',
        'id',
      ])
      .addForeignKeyConstraint('recharges_store_fk', ['tenant_id', 'store_id'], 'stores', ['tenant_id', 'id'])
      .addForeignKeyConstraint('recharges_plan_fk', ['tenant_id', 'plan_id'], 'recharge_plans', [
        'tenant_id',
        'id',
      ])
      .execute();
    await db.schema
      .createIndex('recharges_member_idx')
      .on('recharges')
      .columns(['tenant_id', 'member_id', 'created_at'])
      .execute();
  },
};
