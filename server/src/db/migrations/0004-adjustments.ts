import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect.ts';
import { columnTypes, type Migration, tenantTable } from './helpers.ts';

/** Manual adjustments of a member's value, with the second-person approval queue. */
export const adjustments: Migration = {
  async up(db: Kysely<unknown>, dialect: DialectName) {
    const t = columnTypes(dialect);
    await tenantTable(db, dialect, 'adjustment_requests')
      .addColumn('id', t.id, (col) => col.notNull())
      .addColumn('member_id', t.id, (col) => col.notNull())
      .addColumn('store_id', t.id, (col) => col.notNull())
      .addColumn('account', 'text', (col) => col.notNull())
      .addColumn('principal_delta', 'bigint', (col) => col.notNull())
      .addColumn('bonus_delta', 'bigint', (col) => col.notNull())
      .addColumn('reason', 'text', (col) => col.notNull())
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('requested_by', t.id, (col) => col.notNull())
      .addColumn('requested_at', t.timestamp, (col) => col.notNull())
      .addColumn('decided_by', t.id)
      .addColumn('decided_at', t.timestamp)
      .addColumn('decision_note', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('adjustment_requests_pk', ['tenant_id', 'id'])
      .addForeignKeyConstraint('adjustment_requests_member_fk', ['tenant_id', 'member_id'], 'members', [
        'tenant_id',
        'id',
      ])
      .addForeignKeyConstraint('adjustment_requests_store_fk', ['tenant_id', 'store_id'], 'stores', [
        'tenant_id',
        'id',
      ])
      .addForeignKeyConstraint('adjustment_requests_requester_fk', ['tenant_id', 'requested_by'], 'users', [
        'tenant_id',
        'id',
      ])
      .addForeignKeyConstraint('adjustment_requests_decider_fk', ['tenant_id', 'decided_by'], 'users', [
        'tenant_id',
        'id',
      ])
      .execute();
    await db.schema
      .createIndex('adjustment_requests_status_idx')
      .on('adjustment_requests')
      .columns(['tenant_id', 'status', 'requested_at'])
      .execute();
  },
};
