import type { Kysely } from 'kysely';
import type { Migration } from './helpers.ts';

/** Levels: a member's level history is read per member, newest first. */
export const levels: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createIndex('member_level_history_member_idx')
      .on('member_level_history')
      .columns(['tenant_id', 'member_id', 'at'])
      .execute();
  },
};
