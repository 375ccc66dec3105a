import type { Kysely } from 'kysely';
import type { Migration } from './helpers.ts';

/**
 * The search box's non-unique keys gain `id` as a last column, so "key = ? ORDER BY id LIMIT n"
 * reads n index entries in order instead of every member with that key and a sort (a common
 * last four or pair of initials is shared by hundreds). Same names, wider indexes.
 */
export const searchIndexes: Migration = {
  async up(db: Kysely<unknown>) {
    for (const [name, column] of [
      ['members_last4_idx', 'phone_last4'],
      ['members_initials_idx', 'name_initials'],
      ['members_pinyin_idx', 'name_pinyin'],
      ['members_name_idx', 'name'],
    ] as const) {
      await db.schema.dropIndex(name).execute();
      await db.schema.createIndex(name).on('members').columns(['tenant_id', column, 'id']).execute();
    }
  },
};
