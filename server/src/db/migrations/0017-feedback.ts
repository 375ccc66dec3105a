import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect.ts';
import { columnTypes, type Migration, tenantFk, tenantTable } from './helpers.ts';

/** Feedback: ratings after a visit, complaints with their notes, post-visit follow-up tasks (回访). */
export const feedback: Migration = {
  async up(db: Kysely<unknown>, dialect: DialectName) {
    const t = columnTypes(dialect);

    // One rating per visit (order), optionally naming the person who served.
    await tenantTable(db, dialect, 'feedback_ratings')
      .addColumn('id', t.id, (col) => col.notNull())
      .addColumn('order_id', t.id, (col) => col.notNull())
      .addColumn('store_id', t.id, (col) => col.notNull())
      .addColumn('member_id', t.id)
      .addColumn('staff_user_id', t.id)
      .addColumn('score', 'integer', (col) => col.notNull())
      .addColumn('comment', 'text', (col) => col.notNull())
      .addColumn('channel', 'text', (col) => col.notNull())
      .addColumn('created_by', t.id)
      .addColumn('created_at', t.timestamp, (col) => col.notNull())
      .addPrimaryKeyConstraint('feedback_ratings_pk', ['tenant_id', 'id'])
      .addForeignKeyConstraint(...tenantFk('feedback_ratings_order_fk', ['order_id'], 'orders'))
      .addForeignKeyConstraint(...tenantFk('feedback_ratings_store_fk', ['store_id'], 'stores'))
      .addForeignKeyConstraint(...tenantFk('feedback_ratings_member_fk', ['member_id'], 'members'))
      .addForeignKeyConstraint(...tenantFk('feedback_ratings_staff_fk', ['staff_user_id'], 'users'))
      .execute();
    await db.schema
      .createIndex('feedback_ratings_order_uq')
      .on('feedback_ratings')
      .columns(['tenant_id', 'order_id'])
      .unique()
      .execute();
    await db.schema
      .createIndex('feedback_ratings_store_idx')
      .on('feedback_ratings')
      .columns(['tenant_id', 'store_id', 'created_at'])
      .execute();
    await db.schema
      .createIndex('feedback_ratings_member_idx')
      .on('feedback_ratings')
      .columns(['tenant_id', 'member_id', 'created_at'])
      .execute();

    await tenantTable(db, dialect, 'complaints')
      .addColumn('id', t.id, (col) => col.notNull())
      .addColumn('store_id', t.id, (col) => col.notNull())
      .addColumn('member_id', t.id)
      .addColumn('order_id', t.id)
      .addColumn('category', 'text', (col) => col.notNull())
      .addColumn('description', 'text', (col) => col.notNull())
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('assignee_user_id', t.id)
      .addColumn('follow_up_on', 'text')
      .addColumn('resolution', 'text', (col) => col.notNull())
      .addColumn('channel', 'text', (col) => col.notNull())
      .addColumn('created_by', t.id)
      .addColumn('created_at', t.timestamp, (col) => col.notNull())
      .addColumn('updated_at', t.timestamp, (col) => col.notNull())
      .addColumn('resolved_at', t.timestamp)
      .addColumn('closed_at', t.timestamp)
      .addPrimaryKeyConstraint('complaints_pk', ['tenant_id', 'id'])
      .addForeignKeyConstraint(...tenantFk('complaints_store_fk', ['store_id'], 'stores'))
      .addForeignKeyConstraint(...tenantFk('complaints_member_fk', ['member_id'], 'members'))
      .addForeignKeyConstraint(...tenantFk('complaints_order_fk', ['order_id'], 'orders'))
      .addForeignKeyConstraint(...tenantFk('complaints_assignee_fk', ['assignee_user_id'], 'users'))
      .execute();
    await db.schema
      .createIndex('complaints_store_idx')
      .on('complaints')
      .columns(['tenant_id', 'store_id', 'created_at'])
      .execute();
    await db.schema
      .createIndex('complaints_status_idx')
      .on('complaints')
      .columns(['tenant_id', 'status', 'created_at'])
      .execute();
    await db.schema
      .createIndex('complaints_member_idx')
      .on('complaints')
      .columns(['tenant_id', 'member_id', 'created_at'])
      .execute();
    await db.schema
      .createIndex('complaints_assignee_idx')
      .on('complaints')
      .columns(['tenant_id', 'assignee_user_id', 'status'])
      .execute();

    // Append-only history of a complaint: notes, assignments and every status change.
    await tenantTable(db, dialect, 'complaint_notes')
      .addColumn('id', t.id, (col) => col.notNull())
      .addColumn('complaint_id', t.id, (col) => col.notNull())
      .addColumn('seq', 'integer', (col) => col.notNull())
      .addColumn('at', t.timestamp, (col) => col.notNull())
      .addColumn('author_user_id', t.id)
      .addColumn('author_name', 'text', (col) => col.notNull())
      .addColumn('kind', 'text', (col) => col.notNull())
      .addColumn('from_status', 'text')
      .addColumn('to_status', 'text')
      .addColumn('assignee_user_id', t.id)
      .addColumn('follow_up_on', 'text')
      .addColumn('text', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('complaint_notes_pk', ['tenant_id', 'id'])
      .addForeignKeyConstraint(...tenantFk('complaint_notes_complaint_fk', ['complaint_id'], 'complaints'))
      .addForeignKeyConstraint(...tenantFk('complaint_notes_author_fk', ['author_user_id'], 'users'))
      .addForeignKeyConstraint(...tenantFk('complaint_notes_assignee_fk', ['assignee_user_id'], 'users'))
      .execute();
    await db.schema
      .createIndex('complaint_notes_complaint_idx')
      .on('complaint_notes')
      .columns(['tenant_id', 'complaint_id', 'seq'])
      .execute();

    // One task per visit: the unique order key backs up the automation's run row.
    await tenantTable(db, dialect, 'follow_up_tasks')
      .addColumn('id', t.id, (col) => col.notNull())
      .addColumn('order_id', t.id, (col) => col.notNull())
      .addColumn('store_id', t.id, (col) => col.notNull())
      .addColumn('member_id', t.id, (col) => col.notNull())
      .addColumn('staff_user_id', t.id)
      .addColumn('visit_at', t.timestamp, (col) => col.notNull())
      .addColumn('due_at', t.timestamp, (col) => col.notNull())
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('outcome', 'text')
      .addColumn('note', 'text', (col) => col.notNull())
      .addColumn('complaint_id', t.id)
      .addColumn('created_at', t.timestamp, (col) => col.notNull())
      .addColumn('closed_at', t.timestamp)
      .addColumn('closed_by', t.id)
      .addPrimaryKeyConstraint('follow_up_tasks_pk', ['tenant_id', 'id'])
      .addForeignKeyConstraint(...tenantFk('follow_up_tasks_order_fk', ['order_id'], 'orders'))
      .addForeignKeyConstraint(...tenantFk('follow_up_tasks_store_fk', ['store_id'], 'stores'))
      .addForeignKeyConstraint(...tenantFk('follow_up_tasks_member_fk', ['member_id'], 'members'))
      .addForeignKeyConstraint(...tenantFk('follow_up_tasks_staff_fk', ['staff_user_id'], 'users'))
      .addForeignKeyConstraint(...tenantFk('follow_up_tasks_complaint_fk', ['complaint_id'], 'complaints'))
      .addForeignKeyConstraint(...tenantFk('follow_up_tasks_closed_by_fk', ['closed_by'], 'users'))
      .execute();
    await db.schema
      .createIndex('follow_up_tasks_order_uq')
      .on('follow_up_tasks')
      .columns(['tenant_id', 'order_id'])
      .unique()
      .execute();
    await db.schema
      .createIndex('follow_up_tasks_staff_idx')
      .on('follow_up_tasks')
      .columns(['tenant_id', 'staff_user_id', 'status', 'due_at'])
      .execute();
    await db.schema
      .createIndex('follow_up_tasks_store_idx')
      .on('follow_up_tasks')
      .columns(['tenant_id', 'store_id', 'status', 'due_at'])
      .execute();
    await db.schema
      .createIndex('follow_up_tasks_member_idx')
      .on('follow_up_tasks')
      .columns(['tenant_id', 'member_id', 'created_at'])
      .execute();

    // The member timeline reads every part by (tenant_id, member_id); these two had no such index.
    await db.schema
      .createIndex('card_session_ledger_member_idx')
      .on('card_session_ledger')
      .columns(['tenant_id', 'member_id', 'at'])
      .execute();
    await db.schema
      .createIndex('adjustment_requests_member_idx')
      .on('adjustment_requests')
      .columns(['tenant_id', 'member_id', 'requested_at'])
      .execute();
  },
};
