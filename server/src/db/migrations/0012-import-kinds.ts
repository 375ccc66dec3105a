import type { Kysely } from 'kysely';
import type { Migration } from './helpers.ts';

/**
 * Imports gain a second kind (products), which can also update what exists: the job counts
 * updated rows beside created (`imported_rows`), unchanged (`skipped_rows`) and rejected ones.
 */
export const importKinds: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('import_jobs')
      .addColumn('updated_rows', 'integer', (col) => col.notNull().defaultTo(0))
      .execute();
  },
};
