import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect.ts';
import { addTimestamps, columnTypes, type Migration, tenantTable } from './helpers.ts';

/** Tenants, stores, staff, sessions, throttling, idempotency, audit and job runs. */
export const foundation: Migration = {
  async up(db: Kysely<unknown>, dialect: DialectName) {
    const t = columnTypes(dialect);

    await db.schema
      .createTable('tenants')
      .addColumn('tenant_id', t.id, (col) => col.primaryKey())
      .addColumn('code', 'text', (col) => col.notNull().unique())
      .addColumn('name', 'text', (col) => col.notNull())
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('timezone', 'text', (col) => col.notNull())
      .addColumn('settings', 'text', (col) => col.notNull())
      .addColumn('created_at', t.timestamp, (col) => col.notNull())
      .addColumn('updated_at', t.timestamp, (col) => col.notNull())
      .execute();

    await addTimestamps(
      tenantTable(db, dialect, 'stores')
        .addColumn('id', t.id, (col) => col.notNull())
        .addColumn('code', 'text', (col) => col.notNull())
        .addColumn('name', 'text', (col) => col.notNull())
        .addColumn('address', 'text', (col) => col.notNull())
        .addColumn('phone', 'text', (col) => col.notNull())
        .addColumn('ownership', 'text', (col) => col.notNull())
        .addColumn('status', 'text', (col) => col.notNull()),
      dialect,
    )
      .addPrimaryKeyConstraint('stores_pk', ['tenant_id', 'id'])
      .addUniqueConstraint('stores_code_uq', ['tenant_id', 'code'])
      .execute();

    await addTimestamps(
      tenantTable(db, dialect, 'users')
        .addColumn('id', t.id, (col) => col.notNull())
        .addColumn('username', 'text', (col) => col.notNull())
        .addColumn('display_name', 'text', (col) => col.notNull())
        .addColumn('phone', 'text', (col) => col.notNull())
        .addColumn('password_hash', 'text', (col) => col.notNull())
        .addColumn('status', 'text', (col) => col.notNull())
        .addColumn('all_stores', 'integer', (col) => col.notNull())
        .addColumn('password_changed_at', t.timestamp, (col) => col.notNull()),
      dialect,
    )
      .addPrimaryKeyConstraint('users_pk', ['tenant_id', 'id'])
      .addUniqueConstraint('users_username_uq', ['tenant_id', 'username'])
      .execute();

    await addTimestamps(
      tenantTable(db, dialect, 'roles')
        .addColumn('id', t.id, (col) => col.notNull())
        .addColumn('code', 'text', (col) => col.notNull())
        .addColumn('name', 'text', (col) => col.notNull())
        .addColumn('permissions', 'text', (col) => col.notNull())
        .addColumn('builtin', 'integer', (col) => col.notNull()),
      dialect,
    )
      .addPrimaryKeyConstraint('roles_pk', ['tenant_id', 'id'])
      .addUniqueConstraint('roles_code_uq', ['tenant_id', 'code'])
      .execute();

    await tenantTable(db, dialect, 'user_roles')
      .addColumn('user_id', t.id, (col) => col.notNull())
      .addColumn('role_id', t.id, (col) => col.notNull())
      .addPrimaryKeyConstraint('user_roles_pk', ['tenant_id', 'user_id', 'role_id'])
      .addForeignKeyConstraint('user_roles_user_fk', ['tenant_id', 'user_id'], 'users', ['tenant_id', 'id'])
      .addForeignKeyConstraint('user_roles_role_fk', ['tenant_id', 'role_id'], 'roles', ['tenant_id', 'id'])
      .execute();

    await tenantTable(db, dialect, 'user_stores')
      .addColumn('user_id', t.id, (col) => col.notNull())
      .addColumn('store_id', t.id, (col) => col.notNull())
      .addPrimaryKeyConstraint('user_stores_pk', ['tenant_id', 'user_id', 'store_id'])
      .addForeignKeyConstraint('user_stores_user_fk', ['tenant_id', 'user_id'], 'users', ['tenant_id', 'id'])
      .addForeignKeyConstraint('user_stores_store_fk', ['tenant_id', 'store_id'], 'stores', [
        'tenant_id',
        'id',
      ])
      .execute();

    await tenantTable(db, dialect, 'sessions')
      .addColumn('id', 'text', (col) => col.notNull())
      .addColumn('user_id', t.id, (col) => col.notNull())
      .addColumn('created_at', t.timestamp, (col) => col.notNull())
      .addColumn('last_seen_at', t.timestamp, (col) => col.notNull())
      .addColumn('expires_at', t.timestamp, (col) => col.notNull())
      .addColumn('ip', 'text', (col) => col.notNull())
      .addColumn('user_agent', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('sessions_pk', ['tenant_id', 'id'])
      .addForeignKeyConstraint('sessions_user_fk', ['tenant_id', 'user_id'], 'users', ['tenant_id', 'id'])
      .execute();
    await db.schema
      .createIndex('sessions_user_idx')
      .on('sessions')
      .columns(['tenant_id', 'user_id'])
      .execute();

    await tenantTable(db, dialect, 'rate_limits')
      .addColumn('bucket', 'text', (col) => col.notNull())
      .addColumn('window_started_at', t.timestamp, (col) => col.notNull())
      .addColumn('hits', 'integer', (col) => col.notNull())
      .addColumn('locked_until', t.timestamp)
      .addPrimaryKeyConstraint('rate_limits_pk', ['tenant_id', 'bucket'])
      .execute();

    await tenantTable(db, dialect, 'idempotency_keys')
      .addColumn('key', 'text', (col) => col.notNull())
      .addColumn('route', 'text', (col) => col.notNull())
      .addColumn('request_hash', 'text', (col) => col.notNull())
      .addColumn('response_status', 'integer', (col) => col.notNull())
      .addColumn('response_body', 'text', (col) => col.notNull())
      .addColumn('created_at', t.timestamp, (col) => col.notNull())
      .addColumn('expires_at', t.timestamp, (col) => col.notNull())
      .addPrimaryKeyConstraint('idempotency_keys_pk', ['tenant_id', 'key'])
      .execute();
    await db.schema
      .createIndex('idempotency_keys_expiry_idx')
      .on('idempotency_keys')
      .columns(['tenant_id', 'expires_at'])
      .execute();

    await tenantTable(db, dialect, 'audit_log')
      .addColumn('id', t.id, (col) => col.notNull())
      .addColumn('at', t.timestamp, (col) => col.notNull())
      .addColumn('actor_user_id', t.id)
      .addColumn('actor_name', 'text', (col) => col.notNull())
      .addColumn('store_id', t.id)
      .addColumn('action', 'text', (col) => col.notNull())
      .addColumn('entity', 'text', (col) => col.notNull())
      .addColumn('entity_id', 'text', (col) => col.notNull())
      .addColumn('before', 'text')
      .addColumn('after', 'text')
      .addColumn('request_id', 'text', (col) => col.notNull())
      .addColumn('ip', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('audit_log_pk', ['tenant_id', 'id'])
      .addForeignKeyConstraint('audit_log_actor_fk', ['tenant_id', 'actor_user_id'], 'users', [
        'tenant_id',
        'id',
      ])
      .addForeignKeyConstraint('audit_log_store_fk', ['tenant_id', 'store_id'], 'stores', ['tenant_id', 'id'])
      .execute();
    // Newest first is how the log is read; ids are UUIDv7 so (at, id) is a stable cursor.
    await db.schema
      .createIndex('audit_log_at_idx')
      .on('audit_log')
      .columns(['tenant_id', 'at', 'id'])
      .execute();
    await db.schema
      .createIndex('audit_log_entity_idx')
      .on('audit_log')
      .columns(['tenant_id', 'entity', 'entity_id'])
      .execute();

    await db.schema
      .createTable('job_runs')
      .addColumn('job', 'text', (col) => col.notNull())
      .addColumn('run_key', 'text', (col) => col.notNull())
      .addColumn('node', 'text', (col) => col.notNull())
      .addColumn('started_at', t.timestamp, (col) => col.notNull())
      .addColumn('finished_at', t.timestamp)
      .addColumn('outcome', 'text')
      .addPrimaryKeyConstraint('job_runs_pk', ['job', 'run_key'])
      .execute();
  },
};
