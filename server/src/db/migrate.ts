import {
  type Kysely,
  type Migration,
  type MigrationProvider,
  type MigrationResultSet,
  Migrator,
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
  const migrator = new Migrator({ db, provider: provider(db) });
  const result: MigrationResultSet = await migrator.migrateToLatest();
  if (result.error) throw result.error;
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
