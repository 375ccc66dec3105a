import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect.ts';
import { columnTypes, type Migration, tenantFk, tenantTable } from './helpers.ts';

/**
 * Appointments (预约): a store's working hours and capacity, per-staff hours, the bookings, and one
 * guarded counter per (store, resource, slot) so two desks never book past capacity. Counted-card
 * items get a reserved count: a booking holds a session until arrival.
 */
export const appointments: Migration = {
  async up(db: Kysely<unknown>, dialect: DialectName) {
    const t = columnTypes(dialect);

    await db.schema
      .alterTable('member_card_items')
      .addColumn('sessions_reserved', 'integer', (col) => col.notNull().defaultTo(0))
      .execute();

    await tenantTable(db, dialect, 'appointment_schedules')
      .addColumn('store_id', t.id, (col) => col.notNull())
      .addColumn('hours', 'text', (col) => col.notNull())
      .addColumn('slot_minutes', 'integer', (col) => col.notNull())
      .addColumn('staff_capacity', 'integer', (col) => col.notNull())
      .addColumn('store_capacity', 'integer')
      .addColumn('updated_at', t.timestamp, (col) => col.notNull())
      .addPrimaryKeyConstraint('appointment_schedules_pk', ['tenant_id', 'store_id'])
      .addForeignKeyConstraint(...tenantFk('appointment_schedules_store_fk', ['store_id'], 'stores'))
      .execute();

    await tenantTable(db, dialect, 'appointment_staff_hours')
      .addColumn('store_id', t.id, (col) => col.notNull())
      .addColumn('user_id', t.id, (col) => col.notNull())
      .addColumn('hours', 'text', (col) => col.notNull())
      .addColumn('updated_at', t.timestamp, (col) => col.notNull())
      .addPrimaryKeyConstraint('appointment_staff_hours_pk', ['tenant_id', 'store_id', 'user_id'])
      .addForeignKeyConstraint(...tenantFk('appointment_staff_hours_store_fk', ['store_id'], 'stores'))
      .addForeignKeyConstraint(...tenantFk('appointment_staff_hours_user_fk', ['user_id'], 'users'))
      .execute();

    await tenantTable(db, dialect, 'appointments')
      .addColumn('id', t.id, (col) => col.notNull())
      .addColumn('store_id', t.id, (col) => col.notNull())
      .addColumn('member_id', t.id, (col) => col.notNull())
      .addColumn('service_product_id', t.id, (col) => col.notNull())
      .addColumn('service_name', 'text', (col) => col.notNull())
      .addColumn('duration_minutes', 'integer', (col) => col.notNull())
      .addColumn('staff_user_id', t.id)
      .addColumn('starts_at', t.timestamp, (col) => col.notNull())
      .addColumn('ends_at', t.timestamp, (col) => col.notNull())
      .addColumn('slot_minutes', 'integer', (col) => col.notNull())
      .addColumn('slot_until', t.timestamp, (col) => col.notNull())
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('member_card_id', t.id)
      .addColumn('card_item_code', 'text')
      .addColumn('session', 'text', (col) => col.notNull())
      .addColumn('note', 'text', (col) => col.notNull())
      .addColumn('cancel_reason', 'text', (col) => col.notNull())
      .addColumn('created_by', t.id)
      .addColumn('created_at', t.timestamp, (col) => col.notNull())
      .addColumn('updated_at', t.timestamp, (col) => col.notNull())
      .addColumn('closed_at', t.timestamp)
      .addPrimaryKeyConstraint('appointments_pk', ['tenant_id', 'id'])
      .addForeignKeyConstraint(...tenantFk('appointments_store_fk', ['store_id'], 'stores'))
      .addForeignKeyConstraint(...tenantFk('appointments_member_fk', ['member_id'], 'members'))
      .addForeignKeyConstraint(...tenantFk('appointments_service_fk', ['service_product_id'], 'products'))
      .addForeignKeyConstraint(...tenantFk('appointments_staff_fk', ['staff_user_id'], 'users'))
      .addForeignKeyConstraint(...tenantFk('appointments_card_fk', ['member_card_id'], 'member_cards'))
      .execute();
    await db.schema
      .createIndex('appointments_store_time_idx')
      .on('appointments')
      .columns(['tenant_id', 'store_id', 'starts_at'])
      .execute();
    await db.schema
      .createIndex('appointments_member_idx')
      .on('appointments')
      .columns(['tenant_id', 'member_id', 'starts_at'])
      .execute();
    await db.schema
      .createIndex('appointments_time_idx')
      .on('appointments')
      .columns(['tenant_id', 'status', 'starts_at'])
      .execute();

    // resource: 'store' (the store's capacity) or a staff user id (that person's capacity).
    await tenantTable(db, dialect, 'appointment_slot_counts')
      .addColumn('store_id', t.id, (col) => col.notNull())
      .addColumn('resource', 'text', (col) => col.notNull())
      .addColumn('slot_start', t.timestamp, (col) => col.notNull())
      .addColumn('booked', 'integer', (col) => col.notNull())
      .addPrimaryKeyConstraint('appointment_slot_counts_pk', [
        'tenant_id',
        'store_id',
        'resource',
        'slot_start',
      ])
      .addForeignKeyConstraint(...tenantFk('appointment_slot_counts_store_fk', ['store_id'], 'stores'))
      .execute();
  },
};
