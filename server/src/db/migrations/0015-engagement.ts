import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect.ts';
import { columnTypes, type Migration, tenantFk, tenantTable } from './helpers.ts';

/** Engagement: the message log and queue, member inbox, segments, campaigns and automations. */
export const engagement: Migration = {
  async up(db: Kysely<unknown>, dialect: DialectName) {
    const t = columnTypes(dialect);

    // Every message, whatever its channel; queued rows are the send queue.
    await tenantTable(db, dialect, 'messages')
      .addColumn('id', t.id, (col) => col.notNull())
      .addColumn('member_id', t.id)
      .addColumn('channel', 'text', (col) => col.notNull())
      .addColumn('purpose', 'text', (col) => col.notNull())
      .addColumn('template', 'text', (col) => col.notNull())
      .addColumn('recipient', 'text', (col) => col.notNull())
      .addColumn('subject', 'text', (col) => col.notNull())
      .addColumn('body', 'text', (col) => col.notNull())
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('reason', 'text')
      .addColumn('provider', 'text')
      .addColumn('provider_id', 'text')
      .addColumn('provider_reply', 'text')
      .addColumn('attempts', 'integer', (col) => col.notNull())
      .addColumn('next_attempt_at', t.timestamp, (col) => col.notNull())
      .addColumn('lease_until', t.timestamp)
      .addColumn('source_type', 'text', (col) => col.notNull())
      .addColumn('source_id', 'text')
      .addColumn('created_at', t.timestamp, (col) => col.notNull())
      .addColumn('updated_at', t.timestamp, (col) => col.notNull())
      .addColumn('sent_at', t.timestamp)
      .addPrimaryKeyConstraint('messages_pk', ['tenant_id', 'id'])
      .addForeignKeyConstraint(...tenantFk('messages_member_fk', ['member_id'], 'members'))
      .execute();
    await db.schema
      .createIndex('messages_queue_idx')
      .on('messages')
      .columns(['tenant_id', 'status', 'next_attempt_at'])
      .execute();
    await db.schema
      .createIndex('messages_member_idx')
      .on('messages')
      .columns(['tenant_id', 'member_id', 'created_at'])
      .execute();
    await db.schema
      .createIndex('messages_time_idx')
      .on('messages')
      .columns(['tenant_id', 'created_at'])
      .execute();

    await tenantTable(db, dialect, 'member_inbox')
      .addColumn('id', t.id, (col) => col.notNull())
      .addColumn('member_id', t.id, (col) => col.notNull())
      .addColumn('message_id', t.id, (col) => col.notNull())
      .addColumn('title', 'text', (col) => col.notNull())
      .addColumn('body', 'text', (col) => col.notNull())
      .addColumn('created_at', t.timestamp, (col) => col.notNull())
      .addColumn('read_at', t.timestamp)
      .addPrimaryKeyConstraint('member_inbox_pk', ['tenant_id', 'id'])
      .addForeignKeyConstraint(...tenantFk('member_inbox_member_fk', ['member_id'], 'members'))
      .addForeignKeyConstraint(...tenantFk('member_inbox_message_fk', ['message_id'], 'messages'))
      .execute();
    await db.schema
      .createIndex('member_inbox_member_idx')
      .on('member_inbox')
      .columns(['tenant_id', 'member_id', 'created_at'])
      .execute();

    await tenantTable(db, dialect, 'segments')
      .addColumn('id', t.id, (col) => col.notNull())
      .addColumn('name', 'text', (col) => col.notNull())
      .addColumn('rules', 'text', (col) => col.notNull())
      .addColumn('created_at', t.timestamp, (col) => col.notNull())
      .addColumn('updated_at', t.timestamp, (col) => col.notNull())
      .addPrimaryKeyConstraint('segments_pk', ['tenant_id', 'id'])
      .execute();

    await tenantTable(db, dialect, 'campaigns')
      .addColumn('id', t.id, (col) => col.notNull())
      .addColumn('name', 'text', (col) => col.notNull())
      .addColumn('segment_id', t.id, (col) => col.notNull())
      .addColumn('channel', 'text', (col) => col.notNull())
      .addColumn('subject', 'text', (col) => col.notNull())
      .addColumn('body', 'text', (col) => col.notNull())
      .addColumn('coupon_template_id', t.id)
      .addColumn('report_days', 'integer', (col) => col.notNull())
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('scheduled_at', t.timestamp, (col) => col.notNull())
      .addColumn('started_at', t.timestamp)
      .addColumn('finished_at', t.timestamp)
      .addColumn('audience', 'integer', (col) => col.notNull())
      .addColumn('created_by', t.id)
      .addColumn('created_at', t.timestamp, (col) => col.notNull())
      .addColumn('updated_at', t.timestamp, (col) => col.notNull())
      .addPrimaryKeyConstraint('campaigns_pk', ['tenant_id', 'id'])
      .addForeignKeyConstraint(...tenantFk('campaigns_segment_fk', ['segment_id'], 'segments'))
      .execute();
    await db.schema
      .createIndex('campaigns_due_idx')
      .on('campaigns')
      .columns(['tenant_id', 'status', 'scheduled_at'])
      .execute();

    // One row per (campaign, member): a campaign reaches a member once, whichever node runs it.
    await tenantTable(db, dialect, 'campaign_recipients')
      .addColumn('campaign_id', t.id, (col) => col.notNull())
      .addColumn('member_id', t.id, (col) => col.notNull())
      .addColumn('message_id', t.id)
      .addColumn('coupon_outcome', 'text', (col) => col.notNull())
      .addColumn('created_at', t.timestamp, (col) => col.notNull())
      .addPrimaryKeyConstraint('campaign_recipients_pk', ['tenant_id', 'campaign_id', 'member_id'])
      .addForeignKeyConstraint(...tenantFk('campaign_recipients_campaign_fk', ['campaign_id'], 'campaigns'))
      .addForeignKeyConstraint(...tenantFk('campaign_recipients_member_fk', ['member_id'], 'members'))
      .addForeignKeyConstraint(...tenantFk('campaign_recipients_message_fk', ['message_id'], 'messages'))
      .execute();

    await tenantTable(db, dialect, 'automations')
      .addColumn('kind', 'text', (col) => col.notNull())
      .addColumn('enabled', 'integer', (col) => col.notNull())
      .addColumn('params', 'text', (col) => col.notNull())
      .addColumn('updated_at', t.timestamp, (col) => col.notNull())
      .addPrimaryKeyConstraint('automations_pk', ['tenant_id', 'kind'])
      .execute();

    // Inserted before the message is queued, in the same transaction: the unique key is what
    // makes an automation reach a member once per event however many nodes run it.
    await tenantTable(db, dialect, 'automation_runs')
      .addColumn('kind', 'text', (col) => col.notNull())
      .addColumn('member_id', t.id, (col) => col.notNull())
      .addColumn('event_key', 'text', (col) => col.notNull())
      .addColumn('message_id', t.id)
      .addColumn('created_at', t.timestamp, (col) => col.notNull())
      .addPrimaryKeyConstraint('automation_runs_pk', ['tenant_id', 'kind', 'member_id', 'event_key'])
      .addForeignKeyConstraint(...tenantFk('automation_runs_member_fk', ['member_id'], 'members'))
      .addForeignKeyConstraint(...tenantFk('automation_runs_message_fk', ['message_id'], 'messages'))
      .execute();
  },
};
