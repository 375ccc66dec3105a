import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect.ts';
import { columnTypes, type Migration, tenantFk, tenantTable } from './helpers.ts';

/** Member portal: one-time sign-in codes and member sessions. */
export const portal: Migration = {
  async up(db: Kysely<unknown>, dialect: DialectName) {
    const t = columnTypes(dialect);
    // Keyed by phone, not by member: an unknown phone signs in too (and joins), and the table
    // answers "one live code per phone" by its primary key.
    await tenantTable(db, dialect, 'portal_codes')
      .addColumn('phone', 'text', (col) => col.notNull())
      .addColumn('id', t.id, (col) => col.notNull())
      .addColumn('code_hash', 'text', (col) => col.notNull())
      .addColumn('salt', 'text', (col) => col.notNull())
      .addColumn('attempts', 'integer', (col) => col.notNull())
      .addColumn('created_at', t.timestamp, (col) => col.notNull())
      .addColumn('expires_at', t.timestamp, (col) => col.notNull())
      .addColumn('consumed_at', t.timestamp)
      .addColumn('ip', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('portal_codes_pk', ['tenant_id', 'phone'])
      .execute();

    await tenantTable(db, dialect, 'member_sessions')
      .addColumn('id', 'text', (col) => col.notNull())
      .addColumn('member_id', t.id, (col) => col.notNull())
      .addColumn('created_at', t.timestamp, (col) => col.notNull())
      .addColumn('last_seen_at', t.timestamp, (col) => col.notNull())
      .addColumn('expires_at', t.timestamp, (col) => col.notNull())
      .addColumn('ip', 'text', (col) => col.notNull())
      .addColumn('user_agent', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('member_sessions_pk', ['tenant_id', 'id'])
      .addForeignKeyConstraint(...tenantFk('member_sessions_member_fk', ['member_id'], 'members'))
      .execute();
    await db.schema
      .createIndex('member_sessions_member_idx')
      .on('member_sessions')
      .columns(['tenant_id', 'member_id'])
      .execute();
  },
};
