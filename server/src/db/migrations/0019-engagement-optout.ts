import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect.ts';
import { columnTypes, type Migration, tenantTable } from './helpers.ts';

/** Engagement opt-out: each tenant's secret for signing unsubscribe links. */
export const engagementOptout: Migration = {
  async up(db: Kysely<unknown>, dialect: DialectName) {
    const t = columnTypes(dialect);
    // Kept in the database, not in config, so every app node signs and checks the same links and
    // one tenant's key can be rotated without touching another's.
    await tenantTable(db, dialect, 'engagement_keys')
      .addColumn('purpose', 'text', (col) => col.notNull())
      .addColumn('secret', 'text', (col) => col.notNull())
      .addColumn('created_at', t.timestamp, (col) => col.notNull())
      .addPrimaryKeyConstraint('engagement_keys_pk', ['tenant_id', 'purpose'])
      .execute();
  },
};
