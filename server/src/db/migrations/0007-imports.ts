import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect.ts';
import { columnTypes, type Migration, tenantTable } from './helpers.ts';

/** Imports from a legacy system: the uploaded file, the run's progress, and every rejected row. */
export const imports: Migration = {
  async up(db: Kysely<unknown>, dialect: DialectName) {
    const t = columnTypes(dialect);
    await tenantTable(db, dialect, 'import_jobs')
      .addColumn('id', t.id, (col) => col.notNull())
      .addColumn('kind', 'text', (col) => col.notNull())
      .addColumn('file_name', 'text', (col) => col.notNull())
      .addColumn('file_hash', 'text', (col) => col.notNull())
      .addColumn('file_type', 'text', (col) => col.notNull())
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('dry_run', 'integer', (col) => col.notNull())
      .addColumn('mapping', 'text')
      .addColumn('total_rows', 'integer', (col) => col.notNull())
      .addColumn('processed_rows', 'integer', (col) => col.notNull())
      .addColumn('imported_rows', 'integer', (col) => col.notNull())
      .addColumn('skipped_rows', 'integer', (col) => col.notNull())
      .addColumn('rejected_rows', 'integer', (col) => col.notNull())
      .addColumn('created_by', t.id)
      .addColumn('created_at', t.timestamp, (col) => col.notNull())
      .addColumn('started_at', t.timestamp)
      .addColumn('finished_at', t.timestamp)
      .addColumn('error', 'text')
      .addPrimaryKeyConstraint('import_jobs_pk', ['tenant_id', 'id'])
      .addForeignKeyConstraint('import_jobs_creator_fk', ['tenant_id', 'created_by'], 'users', [
        'tenant_id',
        'id',
      ])
      .execute();
    await db.schema
      .createIndex('import_jobs_created_idx')
      .on('import_jobs')
      .columns(['tenant_id', 'kind', 'created_at'])
      .execute();

    // The file apart from the job: progress updates rewrite the job row, and must not rewrite
    // megabytes of file with it (SQLite stores a row whole).
    await tenantTable(db, dialect, 'import_files')
      .addColumn('job_id', t.id, (col) => col.notNull())
      .addColumn('content', t.blob, (col) => col.notNull())
      .addPrimaryKeyConstraint('import_files_pk', ['tenant_id', 'job_id'])
      .addForeignKeyConstraint('import_files_job_fk', ['tenant_id', 'job_id'], 'import_jobs', [
        'tenant_id',
        'id',
      ])
      .execute();

    await tenantTable(db, dialect, 'import_rejections')
      .addColumn('job_id', t.id, (col) => col.notNull())
      .addColumn('row_no', 'integer', (col) => col.notNull())
      .addColumn('reason', 'text', (col) => col.notNull())
      .addColumn('raw', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('import_rejections_pk', ['tenant_id', 'job_id', 'row_no'])
      .addForeignKeyConstraint('import_rejections_job_fk', ['tenant_id', 'job_id'], 'import_jobs', [
        'tenant_id',
        'id',
      ])
      .execute();
  },
};
