import {
  type Kysely,
  type Migration,
  type MigrationProvider,
  type MigrationResultSet,
  Migrator,
  sql,
} from 'kysely';
import { dialectOf } from './dialect.ts';
import { MIGRATIONS } from './migrations/index.ts';

function provider(db: Kysely<any>): MigrationProvider {
  const dialect = dialectOf(db);
  return {
    async getMigrations() {
      const out: Record<string, Migration> = {};
      for (const [name, migration] of Object.entries(MIGRATIONS)) {
        out[name] = { up: (trx) => migration.up(trx, dialect) };
      }
      return out;
    },
  };
}

/** Brings the schema up to date; safe to run from several nodes at once (Kysely takes a lock). */
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  // Kysely looks for its bookkeeping tables in every schema unless told which one: name ours, so a
  // database with several schemas (one per test file, or per deployment) keeps them apart.
  let migrationTableSchema: string | undefined;
  if (dialectOf(db) === 'postgres') {
    const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
    migrationTableSchema = rows[0]?.schema;
  }
  const migrator = new Migrator({ db, provider: provider(db), migrationTableSchema });
  let result: MigrationResultSet = await migrator.migrateToLatest();
  // Kysely's check for its own tables reads the catalog of every schema in the database; a schema
  // dropped at that moment (another test file finishing, another deployment) fails it with
  // invalid_schema_name before any migration ran. Looking again is safe.
  for (
    let attempt = 1;
    attempt < 5 && (result.error as { code?: string } | undefined)?.code === '3F000';
    attempt++
  ) {
    await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    result = await migrator.migrateToLatest();
  }
  if (result.error) throw result.error;
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
