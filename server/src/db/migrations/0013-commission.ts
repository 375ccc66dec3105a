import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../dialect.ts';
import { columnTypes, type Migration, tenantFk, tenantTable } from './helpers.ts';

/** Staff commission (提成): the rules that price it and its append-only ledger. */
export const commission: Migration = {
  async up(db: Kysely<unknown>, dialect: DialectName) {
    const t = columnTypes(dialect);

    await tenantTable(db, dialect, 'commission_rules')
      .addColumn('id', t.id, (col) => col.notNull())
      .addColumn('name', 'text', (col) => col.notNull())
      .addColumn('scope', 'text', (col) => col.notNull())
      .addColumn('target', 'text', (col) => col.notNull())
      .addColumn('basis', 'text', (col) => col.notNull())
      .addColumn('assigned_value', 'bigint', (col) => col.notNull())
      .addColumn('requested_value', 'bigint', (col) => col.notNull())
      .addColumn('tiers', 'text', (col) => col.notNull())
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('created_at', t.timestamp, (col) => col.notNull())
      .addColumn('updated_at', t.timestamp, (col) => col.notNull())
      .addPrimaryKeyConstraint('commission_rules_pk', ['tenant_id', 'id'])
      .execute();
    // One active rule per target: "most specific wins" needs a single rule at each level.
    await db.schema
      .createIndex('commission_rules_target_uq')
      .on('commission_rules')
      .columns(['tenant_id', 'scope', 'target'])
      .unique()
      .where(sql.ref('status'), '=', 'active')
      .execute();

    await tenantTable(db, dialect, 'commission_ledger')
      .addColumn('id', t.id, (col) => col.notNull())
      .addColumn('staff_user_id', t.id, (col) => col.notNull())
      .addColumn('store_id', t.id, (col) => col.notNull())
      .addColumn('at', t.timestamp, (col) => col.notNull())
      .addColumn('kind', 'text', (col) => col.notNull())
      .addColumn('ref_type', 'text', (col) => col.notNull())
      .addColumn('ref_id', 'text', (col) => col.notNull())
      .addColumn('order_id', t.id)
      .addColumn('line_no', 'integer')
      .addColumn('order_no', 'text', (col) => col.notNull())
      .addColumn('item_name', 'text', (col) => col.notNull())
      .addColumn('kind_of_item', 'text')
      .addColumn('qty', 'integer', (col) => col.notNull())
      .addColumn('share_percent', 'integer', (col) => col.notNull())
      .addColumn('requested', 'integer', (col) => col.notNull())
      .addColumn('base_cents', 'bigint', (col) => col.notNull())
      .addColumn('amount_cents', 'bigint', (col) => col.notNull())
      .addColumn('rule_id', t.id)
      .addColumn('rate', 'bigint', (col) => col.notNull())
      .addColumn('basis', 'text')
      .addColumn('reverses_id', t.id)
      .addColumn('note', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('commission_ledger_pk', ['tenant_id', 'id'])
      .addForeignKeyConstraint(...tenantFk('commission_ledger_staff_fk', ['staff_user_id'], 'users'))
      .addForeignKeyConstraint(...tenantFk('commission_ledger_store_fk', ['store_id'], 'stores'))
      .addForeignKeyConstraint(...tenantFk('commission_ledger_rule_fk', ['rule_id'], 'commission_rules'))
      .addForeignKeyConstraint(
        ...tenantFk('commission_ledger_reverses_fk', ['reverses_id'], 'commission_ledger'),
      )
      .execute();
    await db.schema
      .createIndex('commission_ledger_staff_time_idx')
      .on('commission_ledger')
      .columns(['tenant_id', 'staff_user_id', 'at'])
      .execute();
    await db.schema
      .createIndex('commission_ledger_store_time_idx')
      .on('commission_ledger')
      .columns(['tenant_id', 'store_id', 'at'])
      .execute();
    await db.schema
      .createIndex('commission_ledger_order_idx')
      .on('commission_ledger')
      .columns(['tenant_id', 'order_id', 'line_no'])
      .execute();
    // A sale pays each person once per line, however often the checkout is retried.
    await db.schema
      .createIndex('commission_ledger_sale_uq')
      .on('commission_ledger')
      .columns(['tenant_id', 'order_id', 'line_no', 'staff_user_id'])
      .unique()
      .where(sql.ref('kind'), '=', 'sale')
      .execute();
  },
};
